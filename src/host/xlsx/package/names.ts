// Defined names as exceljs reads them. exceljs 4.4.0 keeps a name as the set of cells it covers (per sheet)
// and gives it back as rectangles found by growing each first uncovered cell down, then right
// (lib/doc/defined-names.js); a name of one rectangle comes back as it was, several may come back regrouped. This
// does the same on the rectangles themselves, never cell by cell unless a name's rectangles touch or overlap, so
// a name over a whole sheet costs nothing (exceljs would enumerate its 17 billion cells).
import { Area, MAX_COL, areaBetween } from "../../../core/grid/address";
import { DefinedName } from "../../../app/host";
import { DefinedNameEntry } from "./workbook-part";

// exceljs keeps only ranges written with absolute references ($A$1); relative ones name no cells for it.
const ABSOLUTE = /[$](\w+)[$](\d+)(:[$](\w+)[$](\d+))?/;
// colCache.decodeEx: an optional quoted ('' escapes a quote) or bare sheet name, then the reference.
const SHEET_AND_REF = /(?:(?:(?:'((?:[^']|'')*)')|([^'^ !]*))!)?(.*)/;
// Beyond this many cells regrouping is skipped and the rectangles are kept as written.
const MAX_REGROUP_CELLS = 1_000_000;
// Print areas and titles belong to page setup in exceljs, not to its defined names.
const PAGE_SETUP = new Set(["_xlnm.Print_Area", "_xlnm.Print_Titles"]);

export function readDefinedNames(entries: DefinedNameEntry[]): DefinedName[] {
  // A later definition of the same name replaces an earlier one but keeps its place (a plain object's keys).
  const byName = new Map<string, Record<string, Area[]>>();
  for (const { name, text } of entries) {
    if (PAGE_SETUP.has(name)) continue;
    // No prototype: a sheet named "__proto__" is just a sheet.
    const sheets: Record<string, Area[]> = Object.create(null);
    for (const range of extractRanges(text)) {
      if (!ABSOLUTE.test(range.split("!").pop() ?? "")) continue;
      const decoded = decodeRange(range);
      if (decoded) (sheets[decoded.sheet] ??= []).push(decoded.area);
    }
    byName.set(name, sheets);
  }
  const out: DefinedName[] = [];
  for (const [name, sheets] of byName) {
    // Object.keys gives integer-like sheet names ("2023") first, as exceljs's per-sheet map does.
    for (const sheet of Object.keys(sheets)) {
      for (const area of regroup(sheets[sheet])) out.push({ name, sheet: unquote(sheet), area });
    }
  }
  return out;
}

/** exceljs's extractRanges: the comma-separated ranges of a name, commas inside a quoted sheet name kept. */
function extractRanges(text: string): string[] {
  const ranges: string[] = [];
  let quotesOpened = false;
  let last = "";
  for (const item of text.split(",")) {
    if (!item) continue;
    const quotes = (item.match(/'/g) ?? []).length;
    if (!quotes) {
      if (quotesOpened) last += `${item},`;
      else if (decodeRange(item) !== null) ranges.push(item);
      continue;
    }
    const even = quotes % 2 === 0;
    if (!quotesOpened && even && decodeRange(item) !== null) ranges.push(item);
    else if (quotesOpened && !even) {
      quotesOpened = false;
      if (decodeRange(last + item) !== null) ranges.push(last + item);
      last = "";
    } else {
      quotesOpened = true;
      last += `${item},`;
    }
  }
  return ranges;
}

/** The sheet (still quote-escaped, as exceljs keeps it) and area of one range: undefined when it names no cells,
 * null when exceljs cannot decode it at all. */
function decodeRange(range: string): { sheet: string; area: Area } | undefined | null {
  const m = SHEET_AND_REF.exec(range)!;
  const sheet = m[1] || m[2];
  const parts = m[3].split(":");
  const a = decodeAddress(parts[0]);
  const b = parts.length > 1 ? decodeAddress(parts[1]) : a;
  if (a === null || b === null) return null;
  if (!sheet || !a.row || !a.col || !b.row || !b.col) return undefined;
  return { sheet, area: areaBetween(a, b) };
}

/** colCache.decodeAddress: upper-case letters then digits, `$` ignored; null where exceljs throws. */
function decodeAddress(text: string): { row: number; col: number } | null {
  let col = 0;
  let row = 0;
  let hasRow = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (!hasRow && ch >= 65 && ch <= 90) col = col * 26 + ch - 64;
    else if (ch >= 48 && ch <= 57) {
      hasRow = true;
      row = row * 10 + ch - 48;
    } else if (hasRow && col && ch !== 36) break;
  }
  return col > MAX_COL ? null : { row, col };
}

function unquote(sheet: string): string {
  return sheet.replace(/''/g, "'");
}

/** The rectangles exceljs would give back for these, in its order (row by row, each first uncovered cell). */
function regroup(areas: Area[]): Area[] {
  if (areas.length === 1) return areas;
  const cells = areas.reduce((n, a) => n + (a.bottom - a.top + 1) * (a.right - a.left + 1), 0);
  if (cells > MAX_REGROUP_CELLS) return areas;
  const covered = new Map<number, Set<number>>();
  for (const a of areas) {
    for (let r = a.top; r <= a.bottom; r++) {
      const row = covered.get(r) ?? covered.set(r, new Set()).get(r)!;
      for (let c = a.left; c <= a.right; c++) row.add(c);
    }
  }
  const has = (r: number, c: number) => covered.get(r)?.has(c) ?? false;
  const take = (r: number, c: number) => covered.get(r)!.delete(c);
  const out: Area[] = [];
  for (const r of [...covered.keys()].sort((x, y) => x - y)) {
    for (const c of [...covered.get(r)!].sort((x, y) => x - y)) {
      if (!has(r, c)) continue;
      out.push(explore(r, c, has, take));
    }
  }
  return out;
}

/** exceljs's _explore: grow the cell's column up and down, then whole columns left and right. */
function explore(
  row: number,
  col: number,
  has: (r: number, c: number) => boolean,
  take: (r: number, c: number) => void,
): Area {
  const area = { top: row, left: col, bottom: row, right: col };
  take(row, col);
  for (let r = row - 1; has(r, col); r--) take((area.top = r), col);
  for (let r = row + 1; has(r, col); r++) take((area.bottom = r), col);
  const column = (c: number) => {
    for (let r = area.top; r <= area.bottom; r++) if (!has(r, c)) return false;
    for (let r = area.top; r <= area.bottom; r++) take(r, c);
    return true;
  };
  for (let c = col - 1; column(c); c--) area.left = c;
  for (let c = col + 1; column(c); c++) area.right = c;
  return area;
}
