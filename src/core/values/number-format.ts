import Decimal from "decimal.js";

// Excel number formats, as far as reading and normalising cells needs them: which literal text a format shows
// around the number (`"≥"0"个"` shows ≥ before and 个 after), whether it is a percent format, and how to build a
// format that shows a number exactly as a person once typed it as text.

export interface NumberFormatShape {
  /** Literal text shown before the number. */
  prefix: string;
  /** Literal text shown after the number (and after the % sign of a percent format). */
  suffix: string;
  /** The format multiplies by 100 and shows a % sign. */
  percent: boolean;
  decimals: number;
  grouping: boolean;
}

const DATE_CODES = /[yYmMdDhHsS]/;

/** The literal text around the number in the first section of `format`; null for date/time or text formats. */
const GENERAL: NumberFormatShape = Object.freeze({
  prefix: "",
  suffix: "",
  percent: false,
  decimals: 0,
  grouping: false,
});
/** A workbook uses a handful of formats, read for thousands of cells. */
const shapes = new Map<string, NumberFormatShape | null>();

export function parseNumberFormat(format: string | undefined): NumberFormatShape | null {
  if (!format) return GENERAL;
  let shape = shapes.get(format);
  if (shape === undefined) {
    shape = /^general$/i.test(format.trim()) ? GENERAL : parseShape(format);
    if (shape) Object.freeze(shape);
    if (shapes.size < 500) shapes.set(format, shape);
  }
  return shape;
}

function parseShape(format: string): NumberFormatShape | null {
  const section = firstSection(format);
  let prefix = "";
  let suffix = "";
  let seenPlaceholder = false;
  let percent = false;
  let decimals = 0;
  let grouping = false;
  let inDecimals = false;
  const literal = (text: string) => {
    if (seenPlaceholder) suffix += text;
    else prefix += text;
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      literal(section.slice(i + 1, stop));
      i = stop;
    } else if (ch === "\\") {
      literal(section[i + 1] ?? "");
      i++;
    } else if (ch === "[") {
      const end = section.indexOf("]", i + 1);
      const inner = section.slice(i + 1, end < 0 ? section.length : end);
      // [$¥-804] shows its currency symbol; colours, conditions and locales show nothing.
      if (inner.startsWith("$")) literal(inner.slice(1).split("-")[0]);
      i = end < 0 ? section.length : end;
    } else if (ch === "_" || ch === "*") {
      i++;
    } else if (ch === "0" || ch === "#" || ch === "?") {
      seenPlaceholder = true;
      if (inDecimals) decimals++;
    } else if (ch === "." && seenPlaceholder && !inDecimals) {
      inDecimals = true;
    } else if (ch === "," && seenPlaceholder) {
      grouping = true;
    } else if (ch === "%") {
      percent = true;
    } else if (ch === "@") {
      return null;
    } else if (DATE_CODES.test(ch) && !seenPlaceholder) {
      return null;
    } else if (ch === "E" || ch === "e") {
      // scientific: the exponent digits follow; nothing more is literal
      break;
    } else {
      literal(ch);
    }
  }
  return { prefix, suffix, percent, decimals, grouping };
}

function firstSection(format: string): string {
  let inQuotes = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === "\\") i++;
    else if (ch === ";" && !inQuotes) return format.slice(0, i);
  }
  return format;
}

/** `text` as a literal in a number format: `万美元` → `"万美元"`; a double quote inside is escaped. */
export function formatNumberLiteral(text: string): string {
  if (text === "") return "";
  if (!text.includes('"')) return `"${text}"`;
  return text
    .split('"')
    .map((part) => (part === "" ? "" : `"${part}"`))
    .join('\\"');
}

/** The digit code for a number with `decimals` places, grouped by thousands or not: `#,##0.00`. */
export function digitCode(decimals: number, grouping: boolean): string {
  return (grouping ? "#,##0" : "0") + (decimals > 0 ? "." + "0".repeat(decimals) : "");
}

/**
 * A number format showing literal `prefix`, the number, an optional `between` + % sign, and literal `suffix`.
 * Negative numbers get their own section so the minus sign follows the prefix (`≥-5%`, not `-≥5%`).
 */
export function buildNumberFormat(shape: {
  prefix: string;
  between?: string;
  suffix: string;
  percent: boolean;
  decimals: number;
  grouping: boolean;
  negative: boolean;
}): string {
  const code = digitCode(shape.decimals, shape.grouping);
  const body = (minus: string) =>
    formatNumberLiteral(shape.prefix + minus) +
    code +
    (shape.percent ? formatNumberLiteral(shape.between ?? "") + "%" : "") +
    formatNumberLiteral(shape.suffix);
  if (shape.negative && shape.prefix !== "") return `${body("")};${body("-")}`;
  return body("");
}

/** Shows `value` (already scaled, e.g. 93 for 93 %) with `decimals` places, grouped or not, as Excel would. */
export function renderDigits(value: Decimal, decimals: number, grouping: boolean): string {
  const fixed = value.abs().toFixed(decimals);
  const [int, frac] = fixed.split(".");
  const grouped = grouping ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : int;
  return (value.isNeg() ? "-" : "") + grouped + (frac !== undefined ? "." + frac : "");
}

/** True for a format that shows numbers as percentages. */
export function isPercentFormat(format: string | undefined): boolean {
  return parseNumberFormat(format)?.percent ?? false;
}
