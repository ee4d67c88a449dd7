// WritePlan → exceljs workbook. Every cell is checked against what the plan expected before anything is
// written, so a plan made from a stale read writes nothing.
import ExcelJS from "exceljs";
import { areaA1, areaCells, quoteSheet } from "../../core/grid/address";
import { CellData } from "../../core/grid/grid";
import {
  CellContent,
  CellWrite,
  ValidationRestore,
  ValidationWrite,
  WritePlan,
  emptyPlan,
  sameContent,
} from "../../core/plan/write-plan";
import { ApplyResult, Conflict } from "../../app/host";
import { SETTINGS_SHEET, cellData, gridOf, noteText } from "./read";

/** Prefix of the defined names the add-in owns; others are a person's and never touched. */
export const NAME_PREFIX = "JX_";

/**
 * A target sheet is protected. The add-in cannot write there (Excel refuses), so neither does the file host: the
 * same plan is refused alike, and a copy never carries formulas in cells a sheet's protection locks.
 */
export class SheetProtectedError extends Error {
  override name = "SheetProtectedError";
  constructor(readonly sheets: string[]) {
    super(
      `工作表${sheets.map((s) => `「${s}」`).join("、")}受保护，未写入任何内容。` +
        "请在 Excel 的「审阅」选项卡中撤销工作表保护后重试",
    );
  }
}

/** Writes `plan`; throws SheetProtectedError, before writing anything, when a sheet it writes to is protected. */
export function applyPlan(wb: ExcelJS.Workbook, plan: WritePlan): ApplyResult {
  const conflicts: Conflict[] = [];
  const missing: string[] = [];
  const current = new Map<string, CellContent>();
  for (const w of plan.cells) {
    const ws = wb.getWorksheet(w.ref.sheet);
    if (!ws) {
      missing.push(w.ref.sheet);
      continue;
    }
    const found = contentOf(ws.getCell(w.ref.row, w.ref.col));
    current.set(key(w), found);
    if (!sameContent(found, w.expected)) conflicts.push({ write: w, found });
  }
  for (const v of [...plan.validations, ...(plan.restoreValidations ?? [])])
    if (!wb.getWorksheet(v.sheet)) missing.push(v.sheet);
  if (missing.length) {
    // A sheet that vanished is a conflict too: nothing is written.
    for (const sheet of new Set(missing)) {
      const w = plan.cells.find((c) => c.ref.sheet === sheet);
      if (w) conflicts.push({ write: w, found: { value: null } });
    }
  }
  if (conflicts.length) return { applied: false, written: 0, conflicts, undo: emptyPlan(), skipped: [] };
  const targets = new Set([...plan.cells.map((w) => w.ref.sheet), ...plan.validations.map((v) => v.sheet)]);
  const locked = [...targets].filter((name) => isProtected(wb.getWorksheet(name)!));
  if (locked.length) throw new SheetProtectedError(locked);

  const undo = emptyPlan();
  for (const w of plan.cells) {
    const ws = wb.getWorksheet(w.ref.sheet)!;
    const cell = ws.getCell(w.ref.row, w.ref.col);
    const before = current.get(key(w))!;
    const noteBefore = noteText(cell.note) ?? "";
    writeCell(cell, w);
    const after = contentOf(cell);
    undo.cells.unshift({
      ref: w.ref,
      expected: after,
      ...(before.formula ? { formula: before.formula } : { value: before.value }),
      numFmt: before.numFmt ?? "General",
      note: w.note !== undefined ? noteBefore : undefined,
      purpose: `undo:${w.purpose}`,
    });
  }
  undo.restoreValidations = [];
  for (const v of plan.validations) {
    const restore = writeValidation(wb.getWorksheet(v.sheet)!, v);
    if (restore) undo.restoreValidations.unshift(restore);
  }
  for (const r of plan.restoreValidations ?? []) restoreValidation(wb.getWorksheet(r.sheet)!, r);
  if (plan.names.length || plan.replaceNames) writeNames(wb, plan);
  if (Object.keys(plan.settings).length) writeSettings(wb, plan.settings);
  return { applied: true, written: plan.cells.length, conflicts: [], undo, skipped: [] };
}

function isProtected(ws: ExcelJS.Worksheet): boolean {
  // exceljs keeps <sheetProtection> as a plain model, not in its typings; sheet="1" is what locks the cells.
  return (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet === true;
}

function key(w: CellWrite): string {
  return `${w.ref.sheet}!${w.ref.row},${w.ref.col}`;
}

export function contentOf(cell: ExcelJS.Cell): CellContent {
  const data: CellData | undefined = cellData(cell);
  const out: CellContent = { value: data?.value ?? null };
  if (data?.formula) out.formula = data.formula;
  if (cell.numFmt && cell.numFmt !== "General") out.numFmt = cell.numFmt;
  return out;
}

function writeCell(cell: ExcelJS.Cell, w: CellWrite): void {
  if (w.formula !== undefined) {
    // The engine's value goes in as the cached result, so a reader that does not recalculate still sees it;
    // the file is also marked for full recalculation on load (XlsxHost.save).
    const result = typeof w.value === "number" || typeof w.value === "string" ? w.value : undefined;
    cell.value = { formula: w.formula.replace(/^=/, ""), result } as ExcelJS.CellFormulaValue;
  } else if (w.value !== undefined) cell.value = w.value === "" ? null : w.value;
  // exceljs shares one style object between cells styled alike; assigning cell.numFmt would change them all.
  if (w.numFmt !== undefined) cell.style = { ...cell.style, numFmt: w.numFmt };
  if (w.note !== undefined) cell.note = w.note === "" ? (undefined as unknown as string) : w.note;
}

/** The file host's record of an area's former validation: each cell's, row by row (ValidationRestore.previous). */
interface CellValidations {
  cells: (ExcelJS.DataValidation | null)[];
}

/** Writes `v`; returns what puts the area back, or null where every cell already had this very rule. */
function writeValidation(ws: ExcelJS.Worksheet, v: ValidationWrite): ValidationRestore | null {
  const dv: ExcelJS.DataValidation =
    v.rule.type === "custom"
      ? { type: "custom", formulae: [v.rule.formula.replace(/^=/, "")] }
      : {
          type: "decimal",
          operator: v.rule.operator,
          formulae: [
            v.rule.formula1.replace(/^=/, ""),
            ...(v.rule.formula2 ? [v.rule.formula2.replace(/^=/, "")] : []),
          ],
        };
  Object.assign(dv, {
    allowBlank: true,
    showInputMessage: true,
    promptTitle: v.prompt.title,
    prompt: v.prompt.message,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: v.error.title,
    error: v.error.message,
  });
  // Setting a cell's validation replaces what was there, so a re-run never stacks rules.
  const previous: CellValidations = {
    cells: areaCells(v.area).map(({ row, col }) => {
      const cell = ws.getCell(row, col);
      const was = cell.dataValidation ?? null;
      cell.dataValidation = dv;
      return was;
    }),
  };
  const changed = previous.cells.some((was) => JSON.stringify(was) !== JSON.stringify(dv));
  return changed ? { sheet: v.sheet, area: v.area, previous } : null;
}

function restoreValidation(ws: ExcelJS.Worksheet, r: ValidationRestore): void {
  const { cells } = r.previous as CellValidations;
  // exceljs keeps a worksheet's validations as a map from cell address; its own remove() leaves the address
  // mapped to undefined, which it then saves as an empty <dataValidation>. Deleting the entry removes the rule.
  const byAddress = (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
  areaCells(r.area).forEach(({ row, col }, i) => {
    const cell = ws.getCell(row, col);
    const was = cells[i];
    if (was) cell.dataValidation = was;
    else delete byAddress[cell.address];
  });
}

function writeNames(wb: ExcelJS.Workbook, plan: WritePlan): void {
  const model = (wb.definedNames.model as { name: string; ranges: string[] }[]).filter(
    (n) => !(plan.replaceNames && n.name.startsWith(NAME_PREFIX)) && !plan.names.some((p) => p.name === n.name),
  );
  for (const n of plan.names) model.push({ name: n.name, ranges: [`${quoteSheet(n.sheet)}!${areaA1(n.area, true)}`] });
  wb.definedNames.model = model;
}

function writeSettings(wb: ExcelJS.Workbook, settings: Record<string, string>): void {
  let ws = wb.getWorksheet(SETTINGS_SHEET);
  if (!ws) {
    ws = wb.addWorksheet(SETTINGS_SHEET);
    ws.state = "veryHidden";
  }
  const rows = new Map<string, number>();
  ws.eachRow((row, r) => {
    const k = row.getCell(1).value;
    if (typeof k === "string") rows.set(k, r);
  });
  for (const [k, value] of Object.entries(settings)) {
    const r = rows.get(k) ?? ws.rowCount + 1;
    rows.set(k, r);
    ws.getCell(r, 1).value = k;
    ws.getCell(r, 2).value = value;
  }
}

/** Exposed for tests that want a fresh Grid of one sheet after an apply. */
export function sheetGrid(wb: ExcelJS.Workbook, sheet: string) {
  const ws = wb.getWorksheet(sheet);
  return ws ? gridOf(ws) : undefined;
}
