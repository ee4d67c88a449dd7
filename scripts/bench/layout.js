// Recognition against reading: a workbook of 60 项目支出绩效自评表 (one per sheet, styled like the official form,
// after the sample's 基础表 and 部门整体 table), generated with scripts/make-sample.ts.
//   load_ms             median time of exceljs `xlsx.readFile` of that workbook
//   recognize_ms        median time of building the grids from the loaded workbook (`workbookData`, in
//                       test/support/exceljs-reader) plus recognize() on them: what a run costs once the file is read
//   recognize_ratio     recognize_ms ÷ load_ms (goal ≤ 0.10)
//   recognize_bound_ms  the same as recognize_ms on a later run, from the defined names stored after a first run
//   recognize_ratio_families  the same ratio over every specimen workbook of samples/specimens (one per layout
//                       family, issue 15): recognizing all of them ÷ loading all of them (goal ≤ 0.10)
// Each figure is taken in its own block of runs, after a full garbage collection (so that no figure pays for the
// garbage of another, a loaded workbook being tens of megabytes) and after warm-up runs (the collection makes V8
// drop compiled code; the warm-up compiles it again). Recognition warms up with 30 runs, as scoring does (score.js):
// since it reads every family's layout it has more code for V8 to optimize, and after 10 runs the figure still
// measured the compiler (0.09–0.13 against 0.05–0.08 after 30, same code, issue 15).
const path = require("path");
const ExcelJS = require("exceljs");

const PROJECTS = 60;

async function run(ctx) {
  const { workbookData } = require(path.join(ctx.root, "test", "support", "exceljs-reader"));
  const { recognize, bindingNames } = require(path.join(ctx.root, "src", "core", "layout"));

  const file = await ctx.projectsWorkbook(PROJECTS);

  ctx.gc();
  const load_ms = await ctx.median(
    async () => {
      const loaded = new ExcelJS.Workbook();
      await loaded.xlsx.readFile(file);
    },
    { runs: 9, warmup: 2 },
  );

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const expected = PROJECTS + 2;
  let result;
  ctx.gc();
  const recognize_ms = await ctx.median(
    () => {
      result = recognize({ sheets: workbookData(wb).sheets });
    },
    { runs: 21, warmup: 30 },
  );
  if (result.tables.length !== expected || result.findings.length || result.fromBinding)
    throw new Error(
      `expected ${expected} tables and no findings, got ${result.tables.length}, ${result.findings.length}`,
    );

  const names = bindingNames(result.tables);
  ctx.gc();
  const recognize_bound_ms = await ctx.median(
    () => {
      result = recognize({ sheets: workbookData(wb).sheets, names });
    },
    { runs: 21, warmup: 30 },
  );
  if (!result.fromBinding || result.tables.length !== expected)
    throw new Error("the later run did not read the tables from the stored map");

  const families = await specimens(ctx, workbookData, recognize);

  return {
    load_ms: ctx.round(load_ms),
    recognize_ms: ctx.round(recognize_ms),
    recognize_ratio: ctx.round(recognize_ms / load_ms, 4),
    recognize_bound_ms: ctx.round(recognize_bound_ms),
    ...families,
  };
}

/** Loading every specimen workbook, and recognizing every one, each timed as a whole batch. */
async function specimens(ctx, workbookData, recognize) {
  const fs = require("fs");
  const dir = path.join(ctx.root, "samples", "specimens");
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => path.join(dir, f));
  ctx.gc();
  const families_load_ms = await ctx.median(
    async () => {
      for (const f of files) await new ExcelJS.Workbook().xlsx.readFile(f);
    },
    { runs: 9, warmup: 2 },
  );
  const loaded = [];
  for (const f of files) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(f);
    loaded.push(wb);
  }
  let tables = 0;
  ctx.gc();
  const families_recognize_ms = await ctx.median(
    () => {
      tables = 0;
      for (const wb of loaded) tables += recognize({ sheets: workbookData(wb).sheets }).tables.length;
    },
    { runs: 21, warmup: 30 },
  );
  if (tables < files.length) throw new Error(`expected a table in each of ${files.length} specimens, got ${tables}`);
  return {
    families_load_ms: ctx.round(families_load_ms),
    families_recognize_ms: ctx.round(families_recognize_ms),
    recognize_ratio_families: ctx.round(families_recognize_ms / families_load_ms, 4),
  };
}

module.exports = { run };
