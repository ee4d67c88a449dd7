// Errors at the Excel edge: every Office error code becomes the HostError every host throws (core/plan/host-error),
// one Chinese sentence a person can act on, and every sync waits a bounded time. The original error stays attached
// for the log.
import { HostAction, HostError, asHostError } from "../../core/plan/host-error";
import { XlContext } from "./api";

const MESSAGES: Record<string, (action: HostAction) => string> = {
  InvalidOperationInCellEditMode: (a) => `Excel 正在编辑单元格，无法${a}。请先按 Enter 或 Esc 结束编辑，然后重试。`,
  AccessDenied: (a) => `Excel 拒绝${a}：工作簿或工作表受保护或为只读。请撤销保护后重试。`,
  ItemNotFound: (a) => `找不到要${a}的工作表或区域，它可能已被删除或改名。请重新识别后再试。`,
  InvalidReference: (a) => `要${a}的单元格地址无效，可能工作表已被改名。请重新识别后再试。`,
  InvalidOperation: (a) => `Excel 当前不允许${a}（工作表可能受保护，或有对话框尚未关闭）。请检查后重试。`,
  UnsupportedOperation: (a) => `Excel 当前不允许${a}（工作表可能受保护，或有对话框尚未关闭）。请检查后重试。`,
  MergedRangeConflict: (a) => `要${a}的单元格与合并单元格冲突。请检查表格的合并单元格后重试。`,
  ApiNotFound: (a) => `此版本 Excel 缺少所需的功能，${a}未完成。请升级 Office 后重试。`,
  RequestPayloadSizeLimitExceeded: (a) => `一次${a}的数据量超过了 Excel 的上限，${a}未完成。`,
  ResponsePayloadSizeLimitExceeded: (a) => `一次${a}的数据量超过了 Excel 的上限，${a}未完成。`,
  ActivityLimitReached: (a) => `Excel 忙，${a}未完成。请稍后重试。`,
  GeneralException: (a) => `Excel 内部错误，${a}未完成。请保存工作簿后重试。`,
};

export function isPayloadLimit(error: unknown): boolean {
  const code = codeOf(error);
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

export function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** The error as this host reports it: a HostError, an Office error worded by its code (the code kept). */
export function hostError(error: unknown, action: HostAction): HostError {
  return asHostError(error, action, (e, a) => {
    const code = codeOf(e) ?? "Unknown";
    const detail = e instanceof Error ? e.message : String(e);
    return { code, message: MESSAGES[code]?.(a) ?? `Excel ${a}失败（${code}）：${detail}` };
  });
}

export const DEFAULT_SYNC_TIMEOUT_MS = 60_000;

/** `context.sync()`, but a sync that Excel never answers ends in a clear error instead of a pane that hangs. */
export async function syncWithin(context: XlContext, timeoutMs: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const seconds = Math.max(1, Math.round(timeoutMs / 1000));
      reject(
        new HostError(
          "Timeout",
          `Excel 未响应（等待超过 ${seconds} 秒）。请确认没有正在编辑的单元格或打开的对话框，然后重试。`,
        ),
      );
    }, timeoutMs);
  });
  try {
    await Promise.race([context.sync(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
