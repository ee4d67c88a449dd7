// Bench of the WPS host's calls into the object model (issue 17), merged by scripts/bench.js into `npm run bench`:
//   wps_calls_read_1, wps_calls_read_60    calls of one WpsHost.read() of the bench workbook with 1 and 60 projects
//   wps_calls_apply_1, wps_calls_apply_60  the same for applying the one-click recalculation planned from that read
// Every property read or write and every method call crosses into WPS, so the goal is calls that grow with sheets
// and written areas, not with cells (the README's formula, held by test/wps-host/calls.test.ts). WPS cannot run
// here: the host runs against the fake of the ET object model its tests use, opened on the bench's .xlsx.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

async function measure(ctx, projects) {
  const { WpsHost } = require(path.join(ctx.root, "src", "host", "wps"));
  const { planRecalc } = require(path.join(ctx.root, "src", "app", "recalc"));
  const { fakeEtFromXlsx } = require(path.join(ctx.root, "test", "wps-host", "from-xlsx"));
  const et = await fakeEtFromXlsx(fs.readFileSync(await ctx.projectsWorkbook(projects)));
  const host = new WpsHost(et.application);
  let start = et.calls;
  const data = await host.read();
  const read = et.calls - start;
  start = et.calls;
  const result = await host.apply(planRecalc(data).plan);
  if (!result.applied) throw new Error(`bench plan for ${projects} projects did not apply`);
  return { read, apply: et.calls - start };
}

async function run(ctx) {
  ctx.log("WPS host: read and apply, 1 and 60 projects");
  const one = await measure(ctx, 1);
  const sixty = await measure(ctx, 60);
  return {
    wps_calls_read_1: one.read,
    wps_calls_read_60: sixty.read,
    wps_calls_apply_1: one.apply,
    wps_calls_apply_60: sixty.apply,
  };
}

module.exports = { run };
