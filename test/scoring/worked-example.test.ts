/**
 * The worked example of RULES.md on the seed report's tables, typed in as table models (the sample workbook is
 * scored through the recognizer in sample.test.ts), and the report built from it against the contract checker.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Table } from "../../src/core/layout/model";
import { PROFILES } from "../../src/core/profile";
import { buildReport } from "../../src/core/report/build-report";
import { EvalTableReport } from "../../src/core/report/report";
import { scoreWorkbook } from "../../src/core/scoring";
import { BasicTableScore, EvalTableScore } from "../../src/core/scoring/types";
import { seedBasic, seedDepartment, seedInvestment, seedRailway } from "./support/seed";

const tables: Table[] = [seedBasic(), seedDepartment(), seedInvestment(), seedRailway()].map((p) => p.table);
const score = scoreWorkbook(tables, PROFILES.default);
const basic = score.tables[0] as BasicTableScore;
const [department, investment, railway] = score.tables.slice(1) as EvalTableScore[];
const n = (d: { toNumber(): number } | null | undefined) => (d ? d.toNumber() : null);
const byName = (t: EvalTableScore, name: string) => t.indicators.find((i) => i.indicator.name.value === name)!;

describe("衡阳市商务局 2023, profile default", () => {
  it("部门整体: 9.38 for the budget, 12.32 and 0 where the sheet says 10 and 11.5; 81.70 (良) against 90.88", () => {
    expect(n(department.budget.rate.value)).toBe(0.9381);
    expect(n(department.budget.score.value)).toBe(9.38);
    expect(n(byName(department, "实际利用外资额").score.value)).toBe(12.32);
    expect(n(byName(department, "外贸总额增长率").score.value)).toBe(0);
    expect(department.indicators.filter((i) => i.direction === "notApplicable")).toHaveLength(2);
    expect(n(department.total.value)).toBe(81.7);
    expect(department.grade).toBe("良");
    expect(department.table.total!.score?.value).toBe(90.88);
  });

  it("招商引资: 93.38 % → 9.34 against 93.00 % and 9.30; 外资完成数 9.85; total 97.19", () => {
    expect(n(investment.budget.rate.value)).toBe(0.9338);
    expect(n(investment.budget.score.value)).toBe(9.34);
    expect(n(byName(investment, "外资完成数").score.value)).toBe(9.85);
    const judged = byName(investment, "质量指标");
    expect([judged.judgment, judged.score.value]).toEqual([true, null]);
    expect(n(investment.total.value)).toBe(97.19);
  });

  it("铁路维运、打私治理、口岸工作经费: 100 % → 10, every target reached, 100.00", () => {
    expect(n(railway.budget.score.value)).toBe(10);
    expect(railway.indicators.filter((i) => i.missed)).toEqual([]);
    expect(n(railway.total.value)).toBe(100);
  });

  it("the overshoots without explanation: 40 against 8, 141 列 against 50, 602 亿元 against 100", () => {
    const over = score.tables
      .flatMap((t) => (t.kind === "basic" ? [] : t.indicators))
      .filter((i) => i.overshoot)
      .map((i) => `${i.indicator.name.value} ${i.actual?.value}/${i.target?.value}`);
    expect(over).toEqual([
      "引进三类500强项目 40/8",
      "三类500强项目引进数 40/8",
      "引资规模 602/100",
      "铁路监管作业区运营 141/50",
      "打私工作正常开展 5/3",
    ]);
  });

  it("基础表: 控制率 59 ÷ 64 = 92.19 %, and every sum holds", () => {
    expect(n(basic.controlRate?.value)).toBe(0.9219);
    expect(basic.relations.length).toBeGreaterThan(0);
    for (const r of basic.relations) {
      const parent = Number(r.parent.value);
      if (r.kind === "sum")
        expect({ key: r.key, year: r.yearIndex, sum: r.expected.toNumber() }).toEqual({
          key: r.key,
          year: r.yearIndex,
          sum: parent,
        });
      else expect(r.expected.toNumber()).toBeLessThanOrEqual(parent);
    }
    expect(basic.problems).toEqual([]);
  });

  it("reports it in the contract's shape", () => {
    const report = buildReport("samples/hengyang-commerce-2023.xlsx", PROFILES.default, score, []);
    const dept = report.tables[1] as EvalTableReport;
    expect(report.tables[0]).toEqual({
      kind: "basic",
      sheet: "基础表",
      range: expect.any(String),
      staffing: { authorized: 64, actual: 59, controlRate: 0.9219 },
    });
    expect(dept.budget).toEqual({
      initial: 1374.58,
      annual: 3666.39,
      executed: 3439.59,
      weight: 10,
      rate: 0.9381,
      score: 9.38,
      enteredRate: 0.9381,
      enteredScore: 9.38,
      cells: { rate: "自评表!F3", score: "自评表!G3" },
    });
    expect(dept.indicators[0]).toMatchObject({
      level1: "产出指标",
      level2: "数量指标",
      name: "实际利用外资额",
      target: "6000",
      actual: "4926",
      direction: "positive",
      weight: 15,
      score: 12.32,
      enteredScore: 10,
      missed: true,
      reason: "原因为全市外资工作发展不够",
      cells: { score: "自评表!G5", reason: "自评表!H5" },
    });
    expect(dept.indicators[1].reason).toBe("");
    expect(dept.total).toEqual({
      weight: 100,
      score: 81.7,
      enteredScore: 90.88,
      grade: "良",
      cells: { score: "自评表!G13" },
    });
    expect((report.tables[2] as EvalTableReport).budget).toMatchObject({
      enteredRate: 0.93,
      enteredScore: 9.3,
      rate: 0.9338,
    });

    const dir = mkdtempSync(join(tmpdir(), "jx-report-"));
    const file = join(dir, "report.json");
    writeFileSync(file, JSON.stringify([report], null, 2));
    const checker = join(__dirname, "..", "..", "..", "shared", "tools", "check-report.mjs");
    const out = execFileSync(process.execPath, [checker, file], { encoding: "utf8" });
    expect(out).toContain("report contract: 0 departures");
  });
});
