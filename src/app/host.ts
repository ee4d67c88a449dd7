// The port every host implements: the Office.js host in Excel, the file host for .xlsx files (the CLI, tests), the
// in-memory host for the browser preview and tests. Hosts only read and write; every decision is made in the core.
import { Grid } from "../core/grid/grid";
import { ApplyResult } from "../core/plan/apply-result";
import { NameWrite, WritePlan } from "../core/plan/write-plan";

/** A defined name as read back from the workbook: the same shape the plan writes. */
export type DefinedName = NameWrite;

export interface WorkbookData {
  sheets: Grid[];
  names: DefinedName[];
  /** Key/value settings the add-in stored in this workbook. */
  settings: Record<string, string>;
}

export interface HostCapabilities {
  /** ExcelApi 1.8 data validation. */
  dataValidation: boolean;
  /** Notes/comments on cells. */
  notes: boolean;
  /** Merged areas can be read (ExcelApi 1.13, or a fallback). */
  mergedAreas: boolean;
  /** Can move the selection to a cell (the pane's "go to cell"). */
  select: boolean;
  /** Human-readable reasons for what is missing, in Chinese, for the pane. */
  limits: string[];
}

// What applying a plan comes to is core/plan's (apply-result), so every host builds it alike.
export type { ApplyResult, Conflict } from "../core/plan/apply-result";

export interface WorkbookHost {
  /** One batched read of every sheet (or the named ones), with names and settings. */
  read(sheetNames?: string[]): Promise<WorkbookData>;
  /** One batched write. Checks every cell against `expected` first; on any conflict writes nothing. */
  apply(plan: WritePlan): Promise<ApplyResult>;
  capabilities(): HostCapabilities;
  /** Moves the selection to `Sheet!A1` (a no-op where there is no selection). */
  select?(address: string): Promise<void>;
}
