// exceljs workbook → WorkbookData: how the file host read workbooks before it had its own package reader, kept
// as an independent second reading. The differential tests hold the package reader to it, and tests that build
// workbooks with exceljs read them back through it. Cells inside a merged area other than its anchor are left
// empty (exceljs reports the anchor's value there, which would make every merged cell look like a separate copy).
import ExcelJS from "exceljs";
import { Area, parseAreaA1 } from "../../src/core/grid/address";
import { CellData, CellValue, Grid } from "../../src/core/grid/grid";
import { DefinedName, WorkbookData } from "../../src/app/host";
import { SETTINGS_SHEET } from "../../src/host/xlsx/settings-sheet";
import { repairExcelJs } from "./exceljs-repairs";

// Before any workbook is loaded: where exceljs misreads what other writers write (see exceljs-repairs.ts).
repairExcelJs();

export async function readWorkbookFile(path: string): Promise<WorkbookData> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return workbookData(wb);
}

export async function readWorkbookBuffer(buffer: Buffer | ArrayBuffer): Promise<WorkbookData> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as ArrayBuffer);
  return workbookData(wb);
}

export function workbookData(wb: ExcelJS.Workbook, sheetNames?: string[]): WorkbookData {
  const sheets: Grid[] = [];
  let settings: Record<string, string> = {};
  wb.eachSheet((ws) => {
    if (ws.name === SETTINGS_SHEET) settings = readSettings(ws);
    else if (!sheetNames || sheetNames.includes(ws.name)) sheets.push(gridOf(ws));
  });
  return { sheets, names: readNames(wb), settings };
}

export function gridOf(ws: ExcelJS.Worksheet): Grid {
  const rows: CellData[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const out: CellData[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const data = cellData(cell);
      if (data) out[c - 1] = data;
    });
    rows[r - 1] = out;
  });
  return new Grid(ws.name, rows, mergesOf(ws));
}

export function mergesOf(ws: ExcelJS.Worksheet): Area[] {
  // exceljs keeps merges as a map anchor → Range; its public `model` getter would rebuild every row model.
  const merges = (ws as unknown as { _merges: Record<string, { model: Area } | undefined> })._merges;
  const out: Area[] = [];
  for (const key of Object.keys(merges)) {
    const m = merges[key];
    if (m) out.push({ top: m.model.top, left: m.model.left, bottom: m.model.bottom, right: m.model.right });
  }
  return out;
}

export function cellData(cell: ExcelJS.Cell): CellData | undefined {
  if (cell.type === ExcelJS.ValueType.Merge) return undefined;
  const numFmt = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : undefined;
  const note = noteText(cell.note);
  const base = (data: CellData): CellData => {
    if (numFmt) data.numFmt = numFmt;
    if (note) data.note = note;
    return data;
  };
  const v = cell.value;
  if (v === null || v === undefined) return numFmt || note ? base({ value: null }) : undefined;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return base({ value: v });
  if (v instanceof Date) return base({ value: v.toISOString().slice(0, 10) });
  if (typeof v === "object") {
    if ("formula" in v || "sharedFormula" in v) {
      const formula = cell.formula;
      // exceljs keeps a cached result of 0 only in cell.result, not in the value object.
      const result = (v as ExcelJS.CellFormulaValue).result ?? cell.result;
      const data: CellData = { value: null, formula: formula ? `=${formula}` : undefined };
      if (result && typeof result === "object" && "error" in result) data.error = String(result.error);
      else if (result instanceof Date) data.value = result.toISOString().slice(0, 10);
      else if (result !== undefined && result !== null) data.value = result as CellValue;
      return base(data);
    }
    if ("error" in v) return base({ value: null, error: String((v as ExcelJS.CellErrorValue).error) });
    if ("richText" in v) return base({ value: (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join("") });
    if ("text" in v) return base({ value: String((v as ExcelJS.CellHyperlinkValue).text) });
  }
  return base({ value: String(cell.text ?? "") });
}

export function noteText(note: ExcelJS.Comment | string | undefined): string | undefined {
  if (!note) return undefined;
  if (typeof note === "string") return note;
  return note.texts?.map((t) => t.text).join("") || undefined;
}

function readSettings(ws: ExcelJS.Worksheet): Record<string, string> {
  const out: Record<string, string> = {};
  ws.eachRow((row) => {
    const key = row.getCell(1).value;
    const value = row.getCell(2).value;
    if (typeof key === "string" && value !== null && value !== undefined) out[key] = String(value);
  });
  return out;
}

function readNames(wb: ExcelJS.Workbook): DefinedName[] {
  const out: DefinedName[] = [];
  for (const { name, ranges } of wb.definedNames.model as { name: string; ranges: string[] }[]) {
    for (const range of ranges) {
      const bang = range.lastIndexOf("!");
      if (bang < 0) continue;
      const sheet = range
        .slice(0, bang)
        .replace(/^'(.*)'$/, "$1")
        .replace(/''/g, "'");
      const area = parseAreaA1(range.slice(bang + 1));
      if (area) out.push({ name, sheet, area });
    }
  }
  return out;
}
