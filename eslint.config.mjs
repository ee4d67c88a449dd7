// ESLint 9 flat config. Besides the usual recommended rules it turns two house rules into errors:
//  - room borders (ARCHITECTURE.md › Rooms): which folder may import what, and who may touch the Office and WPS
//    globals;
//  - Office.js invariants (eslint-plugin-office-addins) where Office.js is called: src/host/excel and src/commands.
// test/lint/room-borders.test.ts proves each border fires on a bad import and stays quiet on a good one.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import { builtinModules } from "node:module";
import tseslint from "typescript-eslint";

const TS_FILES = ["**/*.ts", "**/*.tsx", "**/*.mts", "**/*.cts"];
const JS_FILES = ["**/*.js", "**/*.cjs", "**/*.mjs"];

// ---------------------------------------------------------------------------------------------------------------
// Import specifiers, as regular expressions over the string after `from`

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const anyOf = (names) => names.map(escape).join("|");

/** Node's built-in modules, bare (`fs`, `fs/promises`) or prefixed (`node:fs`), as regex alternatives. */
const NODE_BUILTIN_NAMES = `node:.*|${anyOf(builtinModules.filter((m) => !m.startsWith("_")))}`;
const NODE_BUILTINS = `^(?:${NODE_BUILTIN_NAMES})$`;
/** A relative specifier that passes through (or ends at) a path matching one of `segments` (regex fragments). */
const relativeThrough = (segments) => `^\\.{1,2}/(?:.*/)?(?:${segments.join("|")})(?:/|$)`;
/** Any host folder (`host/excel`, `host/xlsx`, …), but not src/app/host.ts, the port that every room may name. */
const ANY_HOST = "host/[^/]+";
/** A relative specifier that climbs more than `depth` levels, i.e. leaves a room whose files sit `depth` folders deep. */
const climbsAbove = (depth) => `^(?:\\./)?(?:\\.\\./){${depth + 1},}`;

const rule = (regex, message) => ({ regex, message });

const OFFICE_JS = rule(
  "^(?:@microsoft/office-js|office-js)(?:/|$)",
  "Office.js belongs to src/host/excel and src/commands.",
);
const REACT = rule("^(?:react|react-dom|@fluentui/.*)(?:/|$)", "React and Fluent UI belong to src/taskpane.");
const EXCELJS = rule(
  "^exceljs(?:/|$)",
  "exceljs is a dev dependency, for tests and scripts that build workbooks; the xlsx host reads and patches packages itself.",
);
const NODE = (room) => rule(NODE_BUILTINS, `${room} runs in the browser too: no Node built-ins.`);

// ---------------------------------------------------------------------------------------------------------------
// Rooms. `borders` hold for every file in the room, tests included; `sourceOnly` rules spare the tests beside the
// units, which may read fixtures from disk.

const CORE_MESSAGE = "src/core is pure: it imports only itself and decimal.js.";

/** Core files `depth` folders below src/core: any bare specifier but the allowed ones is out, and so is climbing out.
 * Tests beside core units may also read fixtures from disk and run property tests. */
function coreImports(depth, forTests) {
  const allowed = forTests ? `decimal\\.js|fast-check|@jest/globals|${NODE_BUILTIN_NAMES}` : "decimal\\.js";
  return [
    rule(`^(?!\\.{1,2}(?:/|$))(?!(?:${allowed})$)`, CORE_MESSAGE),
    rule(climbsAbove(depth), `${CORE_MESSAGE} This import leaves src/core.`),
  ];
}

const OTHER_HOSTS = {
  excel: ["xlsx", "memory", "wps"],
  xlsx: ["excel", "memory", "wps"],
  memory: ["excel", "xlsx", "wps"],
  wps: ["excel", "xlsx", "memory"],
};
const hostBorders = (host) => [
  rule(relativeThrough(OTHER_HOSTS[host]), `A host never imports another host (src/host/${host}).`),
  rule(relativeThrough(["taskpane", "commands", "cli"]), "Hosts sit below the UI and the CLI, never above them."),
];

const ROOMS = {
  "src/app": {
    borders: [
      rule(
        relativeThrough([ANY_HOST, "taskpane", "commands", "cli"]),
        "src/app talks to hosts only through the WorkbookHost port.",
      ),
      OFFICE_JS,
      REACT,
      EXCELJS,
    ],
    sourceOnly: [NODE("src/app")],
  },
  "src/host/excel": { borders: [...hostBorders("excel"), REACT, EXCELJS], sourceOnly: [NODE("src/host/excel")] },
  "src/host/xlsx": { borders: [...hostBorders("xlsx"), REACT, OFFICE_JS, EXCELJS] },
  "src/host/memory": {
    borders: [...hostBorders("memory"), REACT, OFFICE_JS, EXCELJS],
    sourceOnly: [NODE("src/host/memory")],
  },
  "src/host/wps": {
    borders: [...hostBorders("wps"), REACT, OFFICE_JS, EXCELJS],
    sourceOnly: [NODE("src/host/wps")],
  },
  "src/taskpane": {
    borders: [
      rule(relativeThrough([ANY_HOST, "commands", "cli"]), "src/taskpane talks to src/app only, never to a host."),
      OFFICE_JS,
      EXCELJS,
    ],
    sourceOnly: [NODE("src/taskpane")],
  },
  "src/commands": {
    borders: [
      rule(
        relativeThrough(["taskpane", "cli", "host/xlsx", "host/memory"]),
        "src/commands uses src/app and the Excel host.",
      ),
      REACT,
      EXCELJS,
    ],
    sourceOnly: [NODE("src/commands")],
  },
  "src/cli": {
    borders: [
      rule(
        relativeThrough(["taskpane", "commands", "host/excel", "host/memory", "host/wps"]),
        "src/cli uses src/app and the xlsx host.",
      ),
      OFFICE_JS,
      REACT,
      EXCELJS,
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Globals. Script Lab's lesson: one place knows Office is there; nothing else touches Office.*.

const officeGlobals = (room) =>
  ["Office", "Excel", "OfficeExtension"].map((name) => ({
    name,
    message: `${room} must not touch Office.js; only src/host/excel and src/commands do.`,
  }));
/** WPS's object model is handed to the WPS host and the WPS ribbon by the composition roots in src/main. */
const wpsGlobals = (room) =>
  ["wps", "Application"].map((name) => ({
    name,
    message: `${room} must not touch the WPS globals; src/main hands window.Application to who needs it.`,
  }));
const CORE_RUNTIME_GLOBALS = [
  "window",
  "document",
  "navigator",
  "localStorage",
  "fetch",
  "process",
  "Buffer",
  "require",
  "global",
  "__dirname",
  "__filename",
].map((name) => ({ name, message: "src/core is pure: no DOM and no Node APIs." }));
/** `Excel.Range` in a type position escapes no-restricted-globals; this catches it. */
const officeTypes = (room) => ({
  selector: "TSQualifiedName > Identifier.left[name=/^(Office|Excel|OfficeExtension)$/]",
  message: `${room} must not depend on Office.js types; only src/host/excel and src/commands do.`,
});
/** `Et.Range` and `WPS.AddonRoot`, the types of et-jsapi-declare. */
const wpsTypes = (room) => ({
  selector: "TSQualifiedName > Identifier.left[name=/^(Et|WPS|Kso)$/]",
  message: `${room} must not depend on the WPS object model's types; only src/host/wps and src/commands do.`,
});
const CORE_NO_DYNAMIC_LOADING = [
  { selector: "ImportExpression", message: "src/core is pure: no dynamic import()." },
  { selector: "CallExpression[callee.name='require']", message: "src/core is pure: no require()." },
];

// ---------------------------------------------------------------------------------------------------------------

function restrictions({ files, ignores, imports, globals, syntax }) {
  return {
    files,
    ...(ignores ? { ignores } : {}),
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", { patterns: imports }],
      ...(globals.length ? { "no-restricted-globals": ["error", ...globals] } : {}),
      ...(syntax.length ? { "no-restricted-syntax": ["error", ...syntax] } : {}),
    },
  };
}

const tsGlob = (dir) => [`${dir}/**/*.ts`, `${dir}/**/*.tsx`];
const testGlob = (dir) => [`${dir}/**/*.test.ts`, `${dir}/**/*.test.tsx`];

/**
 * The rooms of src/core from the bottom up (the files directly in src/core, such as finding.ts, are one room: the
 * types every room shares). A room imports only rooms below it, so no two rooms import each other
 * (ARCHITECTURE.md › Rooms; madge checks the files in `npm test`).
 */
const CORE_ROOMS = [
  "grid",
  "(core)",
  "values",
  "profile",
  "plan",
  "layout",
  "scoring",
  "reasons",
  "checks",
  "report",
  "recalc",
];
/** What a relative specifier from a file `depth` folders below src/core names for room `name` (a folder). */
const toRoom = (depth, names) => `^${depth === 0 ? "\\./" : `(?:\\.\\./){${depth}}`}(?:${names.join("|")})(?:/|$)`;
function roomOrder(room, depth) {
  const above = CORE_ROOMS.slice(CORE_ROOMS.indexOf(room) + 1).filter((r) => r !== "(core)");
  const below = CORE_ROOMS.slice(0, CORE_ROOMS.indexOf(room)).filter((r) => r !== "(core)");
  const where = room === "(core)" ? "src/core/*.ts" : `src/core/${room}`;
  const rules = [];
  if (above.length)
    rules.push(
      rule(
        toRoom(depth, above),
        `${where} sits below ${above.join(", ")}: it imports only ${[...below, ...(room === "(core)" || room === "grid" ? [] : ["src/core/*.ts"])].join(", ") || "decimal.js"}; rooms import downwards, never in a circle.`,
      ),
    );
  // The shared types directly in src/core sit above grid only.
  if (room === "grid")
    rules.push(rule(depth === 1 ? "^\\.\\./[^./]+$" : "^$", "src/core/grid is the bottom room: it imports nothing."));
  return rules;
}

/** src/core files by depth (`src/core/x.ts` is 0, `src/core/grid/x.ts` is 1, …), so a climb out is caught exactly,
 * and by room, so an import upwards is caught too (a folder not in CORE_ROOMS gets the purity rules alone). Tests
 * beside core units may also read fixtures from disk and run property tests. */
const MAX_CORE_DEPTH = 6;
function coreRestrictions(at, depth, order) {
  const files = [`${at}*.ts`, `${at}*.tsx`];
  const tests = [`${at}*.test.ts`, `${at}*.test.tsx`];
  return [
    restrictions({
      files,
      ignores: tests,
      imports: [...coreImports(depth, false), ...order],
      globals: [...officeGlobals("src/core"), ...wpsGlobals("src/core"), ...CORE_RUNTIME_GLOBALS],
      syntax: [officeTypes("src/core"), wpsTypes("src/core"), ...CORE_NO_DYNAMIC_LOADING],
    }),
    restrictions({
      files: tests,
      imports: [...coreImports(depth, true), ...order],
      globals: [...officeGlobals("src/core"), ...wpsGlobals("src/core")],
      syntax: [officeTypes("src/core"), wpsTypes("src/core")],
    }),
  ];
}
const depths = Array.from({ length: MAX_CORE_DEPTH + 1 }, (_, depth) => depth);
const coreBorders = [
  ...depths.flatMap((depth) => coreRestrictions(`src/core/${"*/".repeat(depth)}`, depth, [])),
  ...depths.flatMap((depth) =>
    (depth === 0 ? ["(core)"] : CORE_ROOMS.filter((r) => r !== "(core)")).flatMap((room) =>
      coreRestrictions(
        depth === 0 ? "src/core/" : `src/core/${room}/${"*/".repeat(depth - 1)}`,
        depth,
        roomOrder(room, depth),
      ),
    ),
  ),
];

const OFFICE_ROOMS = new Set(["src/host/excel", "src/commands"]);
const TYPE_FREE_ROOMS = new Set(["src/app", "src/taskpane"]);
const roomBorders = Object.entries(ROOMS).flatMap(([dir, { borders, sourceOnly = [] }]) => {
  const globals = [...(OFFICE_ROOMS.has(dir) ? [] : officeGlobals(dir)), ...wpsGlobals(dir)];
  const syntax = TYPE_FREE_ROOMS.has(dir) ? [officeTypes(dir), wpsTypes(dir)] : [];
  return [
    restrictions({ files: tsGlob(dir), ignores: testGlob(dir), imports: [...borders, ...sourceOnly], globals, syntax }),
    restrictions({ files: testGlob(dir), imports: borders, globals, syntax }),
  ];
});

// ---------------------------------------------------------------------------------------------------------------

const NODE_GLOBALS = Object.fromEntries(
  [
    "require",
    "module",
    "exports",
    "__dirname",
    "__filename",
    "process",
    "console",
    "Buffer",
    "URL",
    "setTimeout",
    "clearTimeout",
    "setInterval",
    "clearInterval",
    "setImmediate",
    "queueMicrotask",
    "structuredClone",
    "TextEncoder",
    "TextDecoder",
    "globalThis",
    "performance",
  ].map((name) => [name, "readonly"]),
);

const BROWSER_GLOBALS = Object.fromEntries(
  ["window", "document", "navigator", "location", "console", "setTimeout", "clearTimeout"].map((name) => [
    name,
    "readonly",
  ]),
);

export default defineConfig(
  {
    ignores: ["node_modules/", "dist/", "dist-wps/", "build/", "coverage/", "artifacts/", ".tmp/", "samples/**/*.xlsx"],
  },
  { linterOptions: { reportUnusedDisableDirectives: "error" } },

  // Plain JavaScript: Node scripts (config files, bin/) ...
  { ...js.configs.recommended, files: JS_FILES },
  { files: JS_FILES, ignores: ["src/**"], languageOptions: { ecmaVersion: 2022, globals: NODE_GLOBALS } },
  { files: ["**/*.js", "**/*.cjs"], ignores: ["src/**"], languageOptions: { sourceType: "commonjs" } },
  // ... except under src/, where it is served to the browser as is, with no build step, so it must parse as ES5.
  { files: ["src/**/*.js"], languageOptions: { ecmaVersion: 5, sourceType: "script", globals: BROWSER_GLOBALS } },

  // TypeScript: the recommended rules that need no type information (type-aware ones are too slow to run on save).
  ...[js.configs.recommended, ...tseslint.configs.recommended].map((config) => ({ ...config, files: TS_FILES })),
  {
    files: TS_FILES,
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },

  // Office.js invariants, where Office.js is called.
  {
    files: [...tsGlob("src/host/excel"), ...tsGlob("src/commands")],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },

  // React hooks, in the task pane.
  { ...reactHooks.configs.flat.recommended, files: tsGlob("src/taskpane") },

  ...coreBorders,
  ...roomBorders,
);
