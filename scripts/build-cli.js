#!/usr/bin/env node
// `npm run build:cli`, and the one way the tests and the bench build the CLI: tsc into an empty build/. tsc never
// deletes what a source it no longer has once wrote, so a file deleted or turned into a folder (scoring/expr.ts
// became scoring/expr/) would leave a stale .js that require() finds first.
"use strict";
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");

function buildCli(stdio = "inherit") {
  fs.rmSync(path.join(ROOT, "build"), { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json"],
    {
      cwd: ROOT,
      stdio,
    },
  );
}

module.exports = { buildCli };

if (require.main === module) buildCli();
