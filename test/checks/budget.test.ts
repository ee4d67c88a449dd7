// The budget block: 执行率 and 得分 against the rule, the total against its sources, and the funding split.
import { DEFAULT_PROFILE } from "../../src/core/profile";
import { check, codes, divZero, evalTable, money, pct } from "./fixtures";

const NO_TOTAL = { total: { score: null } };

describe("zero and missing budget figures", () => {
  test("全年预算数 0 with nothing executed: no score and one finding, no division error", () => {
    const f = check([evalTable({ ...NO_TOTAL, budget: { annual: 0, executed: 0, rate: null, score: null } })]);
    expect(codes(f)).toEqual(["BUDGET_ZERO_DIVISOR@项目表!E6"]);
    expect(f[0].message).toContain("全年预算数为0");
  });

  test("全年预算数 0 while money was spent names the executed amount", () => {
    const f = check([evalTable({ ...NO_TOTAL, budget: { annual: 0, executed: money(95), rate: null, score: null } })]);
    expect(codes(f)).toEqual(["BUDGET_ZERO_DIVISOR@项目表!E6"]);
    expect(f[0].message).toContain("全年执行数为95.00万元");
  });

  test("an empty 全年预算数 is one REQUIRED_EMPTY, though scoring and the budget check both notice it", () => {
    const f = check([evalTable({ ...NO_TOTAL, budget: { annual: null, rate: null, score: null } })]);
    expect(codes(f)).toEqual(["REQUIRED_EMPTY@项目表!E6"]);
  });

  test.each([
    ["text", "六十万"],
    ["a doubtful number", "60.26."],
    ["a cached #DIV/0!", divZero],
  ])("%s in 全年执行数 is NOT_A_NUMBER at that cell", (_what, cell) => {
    const f = check([evalTable({ ...NO_TOTAL, budget: { executed: cell, rate: null, score: null } })]);
    expect(codes(f)).toEqual(["NOT_A_NUMBER@项目表!F6"]);
  });

  test("a negative amount is out of range", () => {
    const f = check([evalTable({ ...NO_TOTAL, budget: { initial: money(-5) } })]);
    expect(codes(f)).toEqual(["VALUE_OUT_OF_RANGE@项目表!D6"]);
  });
});

describe("执行率", () => {
  const investment = (rate: unknown, score: unknown = money(9.34)) =>
    evalTable({
      ...NO_TOTAL,
      budget: { annual: money(64.53), executed: money(60.26), rate: rate as never, score: score as never },
    });

  test("招商引资 执行率 93.00 % is flagged as 93.38 %", () => {
    const f = check([investment(pct(0.93))]);
    expect(codes(f)).toEqual(["BUDGET_RATE_MISMATCH@项目表!H6"]);
    expect(f[0].message).toBe("执行率填报为93.00%，按全年执行数÷全年预算数应为93.38%");
    expect(f[0].severity).toBe("error");
  });

  test.each([
    ["the rounded percentage", pct(0.9338)],
    ["the unrounded quotient", pct(60.26 / 64.53)],
    ["a rounding within 0.005 points", pct(0.93384)],
    ["percent units without the % sign", 93.38],
    ["text with a % sign", "93.38%"],
  ])("%s is no finding", (_what, rate) => {
    expect(check([investment(rate)])).toEqual([]);
  });

  test("a difference just above 0.005 percentage points is a finding", () => {
    expect(codes(check([investment(pct(0.93386))]))).toEqual(["BUDGET_RATE_MISMATCH@项目表!H6"]);
  });

  test("an empty rate cell is left to recalculation", () => {
    expect(check([investment(null)])).toEqual([]);
  });

  test("text in the rate cell is NOT_A_NUMBER", () => {
    expect(codes(check([investment("九成")]))).toEqual(["NOT_A_NUMBER@项目表!H6"]);
  });

  test("a rate above 100 % scores the whole weight", () => {
    const t = evalTable({
      ...NO_TOTAL,
      budget: { annual: money(100), executed: money(110), rate: pct(1.1), score: 10 },
    });
    expect(check([t])).toEqual([]);
  });
});

describe("预算执行得分", () => {
  const t = (score: unknown, weight: unknown = 10) =>
    evalTable({
      ...NO_TOTAL,
      budget: {
        annual: money(64.53),
        executed: money(60.26),
        rate: pct(0.9338),
        score: score as never,
        weight: weight as never,
      },
    });

  test("9.30 where the rule gives 9.34 is BUDGET_SCORE_MISMATCH, with the arithmetic", () => {
    const f = check([t(money(9.3))]);
    expect(codes(f)).toEqual(["BUDGET_SCORE_MISMATCH@项目表!I6"]);
    expect(f[0].message).toBe("预算执行得分填报为9.30分，按分值×执行率（10×93.38%）应为9.34分");
  });

  test("9.338 (unrounded) is no finding", () => {
    expect(check([t(9.338)])).toEqual([]);
  });

  test("a score above the weight is SCORE_OVER_WEIGHT instead of a mismatch", () => {
    expect(codes(check([t(12)]))).toEqual(["SCORE_OVER_WEIGHT@项目表!I6"]);
  });

  test("a negative score is SCORE_OVER_WEIGHT", () => {
    expect(check([t(-1)])[0].message).toContain("不能为负数");
  });

  test("a weight of 20 (some provinces) scores 18.68", () => {
    const f = check([t(money(18.68), 20)]);
    // the weights no longer add up to 100 — that is the only finding
    expect(codes(f)).toEqual(["WEIGHT_SUM@项目表!G15"]);
  });

  test("a budget weight outside 0–100 is out of range", () => {
    expect(codes(check([t(null, 120)]))).toContain("VALUE_OUT_OF_RANGE@项目表!G6");
  });

  test("a profile may lower the severity", () => {
    const lenient = { ...DEFAULT_PROFILE, severities: { BUDGET_SCORE_MISMATCH: "warning" as const } };
    expect(check([t(money(9.3))], lenient)[0].severity).toBe("warning");
  });
});

describe("年度资金总额 against its sources", () => {
  const sources = (annual: unknown, initial: unknown = money(10)) =>
    [
      { label: "其中:当年财政拨款", initial: money(10), annual: money(64.53), executed: money(60.26) },
      { label: "上年结转金额", initial: 0, annual: annual as never, executed: 0 },
      { label: "其它资金", initial: 0, annual: 0, executed: 0 },
    ].map((s, i) => (i === 0 ? { ...s, initial: initial as never } : s));
  const t = (annual: unknown, initial?: unknown, total: { initial?: unknown } = {}) =>
    evalTable({
      ...NO_TOTAL,
      budget: {
        initial: ("initial" in total ? total.initial : money(10)) as never,
        annual: money(64.53),
        executed: money(60.26),
        rate: pct(0.9338),
        score: money(9.34),
      },
      sources: sources(annual, initial ?? money(10)),
    });

  test("sources that add up are no finding", () => {
    expect(check([t(0)])).toEqual([]);
  });

  test("a source that makes the sum differ flags the total's cell", () => {
    const f = check([t(money(5))]);
    expect(codes(f)).toEqual(["BUDGET_TOTAL_MISMATCH@项目表!E6"]);
    expect(f[0].message).toBe("年度资金总额全年预算数填报为64.53万元，按各资金来源合计应为69.53万元");
  });

  test("a zero total over filled sources is a mismatch", () => {
    expect(codes(check([t(0, money(10), { initial: 0 })]))).toEqual(["BUDGET_TOTAL_MISMATCH@项目表!D6"]);
  });

  test("an empty 年初预算数 total over filled sources is a mismatch", () => {
    expect(codes(check([t(0, money(10), { initial: null })]))).toEqual(["BUDGET_TOTAL_MISMATCH@项目表!D6"]);
  });

  test("a source that is not a number is reported there, and the sum waits", () => {
    expect(codes(check([t("五万")]))).toEqual(["NOT_A_NUMBER@项目表!E8"]);
  });
});

describe("按收入性质 / 按支出性质", () => {
  const department = (income: number, expense: number) =>
    evalTable({
      ...NO_TOTAL,
      kind: "department",
      sheet: "自评表",
      budget: { annual: money(3666.39), executed: money(3439.59), rate: pct(0.9381), score: money(9.38) },
      income: [
        ["一般公共预算：", money(income)],
        ["政府性基金拨款：", 0],
        ["其他资金", money(71.67)],
      ],
      expense: [
        ["其中:基本支出：", money(expense)],
        ["项目支出：", money(1785.65)],
      ],
    });

  test("parts that add up are no finding", () => {
    expect(check([department(3594.72, 1653.94)])).toEqual([]);
  });

  test("parts that differ are a warning, never an error", () => {
    const f = check([department(3594.72, 1600)]);
    expect(codes(f)).toEqual(["FUNDING_SPLIT_MISMATCH@自评表!I7"]);
    expect(f[0].severity).toBe("warning");
    expect(f[0].message).toContain("按支出性质分各项合计3385.65万元，与全年执行数3439.59万元相差53.94万元");
  });

  test("income parts are compared with 全年预算数", () => {
    expect(codes(check([department(3500, 1653.94)]))).toEqual(["FUNDING_SPLIT_MISMATCH@自评表!E7"]);
  });
});

test("a negative budget weight is reported once, not again as a score above it", () => {
  const t = evalTable({ budget: { weight: -10 }, total: { score: null } });
  expect(codes(check([t])).filter((c) => c.includes("!G6") || c.includes("!I6"))).toEqual([
    "VALUE_OUT_OF_RANGE@项目表!G6",
  ]);
});
