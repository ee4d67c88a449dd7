// Scoring against reading (issue 4): the workbook of scripts/bench/layout.js (the sample's 基础表 and 部门整体
// table, then 60 项目支出绩效自评表, one per sheet), generated with scripts/make-sample.ts.
//   score_ms     median time of scoring the recognized tables and building the recalculation plan
//                (scoreWorkbook + buildRecalcPlan, profile default, units normalised)
//   score_ratio  score_ms ÷ the median time of exceljs `xlsx.readFile` of that workbook (goal ≤ 0.10)
// As in layout.js, each figure is taken in its own block of runs, after a full garbage collection and warm-up runs,
// so that neither pays for the other's garbage (a loaded workbook is tens of megabytes). Alone: `npm run bench -- score`
// (the context, with the shared 60-project workbook, comes from scripts/bench.js).
"use strict";
const path = require("path");

const PROJECTS = 60;

async function run(ctx) {
  const ExcelJS = require("exceljs");
  const { readWorkbookFile } = require(path.join(ctx.root, "src", "host", "xlsx"));
  const { recognize } = require(path.join(ctx.root, "src", "core", "layout"));
  const { scoreWorkbook } = require(path.join(ctx.root, "src", "core", "scoring"));
  const { buildRecalcPlan } = require(path.join(ctx.root, "src", "core", "plan", "recalc-plan"));
  const { PROFILES } = require(path.join(ctx.root, "src", "core", "profile"));

  const file = await ctx.projectsWorkbook(PROJECTS);
  const { tables } = recognize(await readWorkbookFile(file));
  if (tables.length !== PROJECTS + 2) throw new Error(`expected ${PROJECTS + 2} tables, got ${tables.length}`);

  ctx.gc();
  const load_ms = await ctx.median(
    async () => {
      const loaded = new ExcelJS.Workbook();
      await loaded.xlsx.readFile(file);
    },
    { runs: 9, warmup: 2 },
  );

  let cells = 0;
  ctx.gc();
  const score_ms = await ctx.median(
    () => {
      const profile = PROFILES.default;
      cells = buildRecalcPlan(scoreWorkbook(tables, profile), profile, { normalizeUnits: true }).cells.length;
    },
    { runs: 21, warmup: 10 },
  );
  if (cells === 0) throw new Error("the bench plan is empty");

  return { score_ms: ctx.round(score_ms), score_ratio: ctx.round(score_ms / load_ms, 4) };
}

module.exports = { run };
