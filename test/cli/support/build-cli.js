// `npm run build:cli` unless build/ is newer than every source of the CLI: tsc takes seconds even with nothing to
// do, and each CLI test file asks. Run under flock by support/cli.ts, so parallel test files never build at once.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { buildCli } = require("../../../scripts/build-cli");

const ROOT = path.join(__dirname, "..", "..", "..");
const SOURCES = ["src/core", "src/app", "src/host/xlsx", "src/cli", "tsconfig.cli.json", "package.json"];
const STAMP = path.join(ROOT, "build", ".cli-built");

function newest(p) {
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(p).map((name) => newest(path.join(p, name))));
}

const stamp = fs.existsSync(STAMP) ? fs.statSync(STAMP).mtimeMs : 0;
if (!SOURCES.every((s) => newest(path.join(ROOT, s)) < stamp)) {
  const started = new Date();
  buildCli();
  fs.writeFileSync(STAMP, "");
  // A source saved while tsc ran is newer than this, so the next run builds again.
  fs.utimesSync(STAMP, started, started);
}
