// A WritePlan through the ET object model, area by area (write-areas.ts), in two phases:
//   1. check — every target sheet exists and is not protected; every written area's `Value2`, `Formula` and number
//      formats are read in whole-range questions, the notes the plan replaces, and the rule each validated area had;
//      every cell is compared with what the plan expected;
//   2. write — each area's content in one `Range.Formula = [[…]]` (formulas in English, text typed so it stays text),
//      its number format in one `NumberFormat`, then read back in whole, so the undo plan expects exactly what WPS
//      stored; notes, validation, names, settings.
// Nothing is written unless the check passed for every cell. WPS has no transaction: a write that fails halfway (the
// sheet protected meanwhile) ends the run with the undo of what was already written.
import { Area, a1, areaA1, areasIntersect, quoteSheet } from "../../core/grid/address";
import { CellValue } from "../../core/grid/grid";
import {
  CellContent,
  CellWrite,
  ValidationRestore,
  WritePlan,
  emptyPlan,
  sameContent,
} from "../../core/plan/write-plan";
import { changesNames, replacedBy } from "../../core/plan/names";
import { ApplyResult, Conflict } from "../../app/host";
import { EtApplication, EtComment, EtRange, EtWorkbook, EtWorksheet } from "./api";
import { cellsOf, contentOf, formatOf, typedContent } from "./cells";
import { WpsHostError, hostError, sheetMissing, sheetProtected } from "./errors";
import { probe } from "./probe";
import { activeWorkbook } from "./read";
import { findSheet, writeSettings } from "./settings";
import { RuleRecord, recordOf, restoreRule, ruleAreas, sameRule, setRule, validatedAreas, wpsRule } from "./validation";
import { WriteArea, writeAreas } from "./write-areas";

/** One written cell: what it held, and (for a write with a note) the note it replaces. */
interface Before {
  content: CellContent;
  formula?: string;
  value: CellValue;
  numFmt?: string;
  comment?: EtComment | null;
  note?: string;
}

interface AreaJob extends WriteArea {
  worksheet: EtWorksheet;
  range: EtRange;
  before: Before[][];
}

/** Whether the plan asks for anything at all; a plan that does not is applied without a call into WPS. */
export function hasWork(plan: WritePlan): boolean {
  return (
    plan.cells.length > 0 ||
    plan.validations.length > 0 ||
    (plan.restoreValidations?.length ?? 0) > 0 ||
    plan.names.length > 0 ||
    !!plan.replaceNames ||
    Object.keys(plan.settings).length > 0
  );
}

export function applyPlan(app: EtApplication, plan: WritePlan): ApplyResult {
  if (!hasWork(plan)) return { applied: true, written: 0, conflicts: [], undo: emptyPlan(), skipped: [] };
  const restores = plan.restoreValidations ?? [];
  const settings = Object.entries(plan.settings);

  const workbook = activeWorkbook(app);
  const sheets = targetSheets(workbook, [
    ...plan.cells.map((w) => w.ref.sheet),
    ...plan.validations.map((v) => v.sheet),
    ...restores.map((r) => r.sheet),
    ...plan.names.map((n) => n.sheet),
  ]);
  const sheet = (name: string): EtWorksheet => sheets.get(name)!;

  // Step 1: check.
  const jobs: AreaJob[] = writeAreas(plan.cells).map((w) => {
    const worksheet = sheet(w.sheet);
    const range = worksheet.Range(areaA1(w.area));
    return { ...w, worksheet, range, before: readBefore(worksheet, range, w) };
  });
  const conflicts: Conflict[] = [];
  for (const job of jobs)
    job.writes.forEach((row, i) =>
      row.forEach((write, j) => {
        const found = job.before[i][j].content;
        if (!sameContent(found, write.expected)) conflicts.push({ write, found });
      }),
    );
  if (conflicts.length) {
    // In the plan's order, as the other hosts list them.
    const order = new Map(plan.cells.map((w, i) => [w, i]));
    conflicts.sort((x, y) => order.get(x.write)! - order.get(y.write)!);
    return { applied: false, written: 0, conflicts, undo: emptyPlan(), skipped: [] };
  }
  const validated = new Map<string, Area[]>();
  const replaced = plan.validations.map((v) => {
    if (!validated.has(v.sheet)) validated.set(v.sheet, validatedAreas(sheet(v.sheet)));
    return recordOf(sheet(v.sheet), v.area, validated.get(v.sheet)!);
  });

  // Step 2: write.
  const undone = new Map<CellWrite, CellWrite>();
  try {
    for (const job of jobs) writeArea(job, undone);
  } catch (error) {
    const failed = hostError(error, "写入");
    const undo = emptyPlan();
    undo.cells = undoInOrder(plan.cells, undone);
    throw new WpsHostError(failed.code, failed.message, failed.original ?? error, undo);
  }
  for (const { sheet: name, area, rule } of ruleAreas(plan.validations)) {
    const hadRules = validated.get(name)!.some((v) => areasIntersect(v, area));
    setRule(sheet(name).Range(areaA1(area)).Validation, rule, hadRules);
  }
  // The very rule again needs no undo: a run that changed nothing leaves the last run's undo in place.
  const undoValidations: ValidationRestore[] = plan.validations.flatMap((v, i) =>
    sameRule(replaced[i], wpsRule(v)) ? [] : [{ sheet: v.sheet, area: v.area, previous: replaced[i] }],
  );
  for (const r of restores) restoreRule(sheet(r.sheet), r.area, r.previous as RuleRecord | null);
  if (changesNames(plan)) writeNames(workbook, plan);
  const skipped: string[] = [];
  if (settings.length && !writeSettings(app, workbook, plan.settings))
    skipped.push("工作簿结构受保护，未能在工作簿中保存所选的评分规则。请在「审阅」选项卡中撤销工作簿保护后重试。");

  const undo = emptyPlan();
  undo.cells = undoInOrder(plan.cells, undone);
  undo.restoreValidations = undoValidations.reverse();
  return { applied: true, written: plan.cells.length, conflicts: [], undo, skipped };
}

/** Each named sheet once; a sheet that is gone or protected stops the run before anything is read or written. */
function targetSheets(workbook: EtWorkbook, names: string[]): Map<string, EtWorksheet> {
  const sheets = new Map<string, EtWorksheet>();
  const missing: string[] = [];
  for (const name of new Set(names)) {
    const found = findSheet(workbook, name);
    if (found) sheets.set(name, found);
    else missing.push(name);
  }
  if (missing.length) throw sheetMissing(missing);
  const locked = [...sheets].filter(([, ws]) => ws.ProtectContents).map(([name]) => name);
  if (locked.length) throw sheetProtected(locked);
  return sheets;
}

/** What each cell of a write area holds now: values and formulas as arrays, formats by area, notes where written. */
function readBefore(worksheet: EtWorksheet, range: EtRange, job: WriteArea): Before[][] {
  const { area } = job;
  const found = cellsOf(area, range.Value2, range.Formula, hasFormula(worksheet));
  const formats: unknown[][] = job.writes.map((row) => row.map(() => undefined));
  const ask = (a: Area) => worksheet.Range(areaA1(a)).NumberFormat;
  for (const part of probe<unknown>(area, ask, () => true, range.NumberFormat, "columns"))
    for (let r = part.area.top; r <= part.area.bottom; r++)
      for (let c = part.area.left; c <= part.area.right; c++) formats[r - area.top][c - area.left] = part.value;
  return job.writes.map((row, i) =>
    row.map((write, j) => {
      const cell = found[i]?.[j];
      const before: Before = {
        content: contentOf(cell, formats[i][j]),
        value: cell?.error ?? cell?.value ?? null,
        formula: cell?.formula,
        numFmt: formatOf(formats[i][j]),
      };
      if (write.note !== undefined) {
        before.comment = worksheet.Range(a1(write.ref.row, write.ref.col)).Comment;
        before.note = before.comment ? before.comment.Text() : "";
      }
      return before;
    }),
  );
}

function writeArea(job: AreaJob, undone: Map<CellWrite, CellWrite>): void {
  const { writes, range, worksheet, before } = job;
  const sample = writes[0][0];
  // The format goes first: a text format set after the content would leave "001" already turned into 1.
  if (sample.numFmt !== undefined) range.NumberFormat = sample.numFmt;
  if (sample.formula !== undefined || sample.value !== undefined)
    range.Formula = writes.map((row) => row.map((w) => typedContent(w)));
  // Until the read-back below says exactly, the undo expects what the plan meant to write.
  writes.forEach((row, i) =>
    row.forEach((w, j) => undone.set(w, undoWrite(w, before[i][j], intended(w, before[i][j])))),
  );
  writes.forEach((row, i) =>
    row.forEach((w, j) => {
      if (w.note === undefined) return;
      const comment = before[i][j].comment;
      comment?.Delete();
      if (w.note) worksheet.Range(a1(w.ref.row, w.ref.col)).AddComment(w.note);
    }),
  );
  const found = cellsOf(job.area, range.Value2, range.Formula, hasFormula(worksheet));
  writes.forEach((row, i) =>
    row.forEach((w, j) => {
      const after = contentOf(found[i]?.[j], w.numFmt ?? before[i][j].numFmt);
      undone.get(w)!.expected = after;
    }),
  );
}

function hasFormula(worksheet: EtWorksheet): (row: number, col: number) => unknown {
  return (row, col) => worksheet.Range(a1(row, col)).HasFormula;
}

/** What the cell should hold after the write. */
function intended(write: CellWrite, before: Before): CellContent {
  if (write.formula !== undefined) return { value: null, formula: write.formula };
  if (write.value !== undefined) return { value: write.value === "" ? null : write.value };
  return before.content;
}

/** What puts the cell back: its formula or value, its number format and, where a note was written, its note. */
function undoWrite(write: CellWrite, before: Before, expected: CellContent): CellWrite {
  return {
    ref: write.ref,
    expected,
    ...(before.formula ? { formula: before.formula } : { value: before.value }),
    numFmt: before.numFmt ?? "General",
    note: write.note !== undefined ? before.note : undefined,
    purpose: `undo:${write.purpose}`,
  };
}

/** The undo writes of the cells written so far, last write first, as the other hosts give them. */
function undoInOrder(writes: readonly CellWrite[], undone: Map<CellWrite, CellWrite>): CellWrite[] {
  return writes.flatMap((w) => (undone.has(w) ? [undone.get(w)!] : [])).reverse();
}

/** Replaces the add-in's names (and any a plan sets anew); a person's own names stay. */
function writeNames(workbook: EtWorkbook, plan: WritePlan): void {
  const names = workbook.Names;
  const replaced = replacedBy(plan);
  const count = names.Count;
  const existing = Array.from({ length: count }, (_, i) => names.Item(i + 1));
  for (const item of existing) if (replaced(item.Name)) item.Delete();
  for (const n of plan.names) names.Add(n.name, `=${quoteSheet(n.sheet)}!${areaA1(n.area, true)}`);
}
