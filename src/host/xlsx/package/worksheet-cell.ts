// One <c> element: first as written (readCell), then as exceljs would report it (cellData), following
// exceljs 4.4.0's cell xform (lib/xlsx/xform/sheet/cell-xform.js) and test/support/exceljs-reader.ts's cellData.
import { CellData, CellValue } from "../../../core/grid/grid";
import { slideFormula } from "./shared-formula";
import { stringItem } from "./strings";
import { isDateFormat, serialToIsoDate } from "./styles";
import { CLOSE, OPEN, XmlScanner } from "./xml";

/** What reading a sheet's cells needs from the rest of the package. */
export interface SheetContext {
  sharedStrings: string[];
  /** Number format of each cell style index. */
  numFmts: (string | undefined)[];
  date1904: boolean;
  /** Note text by cell address. */
  notes: Map<string, string>;
}

/** A shared formula's master, by its si: where it is and its text. */
export type SharedFormulas = Map<string, { row: number; col: number; formula: string | undefined }>;

export interface RawCell {
  /** s="N"; 0 when absent (exceljs ignores s="0" as it ignores no s). */
  style: number;
  /** t="…": s, str, inlineStr, b, e, n, d. */
  type: string | undefined;
  /** The text of <v> (or of <is>), undefined when there is none. */
  text: string | undefined;
  formula: string | undefined;
  /** <f t="…">: shared, array, dataTable, normal. */
  formulaType: string | undefined;
  si: string | undefined;
  /** <f ref="…">, which marks a shared formula's master. */
  sharedRef: string | undefined;
}

/** Reads the <c> element just opened; undefined for a cell exceljs does not keep (no value, no formula, no style). */
export function readCell(x: XmlScanner): RawCell | undefined {
  const cell: RawCell = {
    style: parseInt(x.attr("s") ?? "", 10) || 0,
    type: x.attr("t"),
    text: undefined,
    formula: undefined,
    formulaType: undefined,
    si: undefined,
    sharedRef: undefined,
  };
  const depth = x.depth;
  for (let t = x.next(); !(t === CLOSE && x.depth < depth); t = x.next()) {
    if (t !== OPEN) continue;
    if (x.name === "v") cell.text = join(cell.text, x.textContent());
    else if (x.name === "f") {
      cell.formulaType = x.attr("t");
      cell.si = x.attr("si");
      cell.sharedRef = x.attr("ref");
      cell.formula = join(cell.formula, x.textContent());
    } else if (x.name === "is") cell.text = join(cell.text, stringItem(x));
    else x.skip();
  }
  const kept = cell.formula || cell.formulaType || cell.text !== undefined || cell.style;
  return kept ? cell : undefined;
}

function join(before: string | undefined, text: string): string | undefined {
  return text ? (before ?? "") + text : before;
}

/**
 * What exceljs reports for the cell at (row, col): its data, or null for a styled blank (exceljs keeps the
 * cell but exceljs-reader.ts skips it). Shared formulas register their master here, so cells must come in document order.
 */
export function cellData(
  raw: RawCell,
  row: number,
  col: number,
  ctx: SheetContext,
  shared: SharedFormulas,
  fail: (detail: string) => never,
): CellData | null {
  const fmt = raw.style ? ctx.numFmts[raw.style] : undefined;
  const isDate = isDateFormat(fmt);
  let data: CellData;
  if (raw.formula || raw.formulaType) {
    data = { value: null };
    const formula = formulaOf(raw, row, col, shared);
    if (formula) data.formula = `=${formula}`;
    if (raw.text) {
      // A cached result is text, a boolean or an error only when t says so; anything else reads as a number.
      // exceljs turns every result in a date-formatted cell into a Date, so that text, booleans and errors there
      // became invalid dates that exceljs-reader.ts could not print; only numbers are dates here.
      const type = raw.type === "str" || raw.type === "b" || raw.type === "e" || raw.type === "d" ? raw.type : "n";
      const result = typedValue(type, raw.text, ctx, isDate, fail);
      if (result.error !== undefined) data.error = result.error;
      else data.value = result.value;
    }
  } else if (raw.text !== undefined) {
    data = typedValue(raw.type, raw.text, ctx, isDate, fail);
  } else return null;
  if (fmt && fmt !== "General") data.numFmt = fmt;
  return data;
}

function formulaOf(raw: RawCell, row: number, col: number, shared: SharedFormulas): string | undefined {
  if (raw.formulaType !== "shared") return raw.formula;
  if (raw.sharedRef) {
    shared.set(raw.si ?? "", { row, col, formula: raw.formula });
    return raw.formula;
  }
  if (raw.formula) return raw.formula;
  const master = shared.get(raw.si ?? "");
  return master?.formula === undefined ? undefined : slideFormula(master.formula, master, { row, col });
}

function typedValue(
  type: string | undefined,
  text: string,
  ctx: SheetContext,
  isDate: boolean,
  fail: (detail: string) => never,
): { value: CellValue; error?: string } {
  switch (type) {
    case "s": {
      const s = ctx.sharedStrings[parseInt(text, 10)];
      if (s === undefined) fail(`共享字符串编号 ${text} 不存在`);
      return { value: s };
    }
    case "str":
    case "inlineStr":
      return { value: text };
    case "b":
      return { value: parseInt(text, 10) !== 0 };
    case "e":
      return { value: null, error: text };
    case "d":
      // exceljs reads an ISO date cell as the number of its year; the host's form of a date is YYYY-MM-DD.
      return { value: /^\d{4}-\d{2}-\d{2}/.test(text) ? text.slice(0, 10) : text };
    default: {
      const n = parseFloat(text);
      return { value: isDate ? (serialToIsoDate(n, ctx.date1904) ?? n) : n };
    }
  }
}
