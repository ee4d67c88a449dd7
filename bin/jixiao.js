#!/usr/bin/env node
// The `jixiao` command. The CLI is compiled TypeScript under build/ (npm run build:cli, run by npm ci/install).
"use strict";
const path = require("node:path");

const entry = path.join(__dirname, "..", "build", "src", "cli", "main.js");
let cli;
try {
  cli = require(entry);
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND" && String(e.message).includes(entry)) {
    process.stderr.write("jixiao 尚未构建：请先运行 npm run build:cli\n");
    process.exit(2);
  }
  throw e;
}
cli.run(process.argv.slice(2));
