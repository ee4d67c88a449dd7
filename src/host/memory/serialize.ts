// WorkbookData ⇄ plain JSON, so a workbook can travel to the browser preview without exceljs.
import { Area } from "../../core/grid/address";
import { CellData, Grid } from "../../core/grid/grid";
import { DefinedName, WorkbookData } from "../../app/host";

export interface SheetJson {
  name: string;
  /** rows[r][c], null for an empty cell. */
  rows: (CellData | null)[][];
  merges: Area[];
}

export interface WorkbookJson {
  sheets: SheetJson[];
  names: DefinedName[];
  settings: Record<string, string>;
}

export function sheetToJson(grid: Grid): SheetJson {
  const rows: (CellData | null)[][] = [];
  for (let r = 1; r <= grid.rowCount; r++) {
    const row: (CellData | null)[] = [];
    for (let c = 1; c <= grid.colCount; c++) row.push(grid.cell(r, c) ?? null);
    while (row.length && row[row.length - 1] === null) row.pop();
    rows.push(row);
  }
  return { name: grid.name, rows, merges: [...grid.merges] };
}

export function workbookToJson(data: WorkbookData): WorkbookJson {
  return { sheets: data.sheets.map(sheetToJson), names: data.names, settings: data.settings };
}

export function sheetFromJson(sheet: SheetJson): Grid {
  return new Grid(
    sheet.name,
    sheet.rows.map((row) => row.map((c) => c ?? undefined)),
    sheet.merges,
  );
}

export function workbookFromJson(json: WorkbookJson): Grid[] {
  return json.sheets.map(sheetFromJson);
}
