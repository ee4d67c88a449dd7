// Header rows: which column holds which role. The header cells of a band of rows are read by header-cells.ts (merged,
// written over two rows, under a merged parent); here the readings of the candidate rows compete, and each header
// cell gets its role. Several tables side by side share a row: a name column (一级/二级/三级指标) seen twice starts a
// new table. Roles are given by the shared synonyms, then by a layout family's own words (`assignRoles` with the
// family's overrides); a merged parent's role goes to one of its sub-columns (年度指标值 over 指标性质 | 指标值 | 度量单位).
import { Area, areasIntersect } from "../grid/address";
import { bandColumns, HeaderColumn, HeaderWords, union } from "./header-cells";
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
  /** Every header cell of the segment, with or without a role, left to right. */
  columns: HeaderColumn[];
}

export interface RoleRules<R extends string> extends HeaderWords {
  index: ReadonlyMap<string, R>;
  /** Roles that start a new table when seen twice in a row (the name columns). */
  splitOn: readonly R[];
  /** A weight column right after a level column is that level's weight: `[weight, level, levelWeight]`. */
  levelWeights?: readonly (readonly [R, R, R])[];
  /** A parent's role given to a child without one, or else to the child with this role (`预期指标值` over 符号 | 单位). */
  valueWithUnit?: R;
  /** Rows a header may span (3 unless said). */
  maxBand?: number;
}

const MAX_BAND = 3;

export function headerSegments<R extends string>(
  view: SheetView,
  rows: readonly number[],
  region: Area,
  rules: RoleRules<R>,
  accept: (roles: ReadonlyMap<R, number>) => boolean,
): HeaderSegment<R>[] {
  // Every reading of every candidate row competes: the one with more roles wins, then the one over fewer rows (a
  // header seen from the row above, through an empty row, is the same header), then the upper, then the left one.
  // Bands reach up to two rows above a candidate row (a merged parent header) and down two rows below it.
  const found: HeaderSegment<R>[] = [];
  const tried = new Set<number>();
  const band = rules.maxBand ?? MAX_BAND;
  const read = (top: number, h: number) => {
    const id = top * 8 + h;
    if (tried.has(id)) return [];
    tried.add(id);
    const segments = segmentsAt(view, top, h, region, rules);
    found.push(...segments.filter((s) => accept(s.cols)));
    return segments;
  };
  for (const row of rows) {
    // Most headers are whole in one row: the bands over several are read only where the rows around hold short
    // texts over the header's columns (a parent header, the second half of a split word).
    read(row, 1);
    const cols = { left: region.left, right: region.right };
    const near = [row - 2, row - 1, row + 1, row + 2].filter((r) => r >= region.top && r <= region.bottom);
    if (!near.some((r) => headerHint(view, r, cols, row, rules.index))) continue;
    for (let top = Math.max(region.top, row - band + 1); top <= row; top++)
      for (let h = row - top + 1; h <= band && top + h - 1 <= region.bottom; h++) read(top, h);
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

/**
 * Whether `near` holds part of a header of `row`: a header word of its own (a merged parent such as 年度指标值 over
 * its sub-columns), or the other half of a word written over two rows (年度指标 above 值).
 */
function headerHint<R extends string>(
  view: SheetView,
  near: number,
  cols: { left: number; right: number },
  row: number,
  index: ReadonlyMap<string, R>,
): boolean {
  for (let c = cols.left; c <= cols.right; c++) {
    const m = view.merge(near, c);
    const skip = m ? m.right : c;
    if (m && m.top <= row && m.bottom >= row) {
      c = skip;
      continue;
    }
    const v = view.value(near, c);
    if (typeof v === "string" && v.trim() !== "" && v.length <= 20) {
      if (index.has(view.keys.header(v))) return true;
      // Half a word: the candidate row's own text there is no header by itself either.
      const own = view.value(row, c);
      if (typeof own === "string" && own.length <= 20 && !index.has(view.keys.header(own))) {
        const joined = near < row ? v + own : own + v;
        if (index.has(view.keys.header(joined))) return true;
      }
    }
    c = skip;
  }
  return false;
}

function segmentsAt<R extends string>(
  view: SheetView,
  row: number,
  h: number,
  region: Area,
  rules: RoleRules<R>,
): HeaderSegment<R>[] {
  const columns = bandColumns(view, row, h, region, rules);
  const out: HeaderSegment<R>[] = [];
  let start = 0;
  const seen = new Set<R>();
  for (let i = 0; i < columns.length; i++) {
    const role = roleOf(columns[i], rules.index);
    if (role === undefined) continue;
    if (seen.has(role) && rules.splitOn.includes(role)) {
      out.push(segmentOf(columns.slice(start, i), rules));
      start = i;
      seen.clear();
    }
    seen.add(role);
  }
  out.push(segmentOf(columns.slice(start), rules));
  return out.filter((s) => s.cols.size > 0);
}

/** A column's role by its own text, else (under a merged parent header) none until `assignRoles` hands one down. */
function roleOf<R extends string>(column: HeaderColumn, index: ReadonlyMap<string, R>): R | undefined {
  return index.get(column.key);
}

/** The roles of a segment's columns, by the shared synonyms and a family's own words (`overrides`). */
export function assignRoles<R extends string>(
  columns: readonly HeaderColumn[],
  rules: RoleRules<R>,
  overrides?: Readonly<Record<string, R | null>>,
): { cols: Map<R, number>; cells: Map<R, Area> } {
  const cols = new Map<R, number>();
  const cells = new Map<R, Area>();
  const roles: (R | undefined)[] = columns.map((c) => {
    if (overrides && Object.prototype.hasOwnProperty.call(overrides, c.key)) return overrides[c.key] ?? undefined;
    return rules.index.get(c.key);
  });
  for (let i = 0; i < columns.length; i++) {
    let role = roles[i];
    if (role === undefined) continue;
    for (const [weight, level, levelWeight] of rules.levelWeights ?? [])
      if (role === weight && i > 0 && roles[i - 1] === level) role = roles[i] = levelWeight;
    // The first column of a role is the one read; a second (a hidden 权重设定值 beside 分值) is left alone.
    if (cols.has(role)) continue;
    cols.set(role, columns[i].col);
    cells.set(role, columns[i].area);
  }
  // A merged parent header whose role none of its sub-columns took: the sub-column without a role of its own takes
  // it, else the one holding the value with its unit (预期指标值 over 符号 | 单位(文字描述): `>=` | `98 %`).
  const parents = new Map<string, number[]>();
  columns.forEach((c, i) => {
    if (!c.parent) return;
    const id = `${c.parent.area.top},${c.parent.area.left}`;
    parents.set(id, [...(parents.get(id) ?? []), i]);
  });
  for (const members of parents.values()) {
    const parent = columns[members[0]].parent!;
    const role = overrides?.[parent.key] ?? rules.index.get(parent.key);
    if (role === undefined || role === null || cols.has(role)) continue;
    const heir =
      members.find((i) => roles[i] === undefined) ??
      members.find((i) => rules.valueWithUnit !== undefined && roles[i] === rules.valueWithUnit);
    if (heir === undefined) continue;
    const was = roles[heir];
    if (was !== undefined && cols.get(was) === columns[heir].col) {
      cols.delete(was);
      cells.delete(was);
    }
    cols.set(role, columns[heir].col);
    cells.set(role, columns[heir].area);
  }
  return { cols, cells };
}

function segmentOf<R extends string>(columns: HeaderColumn[], rules: RoleRules<R>): HeaderSegment<R> {
  const { cols, cells } = assignRoles(columns, rules);
  let top = Infinity;
  let bottom = 0;
  let left = Infinity;
  let right = 0;
  for (const c of columns) {
    if (!isPartOf(c, rules.index)) continue;
    const a = c.parent ? union(c.area, c.parent.area) : c.area;
    top = Math.min(top, a.top);
    bottom = Math.max(bottom, c.area.bottom);
    left = Math.min(left, c.col);
    right = Math.max(right, c.area.right);
  }
  const kept = columns.filter((c) => c.col >= left && c.col <= right);
  return { top, bottom, left, right, cols, cells, columns: kept };
}

/** A header cell that belongs to the table: it has a role, or its parent has one. */
function isPartOf<R extends string>(c: HeaderColumn, index: ReadonlyMap<string, R>): boolean {
  return index.has(c.key) || (!!c.parent && index.has(c.parent.key));
}
