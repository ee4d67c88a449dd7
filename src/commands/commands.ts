// The ribbon's 一键重算 (an ExecuteFunction button). A function file has no UI of its own, and Excel has no
// notification API for add-ins (Outlook's notificationMessages are mail-only); what Excel does offer a function
// file is the Dialog API (DialogApi 1.1: "a host window, which can be a task pane or the UI-less function file of
// an add-in command, can have only one dialog box open at a time"). So the result is shown in a small dialog
// (notice.html), and event.completed() is called once the person closes it — always called, also on failure.
import type { Outcome } from "../app/session";
import { Notice, noticeFromError, noticeFromOutcome, noticeQuery } from "./notice-text";

export interface Recalculator {
  recalc(): Promise<Outcome>;
}

/** Shows a notice and resolves when it is gone (or could not be shown). */
export type ShowNotice = (notice: Notice) => Promise<void>;

/** Excel gives up on a command that never completes; close the dialog well before that. */
const NOTICE_TIMEOUT_MS = 4 * 60 * 1000;

export function makeRecalcAll(createSession: () => Recalculator, show: ShowNotice) {
  return async function recalcAll(event: Office.AddinCommands.Event): Promise<void> {
    let notice: Notice;
    try {
      notice = noticeFromOutcome(await createSession().recalc());
    } catch (error) {
      notice = noticeFromError(error);
    }
    try {
      await show(notice);
    } catch (error) {
      console.error(`一键重算：${notice.message}（结果窗口出错：${String(error)}）`);
    } finally {
      event.completed();
    }
  };
}

/** Opens notice.html beside this function file and waits until the person closes it. */
export function showNoticeDialog(notice: Notice): Promise<void> {
  const url = new URL(`notice.html?${noticeQuery(notice)}`, window.location.href).toString();
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url, { height: 30, width: 30, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        // Nothing else in Excel can show it (e.g. the person ignored Excel on the web's pop-up prompt, 12009); the
        // workbook already holds the result, and the console keeps the message for whoever looks.
        console.error(`一键重算：${notice.message}（无法显示结果窗口：${result.error.message}）`);
        resolve();
        return;
      }
      const dialog = result.value;
      const done = () => {
        clearTimeout(timer);
        dialog.close();
        resolve();
      };
      const timer = setTimeout(done, NOTICE_TIMEOUT_MS);
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, done);
      // Closed with the window's own ✕ (12006) or lost: nothing left to wait for.
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => {
        clearTimeout(timer);
        resolve();
      });
    });
  });
}

/** Binds the manifest's FunctionName to the handler. Call after Office.onReady. */
export function registerCommands(createSession: () => Recalculator, show: ShowNotice = showNoticeDialog): void {
  Office.actions.associate("recalcAll", makeRecalcAll(createSession, show));
}
