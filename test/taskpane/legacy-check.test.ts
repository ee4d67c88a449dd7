/**
 * @jest-environment jsdom
 */
// Old Office shows add-ins in Internet Explorer or legacy Edge, which cannot even parse the bundles. The small ES5
// check must parse there and put a Chinese explanation where the pane would be, in the notice dialog, and behind
// the ribbon's 一键重算, whose function file has no UI of its own.
import { readFileSync } from "fs";
import { join } from "path";
import { parse } from "acorn";

const ROOT = join(__dirname, "..", "..");
const SOURCE = readFileSync(join(ROOT, "src", "taskpane", "legacy-check.js"), "utf8");
const MESSAGE = readFileSync(join(ROOT, "src", "taskpane", "legacy-message.html"), "utf8").trim();
const PAGES = {
  taskpane: join(ROOT, "src", "taskpane", "taskpane.html"),
  notice: join(ROOT, "src", "commands", "notice.html"),
  commands: join(ROOT, "src", "commands", "commands.html"),
};

/** The page's body as the build renders it (the shared message filled in), its scripts left out. */
function load(page: keyof typeof PAGES): string {
  const html = readFileSync(PAGES[page], "utf8").replace(/<%= legacyMessage %>/g, MESSAGE);
  const body = /<body([^>]*)>([\s\S]*)<\/body>/.exec(html)!;
  document.body.innerHTML = body[2].replace(/<script[\s\S]*?<\/script>/g, "");
  for (const [, name, value] of body[1].matchAll(/([\w-]+)="([^"]*)"/g)) document.body.setAttribute(name, value);
  if (!/data-page=/.test(body[1])) document.body.removeAttribute("data-page");
  return html;
}

interface Engine {
  Promise?: unknown;
  fetch?: unknown;
  globalThis?: unknown;
}

const MODERN: Engine = { Promise, fetch: () => undefined, globalThis };
const LEGACY: Engine = { ...MODERN, globalThis: undefined };

type Handler = (event: { completed: () => void }) => void;

/** Office as an old function file sees it: what the check binds and the dialogs it opens are recorded. */
function fakeOffice() {
  const associated: Record<string, Handler> = {};
  const dialogs: { url: string; handlers: Record<string, () => void>; closed: boolean }[] = [];
  const office = {
    onReady: (callback: () => void) => callback(),
    actions: { associate: (name: string, handler: Handler) => (associated[name] = handler) },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogEventReceived: "dialogEvent", DialogMessageReceived: "dialogMessage" },
    context: {
      ui: {
        displayDialogAsync: (url: string, _options: unknown, callback: (result: unknown) => void) => {
          const dialog = { url, handlers: {} as Record<string, () => void>, closed: false };
          dialogs.push(dialog);
          callback({
            status: "succeeded",
            value: {
              addEventHandler: (type: string, handler: () => void) => (dialog.handlers[type] = handler),
              close: () => (dialog.closed = true),
            },
          });
        },
      },
    },
  };
  return { office, associated, dialogs };
}

/** Runs the classic script as its own program, with the engine's globals as `engine` says they are. */
function runCheck(engine: Engine, office?: unknown, href = "https://localhost:3000/commands.html") {
  const window: Record<string, unknown> = { fetch: engine.fetch, location: { href } };
  new Function("window", "Promise", "globalThis", "Office", SOURCE)(window, engine.Promise, engine.globalThis, office);
  return window;
}

test("is plain ES5", () => {
  expect(() => parse(SOURCE, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
});

test("every page of the add-in loads it", () => {
  for (const page of Object.keys(PAGES) as (keyof typeof PAGES)[])
    expect(load(page)).toContain('<script src="legacy-check.js"></script>');
});

test("a modern webview sees nothing of it", () => {
  load("taskpane");
  const { office, associated } = fakeOffice();
  runCheck(MODERN, office);
  expect(document.getElementById("legacy-message")?.hidden).toBe(true);
  expect(document.getElementById("root")?.style.display).toBe("");
  expect(associated).toEqual({});
});

test.each(["Promise", "fetch", "globalThis"] as const)(
  "without %s the pane says why, in Chinese, instead of staying blank",
  (missing) => {
    load("taskpane");
    runCheck({ ...MODERN, [missing]: undefined });
    const message = document.getElementById("legacy-message")!;
    expect(message.hidden).toBe(false);
    expect(message.textContent).toContain("此版本的 Office 无法运行绩效自评助手");
    expect(document.getElementById("root")?.style.display).toBe("none");
  },
);

test("in an old webview the ribbon's 一键重算 opens the notice dialog, which shows the pane's message", () => {
  load("commands");
  const { office, associated, dialogs } = fakeOffice();
  const window = runCheck(LEGACY, office, "https://intranet.example/jixiao/commands.html?_host_Info=Excel");
  expect(Object.keys(associated)).toEqual(["recalcAll"]);
  expect(window.recalcAll).toBe(associated.recalcAll);

  const completed = jest.fn();
  associated.recalcAll({ completed });
  expect(dialogs.map((d) => d.url)).toEqual(["https://intranet.example/jixiao/notice.html"]);
  expect(completed).not.toHaveBeenCalled(); // Excel waits while the person reads
  dialogs[0].handlers.dialogEvent(); // closed with its ✕
  dialogs[0].handlers.dialogEvent();
  expect(completed).toHaveBeenCalledTimes(1);

  load("notice");
  runCheck(LEGACY, fakeOffice().office, dialogs[0].url);
  const message = document.getElementById("legacy-message")!;
  expect(message.hidden).toBe(false);
  expect(document.getElementById("notice")?.style.display).toBe("none");
  load("taskpane");
  expect(message.innerHTML.trim()).toBe(document.getElementById("legacy-message")!.innerHTML.trim());
});

test("the command completes at once when Office cannot open the dialog", () => {
  load("commands");
  const { office, associated } = fakeOffice();
  office.context.ui.displayDialogAsync = (_url, _options, callback) => callback({ status: "failed" });
  runCheck(LEGACY, office);
  const completed = jest.fn();
  associated.recalcAll({ completed });
  expect(completed).toHaveBeenCalledTimes(1);
});
