// A WritePlan is everything one run wants to change, decided by the core and carried out by a host.
// Each cell write states what it expects the cell to hold now, so a host refuses to overwrite a cell that a
// person changed after it was read, and records what was there so the run can be reverted.
import { Area, CellRef } from "../grid/address";
import { CellValue } from "../grid/grid";

/** What a cell holds, as far as a write cares. */
export interface CellContent {
  value: CellValue;
  formula?: string;
  numFmt?: string;
}

export interface CellWrite {
  ref: CellRef;
  /** What the cell held when the plan was made. */
  expected: CellContent;
  /** What to put there: a formula (with "="), else a value; numFmt when it changes. */
  formula?: string;
  value?: CellValue;
  numFmt?: string;
  /** A note/comment saying why (e.g. why a score is a constant and not a formula). */
  note?: string;
  /** Rule id (scoring) or purpose (normalise, reason), for the log and the pane. */
  purpose: string;
}

export type ValidationRule =
  | { type: "decimal"; operator: "between" | "greaterThanOrEqual"; formula1: string; formula2?: string }
  | { type: "custom"; formula: string };

export interface ValidationWrite {
  sheet: string;
  area: Area;
  rule: ValidationRule;
  prompt: { title: string; message: string };
  error: { title: string; message: string };
}

/**
 * Puts an area's data validation back as it was before a run. Only a host writes these, into the undo plan it
 * returns, and only the same host reads them: `previous` is that host's own record of the former validation.
 */
export interface ValidationRestore {
  sheet: string;
  area: Area;
  /** The host's record of the validation the area had; null: it had none. */
  previous: object | null;
}

/** A defined name the add-in keeps in the workbook (the binding map of recognized tables). */
export interface NameWrite {
  name: string;
  sheet: string;
  area: Area;
}

export interface WritePlan {
  cells: CellWrite[];
  validations: ValidationWrite[];
  /** Undo plans only: validations to put back as they were before the run (see ValidationRestore). */
  restoreValidations?: ValidationRestore[];
  /** Names to set; names with the add-in's prefix not listed here are removed when `replaceNames` is true. */
  names: NameWrite[];
  replaceNames?: boolean;
  /** Key/value settings stored in the workbook (profile id, …). */
  settings: Record<string, string>;
}

export function emptyPlan(): WritePlan {
  return { cells: [], validations: [], names: [], settings: {} };
}

/** Whether an undo plan puts anything back: cells, or the validation of an area. */
export function putsBack(undo: WritePlan): boolean {
  return undo.cells.length > 0 || (undo.restoreValidations?.length ?? 0) > 0;
}

export function sameContent(a: CellContent, b: CellContent): boolean {
  if ((a.formula ?? "") !== (b.formula ?? "")) return false;
  if (a.formula) return true; // a formula's cached value may move; the formula is what a person wrote or we wrote
  return normalizeValue(a.value) === normalizeValue(b.value);
}

function normalizeValue(v: CellValue): CellValue {
  return v === "" || v === undefined ? null : v;
}
