// Cell contents between Office.js arrays and the core's CellData, both ways.
import { CellData, CellValue } from "../../core/grid/grid";
import { CellContent } from "../../core/plan/write-plan";
import { typedText } from "../../core/grid/typed-text";

/** One cell as Office.js reports it through a Range's values, formulas, numberFormat and valueTypes. */
export interface OfficeCell {
  value: unknown;
  formula: unknown;
  numberFormat: unknown;
  valueType: unknown;
}

/** The cell as the core sees it, or undefined for a cell that holds nothing at all. */
export function cellData(cell: OfficeCell): CellData | undefined {
  const numFmt =
    typeof cell.numberFormat === "string" && cell.numberFormat !== "General" ? cell.numberFormat : undefined;
  const formula = typeof cell.formula === "string" && cell.formula.startsWith("=") ? cell.formula : undefined;
  const data: CellData = { value: null };
  if (cell.valueType === "Error") data.error = String(cell.value);
  else data.value = plainValue(cell.value);
  if (formula) data.formula = formula;
  if (numFmt) data.numFmt = numFmt;
  return data.value === null && !data.error && !formula && !numFmt ? undefined : data;
}

/** What a plan's `expected` is compared with. */
export function cellContent(cell: OfficeCell): CellContent {
  const data = cellData(cell);
  const out: CellContent = { value: data?.value ?? null };
  if (data?.formula) out.formula = data.formula;
  if (data?.numFmt) out.numFmt = data.numFmt;
  return out;
}

function plainValue(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  return String(value);
}

/**
 * A value as it goes into `Range.values`. Excel parses what it is given as if typed, so text that would stop being
 * text gets the apostrophe (core/grid/typed-text). null clears the cell.
 */
export function officeValue(value: CellValue): string | number | boolean {
  if (value === null) return "";
  return typeof value === "string" ? typedText(value) : value;
}

/** A 1×1 array, the shape Range setters take for a single cell. */
export function one<T>(value: T): T[][] {
  return [[value]];
}
