/**
 * Every rule and switch of RULES.md, edge cases first: target 0, negative actual, empty cells, 不适用,
 * percentages written either way, overshoot, 20-point budget blocks.
 */
import Decimal from "decimal.js";
import { PROFILES } from "../../src/core/profile";
import { Profile } from "../../src/core/profile/types";
import { scoreEvalTable, RULE } from "../../src/core/scoring";
import { EvalTableScore, IndicatorScore } from "../../src/core/scoring/types";
import { EvalSpec, IndicatorSpec, buildEvalTable, pct } from "./support/tables";

const DEFAULT = PROFILES.default;
const PLATFORM = PROFILES.platform;

function table(
  indicators: IndicatorSpec[],
  profile: Profile = DEFAULT,
  budget?: Partial<EvalSpec["budget"]>,
): EvalTableScore {
  const { table: t } = buildEvalTable({
    sheet: "自评表",
    budget: { annual: 100, executed: 100, weight: 10, ...budget },
    indicators,
  });
  return scoreEvalTable(t, profile);
}

function one(spec: Partial<IndicatorSpec> & Pick<IndicatorSpec, "target" | "actual">, profile: Profile = DEFAULT) {
  return table([{ name: "指标", weight: 15, ...spec }], profile).indicators[0];
}

const value = (s: IndicatorScore) => (s.score.value === null ? null : s.score.value.toNumber());

describe("positive indicators (≥, >, plain number)", () => {
  it("未完成: W × B ÷ A, explained with the numbers", () => {
    const s = one({ target: 6000, actual: 4926 });
    expect(value(s)).toBe(12.32);
    expect(s.score.ruleId).toBe(RULE.positive);
    expect(s.score.explanation).toBe("未完成年度指标值，按完成值与指标值的比例计分：15×4926÷6000=12.32");
    expect(s.score.formula).toBe('=IF(COUNT(D5,E5,F5)<3,"",ROUND(IF(E5>=D5,F5,IF(E5<=0,0,F5*E5/D5)),2))');
    expect(s.missed).toBe(true);
  });

  it("reaching or passing the target scores the weight, never more", () => {
    expect(value(one({ target: 8, actual: 8 }))).toBe(15);
    expect(value(one({ target: 8, actual: 4000 }))).toBe(15);
    expect(one({ target: 8, actual: 40 }).missed).toBe(false);
  });

  it("a negative or zero actual scores 0", () => {
    expect(value(one({ target: 15, actual: -8.7 }))).toBe(0);
    expect(value(one({ target: 15, actual: 0 }))).toBe(0);
    expect(one({ target: 15, actual: -8.7 }).score.explanation).toContain("不大于0");
  });

  it("target 0: any actual ≥ 0 scores the weight, a negative one 0", () => {
    expect(value(one({ target: pct(0, "0%"), actual: pct(0.2, "0%") }))).toBe(15);
    expect(value(one({ target: 0, actual: 0 }))).toBe(15);
    expect(value(one({ target: 0, actual: -1 }))).toBe(0);
  });

  it("a > comparator counts like ≥", () => {
    const s = one({ target: ">90%", actual: pct(0.9) });
    expect(s.direction).toBe("positive");
    expect(value(s)).toBe(15);
  });

  it("percentages compare as numbers however they are written", () => {
    const written = [
      one({ target: "100%", actual: pct(0.95) }),
      one({ target: pct(1, "0%"), actual: "95%" }),
      one({ target: 100, actual: pct(0.95) }),
      one({ target: pct(1), actual: 95 }),
      one({ target: "≥100%", actual: "95.00%" }),
    ];
    expect(written.map(value)).toEqual([14.25, 14.25, 14.25, 14.25, 14.25]);
  });

  it("units typed as text are read: 12 × 4926 ÷ 6000 = 9.85", () => {
    const s = one({ target: "6000 万美元", actual: "4926 万美元", weight: 12 });
    expect(value(s)).toBe(9.85);
    expect(s.target?.unit).toBe("万美元");
    expect(s.score.normalizes?.map((n) => n.field.ref.col)).toEqual([4, 5]);
    expect(s.problems).toEqual([]);
  });

  it("different units are a UNIT_MISMATCH", () => {
    const s = one({ target: "6000 万美元", actual: "4926 万元" });
    expect(s.problems.map((p) => p.code)).toEqual(["UNIT_MISMATCH"]);
    expect(s.problems[0].message).toContain("万美元");
  });

  it("0.95 against 90 % is compared as 0.95 % but flagged", () => {
    const s = one({ target: "90%", actual: 0.95 });
    expect(value(s)).toBe(0.16);
    expect(s.problems.map((p) => p.code)).toEqual(["UNIT_MISMATCH"]);
  });
});

describe("empty and unreadable cells", () => {
  it("an empty actual: no score yet, a formula that fills in later, REQUIRED_EMPTY", () => {
    const s = one({ target: 100, actual: null });
    expect(s.score.value).toBeNull();
    expect(s.score.formula).toMatch(/^=IF\(COUNT\(/);
    expect(s.problems.map((p) => p.code)).toEqual(["REQUIRED_EMPTY"]);
    expect(s.problems[0].message).toContain("自评表!E5");
  });

  it("an empty weight and an empty target are required too", () => {
    const s = one({ target: null, actual: 5, weight: null });
    expect(s.problems.map((p) => p.code).sort()).toEqual(["REQUIRED_EMPTY", "REQUIRED_EMPTY"]);
  });

  it("7.50. is NOT_A_NUMBER: no value, no formula, the entered score stays", () => {
    const s = one({ target: 8, actual: "7.50.", score: 12 });
    expect(s.score.value).toBeNull();
    expect(s.score.formula).toBeNull();
    expect(s.problems).toMatchObject([{ code: "NOT_A_NUMBER", message: expect.stringContaining("小数点") }]);
  });

  it("完成 as the actual of a quantitative indicator is NOT_A_NUMBER", () => {
    const s = one({ target: "≥90%", actual: "完成" });
    expect(s.problems.map((p) => p.code)).toEqual(["NOT_A_NUMBER"]);
    expect(s.score.formula).toBeNull();
  });

  it("template filler in an answer cell is TEMPLATE_TEXT_LEFT", () => {
    expect(one({ target: 8, actual: "……" }).problems.map((p) => p.code)).toEqual(["TEMPLATE_TEXT_LEFT"]);
  });

  it("full-width digits score, but are written as a constant with a note", () => {
    const s = one({ target: "６０００", actual: 4926 });
    expect(value(s)).toBe(12.32);
    expect(s.score.formula).toBeNull();
    expect(s.score.note).toContain("全角");
  });
});

describe("reverse indicators (≤, <)", () => {
  it("ratio: B ≤ A scores W, else W × A ÷ B", () => {
    expect(value(one({ target: "≤90万元", actual: "80万元" }))).toBe(15);
    const s = one({ target: "≤90万元", actual: "120万元" });
    expect(value(s)).toBe(11.25);
    expect(s.score.ruleId).toBe(RULE.reverseRatio);
    expect(s.score.explanation).toBe("反向指标超出年度指标值，按指标值与完成值的比例计分：15×90÷120=11.25");
    expect(s.missed).toBe(true);
  });

  it("linear: W × (1 − (B − A) ÷ A), 0 from B ≥ 2A", () => {
    const linear = { ...DEFAULT, reverse: "linear" as const };
    expect(value(one({ target: "≤90", actual: 120 }, linear))).toBe(10);
    expect(value(one({ target: "≤90", actual: 180 }, linear))).toBe(0);
    expect(value(one({ target: "≤90", actual: 400 }, linear))).toBe(0);
    expect(one({ target: "≤90", actual: 120 }, linear).score.ruleId).toBe(RULE.reverseLinear);
  });

  it("a target of 0 that is exceeded scores 0, never a division error", () => {
    const s = one({ target: "≤0", actual: 3 });
    expect(value(s)).toBe(0);
    expect(s.score.formula).not.toBeNull();
    expect(value(one({ target: "≤0", actual: 3 }, { ...DEFAULT, reverse: "linear" }))).toBe(0);
  });

  it("the 指标性质 column decides before the target text", () => {
    const s = one({ target: "≥5", actual: 4, nature: "≤" });
    expect(s.direction).toBe("reverse");
    expect(value(s)).toBe(15);
  });
});

describe("equal indicators (=)", () => {
  it("B = A scores W; else W × min ÷ max", () => {
    expect(value(one({ target: "=8个", actual: "8个", weight: 12 }))).toBe(12);
    expect(value(one({ target: "=8个", actual: "10个", weight: 12 }))).toBe(9.6);
    expect(value(one({ target: "=8个", actual: "6个", weight: 12 }))).toBe(9);
    expect(value(one({ target: "=8个", actual: "-6个", weight: 12 }))).toBe(0);
    expect(one({ target: "=8个", actual: "10个" }).missed).toBe(true);
  });
});

describe("direction", () => {
  it("a plain number is positive, guessed; a name like 投诉率 suggests reverse", () => {
    const s = one({ name: "群众投诉率", target: 5, actual: 3 });
    expect(s).toMatchObject({ direction: "positive", directionGuessed: true, nameSuggestsReverse: true });
    expect(one({ name: "成本节约率", target: 0, actual: 0.2 }).nameSuggestsReverse).toBe(false);
    expect(one({ name: "到资及时率", target: "≥95%", actual: 1 }).directionGuessed).toBe(false);
  });

  it("a non-numeric target is qualitative; 定性 in 指标性质 too", () => {
    expect(one({ target: "有效保障", actual: "有效保障" }).direction).toBe("qualitative");
    expect(one({ target: 100, actual: 100, nature: "定性" }).direction).toBe("qualitative");
  });
});

describe("qualitative indicators", () => {
  it("an actual equal to the target text is 达成: the weight, as a formula", () => {
    const s = one({ target: "有效保障", actual: " 有效保障" });
    expect(value(s)).toBe(15);
    expect(s.score.ruleId).toBe(RULE.qualitativeAchieved);
    expect(s.score.formula).toContain("TRIM(D5)=TRIM(E5)");
    expect(s.judgment).toBe(false);
  });

  it("anything else is a judgment: no computed score, the tier's band", () => {
    const cases: [string, string | undefined, [number, number]][] = [
      ["达成年度指标", "achieved", [12, 15]],
      ["部分达成年度指标并具有一定效果", "partial", [9, 12]],
      ["未达成年度指标且效果较差", "failed", [0, 9]],
      ["未造成负面影响得满分", undefined, [0, 15]],
    ];
    for (const [actual, tier, band] of cases) {
      const s = one({ target: "有效保障", actual, score: 14 });
      expect([s.judgment, s.tier]).toEqual([true, tier]);
      expect(s.score).toMatchObject({ value: null, formula: null, ruleId: RULE.judgment });
      expect(s.band?.map((d) => d.toNumber())).toEqual(band);
    }
  });

  it("bands 0.8 / 0.5 by switch", () => {
    const s = one(
      { target: "有效保障", actual: "部分达成年度指标并具有一定效果" },
      { ...DEFAULT, qualitativeBands: { achieved: 0.8, partial: 0.5 } },
    );
    expect(s.band?.map((d) => d.toNumber())).toEqual([7.5, 12]);
  });

  it("a judgment row without an entered score needs one", () => {
    const s = one({ target: "达标", actual: "基本达标", score: null });
    expect(s.problems.map((p) => p.code)).toEqual(["REQUIRED_EMPTY"]);
    expect(s.score.explanation).toContain("请填写得分");
  });

  it("missed: failed and partial tiers, and an unknown tier scored below the weight", () => {
    expect(one({ target: "有效", actual: "未完成年度指标", score: 5 }).missed).toBe(true);
    expect(one({ target: "有效", actual: "达成年度指标", score: 13 }).missed).toBe(false);
    expect(one({ target: "达标", actual: "没破坏", score: 15 }).missed).toBe(false);
    expect(one({ target: "达标", actual: "没破坏", score: 10 }).missed).toBe(true);
  });
});

describe("不适用", () => {
  const rows = (na: IndicatorSpec): IndicatorSpec[] => [
    { name: "数量", target: 10, actual: 10, weight: 45, score: 45 },
    { name: "质量", target: 10, actual: 5, weight: 35, score: 17.5 },
    na,
  ];

  it("left out, and the total rescaled to 100", () => {
    const t = table(rows({ name: "生态效益", target: "不适用", actual: "不适用", weight: 10 }));
    expect(t.indicators[2].direction).toBe("notApplicable");
    expect(t.indicators[2].score.value).toBeNull();
    // (10 + 45 + 17.5) × 100 ÷ (100 − 10) = 80.56
    expect(t.total.value?.toNumber()).toBe(80.56);
    expect(t.total.formula).toBe('=IF(100-SUM(F7)<=0,"",ROUND(SUM(G3,G5,G6)*100/(100-SUM(F7)),2))');
    expect(t.weightTotal.toNumber()).toBe(90);
    expect(t.total.explanation).toContain("折算为百分制");
  });

  it("without rescaling by switch", () => {
    const t = table(rows({ name: "生态效益", target: "不适用", actual: "不适用", weight: 10 }), {
      ...DEFAULT,
      notApplicableRescale: false,
    });
    expect(t.total.value?.toNumber()).toBe(72.5);
  });

  it("a row whose weight is empty changes nothing", () => {
    const t = table(rows({ name: "", target: "不适用", actual: "不适用", weight: null }));
    expect(t.total.value?.toNumber()).toBe(72.5);
  });
});

describe("overshoot", () => {
  it("30 % over the target asks for an explanation; off when the switch is null", () => {
    expect(one({ target: 8, actual: 40 }).overshoot).toBe(true);
    expect(one({ target: 10, actual: 13 }).overshoot).toBe(true);
    expect(one({ target: 10, actual: 12.9 }).overshoot).toBe(false);
    expect(one({ target: 0, actual: 5 }).overshoot).toBe(false);
    expect(one({ target: "≤10", actual: 20 }).overshoot).toBe(false);
    expect(one({ target: 8, actual: 40 }, { ...DEFAULT, overshootRatio: null }).overshoot).toBe(false);
    expect(one({ target: 10, actual: 12 }, { ...DEFAULT, overshootRatio: 0.2 }).overshoot).toBe(true);
  });

  it("the platform rule takes 2 points off an overshooting indicator", () => {
    const s = one({ target: 8, actual: 40 }, PLATFORM);
    expect(value(s)).toBe(13);
    expect(s.score.explanation).toContain("扣2分");
    expect(value(one({ target: 10, actual: 12 }, PLATFORM))).toBe(15);
    expect(value(one({ target: 8, actual: 40, weight: 1 }, PLATFORM))).toBe(0);
  });
});

describe("budget execution", () => {
  const budgetOf = (budget: Partial<EvalSpec["budget"]>, profile: Profile = DEFAULT) =>
    table([], profile, budget).budget;

  it("执行率 = 全年执行数 ÷ 全年预算数 to 4 decimals; score = 分值 × 执行率", () => {
    const b = budgetOf({ initial: 1374.58, annual: 3666.39, executed: 3439.59 });
    expect(b.rate.value?.toNumber()).toBe(0.9381);
    expect(b.score.value?.toNumber()).toBe(9.38);
    expect(b.rate.explanation).toBe("执行率=全年执行数÷全年预算数：3439.59÷3666.39=93.81%");
    expect(b.rate.formula).toBe('=IF(COUNT(C3,D3)<2,"",IF(C3<=0,"",ROUND(D3/C3,4)))');
    expect(b.score.formula).toBe('=IF(COUNT(F3,E3)<2,"",ROUND(E3*MIN(F3,1),2))');
  });

  it("招商引资: 60.26 ÷ 64.53 = 93.38 % → 9.34", () => {
    const b = budgetOf({ annual: 64.53, executed: 60.26, rate: pct(0.93), score: 9.3 });
    expect([b.rate.value?.toNumber(), b.score.value?.toNumber()]).toEqual([0.9338, 9.34]);
  });

  it("over-execution caps the rate at 100 % for the score", () => {
    const b = budgetOf({ annual: 100, executed: 120 });
    expect([b.rate.value?.toNumber(), b.score.value?.toNumber()]).toEqual([1.2, 10]);
  });

  it("全年预算数 0: no rate, no score, a guarded formula and never a division error", () => {
    for (const executed of [0, 5]) {
      const b = budgetOf({ annual: 0, executed });
      expect(b.rate.value).toBeNull();
      expect(b.score.value).toBeNull();
      expect(b.rate.formula).toContain('IF(C3<=0,""');
      expect(b.rate.explanation).toContain("全年预算数为0");
    }
  });

  it("empty figures are REQUIRED_EMPTY", () => {
    const b = budgetOf({ annual: null, executed: 5 });
    expect(b.problems.map((p) => p.code)).toEqual(["REQUIRED_EMPTY"]);
    expect(b.rate.value).toBeNull();
  });

  it("a 20-point block: the sheet's 分值 is the weight", () => {
    const b = budgetOf({ annual: 64.53, executed: 60.26, weight: 20 });
    expect(b.weight?.toNumber()).toBe(20);
    expect(b.score.value?.toNumber()).toBe(18.68);
  });

  it("no 分值 in the sheet: the profile's budget weight, 10 or 20", () => {
    const twenty = { ...DEFAULT, budgetWeight: 20 };
    const b = budgetOf({ annual: 64.53, executed: 60.26, weight: null }, twenty);
    expect(b.score.value?.toNumber()).toBe(18.68);
    expect(b.score.formula).toBe('=IF(COUNT(F3)<1,"",ROUND(20*MIN(F3,1),2))');
    expect(budgetOf({ annual: 64.53, executed: 60.26, noWeightColumn: true }).score.value?.toNumber()).toBe(9.34);
  });

  it("no 执行率 column: the score formula computes the rate inline", () => {
    const b = budgetOf({ annual: 64.53, executed: 60.26, noRateColumn: true });
    expect(b.score.value?.toNumber()).toBe(9.34);
    expect(b.score.formula).toBe('=IF(COUNT(C3,D3,E3)<3,"",IF(C3<=0,"",ROUND(E3*MIN(ROUND(D3/C3,4),1),2)))');
  });
});

describe("total", () => {
  const full = (weight: number): IndicatorSpec => ({ name: "x", target: 1, actual: 1, weight, score: weight });

  it("budget score + indicator scores, a judgment row with its entered score", () => {
    const t = table([
      { name: "a", target: 6000, actual: 4926, weight: 15, score: 10 },
      { name: "b", target: "达标", actual: "未造成负面影响得满分", weight: 6, score: 5.5 },
      full(69),
    ]);
    expect(t.total.value?.toNumber()).toBe(10 + 12.32 + 5.5 + 69);
    expect(t.total.formula).toBe("=ROUND(SUM(G3,G5,G6,G7),2)");
    expect(t.grade).toBe("优");
  });

  it("grades 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below", () => {
    const gradeAt = (executed: number, rest: number) =>
      table([{ name: "a", target: 100, actual: rest, weight: 90 }], DEFAULT, { annual: 100, executed }).grade;
    expect(gradeAt(100, 100)).toBe("优");
    expect(gradeAt(100, 80)).toBe("良"); // 10 + 72 = 82
    expect(gradeAt(100, 56)).toBe("中"); // 10 + 50.4 = 60.4
    expect(gradeAt(0, 50)).toBe("差");
  });

  it("platform: the total is capped by 执行率", () => {
    const total = (executed: number) => table([full(90)], PLATFORM, { annual: 100, executed }).total.value?.toNumber();
    expect(total(85)).toBe(98.5);
    expect(total(75)).toBe(89);
    expect(total(65)).toBe(79);
    expect(total(55)).toBe(69);
    expect(total(45)).toBe(59);
    const t = table([full(90)], PLATFORM, { annual: 100, executed: 75 });
    expect(t.total.explanation).toContain("总分最高89分");
  });

  it("platform caps on a 20-point budget block", () => {
    const t = table([full(80)], PLATFORM, { annual: 100, executed: 75, weight: 20 });
    expect(t.budget.score.value?.toNumber()).toBe(15);
    expect(t.total.value?.toNumber()).toBe(89);
  });

  it("a cap needs a rate: none when 全年预算数 is 0", () => {
    const t = table([full(90)], PLATFORM, { annual: 0, executed: 0 });
    expect(t.total.value?.toNumber()).toBe(90);
  });
});

describe("scores stay within [0, weight]", () => {
  it("for a spread of awkward inputs", () => {
    const inputs: [IndicatorSpec["target"], IndicatorSpec["actual"]][] = [
      [0, 0],
      [0, -5],
      [-5, -10],
      [-5, 3],
      ["≤0", 0],
      ["≤-1", 5],
      ["=0", 0],
      ["=0", 3],
      [1e-9, 1e9],
      [1e9, 1e-9],
    ];
    for (const profile of [DEFAULT, PLATFORM])
      for (const [target, actual] of inputs) {
        const v = one({ target, actual, weight: 7.5 }, profile).score.value;
        expect(v).not.toBeNull();
        expect((v as Decimal).gte(0) && (v as Decimal).lte(7.5)).toBe(true);
      }
  });
});
