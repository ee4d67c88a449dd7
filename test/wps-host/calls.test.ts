// The calls into WPS that a read and an apply make, held to the formulas the README states (section "在 WPS 表格中
// 使用"): they grow with sheets, names, merged areas, notes, the blocks whose number formats differ and the areas
// written — never with cells. On the bench's workbook (scripts/bench/wps-calls.js): the sample's 基础表 and 部门整体
// table, then project tables alternating the sample's two projects.
import { planRecalc } from "../../src/app/recalc";
import { WorkbookData } from "../../src/app/host";
import { WritePlan } from "../../src/core/plan/write-plan";
import { WpsHost } from "../../src/host/wps";
import { ruleAreas } from "../../src/host/wps/validation";
import { writeAreas } from "../../src/host/wps/write-areas";
import { readWorkbookBuffer } from "../../src/host/xlsx";
import { buildSampleWorkbook, withProjects } from "../../scripts/make-sample";
import { FakeEt } from "./fake-et";
import { fakeEtFromXlsx } from "./from-xlsx";

async function bench(projects: number) {
  const bytes = Buffer.from(await (await buildSampleWorkbook(withProjects(projects))).xlsx.writeBuffer());
  const file = await readWorkbookBuffer(bytes);
  const et = await fakeEtFromXlsx(bytes);
  const host = new WpsHost(et.application);
  const read = await measured(et, () => host.read());
  const { plan } = planRecalc(read.result);
  const apply = await measured(et, () => host.apply(plan));
  expect(apply.result.applied).toBe(true);
  return { file, read, plan, apply };
}

async function measured<T>(et: FakeEt, call: () => Promise<T>) {
  const before = new Map(et.callsTo);
  const start = et.calls;
  const result = await call();
  const after = new Map(et.callsTo);
  const to = (member: string) => (after.get(member) ?? 0) - (before.get(member) ?? 0);
  return { result, calls: et.calls - start, to };
}

/**
 * read = 5 + 3·names + Σ over sheets (10 + 2·questions + 3·merged areas + 4·notes), where a sheet's questions are
 * the NumberFormat and MergeCells questions beyond the first of each; merged areas, notes and names are counted here
 * from the file host's reading, not from the WPS host.
 */
function readFormula(file: WorkbookData, questions: number): number {
  const merges = file.sheets.reduce((n, g) => n + g.merges.length, 0);
  const notes = file.sheets.reduce((n, g) => n + [...g.cells()].filter((c) => c.cell.note).length, 0);
  return 5 + 3 * file.names.length + 10 * file.sheets.length + 2 * questions + 3 * merges + 4 * notes;
}

/**
 * apply (a plan of cells without notes, validation, names and settings, into a workbook with no names, no
 * validation and no settings sheet yet) = 4 + 3·sheets written + Σ over written areas (7, +1 with a number format)
 * + 2·format questions beyond the first of each area + 2·sheets validated + 10·validation areas + 2 + names
 * + 16 for the settings (9 of them to add the very hidden sheet).
 */
function applyFormula(plan: WritePlan, formatQuestions: number): number {
  const sheets = new Set([
    ...plan.cells.map((w) => w.ref.sheet),
    ...plan.validations.map((v) => v.sheet),
    ...plan.names.map((n) => n.sheet),
  ]);
  const areas = writeAreas(plan.cells).reduce((n, a) => n + 7 + (a.writes[0][0].numFmt !== undefined ? 1 : 0), 0);
  const validated = new Set(plan.validations.map((v) => v.sheet)).size;
  return (
    4 +
    3 * sheets.size +
    areas +
    2 * formatQuestions +
    2 * validated +
    10 * ruleAreas(plan.validations).length +
    2 +
    plan.names.length +
    16
  );
}

test("read and apply on the bench workbook follow the README's formulas", async () => {
  const { file, read, plan, apply } = await bench(3);
  const sheets = file.sheets.length;
  const questions = read.to("Range.NumberFormat") - sheets + (read.to("Range.MergeCells") - sheets);
  expect(read.calls).toBe(readFormula(file, questions));
  // Written areas, not cells: the plan writes more cells than there are areas.
  expect(writeAreas(plan.cells).length).toBeLessThan(plan.cells.length);
  const formatQuestions = apply.to("Range.NumberFormat") - writeAreas(plan.cells).length;
  expect(apply.calls).toBe(applyFormula(plan, formatQuestions));
  // Value2 once per sheet read, and once per area before and once after writing it.
  expect(read.to("Range.Value2")).toBe(sheets);
});

test("each project table costs the same calls wherever it stands: calls grow with tables, not with the workbook", async () => {
  const calls = await Promise.all([3, 5, 7].map(bench));
  // Each step adds one project table of each of the sample's two layouts.
  expect(calls[2].read.calls - calls[1].read.calls).toBe(calls[1].read.calls - calls[0].read.calls);
  expect(calls[2].apply.calls - calls[1].apply.calls).toBe(calls[1].apply.calls - calls[0].apply.calls);
}, 60_000);
