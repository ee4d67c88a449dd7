// Bench of the Excel host's round trips (issue 7), merged by scripts/bench.js into the JSON line of `npm run bench`:
//   syncs_read_1, syncs_read_60    context.sync() calls of one ExcelHost.read() of a workbook with 1 and 60 tables
//   syncs_apply_1, syncs_apply_60  the same for applying the recalculation plan of that workbook
// The goal is the same count for 1 and 60 tables, at most 3 each. Office.js cannot run here, so the host runs
// against the fake of the Excel API that its tests use (test/excel-host/fake-excel.ts), which counts every sync.
"use strict";
const path = require("node:path");

const ROOT = path.join(__dirname, "..", "..");

async function measure(tables) {
  const { ExcelHost } = require(path.join(ROOT, "src", "host", "excel"));
  const { fakeWorkbook, recalcPlan } = require(path.join(ROOT, "test", "excel-host", "workbooks"));
  const excel = fakeWorkbook(tables);
  const host = new ExcelHost({ run: excel.run, isSetSupported: excel.isSetSupported });
  let start = excel.syncs;
  const data = await host.read();
  const read = excel.syncs - start;
  start = excel.syncs;
  const result = await host.apply(recalcPlan(data));
  if (!result.applied) throw new Error(`bench plan for ${tables} tables did not apply`);
  return { read, apply: excel.syncs - start };
}

async function run(ctx) {
  const log = ctx.log;
  require(path.join(ROOT, "node_modules", "ts-node")).register({
    transpileOnly: true,
    project: path.join(ROOT, "tsconfig.json"),
  });
  log("read and apply, 1 and 60 tables");
  const one = await measure(1);
  const sixty = await measure(60);
  return {
    syncs_read_1: one.read,
    syncs_read_60: sixty.read,
    syncs_apply_1: one.apply,
    syncs_apply_60: sixty.apply,
  };
}

module.exports = { run };
