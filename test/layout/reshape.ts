/**
 * Reshaping a drawn table the way people reshape workbooks — blank rows and columns inserted (merged areas that span
 * the insertion grow, as in Excel), the table moved, header text respelled, header cells split or merged — together
 * with the same change applied to its expected model. Used by the property tests and the binding tests.
 */
import { Area } from "../../src/core/grid/address";
import { CellData } from "../../src/core/grid/grid";
import { Table } from "../../src/core/layout/model";
import { BlockSink, Written } from "../support/variants";

export interface Shaped {
  block: BlockSink;
  table: Table;
  written: Written[];
  /** Rows where a block of the table starts (blank rows may be inserted before them). */
  blockRows: number[];
  /** Eval tables: the indicator header row and its header columns. */
  headerRow?: number;
  headerCols?: number[];
}

type Map1 = (n: number) => number;

/** The model with every row and column number passed through `rows`/`cols`, and the sheet renamed. */
export function mapModel<T>(value: T, rows: Map1, cols: Map1, sheet?: string): T {
  const walk = (v: unknown, key?: string): unknown => {
    if (Array.isArray(v)) return v.map((x) => walk(x));
    if (v && typeof v === "object") {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        if (k === "columns")
          out[k] = Object.fromEntries(Object.entries(x as object).map(([r, c]) => [r, cols(c as number)]));
        else out[k] = walk(x, k);
      }
      return out;
    }
    if (typeof v === "number" && (key === "row" || key === "top" || key === "bottom")) return rows(v);
    if (typeof v === "number" && (key === "col" || key === "left" || key === "right")) return cols(v);
    if (typeof v === "string" && key === "sheet" && sheet !== undefined) return sheet;
    return v;
  };
  return walk(value) as T;
}

function mapBlock(block: BlockSink, rows: Map1, cols: Map1, grow: (a: Area) => Area): BlockSink {
  const out = new BlockSink();
  for (const [key, cell] of block.cells) {
    const [r, c] = key.split(",").map(Number);
    out.cells.set(`${rows(r)},${cols(c)}`, { ...cell });
  }
  for (const m of block.merges) out.merges.push(grow(m));
  return out;
}

function reshape(s: Shaped, rows: Map1, cols: Map1, grow: (a: Area) => Area, sheet?: string): Shaped {
  return {
    block: mapBlock(s.block, rows, cols, grow),
    table: mapModel(s.table, rows, cols, sheet),
    written: s.written.map((w) => ({ ...w, row: rows(w.row), col: cols(w.col) })),
    blockRows: s.blockRows.map(rows),
    headerRow: s.headerRow === undefined ? undefined : rows(s.headerRow),
    headerCols: s.headerCols?.map(cols),
  };
}

const id: Map1 = (n) => n;

/** `count` blank rows before row `at`; a merged area that spans `at` grows. */
export function insertRows(s: Shaped, at: number, count: number): Shaped {
  const rows = (r: number) => (r >= at ? r + count : r);
  return reshape(s, rows, id, (m) => ({
    ...m,
    top: rows(m.top),
    bottom: m.top < at && m.bottom >= at ? m.bottom + count : rows(m.bottom),
  }));
}

/** `count` blank columns before column `at`; a merged area that spans `at` grows. */
export function insertCols(s: Shaped, at: number, count: number): Shaped {
  const cols = (c: number) => (c >= at ? c + count : c);
  return reshape(s, id, cols, (m) => ({
    ...m,
    left: cols(m.left),
    right: m.left < at && m.right >= at ? m.right + count : cols(m.right),
  }));
}

/** The table moved by (dr, dc) and onto `sheet`. */
export function move(s: Shaped, dr: number, dc: number, sheet?: string): Shaped {
  return reshape(
    s,
    (r) => r + dr,
    (c) => c + dc,
    (m) => ({ top: m.top + dr, bottom: m.bottom + dr, left: m.left + dc, right: m.right + dc }),
    sheet,
  );
}

export function textAt(s: Shaped, row: number, col: number): string | undefined {
  const v = s.block.cells.get(`${row},${col}`)?.value;
  return typeof v === "string" ? v : undefined;
}

export function setText(s: Shaped, row: number, col: number, text: string): void {
  const cell: CellData = { value: text };
  s.block.cells.set(`${row},${col}`, cell);
}

export function mergeAt(s: Shaped, row: number, col: number): Area | undefined {
  return s.block.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/** Replaces the merged area at (row, col) (or the single cell) by `area`. */
export function setMerge(s: Shaped, row: number, col: number, area: Area): void {
  const i = s.block.merges.findIndex((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  if (i >= 0) s.block.merges.splice(i, 1);
  s.block.merges.push(area);
}

/** The drawn area of a shaped table (its model's area). */
export function areaOf(s: Shaped): Area {
  return s.table.area;
}
