// Where the add-in keeps its settings in a workbook opened in WPS: the very hidden sheet `_jixiao` (key in column
// A, value in column B), the convention of the file host. WPS cannot reach the settings Office add-ins keep in the
// workbook, but every host reads this sheet: the CLI writes it, the Excel host reads it, and it travels in the
// .xlsx like any sheet.
import { Grid } from "../../core/grid/grid";
import { CellValue } from "../../core/grid/grid";
import { EtApplication, EtWorkbook, EtWorksheet, XL } from "./api";
import { areaOf } from "./addresses";
import { matrixOf, typedContent } from "./cells";

export const SETTINGS_SHEET = "_jixiao";

/** The settings a settings sheet holds. */
export function settingsOf(grid: Grid): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { row, col, cell } of grid.cells()) {
    const value = col === 1 && typeof cell.value === "string" ? grid.cell(row, 2)?.value : undefined;
    if (value !== null && value !== undefined) out[cell.value as string] = String(value);
  }
  return out;
}

/**
 * Stores `settings`, keeping the others the sheet holds. Creates the sheet (very hidden, after the last sheet, the
 * active sheet left as it was) when the workbook has none; returns false, writing nothing, when it has none and its
 * structure is protected, so no sheet can be added.
 */
export function writeSettings(app: EtApplication, workbook: EtWorkbook, settings: Record<string, string>): boolean {
  let sheet = findSheet(workbook, SETTINGS_SHEET);
  if (!sheet) {
    if (workbook.ProtectStructure) return false;
    sheet = addHiddenSheet(app, workbook);
  }
  const rows: [string, CellValue][] = [];
  const used = sheet.UsedRange;
  const area = areaOf(used.Address(false, false));
  if (area && area.top === 1 && area.left === 1) {
    for (const [key, value] of matrixOf(used.Value2, area))
      if (typeof key === "string" && key) rows.push([key, (value ?? null) as CellValue]);
  }
  for (const [key, value] of Object.entries(settings)) {
    const at = rows.findIndex(([k]) => k === key);
    if (at >= 0) rows[at] = [key, value];
    else rows.push([key, value]);
  }
  sheet.Range(`A1:B${rows.length}`).Formula = rows.map(([key, value]) => [
    typedContent({ value: key }),
    typedContent({ value }),
  ]);
  return true;
}

/** The sheet of that name, or undefined (WPS throws for a name it does not know). */
export function findSheet(workbook: EtWorkbook, name: string): EtWorksheet | undefined {
  try {
    return workbook.Worksheets.Item(name);
  } catch {
    return undefined;
  }
}

function addHiddenSheet(app: EtApplication, workbook: EtWorkbook): EtWorksheet {
  const active = app.ActiveSheet;
  const sheets = workbook.Worksheets;
  const sheet = sheets.Add(undefined, sheets.Item(sheets.Count));
  sheet.Name = SETTINGS_SHEET;
  sheet.Visible = XL.sheetVeryHidden;
  // Adding a sheet activates it; the person stays where they were.
  active?.Activate();
  return sheet;
}
