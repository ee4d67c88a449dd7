/**
 * @jest-environment jsdom
 */
// The ribbon's 一键重算: it runs the recalculation, shows the result in the notice dialog and always completes the
// event, whatever fails. Office is replaced by a recording fake typed against @types/office-js.
import { makeRecalcAll, registerCommands, showNoticeDialog } from "../../src/commands/commands";
import { noticeFromQuery, noticeQuery } from "../../src/commands/notice-text";
import type { Outcome } from "../../src/taskpane/types";
import { sampleReport } from "./fake-session";

function outcome(partial: Partial<Outcome>): Outcome {
  return { report: sampleReport(), written: 0, conflicts: [], skipped: [], message: "", ...partial };
}

function recordingEvent(log: string[]): Office.AddinCommands.Event {
  return {
    completed: () => log.push("completed"),
    source: { id: "Jixiao.RecalcButton" },
  } as Office.AddinCommands.Event;
}

describe("recalcAll", () => {
  test("shows the app's message and completes the event after the notice is closed", async () => {
    const log: string[] = [];
    const recalcAll = makeRecalcAll(
      () => ({ recalc: async () => outcome({ written: 24, message: "已为 3 张表写入 24 个公式。" }) }),
      async (notice) => {
        log.push(`show:${notice.ok}:${notice.message}`);
      },
    );
    await recalcAll(recordingEvent(log));
    expect(log).toEqual(["show:true:已为 3 张表写入 24 个公式。", "completed"]);
  });

  test("conflicts are shown as details and mark the notice as not done", async () => {
    const shown: unknown[] = [];
    const recalcAll = makeRecalcAll(
      () => ({ recalc: async () => outcome({ conflicts: ["自评表!H12 在读取后被修改"], message: "未写入。" }) }),
      async (notice) => {
        shown.push(notice);
      },
    );
    await recalcAll(recordingEvent([]));
    expect(shown).toEqual([
      { ok: false, title: "一键重算", message: "未写入。", details: ["自评表!H12 在读取后被修改"] },
    ]);
  });

  test("a failing recalculation is shown, and the event still completes", async () => {
    const log: string[] = [];
    const recalcAll = makeRecalcAll(
      () => ({
        recalc: async () => {
          throw new Error("工作簿受保护，无法写入");
        },
      }),
      async (notice) => {
        log.push(`show:${notice.ok}:${notice.message}`);
      },
    );
    await recalcAll(recordingEvent(log));
    expect(log).toEqual(["show:false:工作簿受保护，无法写入", "completed"]);
  });

  test("a notice that cannot be shown still completes the event, and the message reaches the console", async () => {
    const log: string[] = [];
    const errors = jest.spyOn(console, "error").mockImplementation(() => {});
    const recalcAll = makeRecalcAll(
      () => ({ recalc: async () => outcome({ message: "已写入。" }) }),
      async () => {
        throw new Error("dialog blocked");
      },
    );
    await recalcAll(recordingEvent(log));
    expect(log).toEqual(["completed"]);
    expect(errors.mock.calls[0][0]).toContain("已写入。");
    errors.mockRestore();
  });
});

describe("the notice's URL", () => {
  test("carries Chinese text and details there and back", () => {
    const notice = {
      ok: true,
      title: "一键重算",
      message: "已写入 24 个公式 & 3 条有效性",
      details: ["a=b", "第二条"],
    };
    expect(noticeFromQuery(`?${noticeQuery(notice)}&_host_info=Excel$Win32$16.01`)).toEqual(notice);
  });

  test("keeps a long list short and says how many were left out", () => {
    const details = Array.from({ length: 9 }, (_, i) => `单元格 ${i + 1} 在读取后被修改`);
    const back = noticeFromQuery(noticeQuery({ ok: false, title: "一键重算", message: "x".repeat(500), details }));
    expect(back?.details).toHaveLength(6);
    expect(back?.details[5]).toBe("另有 4 条，请打开任务窗格查看。");
    expect(back?.message.length).toBe(200);
  });

  test("a page opened without a message has nothing to show", () => {
    expect(noticeFromQuery("")).toBeNull();
  });
});

describe("Office wiring", () => {
  type Handler = (arg: unknown) => void;
  const original = (globalThis as { Office?: unknown }).Office;
  afterEach(() => {
    (globalThis as { Office?: unknown }).Office = original;
  });

  function fakeOffice(dialogResult: "ok" | "fail") {
    const state = {
      associated: [] as string[],
      urls: [] as string[],
      handlers: new Map<string, Handler>(),
      closed: 0,
    };
    const dialog = {
      addEventHandler: (type: string, handler: Handler) => state.handlers.set(type, handler),
      close: () => state.closed++,
    };
    const office = {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
      actions: { associate: (name: string) => state.associated.push(name) },
      context: {
        ui: {
          displayDialogAsync: (url: string, _options: Office.DialogOptions, callback: (r: unknown) => void) => {
            state.urls.push(url);
            callback(
              dialogResult === "ok"
                ? { status: "succeeded", value: dialog }
                : { status: "failed", error: { code: 12009, message: "用户忽略了对话框" } },
            );
          },
        },
      },
    };
    (globalThis as { Office?: unknown }).Office = office;
    return state;
  }

  test("registers recalcAll under the manifest's FunctionName", () => {
    const state = fakeOffice("ok");
    registerCommands(() => ({ recalc: async () => outcome({}) }));
    expect(state.associated).toEqual(["recalcAll"]);
  });

  test("the dialog opens notice.html beside the function file and resolves when the person closes it", async () => {
    const state = fakeOffice("ok");
    let resolved = false;
    const shown = showNoticeDialog({ ok: true, title: "一键重算", message: "完成", details: [] }).then(() => {
      resolved = true;
    });
    await Promise.resolve();
    expect(resolved).toBe(false);
    const url = new URL(state.urls[0]);
    expect(url.pathname.endsWith("/notice.html")).toBe(true);
    expect(url.origin).toBe(window.location.origin);
    expect(url.searchParams.get("m")).toBe("完成");
    state.handlers.get("dialogMessageReceived")!({ message: "close" });
    await shown;
    expect(resolved).toBe(true);
    expect(state.closed).toBe(1);
  });

  test("a dialog Office refuses resolves at once and logs the message", async () => {
    fakeOffice("fail");
    const errors = jest.spyOn(console, "error").mockImplementation(() => {});
    await showNoticeDialog({ ok: true, title: "一键重算", message: "已写入 5 个公式", details: [] });
    expect(errors.mock.calls[0][0]).toContain("已写入 5 个公式");
    expect(errors.mock.calls[0][0]).toContain("用户忽略了对话框");
    errors.mockRestore();
  });
});
