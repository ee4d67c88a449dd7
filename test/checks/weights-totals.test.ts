// Weights add up to 100 and the entered 总分 is the sum of the entered scores.
import { DEFAULT_PROFILE, PLATFORM_PROFILE } from "../../src/core/profile";
import { check, codes, CONSISTENT_INDICATORS, evalTable, IndicatorSpec, money, pct } from "./fixtures";

const rows = (...extra: IndicatorSpec[]) => [...CONSISTENT_INDICATORS, ...extra];

describe("WEIGHT_SUM", () => {
  test("95 points in all is an error at the total's weight cell", () => {
    const t = evalTable({
      indicators: [{ ...CONSISTENT_INDICATORS[0], weight: 25, score: 25 }, ...CONSISTENT_INDICATORS.slice(1)],
      total: { score: money(94.5) },
    });
    const f = check([t]);
    expect(codes(f)).toEqual(["WEIGHT_SUM@项目表!G15"]);
    expect(f[0].message).toBe("各项分值合计为95分（预算执行10分，绩效指标85分），应为100分");
  });

  test("a budget weight left empty counts with the profile's default (10)", () => {
    expect(check([evalTable({ budget: { weight: null } })])).toEqual([]);
  });

  test("a 不适用 row carrying weight counts towards 100", () => {
    const t = evalTable({
      indicators: [
        { ...CONSISTENT_INDICATORS[0], weight: 20, score: 20 },
        ...CONSISTENT_INDICATORS.slice(1),
        { name: "生态效益", target: "不适用", actual: "不适用", weight: 10 },
      ],
      total: { score: money(89.5) },
    });
    // 9.5 + 80 = 89.5 entered; rescaled to 100 it would be 99.44 — both are accepted
    expect(check([t])).toEqual([]);
  });

  test("the total row's weight must say 100", () => {
    expect(codes(check([evalTable({ total: { weight: 90, score: money(99.5) } })]))).toEqual(["WEIGHT_SUM@项目表!G15"]);
  });

  test("产出指标(50分) whose rows add up to 60 is flagged at its first row", () => {
    const t = evalTable({
      indicators: CONSISTENT_INDICATORS.map((r) => (r.level1 === "产出指标" ? { ...r, level1Weight: 50 } : r)),
    });
    const f = check([t]);
    expect(codes(f)).toEqual(["WEIGHT_SUM@项目表!G10"]);
    expect(f[0].message).toBe("产出指标标明50分，其下各指标分值合计为60分");
  });
});

describe("TOTAL_MISMATCH", () => {
  test("a total that is the sum of the entered scores is fine", () => {
    expect(check([evalTable({ total: { score: money(99.5) } })])).toEqual([]);
  });

  test("an empty total is left to recalculation", () => {
    expect(check([evalTable({ total: { score: null } })])).toEqual([]);
  });

  test("a total that is not the sum is an error stating the sum", () => {
    const f = check([evalTable({ total: { score: money(98) } })]);
    expect(codes(f)).toEqual(["TOTAL_MISMATCH@项目表!H15"]);
    expect(f[0].message).toBe("总分填报为98.00分，各项得分合计为99.50分");
  });

  test("with a score still empty the sum is not known yet: no finding", () => {
    const t = evalTable({
      indicators: [{ ...CONSISTENT_INDICATORS[0], score: null }, ...CONSISTENT_INDICATORS.slice(1)],
      total: { score: 50 },
    });
    expect(check([t])).toEqual([]);
  });

  test("rescaled to 100 where 不适用 rows carry weight", () => {
    const t = evalTable({
      indicators: rows({ name: "生态效益", target: "不适用", actual: "不适用", weight: 10 }).map((r, i) =>
        i === 0 ? { ...r, weight: 20, score: 20 } : r,
      ),
      total: { score: money(99.44) },
    });
    expect(check([t], DEFAULT_PROFILE)).toEqual([]);
  });

  test("the platform profile caps the total by 执行率", () => {
    const t = evalTable({
      budget: { annual: money(100), executed: money(65), rate: pct(0.65), score: money(6.5) },
      total: { score: money(96.5) },
    });
    expect(check([t])).toEqual([]);
    const f = check([t], PLATFORM_PROFILE);
    expect(codes(f)).toEqual(["TOTAL_MISMATCH@项目表!H15"]);
    expect(f[0].message).toBe("执行率为65.00%，低于70.00%，按评分规则总分最高79分，填报为96.50分");
  });
});
