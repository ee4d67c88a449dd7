/**
 * Helpers for tests that look at .xlsx files through exceljs: what a workbook holds, independent of how the zip
 * container happens to be written (two writes of the same workbook differ in their timestamps, not in content).
 */
import ExcelJS from "exceljs";

export interface CellContent {
  value: ExcelJS.CellValue;
  numFmt?: string;
  bold?: boolean;
  wrap?: boolean;
  horizontal?: string;
  /** Which sides carry a border, e.g. "tlbr". */
  border?: string;
}

export interface SheetContent {
  name: string;
  merges: string[];
  cells: Record<string, CellContent>;
  widths: (number | undefined)[];
  heights: Record<number, number>;
}

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** The merged ranges of a sheet, sorted, as "A1:I1". */
export function mergesOf(ws: ExcelJS.Worksheet): string[] {
  return [...ws.model.merges].sort();
}

/** The anchor of a merged area holds the value; its other cells only repeat it in exceljs, so they are left out. */
function isMergeFollower(cell: ExcelJS.Cell): boolean {
  return cell.isMerged && cell.master.address !== cell.address;
}

function borderSides(border: Partial<ExcelJS.Borders> | undefined): string | undefined {
  if (!border) return undefined;
  const sides = (["top", "left", "bottom", "right"] as const).filter((s) => border[s]?.style).map((s) => s[0]);
  return sides.length ? sides.join("") : undefined;
}

export function sheetContent(ws: ExcelJS.Worksheet): SheetContent {
  const cells: Record<string, CellContent> = {};
  const heights: Record<number, number> = {};
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (row.height) heights[r] = row.height;
    for (let c = 1; c <= ws.columnCount; c++) {
      const cell = row.getCell(c);
      const content: CellContent = {
        value: isMergeFollower(cell) ? null : cell.value,
        numFmt: cell.numFmt || undefined,
        bold: cell.font?.bold || undefined,
        wrap: cell.alignment?.wrapText || undefined,
        horizontal: cell.alignment?.horizontal,
        border: borderSides(cell.border),
      };
      // Drop undefined keys so that toEqual compares what is there, not how absence is spelt.
      for (const key of Object.keys(content) as (keyof CellContent)[]) {
        if (content[key] === undefined) delete content[key];
      }
      if (Object.keys(content).length > 1 || content.value !== null) cells[cell.address] = content;
    }
  }
  const widths: (number | undefined)[] = [];
  for (let c = 1; c <= ws.columnCount; c++) widths.push(ws.getColumn(c).width);
  return { name: ws.name, merges: mergesOf(ws), cells, widths, heights };
}

export function workbookContent(wb: ExcelJS.Workbook): SheetContent[] {
  return wb.worksheets.map(sheetContent);
}

/**
 * The text Excel shows for a number under the few formats the samples use: General, "0", "0.0…", "0%", "0.00%".
 * Enough to compare a cell with a printed report; not a general number formatter.
 */
export function displayed(value: number, numFmt: string | undefined): string {
  const fmt = numFmt ?? "General";
  if (fmt === "General") return String(value);
  const percent = fmt.endsWith("%");
  const body = percent ? fmt.slice(0, -1) : fmt;
  const match = /^0(?:\.(0+))?$/.exec(body);
  if (!match) throw new Error(`number format ${fmt} is not one the samples use`);
  const decimals = match[1]?.length ?? 0;
  // Scaling by 100 in binary can land just below a half (0.9381 * 100 = 93.80999…); round the scaled value at a
  // precision far below the displayed decimals first.
  const shown = percent ? Number((value * 100).toPrecision(12)) : value;
  return `${shown.toFixed(decimals)}${percent ? "%" : ""}`;
}
