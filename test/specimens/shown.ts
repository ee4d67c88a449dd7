/**
 * The text a person sees in a specimen cell: text as typed, numbers under the few formats the specimen workbooks use
 * (General, "0", "0.0…", "0%", "0.0…%", "#,##0", "#,##0.0…"), with Excel's rounding of the shown digits. Written
 * here, not borrowed from the builder, so the tests compare the workbooks with an account of their own.
 */
import ExcelJS from "exceljs";

const FORMAT = /^(#,##)?0(?:\.(0+))?(%)?$/;

export function shownNumber(value: number, numFmt: string | undefined): string {
  if (!numFmt || numFmt === "General") return String(value);
  const match = FORMAT.exec(numFmt);
  if (!match) throw new Error(`number format ${numFmt} is not one the specimens use`);
  const [, grouping, zeros, percent] = match;
  // Scaling by 100 in binary can land just below a half (0.8619 * 100 = 86.18999…); round far below the shown digits.
  const scaled = percent ? Number((value * 100).toPrecision(12)) : value;
  let digits = scaled.toFixed(zeros?.length ?? 0);
  if (grouping) {
    const [whole, fraction] = digits.split(".");
    digits = whole.replace(/\B(?=(\d{3})+$)/g, ",") + (fraction !== undefined ? `.${fraction}` : "");
  }
  return `${digits}${percent ? "%" : ""}`;
}

export function shown(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return shownNumber(value, cell.numFmt || undefined);
  if (typeof value === "string") return value;
  throw new Error(`${cell.address} holds ${JSON.stringify(value)}, not a typed value`);
}
