// The one error every host throws: a Chinese sentence a person can act on, the code the host met (an Office error
// code, or one of the hosts' own: SheetProtected, SheetMissing, Timeout, …), the action that failed, the original
// error for the log and, where a write failed after some of it reached the workbook, the plan that puts those cells
// back. The pane and the CLI know one class, whichever host they run over.
import { missingSheetsMessage, protectedSheetsMessage } from "./refusals";
import { WritePlan } from "./write-plan";

/** What a host was doing when it failed: reading the workbook, writing a plan, or moving the selection. */
export type HostAction = "读取" | "写入" | "定位";

export interface HostErrorDetails {
  /** What failed. Code deep inside a host may not know; the host's edge (`asHostError`) always says. */
  action?: HostAction;
  original?: unknown;
  /** When a write failed after some of it may have reached the workbook: the plan that puts those cells back. */
  undo?: WritePlan;
}

export class HostError extends Error {
  override name = "HostError";
  readonly action?: HostAction;
  readonly original?: unknown;
  readonly undo?: WritePlan;

  constructor(
    readonly code: string,
    message: string,
    details: HostErrorDetails = {},
  ) {
    super(message);
    this.action = details.action;
    this.original = details.original;
    this.undo = details.undo;
  }
}

/**
 * An error as it leaves a host: a HostError stays what it is and gets the action where it had none; anything else
 * (Office.js's, WPS's, a TypeError) is worded by the host's own `word`.
 */
export function asHostError(
  error: unknown,
  action: HostAction,
  word: (error: unknown, action: HostAction) => { code: string; message: string },
): HostError {
  if (error instanceof HostError) {
    if (error.action) return error;
    const stamped = new HostError(error.code, error.message, { action, original: error.original, undo: error.undo });
    stamped.stack = error.stack;
    return stamped;
  }
  const { code, message } = word(error, action);
  return new HostError(code, message, { action, original: error });
}

/** A sheet the plan writes to is protected: nothing was written. `app` as in protectedSheetsMessage. */
export function sheetsProtected(sheets: readonly string[], app?: string): HostError {
  return new HostError("SheetProtected", protectedSheetsMessage(sheets, app), { action: "写入" });
}

/** A sheet the plan writes to is gone since the read: nothing was written. */
export function sheetsMissing(sheets: readonly string[], original?: unknown): HostError {
  return new HostError("SheetMissing", missingSheetsMessage(sheets), { action: "写入", original });
}

/** The pane's "go to cell" named a sheet that is gone. */
export function sheetToSelectMissing(sheet: string, original?: unknown): HostError {
  return new HostError("SheetMissing", `找不到工作表「${sheet}」，它可能已被删除或改名。`, {
    action: "定位",
    original,
  });
}

/** The pane's "go to cell" named no cell. */
export function unreadableAddress(address: string): HostError {
  return new HostError("InvalidReference", `无法识别的单元格地址「${address}」。`, { action: "定位" });
}
