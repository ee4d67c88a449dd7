// `jixiao recalc` against reading (issue 19), on the bench's workbook (scripts/bench.js: the sample's 基础表 and
// 部门整体 table, then 60 项目支出绩效自评表, one per sheet):
//   recalc_ms             median time of the recalculation in memory, as `recalc` runs it: the file host loads the
//                         bytes and reads them (package reader), planRecalc plans, the host applies the plan and
//                         writes the copy's bytes (the CLI adds only reading and writing the files)
//   recalc_ratio_60       recalc_ms ÷ the package reader reading the same bytes (goal ≤ 2.5)
//   recalc_vs_exceljs_60  recalc_ms ÷ exceljs loading and saving the same bytes unchanged, what recalc did before
//                         (goal ≤ 0.5)
// Each ratio is the median of seven rounds that time all three a few seconds apart, after warm-up runs: this
// machine's speed drifts within a minute, and blocks far apart read the drift as a difference. No forced garbage
// collection between blocks: recalc runs through far more code than reading, and a full collection right before
// its block slowed it by half (381 ms against 273 ms, one run each, same machine minutes apart).
"use strict";
const fs = require("fs");
const path = require("path");

const PROJECTS = 60;
const ROUNDS = 7;

async function run(ctx) {
  const ExcelJS = require("exceljs");
  const { XlsxHost } = require(path.join(ctx.root, "src", "host", "xlsx"));
  const { readWorkbookPackage } = require(path.join(ctx.root, "src", "host", "xlsx", "package"));
  const { planRecalc } = require(path.join(ctx.root, "src", "app", "recalc"));

  const bytes = await fs.promises.readFile(await ctx.projectsWorkbook(PROJECTS));
  let written = 0;
  const recalc = async () => {
    const host = await XlsxHost.load(bytes);
    const { plan } = planRecalc(await host.read(), {});
    const result = await host.apply(plan);
    if (!result.applied || plan.cells.length === 0) throw new Error("the bench's recalculation wrote nothing");
    written = host.bytes().length;
  };
  const read = async () => readWorkbookPackage(bytes);
  const exceljs = async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes);
    await wb.xlsx.writeBuffer();
  };

  await ctx.median(recalc, { runs: 1, warmup: 10 });
  await ctx.median(read, { runs: 1, warmup: 10 });
  await ctx.median(exceljs, { runs: 1, warmup: 2 });
  const times = { recalc: [], read: [], exceljs: [] };
  const runs = { recalc: 5, read: 5, exceljs: 2 };
  const tasks = { recalc, read, exceljs };
  const ratio = [];
  const versus = [];
  for (let round = 0; round < ROUNDS; round++) {
    // Each round times the three in a rotated order, so that no task always pays for the garbage the one before it
    // left (exceljs's loaded workbook is tens of megabytes).
    const order = ["recalc", "read", "exceljs"].map((_, i, all) => all[(i + round) % all.length]);
    const t = {};
    for (const name of order) t[name] = await ctx.median(tasks[name], { runs: runs[name], warmup: 1 });
    for (const name of order) times[name].push(t[name]);
    ratio.push(t.recalc / t.read);
    versus.push(t.recalc / t.exceljs);
  }
  if (!written) throw new Error("no copy written");
  return {
    recalc_ms: ctx.round(ctx.middle(times.recalc)),
    recalc_read_ms: ctx.round(ctx.middle(times.read)),
    recalc_exceljs_ms: ctx.round(ctx.middle(times.exceljs)),
    recalc_ratio_60: ctx.round(ctx.middle(ratio), 3),
    recalc_vs_exceljs_60: ctx.round(ctx.middle(versus), 3),
  };
}

module.exports = { run };
