// Bench of the `jixiao` command line (issue 6), merged by scripts/bench.js into the JSON line of `npm run bench`:
//   check_ratio_sample, check_ratio_60  median time of the whole in-process check of one file ÷ exceljs load alone
//                                       (goal ≤ 1.15), for the sample and for a generated 60-table workbook
//   batch_speedup                       files/s of a 200-workbook `jixiao check` with 2 workers ÷ with 1 (goal ≥ 1.6),
//                                       median of five paired rounds
//   batch_cores_1                       CPU time ÷ wall time of the 1-worker batches (median): how many cores one
//                                       worker already keeps busy (V8 compiles and collects on threads of its own),
//                                       so batch_speedup cannot pass (cores available) ÷ batch_cores_1
//   batch_rss_mb_50, batch_rss_mb_200   peak RSS of batches of 50 and 200 files (goal: within 20 % of each other)
// It runs the built CLI (npm run build:cli first, done here) exactly as a user would, as a child process; the peak
// RSS and CPU time come from the child itself (process.resourceUsage() at exit, printed by a preloaded hook), so
// the CLI carries no bench code.
"use strict";
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const ROOT = path.join(__dirname, "..", "..");
const { buildCli } = require("../build-cli");
const SAMPLE = path.join(ROOT, "samples", "hengyang-commerce-2023.xlsx");
const BIN = path.join(ROOT, "bin", "jixiao.js");

/** Median of `rounds` timings of each of two tasks, interleaved so that drift hits both alike. */
async function timeBoth(ctx, a, b, rounds) {
  for (let i = 0; i < 5; i++) {
    await a();
    await b();
  }
  const ta = [];
  const tb = [];
  for (let i = 0; i < rounds; i++) {
    let t = process.hrtime.bigint();
    await a();
    ta.push(Number(process.hrtime.bigint() - t) / 1e6);
    t = process.hrtime.bigint();
    await b();
    tb.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return [ctx.middle(ta), ctx.middle(tb)];
}

/** The whole in-process check of one file (guard, exceljs, core) ÷ reading the file and exceljs load alone. */
async function checkRatio(ctx, file, rounds) {
  const ExcelJS = require(path.join(ROOT, "node_modules", "exceljs"));
  const { checkFile } = require(path.join(ROOT, "build", "src", "cli", "check-file.js"));
  const { analyze } = require(path.join(ROOT, "build", "src", "cli", "analyze.js"));
  const report = await checkFile(file, undefined, analyze);
  if (report.findings.some((f) => f.code === "UNREADABLE" || f.code === "CHECK_FAILED")) {
    throw new Error(`bench workbook not checkable: ${report.findings[0].message}`);
  }
  const [check, load] = await timeBoth(
    ctx,
    () => checkFile(file, undefined, analyze),
    async () => new ExcelJS.Workbook().xlsx.load(await fs.promises.readFile(file)),
    rounds,
  );
  return ctx.round(check / load, 3);
}

/**
 * A workbook of 60 official tables: the sample's 基础表 and 部门整体支出自评表, then its two 项目支出绩效自评表
 * repeated (each on its own sheet) until there are 60 tables.
 */
async function writeSixtyTableWorkbook(out) {
  const ExcelJS = require(path.join(ROOT, "node_modules", "exceljs"));
  const src = new ExcelJS.Workbook();
  await src.xlsx.readFile(SAMPLE);
  const sheets = src.worksheets;
  const fixed = sheets.slice(0, 2);
  const projects = sheets.slice(2);
  const wb = new ExcelJS.Workbook();
  const copy = (ws, name) => {
    const to = wb.addWorksheet(name);
    ws.columns.forEach((c, i) => (to.getColumn(i + 1).width = c.width));
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      to.getRow(r).height = row.height;
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.isMerged && cell.master !== cell) return;
        const t = to.getCell(r, c);
        t.value = cell.value;
        t.numFmt = cell.numFmt;
        t.style = cell.style;
      });
    });
    for (const range of Object.keys(ws._merges)) to.mergeCells(ws._merges[range].range);
  };
  for (const ws of fixed) copy(ws, ws.name);
  for (let i = 0; fixed.length + i < 60; i++) copy(projects[i % projects.length], `项目${i + 1}`);
  await wb.xlsx.writeFile(out);
}

/** Runs `jixiao check` on `dir` as a child process; resolves wall time, the child's peak RSS and CPU time. */
function runBatch(dir, jobs, hook) {
  return new Promise((resolve, reject) => {
    const t = process.hrtime.bigint();
    const child = spawn(process.execPath, ["--require", hook, BIN, "check", "--json", "--jobs", String(jobs), dir], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (c) => (stderr += c));
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      const used = /jixiao-bench-maxrss-kb=(\d+) cpu-us=(\d+)/.exec(stderr);
      if (code === 2 || !used) return reject(new Error(`jixiao check ${dir} failed (${code}): ${stderr}`));
      resolve({ ms, rssMb: Number(used[1]) / 1024, cpuMs: Number(used[2]) / 1000 });
    });
  });
}

function copies(dir, n) {
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) fs.copyFileSync(SAMPLE, path.join(dir, `dept-${String(i).padStart(3, "0")}.xlsx`));
  return dir;
}

async function run(ctx) {
  const log = ctx.log;
  buildCli("pipe");
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-bench-cli-"));
  try {
    const hook = path.join(tmp, "usage-hook.js");
    fs.writeFileSync(
      hook,
      'process.on("exit", () => { const u = process.resourceUsage(); process.stderr.write(' +
        "`jixiao-bench-maxrss-kb=${u.maxRSS} cpu-us=${u.userCPUTime + u.systemCPUTime}\\n`); });\n",
    );
    const sixty = path.join(tmp, "sixty-tables.xlsx");
    await writeSixtyTableWorkbook(sixty);

    log("check ratio, sample");
    const check_ratio_sample = await checkRatio(ctx, SAMPLE, 40);
    log("check ratio, 60 tables");
    const check_ratio_60 = await checkRatio(ctx, sixty, 15);

    const dir50 = copies(path.join(tmp, "batch50"), 50);
    const dir200 = copies(path.join(tmp, "batch200"), 200);
    log("batch of 200, 1 and 2 workers");
    await runBatch(dir50, 2, hook); // warms the file cache and the compile cache
    // Paired: each round times 1 and 2 workers seconds apart (in alternating order), and the figure is the median of
    // the rounds' ratios. This machine's speed drifts by ±30 % from minute to minute, so the best run of each kind,
    // as this bench took before, could come from different minutes.
    const ratios = [];
    const one = [];
    const two = [];
    for (let i = 0; i < 5; i++) {
      const first = await runBatch(dir200, i % 2 ? 2 : 1, hook);
      const second = await runBatch(dir200, i % 2 ? 1 : 2, hook);
      const [a, b] = i % 2 ? [second, first] : [first, second];
      ratios.push(a.ms / b.ms);
      one.push(a);
      two.push(b);
    }
    log("batch of 50");
    const fifty = [await runBatch(dir50, 2, hook), await runBatch(dir50, 2, hook)];
    return {
      check_ratio_sample,
      check_ratio_60,
      batch_speedup: ctx.round(ctx.middle(ratios), 3),
      batch_cores_1: ctx.round(ctx.middle(one.map((r) => r.cpuMs / r.ms)), 2),
      batch_rss_mb_50: ctx.round(Math.max(...fifty.map((r) => r.rssMb)), 1),
      batch_rss_mb_200: ctx.round(Math.max(...two.map((r) => r.rssMb)), 1),
    };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

module.exports = { run };
