// Errors at the WPS edge. The object model throws plain JavaScript errors with WPS's own (often English, sometimes
// empty) text; every one becomes a Chinese sentence that says what was being done, with the original kept for the
// log. The messages a person may already know from Excel (a protected sheet, a sheet that vanished) are worded as
// the Excel host words them.
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

export function quoted(sheets: string[]): string {
  return sheets.map((s) => `「${s}」`).join("");
}

export function sheetProtected(sheets: string[]): WpsHostError {
  return new WpsHostError(
    "SheetProtected",
    `工作表${quoted(sheets)}受保护，未写入任何内容。请在「审阅」选项卡中撤销工作表保护后重试。`,
  );
}

export function sheetMissing(sheets: string[], original?: unknown): WpsHostError {
  return new WpsHostError(
    "SheetMissing",
    `找不到工作表${quoted(sheets)}，它可能已被删除或改名。未写入任何内容，请重新识别后再试。`,
    original,
  );
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
