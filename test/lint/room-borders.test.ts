/**
 * The house rules that eslint.config.mjs and .prettierrc.json enforce, proven on small source texts: each room
 * border fires on a deliberately bad import and stays quiet on a good one, Office.js invariants fire where Office.js
 * is called, and Prettier rejects a file that is not formatted its way.
 */
import { execFile } from "child_process";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");

interface LintMessage {
  ruleId: string | null;
  message: string;
  line: number;
}

interface ToolResults {
  eslint: LintMessage[][];
  prettier: boolean[];
  ignored: Record<string, { eslint: boolean; prettier: boolean }>;
}

interface SourceText {
  filePath: string;
  code: string;
}

/** Runs test/lint/lint-texts.mjs in its own Node process (see there for why) on all texts at once. */
function runTools(input: { eslint: SourceText[]; prettier: SourceText[]; ignored: string[] }): Promise<ToolResults> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [join(__dirname, "lint-texts.mjs")],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${error.message}\n${stderr}`));
        else resolve(JSON.parse(stdout) as ToolResults);
      },
    );
    child.stdin?.end(JSON.stringify({ root: ROOT, ...input }));
  });
}

const IMPORT_RULE = "@typescript-eslint/no-restricted-imports";
const GLOBALS_RULE = "no-restricted-globals";
const SYNTAX_RULE = "no-restricted-syntax";

/** A text that must draw `rule` with a message matching `message` (a bad case), or draw nothing at all (a good one). */
interface Case extends SourceText {
  title: string;
  expect?: { rule: string; message: RegExp };
}

const bad = (title: string, filePath: string, code: string, rule: string, message: RegExp): Case => ({
  title,
  filePath,
  code,
  expect: { rule, message },
});
const good = (title: string, filePath: string, code: string): Case => ({ title, filePath, code });

const PURE = /src\/core is pure/;
const LEAVES_CORE = /leaves src\/core/;
const OTHER_HOST = /never imports another host/;
const ROOM_ORDER = /rooms import downwards, never in a circle/;

const CASES: Case[] = [
  // src/core: itself and decimal.js, nothing else.
  bad(
    "core importing exceljs",
    "src/core/scoring/x.ts",
    'import ExcelJS from "exceljs";\nexport { ExcelJS };\n',
    IMPORT_RULE,
    PURE,
  ),
  bad(
    "core importing fs",
    "src/core/scoring/x.ts",
    'import { readFileSync } from "fs";\nexport { readFileSync };\n',
    IMPORT_RULE,
    PURE,
  ),
  bad(
    "core importing node:fs/promises",
    "src/core/x.ts",
    'export { readFile } from "node:fs/promises";\n',
    IMPORT_RULE,
    PURE,
  ),
  bad(
    "core importing path",
    "src/core/layout/x.ts",
    'import * as path from "path";\nexport { path };\n',
    IMPORT_RULE,
    PURE,
  ),
  bad("core importing os", "src/core/layout/x.ts", 'import os from "os";\nexport { os };\n', IMPORT_RULE, PURE),
  bad("core importing child_process", "src/core/x.ts", 'export { spawn } from "child_process";\n', IMPORT_RULE, PURE),
  bad(
    "core importing worker_threads",
    "src/core/plan/x.ts",
    'export { Worker } from "worker_threads";\n',
    IMPORT_RULE,
    PURE,
  ),
  bad(
    "core importing react",
    "src/core/checks/x.ts",
    'import React from "react";\nexport { React };\n',
    IMPORT_RULE,
    PURE,
  ),
  bad(
    "core importing react-dom",
    "src/core/checks/x.ts",
    'export { createRoot } from "react-dom/client";\n',
    IMPORT_RULE,
    PURE,
  ),
  bad(
    "core importing Fluent UI",
    "src/core/x.ts",
    'export { Button } from "@fluentui/react-components";\n',
    IMPORT_RULE,
    PURE,
  ),
  bad("core importing office-js", "src/core/x.ts", 'import "@microsoft/office-js";\n', IMPORT_RULE, PURE),
  bad(
    "core importing the xlsx host",
    "src/core/scoring/x.ts",
    'export { XlsxHost } from "../../host/xlsx";\n',
    IMPORT_RULE,
    LEAVES_CORE,
  ),
  bad(
    "core importing app (types too)",
    "src/core/plan/x.ts",
    'import type { WorkbookHost } from "../../app/host";\nexport type H = WorkbookHost;\n',
    IMPORT_RULE,
    LEAVES_CORE,
  ),
  bad(
    "a top-level core file climbing out",
    "src/core/index.ts",
    'export * from "../app/host";\n',
    IMPORT_RULE,
    LEAVES_CORE,
  ),
  bad(
    "a deep core file climbing out",
    "src/core/layout/headers/x.ts",
    'export * from "../../../cli/main";\n',
    IMPORT_RULE,
    LEAVES_CORE,
  ),
  bad(
    "core loading code at run time",
    "src/core/x.ts",
    'export const load = () => import("./grid/grid");\n',
    SYNTAX_RULE,
    /no dynamic import/,
  ),
  bad(
    "core calling Office",
    "src/core/x.ts",
    "export const ready = () => Office.onReady();\n",
    GLOBALS_RULE,
    /must not touch Office\.js/,
  ),
  bad("core reading the DOM", "src/core/x.ts", "export const width = () => window.innerWidth;\n", GLOBALS_RULE, PURE),
  bad(
    "core reading the environment",
    "src/core/x.ts",
    "export const mode = () => process.env.MODE;\n",
    GLOBALS_RULE,
    PURE,
  ),
  bad("core naming an Excel type", "src/core/x.ts", "export type R = Excel.Range;\n", SYNTAX_RULE, /Office\.js types/),
  bad(
    "a core test importing a host",
    "src/core/x.test.ts",
    'import { XlsxHost } from "../host/xlsx";\nit("x", () => expect(XlsxHost).toBeDefined());\n',
    IMPORT_RULE,
    LEAVES_CORE,
  ),
  bad(
    "a core test importing exceljs",
    "src/core/values/x.test.ts",
    'import ExcelJS from "exceljs";\nit("x", () => expect(ExcelJS).toBeDefined());\n',
    IMPORT_RULE,
    PURE,
  ),
  good(
    "core importing itself and decimal.js",
    "src/core/scoring/x.ts",
    'import Decimal from "decimal.js";\nimport { a1 } from "../grid/address";\nimport { rate } from "./rate";\n\nexport const first = (): Decimal => new Decimal(a1(1, 1).length).plus(rate);\n',
  ),
  good(
    "a core test reading a fixture and running property tests",
    "src/core/values/x.test.ts",
    'import fc from "fast-check";\nimport { readFileSync } from "fs";\nimport { join } from "path";\nimport { readQuantity } from "./read";\n\nit("reads", () => {\n  expect(readFileSync(join(__dirname, "x.txt"), "utf8")).toBeTruthy();\n  fc.assert(fc.property(fc.string(), (s) => readQuantity(s) !== undefined));\n});\n',
  ),

  // Rooms of src/core import downwards only: the circles issue 18 took out stay out.
  bad(
    "layout importing the checks (Finding lives in core/finding.ts)",
    "src/core/layout/x.ts",
    'import { Finding } from "../checks/finding";\nexport type F = Finding;\n',
    IMPORT_RULE,
    ROOM_ORDER,
  ),
  bad(
    "profile importing the checks",
    "src/core/profile/x.ts",
    'import type { FindingCode } from "../checks/finding";\nexport type C = FindingCode;\n',
    IMPORT_RULE,
    ROOM_ORDER,
  ),
  bad(
    "scoring importing the report (Direction and Grade are scoring's)",
    "src/core/scoring/x.ts",
    'import type { Grade } from "../report/report";\nexport type G = Grade;\n',
    IMPORT_RULE,
    ROOM_ORDER,
  ),
  bad(
    "values importing the layout model",
    "src/core/values/x.ts",
    'import type { Field } from "../layout/model";\nexport type F = Field;\n',
    IMPORT_RULE,
    ROOM_ORDER,
  ),
  bad(
    "plan importing scoring (the recalculation plan lives in core/recalc)",
    "src/core/plan/x.ts",
    'import type { WorkbookScore } from "../scoring/types";\nexport type S = WorkbookScore;\n',
    IMPORT_RULE,
    ROOM_ORDER,
  ),
  bad(
    "reasons importing the checks",
    "src/core/reasons/x.ts",
    'export { runChecks } from "../checks";\n',
    IMPORT_RULE,
    ROOM_ORDER,
  ),
  bad(
    "a file deeper in a room climbing up to a room above",
    "src/core/layout/families/x.ts",
    'export { scoreWorkbook } from "../../scoring";\n',
    IMPORT_RULE,
    ROOM_ORDER,
  ),
  bad(
    "the shared types importing a room",
    "src/core/x.ts",
    'import type { Field } from "./layout/model";\nexport type F = Field;\n',
    IMPORT_RULE,
    ROOM_ORDER,
  ),
  bad(
    "grid importing the shared types",
    "src/core/grid/x.ts",
    'import type { Finding } from "../finding";\nexport type F = Finding;\n',
    IMPORT_RULE,
    /bottom room/,
  ),
  good(
    "layout importing the shared finding, plan's names and values",
    "src/core/layout/x.ts",
    'import { Finding } from "../finding";\nimport { NameWrite } from "../plan/write-plan";\nimport { readCell } from "../values/read-cell";\n\nexport type F = [Finding, NameWrite, typeof readCell];\n',
  ),
  good(
    "the checks importing reasons and scoring, below them",
    "src/core/checks/x.ts",
    'import { reasonKind } from "../reasons/kind";\nimport { WorkbookScore } from "../scoring/types";\n\nexport type K = [typeof reasonKind, WorkbookScore];\n',
  ),

  // Hosts: never another host.
  bad(
    "the Excel host importing the xlsx host",
    "src/host/excel/x.ts",
    'export { XlsxHost } from "../xlsx";\n',
    IMPORT_RULE,
    OTHER_HOST,
  ),
  bad(
    "the Excel host importing the memory host",
    "src/host/excel/x.ts",
    'export * from "../memory/serialize";\n',
    IMPORT_RULE,
    OTHER_HOST,
  ),
  bad(
    "the Excel host importing a host by a long way round",
    "src/host/excel/x.ts",
    'export * from "../../host/memory";\n',
    IMPORT_RULE,
    OTHER_HOST,
  ),
  bad(
    "the xlsx host importing the Excel host",
    "src/host/xlsx/x.ts",
    'export * from "../excel";\n',
    IMPORT_RULE,
    OTHER_HOST,
  ),
  bad(
    "the memory host importing the xlsx host",
    "src/host/memory/x.ts",
    'export * from "../xlsx/read";\n',
    IMPORT_RULE,
    OTHER_HOST,
  ),
  bad(
    "the memory host importing fs",
    "src/host/memory/x.ts",
    'export { readFile } from "fs";\n',
    IMPORT_RULE,
    /no Node built-ins/,
  ),
  bad(
    "the Excel host importing the task pane",
    "src/host/excel/x.ts",
    'export * from "../../taskpane/App";\n',
    IMPORT_RULE,
    /never above them/,
  ),
  bad(
    "the xlsx host calling Office",
    "src/host/xlsx/x.ts",
    "export const run = () => Excel.run(async () => undefined);\n",
    GLOBALS_RULE,
    /must not touch Office\.js/,
  ),
  good(
    "the Excel host using Office.js, app and core",
    "src/host/excel/x.ts",
    'import type { WorkbookHost } from "../../app/host";\nimport { a1 } from "../../core/grid/address";\n\nexport type H = WorkbookHost;\nexport async function read(): Promise<unknown> {\n  return Excel.run(async (context) => {\n    const range = context.workbook.worksheets.getActiveWorksheet().getRange(a1(1, 1));\n    range.load("values");\n    await context.sync();\n    return range.values;\n  });\n}\n',
  ),
  good(
    "the xlsx host using fs and core",
    "src/host/xlsx/x.ts",
    'import { readFile } from "fs/promises";\nimport { Grid } from "../../core/grid/grid";\n\nexport const load = async (file: string): Promise<Grid[]> => {\n  await readFile(file);\n  return [];\n};\n',
  ),
  bad(
    "the xlsx host importing exceljs (a dev dependency since the host patches packages itself)",
    "src/host/xlsx/x.ts",
    'import ExcelJS from "exceljs";\nexport const book = () => new ExcelJS.Workbook();\n',
    IMPORT_RULE,
    /exceljs is a dev dependency/,
  ),
  bad(
    "the CLI importing exceljs",
    "src/cli/x.ts",
    'import ExcelJS from "exceljs";\nexport const book = () => new ExcelJS.Workbook();\n',
    IMPORT_RULE,
    /exceljs is a dev dependency/,
  ),

  // The WPS host: app and core, its et-jsapi-declare types; WPS's object model handed in, never its globals.
  bad(
    "the WPS host importing the Excel host",
    "src/host/wps/x.ts",
    'export { ExcelHost } from "../excel";\n',
    IMPORT_RULE,
    OTHER_HOST,
  ),
  bad(
    "the Excel host importing the WPS host",
    "src/host/excel/x.ts",
    'export { WpsHost } from "../wps";\n',
    IMPORT_RULE,
    OTHER_HOST,
  ),
  bad(
    "the WPS host reaching for the WPS global",
    "src/host/wps/x.ts",
    "export const book = () => Application.ActiveWorkbook;\n",
    GLOBALS_RULE,
    /must not touch the WPS globals/,
  ),
  bad(
    "the task pane naming an ET type",
    "src/taskpane/App.tsx",
    "export type R = Et.Range;\n",
    SYNTAX_RULE,
    /WPS object model's types/,
  ),
  bad(
    "core calling wps",
    "src/core/x.ts",
    'export const pane = () => wps.CreateTaskPane("x.html");\n',
    GLOBALS_RULE,
    /must not touch the WPS globals/,
  ),
  bad(
    "the CLI importing the WPS host",
    "src/cli/x.ts",
    'export * from "../host/wps";\n',
    IMPORT_RULE,
    /uses src\/app and the xlsx host/,
  ),
  good(
    "the WPS host using its types, app and core",
    "src/host/wps/x.ts",
    'import type { WorkbookHost } from "../../app/host";\nimport { a1 } from "../../core/grid/address";\n\nexport type H = WorkbookHost;\nexport const cell = (sheet: Et.Worksheet): unknown => sheet.Range(a1(1, 1)).Value2;\n',
  ),

  // Office.js invariants where Office.js is called.
  bad(
    "a sync in a loop",
    "src/commands/x.ts",
    'export async function recalcAll(): Promise<void> {\n  await Excel.run(async (context) => {\n    for (const name of ["a", "b"]) {\n      context.workbook.worksheets.getItem(name).calculate(true);\n      await context.sync();\n    }\n  });\n}\n',
    "office-addins/no-context-sync-in-loop",
    /./,
  ),
  bad(
    "a read without load",
    "src/host/excel/x.ts",
    "export async function read(): Promise<unknown> {\n  return Excel.run(async (context) => {\n    const range = context.workbook.getSelectedRange();\n    await context.sync();\n    return range.values;\n  });\n}\n",
    "office-addins/load-object-before-read",
    /./,
  ),

  // src/taskpane: src/app, React and Fluent UI; never a host or Office.js.
  bad(
    "the task pane importing the Excel host",
    "src/taskpane/App.tsx",
    'export { ExcelHost } from "../host/excel";\n',
    IMPORT_RULE,
    /never to a host/,
  ),
  bad(
    "the task pane importing the memory host",
    "src/taskpane/components/Pane.tsx",
    'export * from "../../host/memory";\n',
    IMPORT_RULE,
    /never to a host/,
  ),
  bad(
    "the task pane importing office-js",
    "src/taskpane/App.tsx",
    'import "@microsoft/office-js";\n',
    IMPORT_RULE,
    /Office\.js belongs to/,
  ),
  bad(
    "the task pane calling Office",
    "src/taskpane/App.tsx",
    "export const ready = () => Office.onReady();\n",
    GLOBALS_RULE,
    /must not touch Office\.js/,
  ),
  bad(
    "the task pane naming an Excel type",
    "src/taskpane/App.tsx",
    "export type R = Excel.Range;\n",
    SYNTAX_RULE,
    /Office\.js types/,
  ),
  bad(
    "a hook called conditionally",
    "src/taskpane/App.tsx",
    'import { useState } from "react";\n\nexport function App(props: { on: boolean }) {\n  if (props.on) {\n    const [n] = useState(0);\n    return <span>{n}</span>;\n  }\n  return null;\n}\n',
    "react-hooks/rules-of-hooks",
    /conditionally/,
  ),
  good(
    "the task pane using app, React and Fluent UI",
    "src/taskpane/App.tsx",
    'import { Button } from "@fluentui/react-components";\nimport { useState } from "react";\nimport { recalc } from "../app/recalc";\n\nexport function App() {\n  const [busy, setBusy] = useState(false);\n  return (\n    <Button disabled={busy} onClick={() => { setBusy(true); void recalc().finally(() => setBusy(false)); }}>\n      一键重算\n    </Button>\n  );\n}\n',
  ),

  good(
    "the task pane naming the host port's types",
    "src/taskpane/hooks/useHost.ts",
    'import type { WorkbookHost } from "../../app/host";\n\nexport type Host = WorkbookHost;\n',
  ),

  // src/app: use cases over the port; no hosts, React or Office.
  bad(
    "app importing the xlsx host",
    "src/app/x.ts",
    'export { XlsxHost } from "../host/xlsx";\n',
    IMPORT_RULE,
    /only through the WorkbookHost port/,
  ),
  bad(
    "app importing react",
    "src/app/x.ts",
    'export { useState } from "react";\n',
    IMPORT_RULE,
    /React and Fluent UI belong to/,
  ),
  bad(
    "app importing office-js",
    "src/app/x.ts",
    'import "@microsoft/office-js";\n',
    IMPORT_RULE,
    /Office\.js belongs to/,
  ),
  bad(
    "app calling Excel",
    "src/app/x.ts",
    "export const run = () => Excel.run(async () => undefined);\n",
    GLOBALS_RULE,
    /must not touch Office\.js/,
  ),
  good(
    "app importing the port and core",
    "src/app/x.ts",
    'import { Grid } from "../core/grid/grid";\nimport { WorkbookHost } from "./host";\n\nexport const read = (host: WorkbookHost): Promise<Grid[]> => host.readSheets();\n',
  ),

  // src/cli: app and the xlsx host.
  bad(
    "the CLI importing the Excel host",
    "src/cli/x.ts",
    'export * from "../host/excel";\n',
    IMPORT_RULE,
    /uses src\/app and the xlsx host/,
  ),
  good("the CLI importing the xlsx host", "src/cli/x.ts", 'export { XlsxHost } from "../host/xlsx";\n'),
];

const WELL_FORMATTED = "export const greeting = (name: string): string => `你好，${name}`;\n";
// 100 characters wide: over Prettier's default 80 but within the team's 120, so this also proves the config is read.
const WIDE_LINE = `export const total = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / 1;\n`;
const PRETTIER_CASES: (SourceText & { title: string; formatted: boolean })[] = [
  { title: "a formatted file", filePath: "src/core/x.ts", code: WELL_FORMATTED, formatted: true },
  { title: "a 100-character line", filePath: "src/core/x.ts", code: WIDE_LINE, formatted: true },
  {
    title: "single quotes, no semicolon, extra spaces",
    filePath: "src/core/x.ts",
    code: "export const greeting = (name: string): string =>  'hi ' + name\n",
    formatted: false,
  },
];

const IGNORED = [
  "dist/taskpane.js",
  "build/src/cli/main.js",
  "coverage/lcov.info",
  "samples/部门.xlsx",
  "package-lock.json",
];

describe("room borders and house style", () => {
  let results: ToolResults;
  beforeAll(async () => {
    results = await runTools({
      eslint: CASES.map(({ filePath, code }) => ({ filePath, code })),
      prettier: PRETTIER_CASES,
      ignored: [...IGNORED, "src/core/grid/grid.ts"],
    });
  });

  const badCases = CASES.filter((c) => c.expect);
  const goodCases = CASES.filter((c) => !c.expect);

  it.each(badCases.map((c) => [c.title, c] as const))("ESLint rejects %s", (_title, c) => {
    const messages = results.eslint[CASES.indexOf(c)];
    const hits = messages.filter((m) => m.ruleId === c.expect?.rule);
    expect(hits.map((m) => m.message)).toContainEqual(expect.stringMatching(c.expect?.message ?? /^$/));
  });

  it.each(goodCases.map((c) => [c.title, c] as const))("ESLint accepts %s", (_title, c) => {
    expect(results.eslint[CASES.indexOf(c)]).toEqual([]);
  });

  it.each(PRETTIER_CASES.map((c, i) => [c.title, c, i] as const))("Prettier checks %s", (_title, c, i) => {
    expect(results.prettier[i]).toBe(c.formatted);
  });

  it.each(IGNORED)("both tools leave %s alone", (path) => {
    expect(results.ignored[path]).toEqual({ eslint: true, prettier: true });
  });

  it("both tools look at source files", () => {
    expect(results.ignored["src/core/grid/grid.ts"]).toEqual({ eslint: false, prettier: false });
  });
});
