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
import { CellData } from "../../core/grid/grid";
import { CellWrite, NameWrite, ValidationRestore, WritePlan } from "../../core/plan/write-plan";
import { changesNames, replacedBy } from "../../core/plan/names";
import { ApplyResult, appliedWith, conflictsOf, contentOf, refused, sheetsOf } from "../../core/plan/apply-result";
import { HostError, sheetsMissing, sheetsProtected } from "../../core/plan/host-error";
import { afterWrite, undoPlan, undoWrite } from "../../core/plan/undo";
import { sameFields } from "../../core/plan/validation-text";
import { EtApplication, EtComment, EtRange, EtWorkbook, EtWorksheet } from "./api";
import { referencedAreas } from "./addresses";
import { cellsOf, formatOf, typedContent } from "./cells";
import { hostError } from "./errors";
import { probe } from "./probe";
import { activeWorkbook } from "./read";
import { findSheet, writeSettings } from "./settings";
import { RuleRecord, recordOf, restoreRule, ruleAreas, setRule, validatedAreas, wpsRule } from "./validation";
import { WriteArea, writeAreas } from "./write-areas";

/** One written cell: what it held (with its note, where the write carries one), and the comment that note is. */
interface Before {
  cell: CellData | undefined;
  comment?: EtComment | null;
}

interface AreaJob extends WriteArea {
  worksheet: EtWorksheet;
  range: EtRange;
  before: Before[][];
}

export function applyPlan(app: EtApplication, plan: WritePlan): ApplyResult {
  const restores = plan.restoreValidations ?? [];
  const settings = Object.entries(plan.settings);

  const workbook = activeWorkbook(app);
  const sheets = targetSheets(workbook, sheetsOf(plan));
  const sheet = (name: string): EtWorksheet => sheets.get(name)!;

  // Step 1: check.
  const jobs: AreaJob[] = writeAreas(plan.cells).map((w) => {
    const worksheet = sheet(w.sheet);
    const range = worksheet.Range(areaA1(w.area));
    return { ...w, worksheet, range, before: readBefore(worksheet, range, w) };
  });
  const before = new Map<CellWrite, CellData | undefined>();
  for (const job of jobs) job.writes.forEach((row, i) => row.forEach((w, j) => before.set(w, job.before[i][j].cell)));
  const conflicts = conflictsOf(plan.cells, (w) => contentOf(before.get(w)));
  if (conflicts.length) return refused(conflicts);
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
    // Validations and names come after the cells: only cells can have been written.
    const undo = undoPlan(plan, { cells: undoInOrder(plan.cells, undone) });
    throw new HostError(failed.code, failed.message, { action: "写入", original: failed.original ?? error, undo });
  }
  for (const { sheet: name, area, rule } of ruleAreas(plan.validations)) {
    const hadRules = validated.get(name)!.some((v) => areasIntersect(v, area));
    setRule(sheet(name).Range(areaA1(area)).Validation, rule, hadRules);
  }
  const undoValidations: ValidationRestore[] = plan.validations.flatMap((v, i) =>
    sameFields(replaced[i], wpsRule(v)) ? [] : [{ sheet: v.sheet, area: v.area, previous: replaced[i] }],
  );
  for (const r of restores) restoreRule(sheet(r.sheet), r.area, r.previous as RuleRecord | null);
  const names = changesNames(plan) ? writeNames(workbook, plan) : undefined;
  const skipped: string[] = [];
  if (settings.length && !writeSettings(app, workbook, plan.settings))
    skipped.push("工作簿结构受保护，未能在工作簿中保存所选的评分规则。请在「审阅」选项卡中撤销工作簿保护后重试。");

  const undo = undoPlan(plan, { cells: undoInOrder(plan.cells, undone), restores: undoValidations, names });
  return appliedWith(plan, undo, skipped);
}

/** Each named sheet; a sheet that is gone or protected stops the run before anything is read or written. */
function targetSheets(workbook: EtWorkbook, names: string[]): Map<string, EtWorksheet> {
  const sheets = new Map<string, EtWorksheet>();
  const missing: string[] = [];
  for (const name of names) {
    const found = findSheet(workbook, name);
    if (found) sheets.set(name, found);
    else missing.push(name);
  }
  if (missing.length) throw sheetsMissing(missing);
  const locked = [...sheets].filter(([, ws]) => ws.ProtectContents).map(([name]) => name);
  if (locked.length) throw sheetsProtected(locked);
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
      const read = found[i]?.[j];
      const numFmt = formatOf(formats[i][j]);
      const cell: CellData | undefined = read || numFmt ? { ...(read ?? { value: null }), numFmt } : undefined;
      if (write.note === undefined) return { cell };
      const comment = worksheet.Range(a1(write.ref.row, write.ref.col)).Comment;
      const note = comment ? comment.Text() : "";
      return { cell: { ...(cell ?? { value: null }), note }, comment };
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
    row.forEach((w, j) => {
      const was = before[i][j].cell;
      undone.set(w, undoWrite(w, was, afterWrite(contentOf(was), w)));
    }),
  );
  writes.forEach((row, i) =>
    row.forEach((w, j) => {
      if (w.note === undefined) return;
      before[i][j].comment?.Delete();
      if (w.note) worksheet.Range(a1(w.ref.row, w.ref.col)).AddComment(w.note);
    }),
  );
  const found = cellsOf(job.area, range.Value2, range.Formula, hasFormula(worksheet));
  writes.forEach((row, i) =>
    row.forEach((w, j) => {
      const numFmt = formatOf(w.numFmt ?? before[i][j].cell?.numFmt);
      undone.get(w)!.expected = contentOf({ ...(found[i]?.[j] ?? { value: null }), numFmt });
    }),
  );
}

function hasFormula(worksheet: EtWorksheet): (row: number, col: number) => unknown {
  return (row, col) => worksheet.Range(a1(row, col)).HasFormula;
}

/** The undo writes of the cells written so far, in the plan's order. */
function undoInOrder(writes: readonly CellWrite[], undone: Map<CellWrite, CellWrite>): CellWrite[] {
  return writes.flatMap((w) => (undone.has(w) ? [undone.get(w)!] : []));
}

/**
 * Replaces the add-in's names (and any a plan sets anew); a person's own names stay. Returns the names it took away
 * with where they pointed, for the undo (WPS is asked where only for those).
 */
function writeNames(workbook: EtWorkbook, plan: WritePlan): NameWrite[] {
  const names = workbook.Names;
  const replaced = replacedBy(plan);
  const count = names.Count;
  const existing = Array.from({ length: count }, (_, i) => names.Item(i + 1));
  const former: NameWrite[] = [];
  for (const item of existing) {
    const name = item.Name;
    if (!replaced(name)) continue;
    for (const { sheet, area } of referencedAreas(item.RefersTo)) former.push({ name, sheet, area });
    item.Delete();
  }
  for (const n of plan.names) names.Add(n.name, `=${quoteSheet(n.sheet)}!${areaA1(n.area, true)}`);
  return former;
}
