// Cell contents between the ET object model and the core, both ways. A range's `Value2` and `Formula` come as one
// value for a single cell and as rows of values for several; `Formula` gives a constant's text and a formula's
// English text with its "=". An error value comes as VBA's error code (a COM error number) or as its text; both are
// read.
import { Area } from "../../core/grid/address";
import { CellData, CellValue } from "../../core/grid/grid";
import { typedText } from "../../core/grid/typed-text";
import { CellContent } from "../../core/plan/write-plan";

/** `matrix[i][j]` for the cell at (area.top + i, area.left + j), whatever shape WPS handed back. */
export function matrixOf(answer: unknown, area: Area): unknown[][] {
  const rows = area.bottom - area.top + 1;
  const cols = area.right - area.left + 1;
  if (rows === 1 && cols === 1 && !Array.isArray(answer)) return [[answer]];
  if (!Array.isArray(answer)) return Array.from({ length: rows }, () => new Array<unknown>(cols).fill(answer));
  // A single row may come back flat.
  return answer.length && !Array.isArray(answer[0]) ? [answer] : (answer as unknown[][]);
}

/** VBA's error values: xlErrDiv0 = 2007 and so on; through COM they are the numbers 0x800A0000 + code. */
const ERROR_CODES: Record<number, string> = {
  2000: "#NULL!",
  2007: "#DIV/0!",
  2015: "#VALUE!",
  2023: "#REF!",
  2029: "#NAME?",
  2036: "#NUM!",
  2042: "#N/A",
  2043: "#GETTING_DATA",
  2045: "#SPILL!",
  2050: "#CALC!",
};
const COM_ERROR_BASE = 0x800a0000 | 0; // as the signed 32-bit number a VARIANT's error code arrives as
const ERROR_TEXTS = new Set(Object.values(ERROR_CODES));

/** The error a cell shows, when its value is one. */
export function errorOf(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isInteger(value)) return ERROR_CODES[value - COM_ERROR_BASE];
  if (typeof value === "string" && ERROR_TEXTS.has(value)) return value;
  return undefined;
}

/**
 * What each cell of an area holds, from the area's `Value2` and `Formula`. `Formula` gives a text constant as the
 * text itself, so text that starts with "=" looks like a formula; where a cell's value is that very text, the cell
 * is asked (`hasFormula`), which only such a cell costs.
 */
export function cellsOf(
  area: Area,
  value2: unknown,
  formula: unknown,
  hasFormula: (row: number, col: number) => unknown,
): (CellData | undefined)[][] {
  const values = matrixOf(value2, area);
  const formulas = matrixOf(formula, area);
  return values.map((row, i) =>
    row.map((value, j) => {
      const text = formulas[i]?.[j];
      const looksLikeText = typeof text === "string" && text.startsWith("=") && value === text;
      const isText = looksLikeText && hasFormula(area.top + i, area.left + j) === false;
      return cellOf(value, isText ? undefined : text);
    }),
  );
}

/** What one cell holds, from its `Value2` and `Formula`; undefined for a cell that holds nothing. */
export function cellOf(value: unknown, formulaText: unknown): CellData | undefined {
  const formula = typeof formulaText === "string" && formulaText.startsWith("=") ? formulaText : undefined;
  const error = errorOf(value);
  const data: CellData = { value: error ? null : plainValue(value) };
  if (formula) data.formula = formula;
  if (error) data.error = error;
  return data.value === null && !formula && !error ? undefined : data;
}

function plainValue(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  return String(value);
}

/** The number format as the core keeps it: absent for General (in English or in WPS's Chinese spelling). */
export function formatOf(numberFormat: unknown): string | undefined {
  if (typeof numberFormat !== "string" || numberFormat === "" || GENERAL.has(numberFormat)) return undefined;
  return numberFormat;
}

const GENERAL = new Set(["General", "G/通用格式"]);

/** What a plan's `expected` is compared with. */
export function contentOf(cell: CellData | undefined, numberFormat: unknown): CellContent {
  const out: CellContent = { value: cell?.value ?? null };
  if (cell?.formula) out.formula = cell.formula;
  const numFmt = formatOf(numberFormat);
  if (numFmt) out.numFmt = numFmt;
  return out;
}

/**
 * A cell's content as it goes into `Range.Formula`: a formula as it is, numbers and booleans as themselves, text
 * with the apostrophe where WPS would parse it, "" to clear.
 */
export function typedContent(content: { formula?: string; value?: CellValue }): string | number | boolean {
  if (content.formula !== undefined) return content.formula;
  const value = content.value ?? null;
  if (value === null) return "";
  return typeof value === "string" ? typedText(value) : value;
}
