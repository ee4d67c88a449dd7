// What applying a plan comes to, and the check every host makes before it writes anything: each cell the plan
// writes must still hold what the plan expected (what the person saw when the plan was made), or nothing is written.
// A host reads what the cells hold; the comparing, the order of the conflicts and the shape of the result are here.
import { CellData } from "../grid/grid";
import { CellContent, CellWrite, WritePlan, emptyPlan, sameContent } from "./write-plan";

/** A write the host refused because the cell no longer holds what the plan expected. */
export interface Conflict {
  write: CellWrite;
  found: CellContent;
}

export interface ApplyResult {
  /** Whether anything was written. A plan with conflicts writes nothing. */
  applied: boolean;
  written: number;
  conflicts: Conflict[];
  /** The plan that puts back what this one replaced: cells, the data validation of each area it set, names. */
  undo: WritePlan;
  /** Features left out because this host cannot do them (e.g. validation below ExcelApi 1.8), in Chinese. */
  skipped: string[];
}

/** What a plan's `expected` is compared with: a cell's value, formula and number format (General is none). */
export function contentOf(cell: CellData | undefined): CellContent {
  const out: CellContent = { value: cell?.value ?? null };
  if (cell?.formula) out.formula = cell.formula;
  if (cell?.numFmt && cell.numFmt !== "General") out.numFmt = cell.numFmt;
  return out;
}

/**
 * The writes whose cell holds something else than the plan expected, in the plan's order (whatever order the host
 * read the cells in), each with what the cell holds.
 */
export function conflictsOf(
  writes: readonly CellWrite[],
  found: (write: CellWrite, index: number) => CellContent,
): Conflict[] {
  const out: Conflict[] = [];
  writes.forEach((write, index) => {
    const now = found(write, index);
    if (!sameContent(now, write.expected)) out.push({ write, found: now });
  });
  return out;
}

/** A plan refused for its conflicts: nothing written, nothing to undo. */
export function refused(conflicts: Conflict[]): ApplyResult {
  return { applied: false, written: 0, conflicts, undo: emptyPlan(), skipped: [] };
}

/** A plan that asks for nothing (or nothing this host can do): applied at once, without a call into the workbook. */
export function nothingToApply(skipped: string[] = []): ApplyResult {
  return { applied: true, written: 0, conflicts: [], undo: emptyPlan(), skipped };
}

/** A plan written whole, with the plan that undoes it. */
export function appliedWith(plan: WritePlan, undo: WritePlan, skipped: string[] = []): ApplyResult {
  return { applied: true, written: plan.cells.length, conflicts: [], undo, skipped };
}

/** Whether the plan asks for anything at all. */
export function asksSomething(plan: WritePlan): boolean {
  return (
    plan.cells.length > 0 ||
    plan.validations.length > 0 ||
    (plan.restoreValidations?.length ?? 0) > 0 ||
    plan.names.length > 0 ||
    !!plan.replaceNames ||
    Object.keys(plan.settings).length > 0
  );
}

/** Every sheet the plan touches, once each, in the order it names them: its cells, validations and names. */
export function sheetsOf(plan: WritePlan): string[] {
  return [
    ...new Set([
      ...plan.cells.map((w) => w.ref.sheet),
      ...plan.validations.map((v) => v.sheet),
      ...(plan.restoreValidations ?? []).map((r) => r.sheet),
      ...plan.names.map((n) => n.sheet),
    ]),
  ];
}
