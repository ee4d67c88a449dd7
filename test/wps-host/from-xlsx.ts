// An .xlsx file opened in the fake WPS: what WPS shows of it through the object model, taken from the file with
// exceljs (not through the file host, which the differential tests compare against). Values as `Value2` gives them:
// dates as serial numbers, rich text as its text, a hyperlink as its text, a formula with its cached result; number
// formats on every styled cell, empty or not; merged areas; notes; data validation; sheet protection and visibility;
// workbook names.
import ExcelJS from "exceljs";
import { parseA1 } from "../../src/core/grid/address";
import { FakeCell, FakeEt, FakeEtSheet, FakeRule } from "./fake-et";

const DAY_MS = 86_400_000;

export async function fakeEtFromXlsx(bytes: Buffer | ArrayBuffer): Promise<FakeEt> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as ArrayBuffer);
  const epoch = wb.properties.date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const serial = (d: Date) => (d.getTime() - epoch) / DAY_MS;
  const et = new FakeEt({ sheets: [] });
  wb.eachSheet((ws) => {
    const sheet = new FakeEtSheet(ws.name);
    sheet.visible = ws.state === "veryHidden" ? 2 : ws.state === "hidden" ? 0 : -1;
    sheet.protected = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet === true;
    sheet.merges = ws.model.merges.map((m) => {
      const [from, to = from] = m.split(":").map((x) => parseA1(x)!);
      return { top: from.row, left: from.col, bottom: to.row, right: to.col };
    });
    ws.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const shown = shownCell(cell, serial);
        if (cell.numFmt && cell.numFmt !== "General") shown.numFmt = cell.numFmt;
        sheet.put(r, c, shown);
        const note = noteText(cell.note);
        if (note) sheet.notes.set(`${r},${c}`, note);
        if (cell.dataValidation) sheet.rules.set(`${r},${c}`, ruleOf(cell.dataValidation));
      }),
    );
    et.sheets.push(sheet);
  });
  for (const { name, ranges } of wb.definedNames.model as { name: string; ranges: string[] }[])
    et.names.push({ name, refersTo: `=${ranges.join(",")}` });
  et.activeSheet = et.sheets.find((s) => s.visible === -1)?.name ?? "";
  return et;
}

function shownCell(cell: ExcelJS.Cell, serial: (d: Date) => number): FakeCell {
  if (cell.type === ExcelJS.ValueType.Merge) return { value: null };
  const plain = (v: unknown): FakeCell => {
    if (v === null || v === undefined) return { value: null };
    if (v instanceof Date) return { value: serial(v) };
    if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return { value: v };
    if (typeof v === "object" && "error" in v)
      return { value: null, error: String((v as ExcelJS.CellErrorValue).error) };
    if (typeof v === "object" && "richText" in v)
      return { value: (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join("") };
    if (typeof v === "object" && "text" in v) return { value: String((v as ExcelJS.CellHyperlinkValue).text) };
    return { value: String(v) };
  };
  const v = cell.value;
  if (v && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) {
    const result = (v as ExcelJS.CellFormulaValue).result ?? cell.result;
    // A formula cell whose formula text is empty (an array formula's other cells) shows just its value.
    return cell.formula ? { ...plain(result), formula: `=${cell.formula}` } : plain(result);
  }
  return plain(v);
}

function noteText(note: ExcelJS.Comment | string | undefined): string | undefined {
  if (!note) return undefined;
  return typeof note === "string" ? note : note.texts?.map((t) => t.text).join("") || undefined;
}

const TYPES: Record<string, number> = { whole: 1, decimal: 2, list: 3, date: 4, time: 5, textLength: 6, custom: 7 };
const OPERATORS: Record<string, number> = {
  between: 1,
  notBetween: 2,
  equal: 3,
  notEqual: 4,
  greaterThan: 5,
  lessThan: 6,
  greaterThanOrEqual: 7,
  lessThanOrEqual: 8,
};
const ALERTS: Record<string, number> = { stop: 1, warning: 2, information: 3 };

/** A validation as WPS reports it, from exceljs's model. */
export function ruleOf(dv: ExcelJS.DataValidation): FakeRule {
  const type = TYPES[dv.type] ?? 0;
  const [f1, f2] = (dv.formulae ?? []).map((f) =>
    typeof f === "number" ? String(f) : /^\s*-?\d+(\.\d+)?\s*$/.test(String(f)) || type === 3 ? String(f) : `=${f}`,
  );
  const rule: FakeRule = {
    type,
    alertStyle: ALERTS[dv.errorStyle ?? "stop"] ?? 1,
    ignoreBlank: !!dv.allowBlank,
    inCellDropdown: !(dv as { showDropDown?: boolean }).showDropDown,
    showInput: !!dv.showInputMessage,
    showError: !!dv.showErrorMessage,
    inputTitle: dv.promptTitle ?? "",
    inputMessage: dv.prompt ?? "",
    errorTitle: dv.errorTitle ?? "",
    errorMessage: dv.error ?? "",
  };
  if (type !== 3 && type !== 7) rule.operator = OPERATORS[dv.operator ?? "between"];
  if (f1 !== undefined) rule.formula1 = f1;
  if (f2 !== undefined) rule.formula2 = f2;
  return rule;
}
