// Header rows: which column holds which role. A header may span several columns (merged), span two rows (merged
// down), or be written over two rows ("年度指标" above "值"); each column's header is the text of every distinct
// cell over the band's rows, read top to bottom. Several tables side by side share a row: a role seen twice
// starts a new table.
import { Area, areasIntersect } from "../grid/address";
import { SheetView } from "./view";

export interface HeaderSegment<R extends string> {
  /** First and last row of the header band; data rows start below `bottom`. */
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Column of each role (the left column of its header cell). */
  cols: Map<R, number>;
  cells: Map<R, Area>;
}

const MAX_BAND = 3;

export function headerSegments<R extends string>(
  view: SheetView,
  rows: readonly number[],
  region: Area,
  index: ReadonlyMap<string, R>,
  accept: (roles: ReadonlyMap<R, number>) => boolean,
  required: readonly R[],
): HeaderSegment<R>[] {
  // Every reading of every candidate row competes: the one with more roles wins, then the one over fewer rows (a
  // header seen from the row above, through an empty row, is the same header), then the upper, then the left one.
  // A row is read over more rows only when one row gives part of a header: most headers are whole in one row.
  const found: HeaderSegment<R>[] = [];
  for (const row of rows) {
    const single = segmentsAt(view, row, 1, region, index);
    found.push(...single.filter((s) => accept(s.cols)));
    const partial = single.some(
      (s) => s.cols.size >= 3 && (required.some((r) => !s.cols.has(r)) || hasStrayText(view, row, s, index)),
    );
    for (let h = 2; partial && h <= MAX_BAND && row + h - 1 <= region.bottom; h++) {
      found.push(...segmentsAt(view, row, h, region, index).filter((s) => accept(s.cols)));
    }
  }
  const kept: HeaderSegment<R>[] = [];
  found.sort(
    (a, b) => b.cols.size - a.cols.size || a.bottom - a.top - (b.bottom - b.top) || a.top - b.top || a.left - b.left,
  );
  for (const s of found) {
    if (!kept.some((k) => areasIntersect(k, s))) kept.push(s);
  }
  return kept.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** A text in the header's columns that is no header: maybe the first part of one written over two rows. */
function hasStrayText<R extends string>(
  view: SheetView,
  row: number,
  seg: HeaderSegment<R>,
  index: ReadonlyMap<string, R>,
): boolean {
  for (let c = seg.left; c <= seg.right; c++) {
    const text = view.label(row, c);
    if (text !== undefined && text.trim() !== "" && !index.has(view.keys.header(text))) return true;
    c = view.right(row, c);
  }
  return false;
}

function segmentsAt<R extends string>(
  view: SheetView,
  row: number,
  h: number,
  region: Area,
  index: ReadonlyMap<string, R>,
): HeaderSegment<R>[] {
  const out: HeaderSegment<R>[] = [];
  let current: HeaderSegment<R> | null = null;
  let lastAnchors = "";
  for (let c = region.left; c <= region.right; c++) {
    let text = "";
    let area: Area;
    if (h === 1) {
      // One row: the position's own cell or merged area, once per merged area.
      const m = view.merge(row, c);
      if (m && m.left < c) continue;
      const v = m ? view.grid.cell(m.top, m.left)?.value : view.grid.cell(row, c)?.value;
      if (typeof v !== "string") continue;
      text = v;
      area = m ?? { top: row, left: c, bottom: row, right: c };
    } else {
      const anchors: { row: number; col: number }[] = [];
      for (let r = row; r < row + h; r++) {
        const a = view.anchor(r, c);
        if (!anchors.some((x) => x.row === a.row && x.col === a.col)) anchors.push(a);
      }
      const id = anchors.map((a) => `${a.row},${a.col}`).join(";");
      if (id === lastAnchors) continue; // the same merged header, one column further
      lastAnchors = id;
      // The header cell: the areas of the texts that make it up (not the empty rows of the band).
      area = { top: Infinity, left: c, bottom: 0, right: c };
      for (const a of anchors) {
        const v = view.grid.cell(a.row, a.col)?.value;
        if (typeof v !== "string") continue;
        text += v;
        const m = view.area(a.row, a.col);
        area = {
          top: Math.min(area.top, m.top),
          left: Math.min(area.left, m.left),
          bottom: Math.max(area.bottom, m.bottom),
          right: Math.max(area.right, m.right),
        };
      }
    }
    if (text === "" || text.length > 60) continue;
    const role = index.get(view.keys.header(text));
    if (!role) continue;
    if (current && current.cols.has(role)) {
      out.push(current);
      current = null;
    }
    if (!current) current = { top: Infinity, bottom: 0, left: c, right: c, cols: new Map(), cells: new Map() };
    current.cols.set(role, c);
    current.cells.set(role, area);
    current.right = Math.max(current.right, area.right);
    current.top = Math.min(current.top, area.top);
    current.bottom = Math.max(current.bottom, area.bottom);
  }
  if (current) out.push(current);
  return out;
}
