import { Area, areaContains } from "./address";

/** What a cell holds, as a host read it. Error values (#DIV/0!) are kept as `error`, with value null. */
export type CellValue = string | number | boolean | null;

export interface CellData {
  value: CellValue;
  /** English formula with the leading "=", as Range.formulas gives it; absent for constants. */
  formula?: string;
  /** Excel number format code; absent or "General" for none. */
  numFmt?: string;
  /** An error value such as "#DIV/0!" (cached or typed). */
  error?: string;
  /** A note/comment on the cell, where the host can read it. */
  note?: string;
}

/**
 * One sheet as values, formulas, number formats and merged areas. Cells inside a merged area other than its
 * top-left anchor hold nothing; `anchorOf` maps them to the anchor, so a reader can ask "what does this
 * position show" without caring how the host reported merges.
 */
export class Grid {
  private mergeIndex: Map<number, Area> | null = null;
  private mergeWidth = 0;

  constructor(
    readonly name: string,
    /** rows[r - 1][c - 1]; ragged and sparse arrays are fine. */
    private readonly rows: ReadonlyArray<ReadonlyArray<CellData | undefined> | undefined>,
    readonly merges: ReadonlyArray<Area> = [],
  ) {}

  get rowCount(): number {
    return this.rows.length;
  }

  get colCount(): number {
    let n = 0;
    for (const r of this.rows) if (r && r.length > n) n = r.length;
    return n;
  }

  /** The cell exactly at (row, col), no merge resolution. */
  cell(row: number, col: number): CellData | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  /** A copy with some cells replaced (undefined empties one); the rows it does not touch are shared. */
  withCells(changes: Iterable<{ row: number; col: number; cell: CellData | undefined }>): Grid {
    const rows: (ReadonlyArray<CellData | undefined> | undefined)[] = [...this.rows];
    const copied = new Set<number>();
    for (const { row, col, cell } of changes) {
      if (!copied.has(row)) {
        rows[row - 1] = [...(rows[row - 1] ?? [])];
        copied.add(row);
      }
      (rows[row - 1] as (CellData | undefined)[])[col - 1] = cell;
    }
    return new Grid(this.name, rows, this.merges);
  }

  /** The merged area covering (row, col), if any. */
  mergeAt(row: number, col: number): Area | undefined {
    if (this.merges.length === 0) return undefined;
    if (!this.mergeIndex) {
      this.mergeIndex = new Map();
      this.mergeWidth = Math.max(this.colCount, ...this.merges.map((m) => m.right)) + 1;
      for (const m of this.merges)
        for (let r = m.top; r <= m.bottom; r++)
          for (let c = m.left; c <= m.right; c++) this.mergeIndex.set(r * this.mergeWidth + c, m);
    }
    if (col >= this.mergeWidth) return undefined;
    const m = this.mergeIndex.get(row * this.mergeWidth + col);
    return m && areaContains(m, row, col) ? m : undefined;
  }

  /** The top-left cell of the merged area covering (row, col), or (row, col) itself. */
  anchorOf(row: number, col: number): { row: number; col: number } {
    const m = this.mergeAt(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** What the position shows: the anchor's cell for a merged area. */
  shown(row: number, col: number): CellData | undefined {
    const a = this.anchorOf(row, col);
    return this.cell(a.row, a.col);
  }

  /** Iterates every non-empty anchor cell in row-major order. */
  *cells(): Generator<{ row: number; col: number; cell: CellData }> {
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (cell && (cell.value !== null || cell.formula || cell.error)) yield { row: r + 1, col: c + 1, cell };
      }
    }
  }
}

/** Builds a Grid from plain values, for tests and the in-memory host. Numbers stay numbers. */
export function gridFromValues(name: string, values: CellValue[][], merges: Area[] = []): Grid {
  return new Grid(
    name,
    values.map((row) => row.map((v) => (v === null || v === undefined || v === "" ? undefined : { value: v }))),
    merges,
  );
}
