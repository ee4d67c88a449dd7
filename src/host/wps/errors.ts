// Errors at the WPS edge. The object model throws plain JavaScript errors with WPS's own (often English, sometimes
// empty) text; every one becomes the HostError every host throws (core/plan/host-error), a Chinese sentence that
// says what was being done, with the original kept for the log. The refusals a person may already know from Excel (a
// protected sheet, a sheet that vanished) are core/plan's too.
import { HostAction, HostError, asHostError } from "../../core/plan/host-error";

export function noWorkbook(): HostError {
  return new HostError("NoWorkbook", "WPS 表格中没有打开的工作簿。请先打开要检查的工作簿。");
}

/** The error as this host reports it: a HostError, WPS's own errors worded with the action (code `Failed`). */
export function hostError(error: unknown, action: HostAction): HostError {
  return asHostError(error, action, (e, a) => {
    const detail = e instanceof Error ? e.message : String(e);
    return { code: "Failed", message: `WPS 表格${a}失败${detail ? `：${detail}` : ""}。请检查工作簿后重试。` };
  });
}
