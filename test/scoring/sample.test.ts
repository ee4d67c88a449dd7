/**
 * The sample workbook scores as RULES.md's worked example says: read through the xlsx host, recognized, scored by
 * profile `default`, reported in the contract's shape.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { recognize } from "../../src/core/layout";
import { buildRecalcPlan } from "../../src/core/recalc";
import { PROFILES } from "../../src/core/profile";
import { buildReport } from "../../src/core/report/build-report";
import { EvalTableReport } from "../../src/core/report/report";
import { scoreWorkbook } from "../../src/core/scoring";
import { BasicTableScore, EvalTableScore, WorkbookScore } from "../../src/core/scoring/types";
import { readWorkbookFile } from "../../src/host/xlsx";

const SAMPLE = join(__dirname, "..", "..", "samples", "hengyang-commerce-2023.xlsx");

let score: WorkbookScore;
beforeAll(async () => {
  const tables = recognize(await readWorkbookFile(SAMPLE)).tables;
  score = scoreWorkbook(tables, PROFILES.default);
});

const evalTable = (sheet: string) =>
  score.tables.find((t) => t.kind !== "basic" && t.table.sheet === sheet) as EvalTableScore;
const indicator = (sheet: string, name: string) =>
  evalTable(sheet).indicators.find((i) => i.indicator.name.value === name)!;
const num = (d: { toNumber(): number } | null | undefined) => (d ? d.toNumber() : null);

describe("samples/hengyang-commerce-2023.xlsx, profile default", () => {
  it("部门整体: 81.70 computed against 90.88 entered", () => {
    const t = evalTable("自评表");
    expect(num(t.total.value)).toBe(81.7);
    expect(t.table.total!.score?.value).toBe(90.88);
    expect(t.grade).toBe("良");
    expect([num(t.budget.rate.value), num(t.budget.score.value)]).toEqual([0.9381, 9.38]);
    expect(num(indicator("自评表", "实际利用外资额").score.value)).toBe(12.32);
    expect(num(indicator("自评表", "外贸总额增长率").score.value)).toBe(0);
  });

  it("招商引资: 执行率 93.38 % → 9.34, 外资完成数 9.85, total 97.19", () => {
    const t = evalTable("招商引资");
    expect(num(t.budget.rate.value)).toBe(0.9338);
    expect(num(t.budget.score.value)).toBe(9.34);
    expect(num(indicator("招商引资", "外资完成数").score.value)).toBe(9.85);
    expect(num(t.total.value)).toBe(97.19);
  });

  it("铁路维运、打私治理、口岸工作经费: 100.00", () => {
    expect(num(evalTable("铁路维运、打私治理、口岸工作经费").total.value)).toBe(100);
  });

  it("基础表: 控制率 59 ÷ 64 = 92.19 %", () => {
    const basic = score.tables.find((t) => t.kind === "basic") as BasicTableScore;
    expect(num(basic.controlRate?.value)).toBe(0.9219);
    expect(basic.controlRate?.explanation).toBe("控制率=实际在职人数÷编制数：59÷64=92.19%");
  });

  it("judgment rows keep the person's score; overshoots are marked", () => {
    const judged = indicator("招商引资", "质量指标");
    expect([judged.judgment, judged.score.value]).toEqual([true, null]);
    const plan = buildRecalcPlan(score, PROFILES.default, { normalizeUnits: true });
    expect(plan.cells.some((c) => c.ref.sheet === "招商引资" && c.ref.row === judged.indicator.score!.ref.row)).toBe(
      false,
    );
    expect(indicator("铁路维运、打私治理、口岸工作经费", "铁路监管作业区运营").overshoot).toBe(true);
  });

  it("reports in the contract's shape", () => {
    const report = buildReport("samples/hengyang-commerce-2023.xlsx", PROFILES.default, score, []);
    const dept = report.tables.find((t) => t.kind === "department") as EvalTableReport;
    expect(dept.total).toMatchObject({ weight: 100, score: 81.7, enteredScore: 90.88, grade: "良" });
    expect(dept.indicators.find((i) => i.name === "实际利用外资额")).toMatchObject({
      target: "6000",
      actual: "4926",
      score: 12.32,
      enteredScore: 10,
      missed: true,
      reason: "原因为全市外资工作发展不够",
    });
    const dir = mkdtempSync(join(tmpdir(), "jx-report-"));
    const file = join(dir, "report.json");
    writeFileSync(file, JSON.stringify([report]));
    const checker = join(__dirname, "..", "..", "..", "shared", "tools", "check-report.mjs");
    expect(execFileSync(process.execPath, [checker, file], { encoding: "utf8" })).toContain(
      "report contract: 0 departures",
    );
  });
});
