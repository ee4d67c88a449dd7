#!/usr/bin/env node
// `npm run bench`: a benchmark, not a test. Runs every module in scripts/bench/ (in file-name order, each in a Node
// process of its own); each exports `async function run(ctx)` returning an object of named figures. The figures are
// merged and printed as the last line of output, one JSON object. Later issues add a module here rather than edit this file or another's module.
//
// The modules may require TypeScript sources directly: ts-node compiles them on the fly (transpile only, no type
// check, which `npm run typecheck` does).
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.join(__dirname, "..");
require("ts-node").register({ transpileOnly: true, project: path.join(root, "tsconfig.json") });

// `ctx.gc()`: a full garbage collection, for a module to call between the phases it measures, so that one figure
// does not pay for the garbage another left (a loaded exceljs workbook is tens of megabytes). Not before every run:
// that makes every run slower.
require("v8").setFlagsFromString("--expose-gc");
const gc = require("vm").runInNewContext("gc");

/** The median of some numbers. */
function middle(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The median of `runs` timings (ms) of `fn`, after `warmup` untimed calls. */
async function median(fn, { runs = 7, warmup = 1 } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return middle(times);
}

const round = (x, digits = 2) => Number(x.toFixed(digits));

/** The benchmark workbook: the sample's 基础表 and 部门整体 table, then `count` 项目支出绩效自评表 (one per sheet,
 *  alternating the sample's two projects), written once per run into `tmp` and shared by the modules. */
function projectsWorkbook(tmp, count = 60) {
  const cache = (projectsWorkbook.cache ??= new Map());
  if (!cache.has(count))
    cache.set(
      count,
      (async () => {
        const { buildSampleWorkbook, withProjects } = require(path.join(root, "scripts", "make-sample"));
        const file = path.join(tmp, `projects-${count}.xlsx`);
        await (await buildSampleWorkbook(withProjects(count))).xlsx.writeFile(file);
        return file;
      })(),
    );
  return cache.get(count);
}

/** The modules of scripts/bench/ to run: all of them, or those named on the command line. */
function benchModules(only) {
  return fs
    .readdirSync(path.join(__dirname, "bench"))
    .filter((f) => f.endsWith(".js") && (only.length === 0 || only.includes(path.basename(f, ".js"))))
    .sort();
}

async function main() {
  // `npm run bench -- layout cli` runs only the named modules.
  const files = benchModules(process.argv.slice(2));
  const { figures, failed } = files.length > 1 ? eachInItsOwnProcess(files) : await inThisProcess(files);
  if (failed.length) process.exitCode = 1;
  console.log(JSON.stringify(figures));
}

/**
 * Every module in a fresh Node process of its own, one after the other, as the CLI runs: a module's figures must not
 * depend on which modules ran before it in the same process. They did: after the layout module (exceljs workbooks
 * and grids read through exceljs), the recalculation took 128 ms and the package read 44 ms, against 65 and 14 in a
 * process of their own (`npm run bench -- layout recalc` against `-- cli recalc`, same machine, minutes apart).
 */
function eachInItsOwnProcess(files) {
  const { spawnSync } = require("child_process");
  const figures = {};
  const failed = [];
  for (const file of files) {
    const child = spawnSync(process.execPath, [__filename, path.basename(file, ".js")], {
      stdio: ["ignore", "pipe", "inherit"],
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    // The child's last line is its figures, as this script prints them; the lines before it are its log.
    const lines = (child.stdout ?? "").trimEnd().split("\n");
    const out = figuresIn(lines.pop());
    for (const line of lines) console.log(line);
    if (child.status !== 0 || !out) failed.push(file);
    Object.assign(figures, out);
  }
  return { figures, failed };
}

/** The figures a line of JSON holds; null when it holds none (the module failed before printing them). */
function figuresIn(line) {
  try {
    return JSON.parse(line ?? "");
  } catch {
    return null;
  }
}

async function inThisProcess(files) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-bench-"));
  const ctx = {
    root,
    tmp,
    median,
    middle,
    round,
    gc,
    projectsWorkbook: (count) => projectsWorkbook(tmp, count),
    log: (...args) => console.log(...args),
  };
  const figures = {};
  const failed = [];
  try {
    for (const file of files) {
      const started = Date.now();
      try {
        const out = await require(path.join(__dirname, "bench", file)).run(ctx);
        ctx.log(`bench/${file}: ${JSON.stringify(out)} (${Date.now() - started} ms)`);
        Object.assign(figures, out);
      } catch (error) {
        // One module that cannot run (e.g. no build yet) does not hide the others' figures.
        failed.push(file);
        console.error(`bench/${file} failed: ${error && error.stack ? error.stack : error}`);
      }
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return { figures, failed };
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
