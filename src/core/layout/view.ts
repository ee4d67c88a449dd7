// One sheet as the recognizer reads it: what each position shows (merged areas resolve to their anchor), its
// text as a person sees it, and its text as the matcher compares it. Everything a text means is worked out once
// per distinct text and run (the same headers and labels repeat in every table of a workbook), and the per-cell
// accessors allocate nothing: recognition must stay a small fraction of the time it takes to read the file.
import { Area, CellRef } from "../grid/address";
import { cellText } from "../grid/format";
import { CellData, CellValue, Grid } from "../grid/grid";
import { Field } from "./model";
import { isTemplateText } from "../values/template-text";
import { headerKey, labelKey, pointsIn, rawKey, splitLevelWeight } from "./normalize";

/**
 * What texts mean, worked out once per distinct text: keys, classifications, template checks. They are pure
 * functions of the text, so the cache is shared by every run (the same headers recur in every table and every
 * workbook of a batch); it is emptied when it grows large, never consulted for anything but the text itself.
 */
export class KeyCache {
  private static readonly LIMIT = 50_000;
  private static readonly headers = new Map<string, string>();
  private static readonly labels = new Map<string, string>();
  private static readonly infos = new Map<string, unknown>();
  private static readonly templates = new Map<string, boolean>();
  private static readonly levels = new Map<string, { label: string; weight?: number }>();
  private static readonly raws = new Map<string, string>();
  private static readonly points = new Map<string, number | null>();

  private static room<K, V>(map: Map<K, V>): Map<K, V> {
    if (map.size >= KeyCache.LIMIT) map.clear();
    return map;
  }

  header(text: string): string {
    let k = KeyCache.headers.get(text);
    if (k === undefined) KeyCache.room(KeyCache.headers).set(text, (k = headerKey(text)));
    return k;
  }

  /** The text as family evidence compares it (`rawKey`). */
  raw(text: string): string {
    let k = KeyCache.raws.get(text);
    if (k === undefined) KeyCache.room(KeyCache.raws).set(text, (k = rawKey(text)));
    return k;
  }

  /** Points a label gives (`pointsIn`), null for none. */
  points(text: string): number | null {
    let v = KeyCache.points.get(text);
    if (v === undefined) KeyCache.room(KeyCache.points).set(text, (v = pointsIn(text) ?? null));
    return v;
  }

  label(text: string): string {
    let k = KeyCache.labels.get(text);
    if (k === undefined) KeyCache.room(KeyCache.labels).set(text, (k = labelKey(text)));
    return k;
  }

  /** `make(text)` once per distinct text; `make` must always be the same function for a given cache use. */
  info<T>(text: string, make: (text: string) => T): T {
    let v = KeyCache.infos.get(text) as T | undefined;
    if (v === undefined) KeyCache.room(KeyCache.infos).set(text, (v = make(text)));
    return v;
  }

  template(text: string): boolean {
    let v = KeyCache.templates.get(text);
    if (v === undefined) KeyCache.room(KeyCache.templates).set(text, (v = text.length <= 40 && isTemplateText(text)));
    return v;
  }

  /** A 一级 label without the weight it may carry, and that weight. */
  level(text: string): { label: string; weight?: number } {
    let v = KeyCache.levels.get(text);
    if (v === undefined) KeyCache.room(KeyCache.levels).set(text, (v = splitLevelWeight(text)));
    return v;
  }
}

/** Texts longer than this are answers (goals, reasons), never headers or labels. */
export const MAX_LABEL_LENGTH = 48;

/** Above this many positions the merge lookup stays with the Grid instead of a dense index. */
const DENSE_LIMIT = 4_000_000;

export class SheetView {
  readonly height: number;
  readonly width: number;
  /** merge index + 1 per position, row-major; null when the sheet has no merges or is too large. */
  private readonly dense: Int32Array | null = null;

  constructor(
    readonly grid: Grid,
    readonly keys: KeyCache,
  ) {
    this.height = grid.rowCount;
    let width = grid.colCount;
    let height = this.height;
    for (const m of grid.merges) {
      if (m.right > width) width = m.right;
      if (m.bottom > height) height = m.bottom;
    }
    this.width = width;
    this.height = height;
    if (grid.merges.length && height * width <= DENSE_LIMIT) {
      const dense = new Int32Array(height * width);
      grid.merges.forEach((m, i) => {
        for (let r = m.top; r <= m.bottom; r++)
          dense.fill(i + 1, (r - 1) * width + m.left - 1, (r - 1) * width + m.right);
      });
      this.dense = dense;
    }
  }

  get sheet(): string {
    return this.grid.name;
  }

  /** The whole sheet as a region. */
  get bounds(): Area {
    return { top: 1, left: 1, bottom: Math.max(1, this.height), right: Math.max(1, this.width) };
  }

  /** The merged area covering a position, if any. */
  merge(row: number, col: number): Area | undefined {
    if (this.dense) {
      if (row < 1 || col < 1 || row > this.height || col > this.width) return undefined;
      const i = this.dense[(row - 1) * this.width + col - 1];
      return i ? this.grid.merges[i - 1] : undefined;
    }
    return this.grid.merges.length ? this.grid.mergeAt(row, col) : undefined;
  }

  anchor(row: number, col: number): { row: number; col: number } {
    const m = this.merge(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** The area a position belongs to: its merged area, or the cell alone. */
  area(row: number, col: number): Area {
    return this.merge(row, col) ?? { top: row, left: col, bottom: row, right: col };
  }

  /** Last column of what (row, col) shows. */
  right(row: number, col: number): number {
    return this.merge(row, col)?.right ?? col;
  }

  shown(row: number, col: number): CellData | undefined {
    const m = this.merge(row, col);
    return m ? this.grid.cell(m.top, m.left) : this.grid.cell(row, col);
  }

  value(row: number, col: number): CellValue | undefined {
    return this.shown(row, col)?.value;
  }

  /** What the position shows, as a person sees it. */
  text(row: number, col: number): string {
    return cellText(this.shown(row, col));
  }

  isEmpty(row: number, col: number): boolean {
    return isEmptyCell(this.shown(row, col));
  }

  /** True when (row, col) is the top row of what it shows: its own cell, or the first row of a merged area. */
  startsHere(row: number, col: number): boolean {
    const m = this.merge(row, col);
    return !m || m.top === row;
  }

  /** The short text a position shows, if it shows one: headers and labels. */
  label(row: number, col: number): string | undefined {
    const v = this.value(row, col);
    return typeof v === "string" && v.length <= MAX_LABEL_LENGTH ? v : undefined;
  }

  /** The header key of a short text cell, "" for numbers, empty cells and long texts. */
  headerKey(row: number, col: number): string {
    const v = this.label(row, col);
    return v === undefined ? "" : this.keys.header(v);
  }

  ref(row: number, col: number): CellRef {
    const m = this.merge(row, col);
    return m ? { sheet: this.sheet, row: m.top, col: m.left } : { sheet: this.sheet, row, col };
  }

  /** The cell a person looks at, with what it held when read. */
  field(row: number, col: number): Field {
    const m = this.merge(row, col);
    const r = m ? m.top : row;
    const c = m ? m.left : col;
    const cell = this.grid.cell(r, c);
    const out: Field = { ref: { sheet: this.sheet, row: r, col: c }, value: cell?.value ?? null, text: cellText(cell) };
    if (cell?.formula) out.formula = cell.formula;
    if (cell?.numFmt) out.numFmt = cell.numFmt;
    if (cell?.error) out.error = cell.error;
    return out;
  }

  /** True when nothing starts in this row between `left` and `right`: empty, or only continuing merged cells. */
  isBlankRow(row: number, left: number, right: number): boolean {
    for (let c = left; c <= right; c++) {
      const m = this.merge(row, c);
      if (m) {
        if (m.top === row && !isEmptyCell(this.grid.cell(m.top, m.left))) return false;
        c = m.right;
      } else if (!isEmptyCell(this.grid.cell(row, c))) return false;
    }
    return true;
  }

  /**
   * The value cell of a label: the first non-empty position right of the label within `right`, stopping at a cell
   * `stop` says is another label; the position right after the label when everything there is empty.
   */
  valueRightOf(
    row: number,
    col: number,
    right: number,
    stop?: (row: number, col: number) => boolean,
  ): Field | undefined {
    const labelRight = this.right(row, col);
    for (let c = labelRight + 1; c <= right; c++) {
      if (stop?.(row, c)) break;
      if (!this.isEmpty(row, c)) return this.field(row, c);
      c = this.right(row, c);
    }
    return labelRight + 1 <= right ? this.field(row, labelRight + 1) : undefined;
  }
}

export function isEmptyCell(c: CellData | undefined): boolean {
  if (!c) return true;
  if (c.formula || c.error) return false;
  return c.value === null || c.value === undefined || (typeof c.value === "string" && c.value.trim() === "");
}

/** Two column ranges share at least one column. */
export function overlaps(a: { left: number; right: number }, b: { left: number; right: number }): boolean {
  return a.left <= b.right && b.left <= a.right;
}
