// Turning a number typed as text (`6000 万美元`, `≥50个`, `93.00%`) into a real number whose number format shows
// exactly the same text, so formulas can reference the cell and the sheet looks as before.
import Decimal from "decimal.js";
import { CellValue } from "../grid/grid";
import { buildNumberFormat } from "./number-format";
import { NumberTextParts, parseNumberText } from "./read-cell";

/** How a number format shows a number: no leading zeros, a digit before the point, groups of three. */
const PLAIN = /^-?(0|[1-9]\d*)(\.\d+)?$/;
const GROUPED = /^-?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/;
const CENT = new Decimal("0.01");

export interface Normalized {
  /** The number the cell will hold: a fraction for a percentage (0.93 for 93.00%). */
  value: Decimal;
  numFmt: string;
}

/**
 * How to store `value` (a cell's text) as a number that displays the same. Null when the cell holds no number
 * typed as text (a real number, qualitative text, nothing); `{reason}` when it does but the text cannot be shown
 * exactly by a number format or cannot be read safely.
 */
export function normalizeText(value: CellValue): Normalized | { reason: string } | null {
  if (typeof value !== "string") return null;
  const parts = parseNumberText(value);
  if (parts === null) return null;
  if ("reason" in parts) return parts;
  return normalizeParts(parts);
}

/** `normalizeText` for text already split by `parseNumberText`. */
export function normalizeParts(parts: NumberTextParts): Normalized | { reason: string } {
  const { quantity, token, tokenOriginal } = parts;
  // 预算数: 2.38 is a label with its figure, which is how the form finds its parts: it stays text.
  if (/[:：]/.test(parts.prefix)) return { reason: `「${parts.text}」是名称和数字写在同一单元格，保留原文` };
  if (token !== tokenOriginal.replace(/^\+/, "") || (parts.percentSign !== "" && parts.percentSign !== "%"))
    return { reason: `「${parts.text}」含全角数字或符号，数字格式无法原样显示` };
  const point = token.indexOf(".");
  const grouping = token.includes(",");
  const decimals = point < 0 ? 0 : token.length - point - 1;
  // Excel shows -0 as 0, 06000 as 6000 and .5 as 0.5: such text cannot come back exactly
  if (!(grouping ? GROUPED : PLAIN).test(token) || (quantity.value.isZero() && token.startsWith("-")))
    return { reason: `「${parts.text}」的写法（如前导零）无法用数字格式原样显示` };
  const prefix = parts.prefix + (tokenOriginal.startsWith("+") ? "+" : "");
  const numFmt = buildNumberFormat({
    prefix,
    between: parts.between,
    suffix: parts.suffix,
    percent: quantity.percent,
    decimals,
    grouping,
    negative: quantity.value.isNeg(),
  });
  return { value: quantity.percent ? quantity.value.times(CENT) : quantity.value, numFmt };
}
