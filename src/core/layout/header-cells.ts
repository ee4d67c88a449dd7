// The header cells of a band of rows, left to right: what each column's header says. A header may span several
// columns (merged), span two rows (merged down), be written over two rows ("年度指标" above "值"), or stand under a
// merged parent header (年度指标值 over 指标性质 | 指标值 | 度量单位); a cell may also carry its value after its label
// (`预算数: 2.38`). Which role each cell has is headers.ts's question.
import { Area } from "../grid/address";
import { INLINE } from "./scan";
import { SheetView } from "./view";

/** One header cell of a band: its column, its text's key and, under a merged parent header, the parent's key. */
export interface HeaderColumn {
  col: number;
  key: string;
  area: Area;
  /** The cell holds its value after the label too (`预算数: 2.38`): the key is the label's. */
  inline?: boolean;
  parent?: { key: string; area: Area };
}

/** What the cells need of the header words: the known keys, and whether a label may carry its value. */
export interface HeaderWords {
  index: ReadonlyMap<string, unknown>;
  /** Header cells may carry their value after a colon (`预算数: 2.38 | 执行数: 2.38`). */
  inlineValues?: boolean;
}

/** The header cells of a band of `h` rows from `row`, left to right. */
export function bandColumns(view: SheetView, row: number, h: number, region: Area, rules: HeaderWords): HeaderColumn[] {
  const out: HeaderColumn[] = [];
  if (h === 1) {
    // One row, the common case: each position's own cell or merged area, once per merged area.
    for (let c = region.left; c <= region.right; c++) {
      const m = view.merge(row, c);
      if (m && m.left < c) continue;
      const v = m ? view.grid.cell(m.top, m.left)?.value : view.grid.cell(row, c)?.value;
      if (typeof v !== "string" || v.trim() === "" || v.length > 60) continue;
      out.push(columnOf(view, c, v, m ?? { top: row, left: c, bottom: row, right: c }, rules));
    }
    return out;
  }
  let lastAnchors = "";
  for (let c = region.left; c <= region.right; c++) {
    const anchors: { row: number; col: number }[] = [];
    for (let r = row; r < row + h; r++) {
      const a = view.anchor(r, c);
      if (!anchors.some((x) => x.row === a.row && x.col === a.col)) anchors.push(a);
    }
    const id = anchors.map((a) => `${a.row},${a.col}`).join(";");
    if (id === lastAnchors) continue; // the same merged header, one column further
    lastAnchors = id;
    const texts: { text: string; area: Area }[] = [];
    for (const a of anchors) {
      const v = view.grid.cell(a.row, a.col)?.value;
      if (typeof v === "string" && v.trim() !== "" && v.length <= 60)
        texts.push({ text: v, area: view.area(a.row, a.col) });
    }
    if (texts.length === 0) continue;
    const own = texts[texts.length - 1];
    const column = columnOf(view, c, own.text, own.area, rules);
    if (texts.length > 1) {
      const whole = texts.map((t) => t.text).join("");
      const first = texts[0];
      // Two texts over one column: a parent header over its sub-column when the parent spans more columns than the
      // child, else one header written over two rows (年度指标 / 值).
      const parentWider = first.area.right - first.area.left > own.area.right - own.area.left;
      if (parentWider) column.parent = { key: view.keys.header(first.text), area: first.area };
      else column.key = view.keys.header(whole);
      column.area = texts.reduce((a, t) => union(a, t.area), own.area);
      if (parentWider) column.area = own.area;
    }
    out.push(column);
  }
  return out;
}

/** A header cell's column: its key, or its label's where it holds its value too (`预算数: 2.38`). */
function columnOf(view: SheetView, col: number, text: string, area: Area, rules: HeaderWords): HeaderColumn {
  const column: HeaderColumn = { col, key: view.keys.header(text), area };
  const inline = rules.inlineValues && !rules.index.has(column.key) ? INLINE.exec(text.trim()) : null;
  if (inline && /\d/.test(inline[2]) && rules.index.has(view.keys.header(inline[1]))) {
    column.key = view.keys.header(inline[1]);
    column.inline = true;
  }
  return column;
}

/** The smallest area holding both. */
export function union(a: Area, b: Area): Area {
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}
