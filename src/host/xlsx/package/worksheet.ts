// One worksheet part → Grid, cell for cell as exceljs reads it (exceljs 4.4.0's cell and row xforms, then
// test/support/exceljs-reader.ts): the same values, formulas, number formats, dates, notes and merges, and the same
// rows present (a row exists in the grid when a cell in it has content or lies inside a merged area).
import { Area, MAX_COL, MAX_ROW, a1, areasIntersect } from "../../../core/grid/address";
import { CellData, Grid } from "../../../core/grid/grid";
import { parseAreaRef, parseCellRef } from "./cell-address";
import { RawCell, SharedFormulas, SheetContext, cellData, readCell } from "./worksheet-cell";
import { CLOSE, OPEN, XmlScanner } from "./xml";

// exceljs compares every merge with every earlier one; beyond this many a sheet is refused rather than slowed.
const MAX_MERGES = 20_000;

type Row = (CellData | undefined)[];

export function readWorksheet(x: XmlScanner, name: string, ctx: SheetContext): Grid {
  const rows = new Map<number, Row>();
  const mergeRefs: string[] = [];
  const shared: SharedFormulas = new Map();
  let previousRow = 0;
  for (let t = x.next(); t; t = x.next()) {
    if (t !== OPEN) continue;
    if (x.name === "row") {
      const [number, cells] = readRow(x, previousRow, ctx, shared);
      // A row written twice replaces the first, as in exceljs.
      rows.set(number, cells);
      previousRow = number;
    } else if (x.name === "mergeCell") {
      const ref = x.attr("ref");
      if (ref !== undefined) mergeRefs.push(ref);
    }
  }
  const merges = acceptMerges(x, mergeRefs);
  const merged = new Set<number>();
  for (const m of merges) clearMerged(m, rows, merged);
  return new Grid(name, gridRows(rows, merged), merges);
}

function readRow(x: XmlScanner, previousRow: number, ctx: SheetContext, shared: SharedFormulas): [number, Row] {
  const r = x.attr("r");
  let number: number | undefined;
  if (r !== undefined) {
    number = /^[0-9]{1,7}$/.test(r) ? Number(r) : NaN;
    if (!(number >= 1 && number <= MAX_ROW)) x.fail(`行号 r="${r}" 无效`);
  }
  const pending: { col: number; ref: string | undefined; raw: RawCell }[] = [];
  let previousCol = 0;
  const depth = x.depth;
  for (let t = x.next(); !(t === CLOSE && x.depth < depth); t = x.next()) {
    if (t !== OPEN || x.name !== "c") continue;
    const ref = x.attr("r");
    let col = previousCol + 1;
    if (ref !== undefined) {
      const at = parseCellRef(ref);
      if (!at) x.fail(`单元格地址 r="${ref}" 无效`);
      // Without r on the row, the cells' own addresses place it.
      number ??= at.row;
      if (at.row !== number) x.fail(`单元格 ${ref} 不在它所在的第 ${number} 行`);
      col = at.col;
    }
    if (col > MAX_COL) x.fail(`第 ${number ?? previousRow + 1} 行的单元格超出 XFD 列`);
    previousCol = col;
    const raw = readCell(x);
    if (raw) pending.push({ col, ref, raw });
  }
  // A row or cell without r follows the previous one (exceljs cannot read those at all).
  const rowNumber = number ?? previousRow + 1;
  if (rowNumber > MAX_ROW) x.fail(`行号超过 ${MAX_ROW}`);
  const cells: Row = [];
  const fail = (detail: string) => x.fail(detail);
  for (const { col, ref, raw } of pending) {
    const data = cellData(raw, rowNumber, col, ctx, shared, fail);
    // A styled blank hides an earlier cell of the same address, as the later <c> replaces the earlier in exceljs.
    if (data === null) delete cells[col - 1];
    else {
      const note = ctx.notes.get(ref ?? a1(rowNumber, col));
      if (note) data.note = note;
      cells[col - 1] = data;
    }
  }
  return [rowNumber, cells];
}

/** The merges in order; one that overlaps an earlier merge is left out (exceljs refuses the whole workbook). */
function acceptMerges(x: XmlScanner, refs: string[]): Area[] {
  if (refs.length > MAX_MERGES) x.fail(`合并单元格超过 ${MAX_MERGES} 处`);
  const out: Area[] = [];
  for (const ref of refs) {
    const area = parseAreaRef(ref);
    if (!area) x.fail(`合并区域 ref="${ref}" 无效`);
    if (!out.some((m) => areasIntersect(m, area))) out.push(area);
  }
  return out;
}

/** Empties the merged area but its anchor and marks its rows present, as exceljs's Merge cells do. */
function clearMerged(m: Area, rows: Map<number, Row>, merged: Set<number>): void {
  if (m.top === m.bottom && m.left === m.right) return;
  for (let r = m.top; r <= m.bottom; r++) {
    // The anchor's row holds merged cells only when the area is wider than one column.
    if (r > m.top || m.right > m.left) merged.add(r);
    const row = rows.get(r);
    if (!row) continue;
    const from = r === m.top ? m.left : m.left - 1;
    for (let c = from; c < m.right && c < row.length; c++) if (row[c] !== undefined) delete row[c];
  }
}

function gridRows(rows: Map<number, Row>, merged: Set<number>): Row[] {
  const out: Row[] = [];
  const trim = (row: Row) => {
    let n = row.length;
    while (n > 0 && row[n - 1] === undefined) n--;
    row.length = n;
    return row;
  };
  for (const [r, row] of rows) {
    trim(row);
    if (row.length > 0 || merged.has(r)) out[r - 1] = row;
  }
  for (const r of merged) out[r - 1] ??= [];
  return out;
}
