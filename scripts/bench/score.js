// Scoring against reading (issue 4): the workbook of scripts/bench/layout.js (the sample's 基础表 and 部门整体
// table, then 60 项目支出绩效自评表, one per sheet), generated with scripts/make-sample.ts.
//   score_ms     median time of scoring the recognized tables and planning the cells recalculation writes
//                (scoreWorkbook + recalcCells, profile default, units normalised; the plan's data validation and
//                names, assembled with them by buildRecalcPlan, are not part of this figure)
//   score_ratio  score_ms ÷ the median time of exceljs `xlsx.readFile` of that workbook (goal ≤ 0.10), as the median
//                of seven rounds that each time both
// Each block of runs starts after a full garbage collection, so that neither pays for the other's garbage (a loaded
// workbook is tens of megabytes). Scoring first gets 30 warm-up runs: after 10 its median still caught the optimizing
// compiler at work (runs of 13-26 ms settling to 6-8 ms). Alone: `npm run bench -- score` (the context, with the
// shared 60-project workbook, comes from scripts/bench.js).
"use strict";
const path = require("path");

const PROJECTS = 60;

async function run(ctx) {
  const ExcelJS = require("exceljs");
  const { readWorkbookFile } = require(path.join(ctx.root, "src", "host", "xlsx"));
  const { recognize } = require(path.join(ctx.root, "src", "core", "layout"));
  const { scoreWorkbook } = require(path.join(ctx.root, "src", "core", "scoring"));
  const { recalcCells } = require(path.join(ctx.root, "src", "core", "recalc"));
  const { PROFILES } = require(path.join(ctx.root, "src", "core", "profile"));

  const file = await ctx.projectsWorkbook(PROJECTS);
  const { tables } = recognize(await readWorkbookFile(file));
  if (tables.length !== PROJECTS + 2) throw new Error(`expected ${PROJECTS + 2} tables, got ${tables.length}`);

  const load = async () => {
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.readFile(file);
  };
  let cells = 0;
  const score = () => {
    const profile = PROFILES.default;
    cells = recalcCells(scoreWorkbook(tables, profile), { normalizeUnits: true }).length;
  };

  // Rounds of a few loads and then a block of scoring runs, each ratio taken within its round: this machine's speed
  // drifts by half over a minute, and one block of loads against a later block of scoring read the drift as a
  // change in scoring (single runs of the bench ranged 0.05-0.16).
  await ctx.median(score, { runs: 1, warmup: 30 });
  const scores = [];
  const ratios = [];
  for (let round = 0; round < 7; round++) {
    ctx.gc();
    const load_ms = await ctx.median(load, { runs: 3, warmup: 0 });
    ctx.gc();
    const score_ms = await ctx.median(score, { runs: 9, warmup: 2 });
    scores.push(score_ms);
    ratios.push(score_ms / load_ms);
  }
  if (cells === 0) throw new Error("the bench plan is empty");
  return { score_ms: ctx.round(ctx.middle(scores)), score_ratio: ctx.round(ctx.middle(ratios), 4) };
}

module.exports = { run };
