/**
 * An explanation is the reason of the branch the rule took (`because` in its tree), its figures filled in: one
 * per branch of every rule, so none can say something other than what the value and the formula did.
 */
import { PROFILES } from "../../src/core/profile";
import { Profile } from "../../src/core/profile/types";
import { scoreEvalTable } from "../../src/core/scoring";
import { Field } from "../../src/core/layout/model";
import { EvalSpec, IndicatorSpec, buildEvalTable } from "./support/tables";

const DEFAULT = PROFILES.default;
const LINEAR: Profile = { ...DEFAULT, reverse: "linear" };
const OVERSHOOT: Profile = { ...DEFAULT, overshootRatio: 0.3, overshootDeduction: 2 };

function scored(indicators: IndicatorSpec[], profile: Profile, budget?: Partial<EvalSpec["budget"]>) {
  const { table } = buildEvalTable({
    sheet: "自评表",
    budget: { annual: 100, executed: 100, weight: 10, ...budget },
    indicators,
  });
  return { table, score: scoreEvalTable(table, profile) };
}

const said = (target: IndicatorSpec["target"], actual: IndicatorSpec["actual"], profile = DEFAULT, weight = 15) =>
  scored([{ name: "指标", target, actual, weight }], profile).score.indicators[0].score.explanation;

describe("quantitative rules: one explanation per branch", () => {
  it.each([
    ["≥90", 95, DEFAULT, "完成值95达到年度指标值90，得满分15.00"],
    ["≥90", 0, DEFAULT, "完成值0不大于0，得0分"],
    ["≥6000", 4926, DEFAULT, "未完成年度指标值，按完成值与指标值的比例计分：15×4926÷6000=12.32"],
    ["≥10", 13, OVERSHOOT, "完成值13超出年度指标值10达30%及以上，扣2分：15−2=13.00"],
    ["≤90", 80, DEFAULT, "反向指标，完成值80未超过年度指标值90，得满分15.00"],
    ["≤0", 3, DEFAULT, "反向指标的年度指标值0不大于0，超出即得0分"],
    ["≤90", 120, LINEAR, "反向指标超出年度指标值，按超出比例扣分：15×(1−(120−90)÷90)=10.00"],
    ["=90", 90, DEFAULT, "完成值等于年度指标值90，得满分15.00"],
    ["=90", -1, DEFAULT, "完成值-1与年度指标值90不等且不大于0，得0分"],
    ["=90", 120, DEFAULT, "完成值与年度指标值不等，按较小值与较大值之比计分：15×90÷120=11.25"],
    ["=120", 90, DEFAULT, "完成值与年度指标值不等，按较小值与较大值之比计分：15×90÷120=11.25"],
    ["≥90", "", DEFAULT, "实际完成值不是可用的数字，暂不计分"],
    ["≥90", "达标", DEFAULT, "实际完成值不是可用的数字，暂不计分"],
  ] as const)("%s against %s", (target, actual, profile, text) => {
    expect(said(target, actual, profile)).toBe(text);
  });

  it("on purpose: the linear rule's 0 from 2A and from a target not above 0 is one branch, with one reason", () => {
    const both = "完成值达到指标值的2倍及以上或指标值不大于0，得0分";
    expect(said("≤90", 180, LINEAR)).toBe(`反向指标完成值180、年度指标值90：${both}`);
    expect(said("≤0", 3, LINEAR)).toBe(`反向指标完成值3、年度指标值0：${both}`);
  });

  it("names every input that is not a number", () => {
    expect(said("", "", DEFAULT, null as unknown as number)).toBe(
      "年度指标值、实际完成值、分值不是可用的数字，暂不计分",
    );
  });
});

describe("qualitative rows", () => {
  it("an answer that says what the target says scores the weight", () => {
    expect(said("有效保障", " 有效保障 ", DEFAULT)).toBe(
      "实际完成值与年度指标值一致（有效保障），视为达成，得满分15.00",
    );
  });

  it("on purpose: with a 分值 that is no number, the rule's guard says so (it read 得满分— before)", () => {
    expect(said("有效保障", "有效保障", DEFAULT, "十五" as unknown as number)).toBe(
      "实际完成值与年度指标值一致（有效保障），视为达成，但分值不是可用的数字，暂不计分",
    );
  });
});

describe("budget execution: the rate's and the score's branches", () => {
  const budget = (spec: Partial<EvalSpec["budget"]>) => scored([], DEFAULT, spec).score.budget;

  it("a rate, its score, and a 全年预算数 of 0", () => {
    const b = budget({ annual: 64.53, executed: 60.26 });
    expect(b.rate.explanation).toBe("执行率=全年执行数÷全年预算数：60.26÷64.53=93.38%");
    expect(b.score.explanation).toBe("预算执行得分=分值×执行率（执行率超过100%按100%计）：10×93.38%=9.34");
    const zero = budget({ annual: 0, executed: 5 });
    expect(zero.rate.explanation).toBe("全年预算数为0，无法计算执行率，不计预算执行得分");
    expect(zero.score.explanation).toBe("执行率或分值无法确定，预算执行暂不计分");
  });

  it("an amount that is no number", () => {
    const b = budget({ annual: "待定", executed: 5 });
    expect(b.rate.explanation).toBe("缺少全年预算数或全年执行数，无法计算执行率");
    expect(b.score.explanation).toBe("执行率或分值无法确定，预算执行暂不计分");
  });

  it("on purpose: with no total row, a source that is text leaves the sum the formula adds up, and says so", () => {
    const { table } = scored([], DEFAULT);
    const field = (row: number, col: number, value: string | number): Field => ({
      ref: { sheet: "自评表", row, col },
      value,
      text: String(value),
    });
    const money = table.budget!;
    table.budget = {
      ...money,
      sumOfSources: true,
      total: { ...money.total, annual: undefined, executed: undefined },
      sources: [
        { label: "财政资金", row: 20, annual: field(20, 3, 60), executed: field(20, 4, 45) },
        { label: "其他资金", row: 21, annual: field(21, 3, "待定"), executed: field(21, 4, 5) },
      ],
    };
    const b = scoreEvalTable(table, DEFAULT).budget;
    expect(b.rate.formula).toBeNull(); // 待定 is no number a formula can read: the value is written instead
    expect(b.rate.value?.toNumber()).toBe(0.8333);
    expect(b.rate.explanation).toBe("执行率=全年执行数÷全年预算数：50÷60=83.33%");
  });
});
