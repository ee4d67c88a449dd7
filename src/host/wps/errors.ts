// Errors at the WPS edge. The object model throws plain JavaScript errors with WPS's own (often English, sometimes
// empty) text; every one becomes a Chinese sentence that says what was being done, with the original kept for the
// log. The messages a person may already know from Excel (a protected sheet, a sheet that vanished) are the ones
// every host refuses a plan with (core/plan/refusals).
import { missingSheetsMessage, protectedSheetsMessage } from "../../core/plan/refusals";
import { WritePlan } from "../../core/plan/write-plan";

export type HostAction = "读取" | "写入" | "定位";

export class WpsHostError extends Error {
  override readonly name = "WpsHostError";

  constructor(
    /** This host's codes: `SheetProtected`, `SheetMissing`, `NoWorkbook`, `WorkbookProtected`, `Failed`. */
    readonly code: string,
    message: string,
    readonly original?: unknown,
    /** When a write failed after some of it reached the workbook: the plan that puts those cells back. */
    readonly undo?: WritePlan,
  ) {
    super(message);
  }
}

export function sheetProtected(sheets: string[]): WpsHostError {
  return new WpsHostError("SheetProtected", protectedSheetsMessage(sheets));
}

export function sheetMissing(sheets: string[], original?: unknown): WpsHostError {
  return new WpsHostError("SheetMissing", missingSheetsMessage(sheets), original);
}

export function noWorkbook(): WpsHostError {
  return new WpsHostError("NoWorkbook", "WPS 表格中没有打开的工作簿。请先打开要检查的工作簿。");
}

/** The error as this host reports it: a WpsHostError with a Chinese message naming the action. */
export function hostError(error: unknown, action: HostAction): WpsHostError {
  if (error instanceof WpsHostError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new WpsHostError("Failed", `WPS 表格${action}失败${detail ? `：${detail}` : ""}。请检查工作簿后重试。`, error);
}
