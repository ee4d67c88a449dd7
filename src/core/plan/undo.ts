// The plan that undoes a run, built alike by every host: for each written cell, what it held (its formula with the
// result it showed, or its value, an error value as its text; its number format; its note where the run wrote one),
// for each validated area the host's record of its former rule, and the add-in's names as they were. A host reads
// what it replaces; what to write back, and in which order, is decided here.
import { CellData, CellValue } from "../grid/grid";
import { changesNames, formerNames } from "./names";
import { CellContent, CellWrite, NameWrite, ValidationRestore, WritePlan, emptyPlan } from "./write-plan";

/**
 * What the cell holds after `write`, as a later read gives it: the formula with the engine's value where the plan
 * gives one (a host that calculates reads the cell back instead), the value (empty text is no value), or what it
 * held; the number format the write sets, else the one it had.
 */
export function afterWrite(before: CellContent, write: CellWrite): CellContent {
  const out: CellContent =
    write.formula !== undefined
      ? { value: write.value ?? null, formula: write.formula }
      : write.value !== undefined
        ? { value: write.value === "" ? null : write.value }
        : { ...before };
  const numFmt = write.numFmt ?? before.numFmt;
  if (numFmt && numFmt !== "General") out.numFmt = numFmt;
  else delete out.numFmt;
  return out;
}

/**
 * The write that puts one cell back as it was before `write`: `was` is what the host read there (with its note,
 * where the host has notes), `expected` what the cell holds after the run. `notes` false: this host writes no notes,
 * so there is none to put back.
 */
export function undoWrite(write: CellWrite, was: CellData | undefined, expected: CellContent, notes = true): CellWrite {
  const content: { formula?: string; value: CellValue } = was?.formula
    ? { formula: was.formula, value: was.value }
    : // An error value comes back as its text: no spreadsheet API writes an error as such.
      { value: was?.error ?? was?.value ?? null };
  return {
    ref: write.ref,
    expected,
    ...content,
    numFmt: was?.numFmt ?? "General",
    note: notes && write.note !== undefined ? (was?.note ?? "") : undefined,
    purpose: `undo:${write.purpose}`,
  };
}

export interface Replaced {
  /** The undo write of each cell written, in the plan's order (undoWrite). */
  cells: CellWrite[];
  /** What puts back each validated area, in the plan's order; an area that already had the rule needs none. */
  restores?: ValidationRestore[];
  /** The names the workbook had before the run, where the run changed names (read by the host before it wrote). */
  names?: readonly NameWrite[];
}

/**
 * The plan that undoes `plan`, from what it replaced. Cells and areas are put back last first, so a cell the plan
 * wrote twice ends as it was before the first write. Where the plan changed names, the undo replaces the add-in's
 * names with those it had (and any of a person's the plan set anew); the profile stays.
 */
export function undoPlan(plan: WritePlan, replaced: Replaced): WritePlan {
  const undo = emptyPlan();
  undo.cells = [...replaced.cells].reverse();
  undo.restoreValidations = [...(replaced.restores ?? [])].reverse();
  if (replaced.names && changesNames(plan)) {
    undo.names = formerNames(replaced.names, plan);
    undo.replaceNames = true;
  }
  return undo;
}
