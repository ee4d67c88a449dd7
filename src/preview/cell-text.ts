// What a cell of the preview shows: its value through its number format, as Excel would show it, far enough for
// the formats the official tables use (decimals, grouping, percent, literal units such as `0"万美元"`).
import Decimal from "decimal.js";
import type { CellData } from "../core/grid/grid";
import { parseNumberFormat, renderDigits } from "../core/values/number-format";

export function formatNumber(value: number, numFmt: string | undefined): string {
  const d = new Decimal(value);
  if (!numFmt || /^general$/i.test(numFmt.trim())) return d.toString();
  const shape = parseNumberFormat(numFmt);
  if (!shape) return d.toString();
  const digits = renderDigits(shape.percent ? d.mul(100) : d, shape.decimals, shape.grouping);
  return shape.prefix + digits + (shape.percent ? "%" : "") + shape.suffix;
}

/** The text a cell shows. A formula the in-memory host has no value for shows its own text. */
export function cellText(cell: CellData | undefined): string {
  if (!cell) return "";
  if (cell.error) return cell.error;
  const v = cell.value;
  if (v === null || v === undefined || v === "") return cell.formula ?? "";
  if (typeof v === "number") return formatNumber(v, cell.numFmt);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v;
}
