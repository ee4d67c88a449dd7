/**
 * @jest-environment jsdom
 */
// Old Office shows add-ins in Internet Explorer or legacy Edge, which cannot even parse the pane's bundle. The
// small ES5 check must parse there and put a Chinese explanation where the pane would be.
import { readFileSync } from "fs";
import { join } from "path";
import { parse } from "acorn";

const ROOT = join(__dirname, "..", "..");
const SOURCE = readFileSync(join(ROOT, "src", "taskpane", "legacy-check.js"), "utf8");
const TEMPLATE = readFileSync(join(ROOT, "src", "taskpane", "taskpane.html"), "utf8");

function loadPane(): void {
  document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(TEMPLATE)![1].replace(/<script[\s\S]*?<\/script>/g, "");
}

interface Engine {
  Promise?: unknown;
  fetch?: unknown;
  globalThis?: unknown;
}

const MODERN: Engine = { Promise, fetch: () => undefined, globalThis };

/** Runs the classic script as its own program, with the engine's globals as `engine` says they are. */
function runCheck(engine: Engine): void {
  new Function("window", "Promise", "globalThis", SOURCE)({ fetch: engine.fetch }, engine.Promise, engine.globalThis);
}

test("is plain ES5", () => {
  expect(() => parse(SOURCE, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
});

test("a modern webview sees nothing of it", () => {
  loadPane();
  runCheck(MODERN);
  expect(document.getElementById("legacy-message")?.hidden).toBe(true);
  expect(document.getElementById("root")?.style.display).toBe("");
});

test.each(["Promise", "fetch", "globalThis"] as const)(
  "without %s the pane says why, in Chinese, instead of staying blank",
  (missing) => {
    loadPane();
    runCheck({ ...MODERN, [missing]: undefined });
    const message = document.getElementById("legacy-message")!;
    expect(message.hidden).toBe(false);
    expect(message.textContent).toContain("此版本的 Office 无法运行绩效自评助手");
    expect(document.getElementById("root")?.style.display).toBe("none");
  },
);
