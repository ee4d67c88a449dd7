// Bench of the Excel host's round trips (issue 7), merged by scripts/bench.js into the JSON line of `npm run bench`:
//   syncs_read_1, syncs_read_60    context.sync() calls of one ExcelHost.read() of a workbook with 1 and 60 tables
//   syncs_apply_1, syncs_apply_60  the same for applying the recalculation plan of that workbook
//   syncs_reasons_60               the pane's 填写偏差原因 on the 60-table workbook (issue 16), as the pane drives it:
//                                  the reason list shows after an action (提交前检查 here, not counted: it read the
//                                  workbook for its report), then the list's rows and a preview of each, one row's
//                                  choices changed three times, and the fill
//   syncs_reasons_cold_60          the same from a session that has read nothing yet: the list reads once itself
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

/** Syncs of the reason list on the 60-table workbook, as the pane drives the session; `afterCheck`: the list opens on
 *  the report of 提交前检查, as in the pane (which lists the rows only after an action showed its report). */
async function reasons(afterCheck) {
  const { ExcelHost } = require(path.join(ROOT, "src", "host", "excel"));
  const { Session } = require(path.join(ROOT, "src", "app", "session"));
  const { fakeWorkbook } = require(path.join(ROOT, "test", "excel-host", "workbooks"));
  const excel = fakeWorkbook(60);
  const session = new Session(new ExcelHost({ run: excel.run, isSetSupported: excel.isSetSupported }));
  if (afterCheck) await session.check();
  const start = excel.syncs;
  const rows = await session.reasonRows();
  for (const row of rows) await session.previewReason(row.cell, {});
  const [first, second] = session.causes();
  const [measure] = session.measures();
  const changes = [{ cause: first.id }, { cause: second.id }, { cause: second.id, measure: measure.id }];
  for (const choice of changes) await session.previewReason(rows[0].cell, choice);
  const outcome = await session.fillReasons({ [rows[0].cell]: changes[2] });
  if (outcome.written !== rows.length) throw new Error(`bench reasons wrote ${outcome.written} of ${rows.length}`);
  return excel.syncs - start;
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
  log("the reason list on 60 tables: open, three changes, fill");
  const reasonSyncs = await reasons(true);
  const coldSyncs = await reasons(false);
  return {
    syncs_read_1: one.read,
    syncs_read_60: sixty.read,
    syncs_apply_1: one.apply,
    syncs_apply_60: sixty.apply,
    syncs_reasons_60: reasonSyncs,
    syncs_reasons_cold_60: coldSyncs,
  };
}

module.exports = { run };
