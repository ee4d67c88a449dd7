/**
 * Recalculation as a WritePlan, applied through the xlsx host: formulas where the rules compute, numbers typed as
 * text normalised first (or constants with a note), judgment rows and 偏差原因 untouched, every write stating what
 * it replaces, and a second run that changes nothing.
 */
import { refA1 } from "../../src/core/grid/address";
import { Table } from "../../src/core/layout/model";
import { buildRecalcPlan } from "../../src/core/recalc";
import { emptyPlan } from "../../src/core/plan/write-plan";
import { PROFILES, PROFILE_SETTING_KEY } from "../../src/core/profile";
import { scoreWorkbook, NORMALIZE_PURPOSE, RULE } from "../../src/core/scoring";
import { hostOf } from "../support/host-of";
import { seedBasic, seedDepartment, seedInvestment, seedRailway } from "./support/seed";
import { buildEvalTable } from "./support/tables";
import { refreshed, workbookOf } from "./support/workbook";

function seed() {
  const parts = [seedBasic(), seedDepartment(), seedInvestment(), seedRailway()];
  return { tables: parts.map((p) => p.table) as Table[], sheets: parts.map((p) => p.sheet) };
}

const at = (plan: ReturnType<typeof buildRecalcPlan>, address: string) =>
  plan.cells.find((c) => refA1(c.ref) === address);

describe("the recalculation plan of the seed workbook", () => {
  const { tables } = seed();
  const score = scoreWorkbook(tables, PROFILES.default);
  const plan = buildRecalcPlan(score, PROFILES.default, { normalizeUnits: true });

  it("stores the profile in the workbook", () => {
    expect(plan.settings).toEqual({ [PROFILE_SETTING_KEY]: "default" });
  });

  it("writes formulas with the rule as purpose and the cell's previous content as expected", () => {
    const w = at(plan, "招商引资!F3");
    expect(w).toMatchObject({
      purpose: RULE.budgetRate,
      formula: '=IF(COUNT(C3,D3)<2,"",IF(C3<=0,"",ROUND(D3/C3,4)))',
      value: 0.9338,
      expected: { value: 0.93, numFmt: "0.00%" },
    });
    expect(at(plan, "招商引资!G3")).toMatchObject({ purpose: RULE.budgetScore, value: 9.34, expected: { value: 9.3 } });
    expect(at(plan, "自评表!G13")).toMatchObject({ purpose: RULE.total, value: 81.7, expected: { value: 90.88 } });
    expect(at(plan, "基础表!C3")).toMatchObject({ purpose: RULE.controlRate, value: 0.9219 });
  });

  it("normalises numbers typed with units before the formulas that use them", () => {
    const w = at(plan, "招商引资!D8");
    expect(w).toEqual({
      ref: { sheet: "招商引资", row: 8, col: 4 },
      expected: { value: "6000 万美元" },
      value: 6000,
      numFmt: '0" 万美元"',
      purpose: NORMALIZE_PURPOSE,
    });
    const firstFormula = plan.cells.findIndex((c) => c.formula);
    const lastNormalize = plan.cells.map((c) => c.purpose).lastIndexOf(NORMALIZE_PURPOSE);
    expect(lastNormalize).toBeLessThan(firstFormula);
    expect(at(plan, "招商引资!D16")).toMatchObject({ value: 0.9, numFmt: "0%" });
  });

  it("keeps judgment rows, 不适用 rows and 偏差原因 cells", () => {
    expect(at(plan, "招商引资!G7")).toBeUndefined(); // 达标 / 未造成负面影响得满分
    expect(at(plan, "自评表!G10")).toBeUndefined(); // 不适用
    for (const t of tables)
      if (t.kind !== "basic")
        for (const i of t.indicators) if (i.reason) expect(at(plan, refA1(i.reason.ref))).toBeUndefined();
  });

  it("gives rates a percent format when they have none", () => {
    const { table } = buildEvalTable({ sheet: "S", budget: { annual: 10, executed: 9, rate: "90%" }, indicators: [] });
    const p = buildRecalcPlan(scoreWorkbook([table], PROFILES.default), PROFILES.default, { normalizeUnits: true });
    expect(at(p, "S!F3")).toMatchObject({ numFmt: "0.00%", expected: { value: "90%" } });
  });

  it("without normalising, a score that needs unit text is written as its value with a note", () => {
    const p = buildRecalcPlan(score, PROFILES.default, { normalizeUnits: false });
    expect(p.cells.some((c) => c.purpose === NORMALIZE_PURPOSE)).toBe(false);
    const w = at(p, "招商引资!G8");
    expect(w).toMatchObject({ value: 9.85, purpose: RULE.positive });
    expect(w?.formula).toBeUndefined();
    expect(w?.note).toContain("招商引资!D8「6000 万美元」");
    expect(at(p, "招商引资!G17")?.formula).toBe("=ROUND(SUM(G3,G5,G6,G7,G8,G9,G10,G11,G12,G13,G14,G15,G16),2)");
  });
});

describe("applied through the xlsx host", () => {
  async function hostWithSeed() {
    const { tables, sheets } = seed();
    const host = await hostOf(workbookOf(sheets));
    const grids = (await host.read()).sheets;
    return { host, tables: refreshed(tables, grids) };
  }

  it("applies, and a second run over the result changes nothing", async () => {
    for (const normalizeUnits of [true, false]) {
      const { host, tables } = await hostWithSeed();
      const first = buildRecalcPlan(scoreWorkbook(tables, PROFILES.default), PROFILES.default, { normalizeUnits });
      const result = await host.apply(first);
      expect(result).toMatchObject({ applied: true, conflicts: [] });
      expect(result.written).toBe(first.cells.length);

      const again = refreshed(tables, (await host.read()).sheets);
      const second = buildRecalcPlan(scoreWorkbook(again, PROFILES.default), PROFILES.default, { normalizeUnits });
      expect(second.cells).toEqual([]);
      expect((await host.read()).settings[PROFILE_SETTING_KEY]).toBe("default");
    }
  });

  it("scores the same after normalising as before", async () => {
    const { host, tables } = await hostWithSeed();
    const before = scoreWorkbook(tables, PROFILES.default);
    await host.apply(buildRecalcPlan(before, PROFILES.default, { normalizeUnits: true }));
    const after = scoreWorkbook(refreshed(tables, (await host.read()).sheets), PROFILES.default);
    const totals = (s: typeof before) =>
      s.tables.map((t) => (t.kind === "basic" ? t.controlRate?.value : t.total.value)?.toNumber());
    expect(totals(after)).toEqual(totals(before));
    expect(totals(after)).toEqual([0.9219, 81.7, 97.19, 100]);
  });

  it("refuses a plan made before a person changed one of its cells", async () => {
    const { host, tables } = await hostWithSeed();
    const plan = buildRecalcPlan(scoreWorkbook(tables, PROFILES.default), PROFILES.default, { normalizeUnits: true });
    // A person types 10.5 into G8 after the plan was made.
    const sheet = async () => (await host.read()).sheets.find((s) => s.name === "招商引资")!;
    const g8 = (await sheet()).cell(8, 7);
    const typed = emptyPlan();
    typed.cells.push({
      ref: { sheet: "招商引资", row: 8, col: 7 },
      expected: { value: g8?.value ?? null, formula: g8?.formula },
      value: 10.5,
      purpose: "person",
    });
    expect((await host.apply(typed)).applied).toBe(true);
    const result = await host.apply(plan);
    expect(result.applied).toBe(false);
    expect(result.conflicts.map((c) => refA1(c.write.ref))).toEqual(["招商引资!G8"]);
    expect((await sheet()).cell(8, 4)?.value).toBe("6000 万美元");
  });

  it("switching profiles rewrites only what the rules change", async () => {
    const { host, tables } = await hostWithSeed();
    await host.apply(
      buildRecalcPlan(scoreWorkbook(tables, PROFILES.default), PROFILES.default, { normalizeUnits: true }),
    );
    const now = refreshed(tables, (await host.read()).sheets);
    const plan = buildRecalcPlan(scoreWorkbook(now, PROFILES.platform), PROFILES.platform, { normalizeUnits: true });
    // positive indicators' formulas now carry the overshoot deduction, totals the 执行率 cap; budget cells and
    // qualitative rows stay as they are
    expect(new Set(plan.cells.map((c) => c.purpose))).toEqual(new Set([RULE.positive, RULE.total]));
    expect(plan.cells.filter((c) => c.purpose === RULE.total)).toHaveLength(3);
    expect(at(plan, "自评表!G6")).toMatchObject({ value: 13 }); // 40 against 8: 15 − 2
    expect(at(plan, "自评表!G5")).toMatchObject({ value: 12.32 });
    expect(plan.settings[PROFILE_SETTING_KEY]).toBe("platform");
  });
});
