// A whole WritePlan in two syncs, whatever the number of tables:
//   1. check — every target cell's values, formulas and number format, the notes it replaces, whether each target
//      sheet is protected, the names it replaces and where they point, the data validation each validation write
//      replaces (those two for undo); then every cell is compared with what the plan expected (core/plan);
//   2. write — formulas through Range.formulas (English, never formulasLocal), constants through Range.values,
//      number formats, notes, data validation, names, settings; each written cell is read back in the same batch,
//      so the undo plan expects exactly what Excel stored.
// A third sync comes between them only where an area to validate had differing rules in its cells, to read each
// cell's rule for undo.
// Nothing is written unless the check passed for every cell: a conflict, a protected sheet, a sheet that vanished
// or a cell being edited stops the run before step 2. Excel does not roll back a batch that fails halfway, so the
// conditions that would make step 2 fail are all tested in step 1. A plan larger than the payload budget is
// checked and written over several syncs; the count of two holds below the budget.
import { Area, a1, areaA1, areaCells } from "../../core/grid/address";
import { CellWrite, ValidationRestore, ValidationWrite, WritePlan } from "../../core/plan/write-plan";
import { changesNames, replacedBy } from "../../core/plan/names";
import {
  ApplyResult,
  appliedWith,
  asksSomething,
  conflictsOf,
  nothingToApply,
  refused,
  sheetsOf,
} from "../../core/plan/apply-result";
import { HostError, sheetsMissing, sheetsProtected } from "../../core/plan/host-error";
import { afterWrite, undoPlan, undoWrite } from "../../core/plan/undo";
import { ValidationText, sameFields, validationText } from "../../core/plan/validation-text";
import { XlContext, XlDataValidation, XlNote, XlNoteCollection, XlRange, XlWorksheet } from "./api";
import { definedName } from "./addresses";
import { OfficeCell, cellContent, cellData, officeValue, one } from "./cells";
import { codeOf, hostError, syncWithin } from "./errors";
import { ExcelFeatures, REQUIRED_VERSION } from "./features";
import { actionBytes, packByBudget, textBytes, valueBytes } from "./payload";
import { SyncOptions } from "./read";

interface CellJob {
  write: CellWrite;
  worksheet: XlWorksheet;
  address: string;
  range?: XlRange;
  /** The note the write replaces, when the write carries a note and Excel has notes. */
  note?: XlNote;
}

/** One rule as Excel reports and takes it. */
interface OfficeValidation {
  rule: Excel.DataValidationRule;
  prompt: Excel.DataValidationPrompt;
  errorAlert: Excel.DataValidationErrorAlert;
  ignoreBlanks: boolean;
}

/**
 * What the Excel host records of an area's validation, to put it back on undo (ValidationRestore.previous): its
 * one rule, or each cell's (null: none) row by row where they differed.
 */
type ValidationRecord = OfficeValidation | { cells: (OfficeValidation | null)[] };

/** What Excel reports for a range whose cells differ: some without a rule, or different rules. */
const MIXED = new Set<string>(["MixedCriteria", "Inconsistent"]);

type CheckItem = { kind: "cell"; job: CellJob } | { kind: "validation"; index: number; address: string };

type WriteJob =
  | { kind: "cell"; job: CellJob; index: number }
  | { kind: "validation"; validation: ValidationWrite }
  | { kind: "restore"; restore: ValidationRestore }
  | { kind: "names"; count: number }
  | { kind: "setting"; key: string; value: string };

export async function applyPlan(
  context: XlContext,
  plan: WritePlan,
  features: ExcelFeatures,
  options: SyncOptions,
): Promise<ApplyResult> {
  const skipped = skippedParts(plan, features);
  // What this Excel can do of the plan; the rest is said in `skipped`.
  const doable: WritePlan = {
    ...plan,
    validations: features.dataValidation ? plan.validations : [],
    restoreValidations: features.dataValidation ? (plan.restoreValidations ?? []) : [],
    names: features.settingsAndNames ? plan.names : [],
    replaceNames: features.settingsAndNames && !!plan.replaceNames,
    settings: features.settingsAndNames ? plan.settings : {},
  };
  if (!asksSomething(doable)) return nothingToApply(skipped);
  const { validations, names } = doable;
  const restores = doable.restoreValidations!;
  const settings = Object.entries(doable.settings);

  const workbook = context.workbook;
  const sheetNames = sheetsOf(doable);
  const worksheets = new Map(sheetNames.map((name) => [name, workbook.worksheets.getItem(name)]));
  const sheet = (name: string): XlWorksheet => worksheets.get(name)!;

  // Step 1: check.
  const protections = features.protection
    ? sheetNames.map((name) => {
        const protection = sheet(name).protection;
        protection.load("protected");
        return { name, protection };
      })
    : [];
  const withNames = changesNames(doable);
  const existingNames = withNames ? workbook.names : undefined;
  // Where each name points, for the undo: a named range's value is its address (no sync more than the names need).
  existingNames?.load("items/name,items/type,items/value");
  const jobs: CellJob[] = plan.cells.map((write) => ({
    write,
    worksheet: sheet(write.ref.sheet),
    address: a1(write.ref.row, write.ref.col),
  }));
  const withNotes = features.notes;
  // What each validation write replaces, read with the cells; an undo plan's restores replace nothing to keep.
  const replaced: XlDataValidation[] = [];
  const checks: CheckItem[] = [
    ...validations.map((v, index): CheckItem => ({ kind: "validation", index, address: areaA1(v.area) })),
    ...jobs.map((job): CheckItem => ({ kind: "cell", job })),
  ];
  try {
    for (const group of packByBudget(checks, checkBytes, options.payloadBudget)) {
      for (const item of group) {
        if (item.kind === "cell") queueCheck(item.job, withNotes);
        else replaced[item.index] = loadValidation(sheet(validations[item.index].sheet), item.address);
      }
      await syncWithin(context, options.timeoutMs);
    }
    // Protections and names still need their sync when the plan writes no cell and sets no validation.
    if (!checks.length) await syncWithin(context, options.timeoutMs);
  } catch (error) {
    if (codeOf(error) === "ItemNotFound") await throwIfSheetsMissing(context, options, sheetNames, error);
    throw error;
  }

  const locked = protections.filter((p) => p.protection.protected).map((p) => p.name);
  if (locked.length) throw sheetsProtected(locked);

  const before = jobs.map((job) => officeCell(job.range!));
  const conflicts = conflictsOf(plan.cells, (_, i) => cellContent(before[i]));
  if (conflicts.length) return refused(conflicts);

  // An area whose cells had differing rules, or a rule on some cells only, has no one rule to put back: each of
  // its cells is read, in a sync of its own that only such a workbook needs.
  const cellRules = new Map<number, XlDataValidation[]>();
  const reads = validations.flatMap((v, index) =>
    MIXED.has(replaced[index].type) ? cellsOf(v.area).map((address) => ({ index, address })) : [],
  );
  for (const group of packByBudget(
    reads,
    (r) => actionBytes(3, r.address) + VALIDATION_READ_BYTES,
    options.payloadBudget,
  )) {
    for (const { index, address } of group) {
      let rules = cellRules.get(index);
      if (!rules) cellRules.set(index, (rules = []));
      rules.push(loadValidation(sheet(validations[index].sheet), address));
    }
    await syncWithin(context, options.timeoutMs);
  }

  // Step 2: write.
  const undoCells = jobs.map((job, i) => undoOf(job, before[i], withNotes));
  const work: WriteJob[] = [
    ...jobs.map((job, index): WriteJob => ({ kind: "cell", job, index })),
    ...validations.map((validation): WriteJob => ({ kind: "validation", validation })),
    ...restores.map((restore): WriteJob => ({ kind: "restore", restore })),
    ...(withNames ? [{ kind: "names", count: names.length + (existingNames?.items.length ?? 0) } as WriteJob] : []),
    ...settings.map(([key, value]): WriteJob => ({ kind: "setting", key, value })),
  ];
  const replacedName = replacedBy(doable);
  const queueWrite = (item: WriteJob): void => {
    if (item.kind === "cell") writeCell(item.job, withNotes);
    else if (item.kind === "validation") writeValidation(sheet(item.validation.sheet), item.validation);
    else if (item.kind === "restore") restoreValidation(sheet(item.restore.sheet), item.restore);
    else if (item.kind === "setting") workbook.settings.add(item.key, item.value);
    else {
      for (const existing of existingNames?.items ?? []) if (replacedName(existing.name)) existing.delete();
      for (const n of names) workbook.names.add(n.name, sheet(n.sheet).getRange(areaA1(n.area)));
    }
  };
  let reached = 0;
  try {
    for (const group of packByBudget(work, writeBytes, options.payloadBudget)) {
      for (const item of group) {
        queueWrite(item);
        if (item.kind === "cell") reached = item.index + 1;
      }
      await syncWithin(context, options.timeoutMs);
    }
  } catch (error) {
    // The failed batch may have reached Excel in part: hand back what puts those cells back.
    const failed = hostError(error, "写入");
    const undo = undoPlan(doable, {
      cells: undoCells.slice(0, reached),
      // Validations go after the cells, so a failed batch may have written some: putting back all is harmless.
      restores: reached === jobs.length ? validationRestores(validations, replaced, cellRules) : [],
    });
    throw new HostError(failed.code, failed.message, { action: "写入", original: failed.original ?? error, undo });
  }

  jobs.forEach((job, i) => (undoCells[i].expected = cellContent(officeCell(job.range!))));
  const formerNames = (existingNames?.items ?? [])
    .filter((item) => item.type === "Range")
    .flatMap((item) => definedName(item.name, String(item.value)));
  const undo = undoPlan(doable, {
    cells: undoCells,
    restores: validationRestores(validations, replaced, cellRules),
    names: formerNames,
  });
  return appliedWith(plan, undo, skipped);
}

function queueCheck(job: CellJob, withNotes: boolean): void {
  job.range = job.worksheet.getRange(job.address);
  job.range.load("values,formulas,numberFormat,valueTypes");
  if (withNotes && job.write.note !== undefined) {
    job.note = notesOf(job.worksheet).getItemOrNullObject(job.address);
    job.note.load("content");
  }
}

/**
 * The sheet's notes. Only reached when the features said notes are there, which asks the office.js too; should the
 * library still lack them, the run stops before anything is written with a sentence, not a TypeError.
 */
function notesOf(worksheet: XlWorksheet): XlNoteCollection {
  if (worksheet.notes) return worksheet.notes;
  throw new HostError("ApiNotFound", "加载项使用的 office.js 不含单元格备注功能（ExcelApi 1.18），未写入任何内容。", {
    action: "写入",
  });
}

function officeCell(range: XlRange): OfficeCell {
  return {
    value: range.values[0][0],
    formula: range.formulas[0][0],
    numberFormat: range.numberFormat[0][0],
    valueType: range.valueTypes[0][0],
  };
}

async function throwIfSheetsMissing(
  context: XlContext,
  options: SyncOptions,
  sheetNames: string[],
  original: unknown,
): Promise<void> {
  const all = context.workbook.worksheets;
  all.load("items/name");
  await syncWithin(context, options.timeoutMs);
  const present = new Set(all.items.map((ws) => ws.name.toUpperCase()));
  const missing = sheetNames.filter((name) => !present.has(name.toUpperCase()));
  if (missing.length) throw sheetsMissing(missing, original);
}

function writeCell(job: CellJob, withNotes: boolean): void {
  const { write } = job;
  const range = job.range!;
  // The format goes first: a text format set after the value would leave "001" already turned into 1.
  if (write.numFmt !== undefined) range.numberFormat = one(write.numFmt);
  if (write.formula !== undefined) range.formulas = one(write.formula);
  else if (write.value !== undefined) range.values = one(officeValue(write.value));
  if (withNotes && write.note !== undefined) {
    const note = job.note!;
    if (!note.isNullObject) {
      if (write.note) note.content = write.note;
      else note.delete();
    } else if (write.note) notesOf(job.worksheet).add(job.address, write.note);
  }
  range.load("values,formulas,numberFormat,valueTypes");
}

/** What puts the cell back (core/plan/undo), with the note it had where the write carries one and Excel has notes. */
function undoOf(job: CellJob, before: OfficeCell, withNotes: boolean): CellWrite {
  const note = job.note && !job.note.isNullObject ? job.note.content : "";
  const was = { ...(cellData(before) ?? { value: null }), note };
  return undoWrite(job.write, was, afterWrite(cellContent(before), job.write), withNotes);
}

function writeValidation(worksheet: XlWorksheet, v: ValidationWrite): void {
  setValidation(worksheet.getRange(areaA1(v.area)).dataValidation, officeValidation(v));
}

/** The validation as the Excel host writes it (Excel's own default for blanks: they pass). */
function officeValidation(v: ValidationWrite): OfficeValidation {
  const text = validationText(v);
  return {
    rule: officeRule(text),
    prompt: { showPrompt: true, ...text.prompt },
    errorAlert: { showAlert: true, style: "Stop", ...text.error },
    ignoreBlanks: true,
  };
}

function setValidation(validation: XlDataValidation, to: OfficeValidation | null): void {
  // Setting a rule on cells that already have one fails; clearing first also keeps a re-run from stacking rules.
  validation.clear();
  if (!to) return;
  validation.rule = to.rule;
  validation.prompt = to.prompt;
  validation.errorAlert = to.errorAlert;
  validation.ignoreBlanks = to.ignoreBlanks;
}

/**
 * What puts each written area's validation back: none, its one rule, or (where its cells differed) each cell's.
 * An area that already had the very rule written needs nothing, so a run that changed nothing leaves nothing to
 * undo.
 */
function validationRestores(
  writes: ValidationWrite[],
  replaced: XlDataValidation[],
  cellRules: Map<number, XlDataValidation[]>,
): ValidationRestore[] {
  const out: ValidationRestore[] = [];
  writes.forEach((v, i) => {
    const cells = cellRules.get(i);
    const previous: ValidationRecord | null = cells ? { cells: cells.map(recordOf) } : recordOf(replaced[i]);
    if (!previous || !sameFields(previous, officeValidation(v))) out.push({ sheet: v.sheet, area: v.area, previous });
  });
  return out;
}

/** Queues the load of what a range's validation is, as recordOf reads it. */
function loadValidation(worksheet: XlWorksheet, address: string): XlDataValidation {
  return worksheet.getRange(address).dataValidation.load("type,rule,prompt,errorAlert,ignoreBlanks");
}

/** One range's rule as loaded (a range whose cells all share it, or one cell); null where it has none. */
function recordOf(was: XlDataValidation): OfficeValidation | null {
  if (was.type === "None") return null;
  return { rule: oneRule(was.rule), prompt: was.prompt, errorAlert: was.errorAlert, ignoreBlanks: was.ignoreBlanks };
}

/** A loaded rule may list every kind with the unused ones null; setting it back takes exactly one. */
function oneRule(rule: Excel.DataValidationRule): Excel.DataValidationRule {
  const out: Record<string, unknown> = {};
  for (const [kind, value] of Object.entries(rule)) if (value !== null && value !== undefined) out[kind] = value;
  return out as Excel.DataValidationRule;
}

function restoreValidation(worksheet: XlWorksheet, r: ValidationRestore): void {
  const was = r.previous as ValidationRecord | null;
  if (!was || !("cells" in was)) {
    setValidation(worksheet.getRange(areaA1(r.area)).dataValidation, was);
    return;
  }
  worksheet.getRange(areaA1(r.area)).dataValidation.clear();
  cellsOf(r.area).forEach((address, i) => {
    const rule = was.cells[i];
    if (rule) setValidation(worksheet.getRange(address).dataValidation, rule);
  });
}

/** The A1 address of each cell of an area, row by row. */
function cellsOf(area: Area): string[] {
  return areaCells(area).map(({ row, col }) => a1(row, col));
}

function officeRule(text: ValidationText): XlDataValidation["rule"] {
  if (text.kind === "custom") return { custom: { formula: text.formula1 } };
  return {
    decimal: {
      operator: text.operator === "between" ? "Between" : "GreaterThanOrEqualTo",
      formula1: text.formula1,
      ...(text.formula2 !== undefined ? { formula2: text.formula2 } : {}),
    },
  };
}

/** A validation read back at its largest: a prompt and an alert of 255 characters each, every one escaped. */
const VALIDATION_READ_BYTES = 2 * (32 + 255) * 6 + 600;

function checkBytes(item: CheckItem): number {
  if (item.kind === "validation") return actionBytes(3, item.address) + VALIDATION_READ_BYTES;
  const { job } = item;
  // The request carries the range and its load; the response four arrays of one cell, and the note.
  return (
    actionBytes(3, job.address) + 2 * valueBytes(job.write.expected.value) + textBytes(job.write.expected.formula) + 200
  );
}

function writeBytes(item: WriteJob): number {
  switch (item.kind) {
    case "cell": {
      const w = item.job.write;
      const written = w.formula ?? (typeof w.value === "string" ? w.value : "");
      // Sets, the note, and the read-back in the response (values and formulas both echo what was written).
      return actionBytes(4, item.job.address, w.numFmt, w.note) + 3 * textBytes(written) + 200;
    }
    case "validation": {
      const v = item.validation;
      return actionBytes(5, JSON.stringify(v.rule), v.prompt.title, v.prompt.message, v.error.title, v.error.message);
    }
    case "restore": {
      const was = item.restore.previous as ValidationRecord | null;
      // A cell-by-cell restore sets each cell apart.
      const sets = was && "cells" in was ? was.cells.length : 1;
      return actionBytes(5 * sets, JSON.stringify(was));
    }
    case "names":
      // Deletes of the replaced names and adds of the new ones, each with its range.
      return actionBytes(3 * item.count);
    case "setting":
      return actionBytes(1, item.key, item.value);
  }
}

function skippedParts(plan: WritePlan, features: ExcelFeatures): string[] {
  const out: string[] = [];
  const notes = plan.cells.filter((w) => w.note).length;
  const settings = Object.keys(plan.settings).length;
  if (plan.validations.length && !features.dataValidation)
    out.push(`已跳过 ${plan.validations.length} 处数据验证：此版本 Excel 不支持数据验证（需要 ExcelApi 1.8）。`);
  if (notes && !features.notes)
    out.push(
      features.missingFromOfficeJs.includes("notes")
        ? `已跳过 ${notes} 条单元格备注：加载项自带的 office.js 版本较旧，不含备注功能（ExcelApi ${REQUIRED_VERSION.notes}）。`
        : `已跳过 ${notes} 条单元格备注：此版本 Excel 不支持备注（需要 ExcelApi ${REQUIRED_VERSION.notes}）。`,
    );
  if ((plan.names.length || settings) && !features.settingsAndNames)
    out.push(
      `已跳过 ${plan.names.length} 个名称和 ${settings} 项设置：此版本 Excel 不支持在工作簿中保存名称和设置（需要 ExcelApi 1.4）。`,
    );
  return out;
}
