// Cell contents between Office.js arrays and the core's CellData, both ways.
import { CellData, CellValue } from "../../core/grid/grid";
import { CellContent } from "../../core/plan/write-plan";

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
 * A value as it goes into `Range.values`. Excel parses what it is given as if typed, so text that looks like a
 * number, a date, a boolean or a formula would stop being text; the apostrophe keeps it text (Excel stores the
 * text without it). null clears the cell.
 */
export function officeValue(value: CellValue): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "string" && needsQuotePrefix(value)) return `'${value}`;
  return value;
}

/**
 * What Excel turns into a number, date, time, boolean, error or formula when it is typed (or set through
 * Range.values) in a zh-CN Excel. Matched after NFKC, because Excel in Chinese and Japanese takes full-width digits
 * and signs (１２３, －５, ＝) as their ASCII forms. Quoting text Excel would have kept as text does no harm: it
 * stays the same text.
 */
const PARSED_AS_NON_TEXT = [
  // A formula, or what Excel reads as one ("+1", "@A1"), or an apostrophe that would itself be swallowed.
  /^[=+@']/,
  // Numbers: 1,234.5  ¥300  (5)  1e3  93.00%
  /^\s*[-+(]?\s*[$¥€£]?\s*(\d[\d,]*(\.\d*)?|\.\d+)(e[-+]?\d+)?\s*%?\s*\)?\s*$/i,
  // Fractions, with or without a whole part: 1 1/2  0 3/4 (a bare 1/2 is a date, below).
  /^\s*[-+]?\d+\s+\d+\s*\/\s*\d+\s*$/,
  // Dates: 2023-3-5  2023/3/5  2023.3.5  2023年3月5日  2023年3月  3-5  1/2
  /^\s*\d{1,4}\s*[-/.年]\s*\d{1,2}(\s*[-/.月]\s*(\d{1,4}\s*日?)?)?\s*$/,
  // Month and day, as Chinese writes them: 3月5日  3月5
  /^\s*\d{1,2}\s*月\s*\d{1,2}\s*日?\s*$/,
  // Times: 9:30  09:30:15  9:30 pm  下午3:30  15时30分
  /^\s*(上午|下午)?\s*\d{1,2}:\d{2}(:\d{2})?(\s*[ap]m)?\s*$/i,
  /^\s*\d{1,2}\s*时\s*\d{1,2}\s*分(\s*\d{1,2}\s*秒)?\s*$/,
  // Booleans, in any case.
  /^\s*(true|false)\s*$/i,
  // Error values, which Excel stores as errors, not text.
  /^\s*#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)\s*$/i,
  // A leading minus makes Excel try a formula ("-A1") or a negative number.
  /^\s*-/,
];

export function needsQuotePrefix(text: string): boolean {
  const typed = text.normalize("NFKC");
  return PARSED_AS_NON_TEXT.some((re) => re.test(typed));
}

/** A 1×1 array, the shape Range setters take for a single cell. */
export function one<T>(value: T): T[][] {
  return [[value]];
}
