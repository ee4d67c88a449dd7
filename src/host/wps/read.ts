// The whole workbook through the ET object model, sheet by sheet, in whole-range questions:
//   the sheet list (2 calls a sheet); per sheet its used range's address, `Value2` and `Formula` as arrays (once
//   each), its number formats (one question for the range, and where its cells' formats differ one for each block of
//   like cells, halved only where a block still differs), its merged areas (merges.ts) and its notes (4 calls a
//   note); then the defined names (3 calls a name). A question is two calls (the range, then its property).
// Nothing is read cell by cell. A used range far larger than its data (a column formatted to the last row, which WPS
// counts as used) is first cut to the last row and column that hold something, two `Find` calls.
import { Area, a1, areaA1, sameArea } from "../../core/grid/address";
import { CellData, Grid } from "../../core/grid/grid";
import { DefinedName, WorkbookData } from "../../app/host";
import { EtApplication, EtRange, EtWorkbook, EtWorksheet, XL } from "./api";
import { areaOf, referencedAreas } from "./addresses";
import { cellsOf, formatOf } from "./cells";
import { noWorkbook } from "./errors";
import { mergedAreas } from "./merges";
import { CellCounts, probe } from "./probe";
import { SETTINGS_SHEET, settingsOf } from "./settings";

/** A used range of more cells than this is cut to its data before it is read. */
export const TRIM_ABOVE_CELLS = 100_000;

export function activeWorkbook(app: EtApplication): EtWorkbook {
  const workbook = app.ActiveWorkbook;
  if (!workbook) throw noWorkbook();
  return workbook;
}

export function readWorkbook(app: EtApplication, sheetNames?: string[]): WorkbookData {
  const workbook = activeWorkbook(app);
  const worksheets = workbook.Worksheets;
  const count = worksheets.Count;
  const sheets: Grid[] = [];
  let settings: Record<string, string> = {};
  for (let i = 1; i <= count; i++) {
    const worksheet = worksheets.Item(i);
    const name = worksheet.Name;
    if (name === SETTINGS_SHEET) settings = settingsOf(readSheet(worksheet, name));
    else if (!sheetNames || sheetNames.includes(name)) sheets.push(readSheet(worksheet, name));
  }
  return { sheets, names: readNames(workbook), settings };
}

export function readSheet(worksheet: EtWorksheet, name: string): Grid {
  const used = worksheet.UsedRange;
  const usedArea = areaOf(used.Address(false, false));
  if (!usedArea) return new Grid(name, []);
  const rows: (CellData | undefined)[][] = [];
  const area = dataArea(used, usedArea);
  if (area) {
    const range = sameArea(area, usedArea) ? used : worksheet.Range(areaA1(area));
    const found = cellsOf(area, range.Value2, range.Formula, (r, c) => worksheet.Range(a1(r, c)).HasFormula);
    found.forEach((row, i) =>
      row.forEach((cell, j) => {
        if (cell) (rows[area.top + i - 1] ??= [])[area.left + j - 1] = cell;
      }),
    );
    readFormats(worksheet, range, area, rows);
  }
  const empty = (r: number, c: number) => rows[r - 1]?.[c - 1] === undefined;
  const merges = area
    ? mergedAreas(worksheet, area, sameArea(area, usedArea) ? used.MergeCells : undefined, empty)
    : [];
  // A merged area shows its top-left cell; a value a file keeps in its other cells is not part of the sheet.
  for (const m of merges)
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r > m.top || c > m.left) delete rows[r - 1]?.[c - 1];
  readNotes(worksheet, rows);
  return new Grid(name, rows, merges);
}

/** The used area, or for a very large one the part up to the last row and column holding something; null if none. */
function dataArea(used: EtRange, usedArea: Area): Area | null {
  const cells = (usedArea.bottom - usedArea.top + 1) * (usedArea.right - usedArea.left + 1);
  if (cells <= TRIM_ABOVE_CELLS) return usedArea;
  const lastRow = used.Find("*", undefined, XL.formulas, XL.part, XL.byRows, XL.previous);
  if (!lastRow) return null;
  const lastCol = used.Find("*", undefined, XL.formulas, XL.part, XL.byColumns, XL.previous);
  return {
    ...usedArea,
    bottom: Math.min(usedArea.bottom, lastRow.Row),
    right: Math.min(usedArea.right, lastCol ? lastCol.Column : usedArea.right),
  };
}

/**
 * Number formats of the cells that hold something (the core keeps formats only there, as the file host does). One
 * question for the whole range; where its formats differ, one question for each run of like cells down a column
 * (a header's text, then the figures under it, then a formula total), halved only where a run still differs. A WPS
 * that answers cell by cell (an array) is taken at its word.
 */
function readFormats(worksheet: EtWorksheet, range: EtRange, area: Area, rows: (CellData | undefined)[][]): void {
  const cellAt = (r: number, c: number) => rows[r - 1]?.[c - 1];
  const held = new CellCounts(area, (r, c) => cellAt(r, c) !== undefined);
  const ask = (a: Area) => worksheet.Range(areaA1(a)).NumberFormat;
  const matters = (a: Area) => held.count(a) > 0;
  const first = range.NumberFormat;
  const answers =
    first === null || first === undefined
      ? likeRuns(area, cellAt).flatMap((run) => probe<unknown>(run, ask, matters, undefined, "columns"))
      : probe<unknown>(area, ask, matters, first);
  for (const { area: part, value } of answers) {
    const numFmt = formatOf(value);
    if (!numFmt) continue;
    for (let r = part.top; r <= part.bottom; r++)
      for (let c = part.left; c <= part.right; c++) {
        const cell = cellAt(r, c);
        if (cell) cell.numFmt = numFmt;
      }
  }
}

/**
 * Blocks of like cells: each column's runs of cells of one kind (text, numbers, booleans, errors, formulas of
 * each), over the empty cells between them, joined with the runs beside them that cover the same rows with the same
 * kind (the figures of a budget block, D6:F9, are one block). An empty cell's format does not matter, so a block
 * whose empty cells differ costs a halving or two, no more.
 */
function likeRuns(area: Area, cellAt: (row: number, col: number) => CellData | undefined): Area[] {
  const kindOf = (cell: CellData) => `${cell.error ? "error" : typeof cell.value}${cell.formula ? "=" : ""}`;
  const blocks: (Area & { kind: string })[] = [];
  const open = new Map<string, Area & { kind: string }>();
  for (let col = area.left; col <= area.right; col++) {
    let run: (Area & { kind: string }) | null = null;
    const runs: (Area & { kind: string })[] = [];
    for (let row = area.top; row <= area.bottom; row++) {
      const cell = cellAt(row, col);
      const kind = cell ? kindOf(cell) : "";
      if (!cell) continue;
      if (run && kind === run.kind) run.bottom = row;
      else runs.push((run = { top: row, left: col, bottom: row, right: col, kind }));
    }
    for (const r of runs) {
      const key = `${r.kind}\u0000${r.top}\u0000${r.bottom}`;
      const beside = open.get(key);
      if (beside && beside.right === col - 1) beside.right = col;
      else {
        blocks.push(r);
        open.set(key, r);
      }
    }
  }
  return blocks.map(({ top, left, bottom, right }) => ({ top, left, bottom, right }));
}

/** Notes on cells that hold something (a note on an empty cell is not part of what the core reads). */
function readNotes(worksheet: EtWorksheet, rows: (CellData | undefined)[][]): void {
  const comments = worksheet.Comments;
  const count = comments.Count;
  for (let i = 1; i <= count; i++) {
    const comment = comments.Item(i);
    const text = comment.Text();
    const at = areaOf(comment.Parent.Address(false, false));
    const cell = at ? rows[at.top - 1]?.[at.left - 1] : undefined;
    if (cell && text) cell.note = text;
  }
}

/** Workbook-level names that refer to cells; a sheet's own names (`Sheet1!Print_Area`) are left out. */
function readNames(workbook: EtWorkbook): DefinedName[] {
  const names = workbook.Names;
  const count = names.Count;
  const out: DefinedName[] = [];
  for (let i = 1; i <= count; i++) {
    const item = names.Item(i);
    const name = item.Name;
    if (name.includes("!")) continue;
    for (const { sheet, area } of referencedAreas(item.RefersTo)) out.push({ name, sheet, area });
  }
  return out;
}
