// Scores one indicator row by the profile's rules: direction, then the quantitative or qualitative rule.
import { refA1 } from "../grid/address";
import { isBlankIndicator } from "../layout/blank";
import { Field, Indicator } from "../layout/model";
import { Profile } from "../profile/types";
import { EMPTY_ENTRY, numberIn } from "../values/entry";
import { points } from "../values/show";
import { Quantity } from "../values/types";
import { decideDirection } from "./direction";
import { explained } from "./explain";
import { compile } from "./expr";
import { Input, Inputs } from "./inputs";
import { indicatorProblems, indicatorWhere } from "./problems";
import { achievedRule, bandOf, explainJudgment, tierOf } from "./qualitative";
import { QuantitativeDirection, missedTarget, overshoots, quantitativeRule, quantitativeScore } from "./quantitative";
import { RULE } from "./rules";
import { Computed, IndicatorScore, InputProblem, QualitativeTier } from "./types";

export interface ScoredIndicator {
  score: IndicatorScore;
  /** Whether the plan writes the score cell (else it keeps what a person entered). */
  written: boolean;
}

/** What every outcome of an indicator shares. */
type Base = Pick<
  IndicatorScore,
  | "indicator"
  | "direction"
  | "directionGuessed"
  | "nameSuggestsReverse"
  | "target"
  | "actual"
  | "weight"
  | "enteredScore"
>;

// Built field by field: object spread is slow in V8, and a workbook has hundreds of indicators (spreading allocates
// 25 % more per scoring run, 1.09–1.5× the time: issue 18).
function outcome(
  b: Base,
  score: Computed,
  judgment: boolean,
  missed: boolean,
  overshoot: boolean,
  problems: InputProblem[],
): IndicatorScore {
  return {
    indicator: b.indicator,
    direction: b.direction,
    directionGuessed: b.directionGuessed,
    nameSuggestsReverse: b.nameSuggestsReverse,
    target: b.target,
    actual: b.actual,
    weight: b.weight,
    enteredScore: b.enteredScore,
    score,
    judgment,
    missed,
    overshoot,
    problems,
  };
}

/** How a row is scored: its inputs, the profile, and whether the form asks no 年度指标值 of it (`targetOptional`). */
export interface RowContext {
  profile: Profile;
  inputs: Inputs;
  targetOptional: boolean;
}

export function scoreIndicator(indicator: Indicator, row: RowContext): ScoredIndicator {
  const { profile, inputs } = row;
  const home = indicator.name.ref.sheet;
  const target = indicator.target ? inputs.of(indicator.target) : null;
  const actual = indicator.actual ? inputs.of(indicator.actual) : null;
  const weight = inputs.weight(indicator);
  const decision =
    !target && !actual
      ? { direction: "qualitative" as const, guessed: false, nameSuggestsReverse: false }
      : decideDirection(indicator, target?.entry ?? EMPTY_ENTRY, actual?.entry ?? EMPTY_ENTRY);
  const base: Base = {
    indicator,
    direction: decision.direction,
    directionGuessed: decision.guessed,
    nameSuggestsReverse: decision.nameSuggestsReverse,
    target: target?.quantity ?? null,
    actual: actual?.quantity ?? null,
    weight: weight?.quantity?.value ?? null,
    enteredScore: numberIn(inputs.entry(indicator.score)),
  };
  const problems = (judgmentNeedsScore: boolean): InputProblem[] =>
    isBlankIndicator(indicator)
      ? []
      : indicatorProblems(indicator, inputs, {
          direction: decision.direction,
          byBudgetRule: false,
          targetOptional: row.targetOptional,
          judgmentNeedsScore,
        });

  if (decision.direction === "notApplicable") {
    const explanation = profile.notApplicableRescale ? "不适用，不计分，总分按其余分值折算为百分制" : "不适用，不计分";
    const score = { value: null, formula: null, ruleId: RULE.notApplicable, explanation };
    return { score: outcome(base, score, false, false, false, problems(false)), written: false };
  }
  if (!weight || !target || !actual) return scoreWithoutRule(indicator, profile, base, !!weight, problems(false));
  if (decision.direction === "qualitative") return scoreQualitative(indicator, profile, base, weight, problems);

  const direction = decision.direction as QuantitativeDirection;
  const rule = quantitativeRule(direction, target, actual, weight, profile);
  const compiled = compile(rule.expr, home, rule.env);
  const computed = quantitativeScore(compiled, rule.ruleId, target.quantity, actual.quantity, weight.quantity);
  const found = problems(false);
  if (target.quantity && actual.quantity && target.quantity.unit !== actual.quantity.unit)
    found.push(...unitProblems(target.quantity, actual.quantity, indicator));
  // A rule's score with no 得分 cell to hold it is reported, never written.
  const written = !!indicator.score && (computed.formula !== null || computed.value !== null);
  const missed = target.quantity && actual.quantity ? missedTarget(direction, target.quantity, actual.quantity) : false;
  const overshoot = overshoots(direction, target.quantity, actual.quantity, profile);
  return { score: outcome(base, computed, false, missed, overshoot, found), written };
}

/**
 * A row the form gives no rule for: no 分值 anywhere (转移支付, 区域绩效目标自评表), or no 年度指标值 / 实际完成值
 * column (评分细则, 海南's scorecard). Nothing is computed; a score the person entered stands, and whether the target
 * was missed is still decided from the figures the row has.
 */
function scoreWithoutRule(
  indicator: Indicator,
  profile: Profile,
  base: Base,
  weighted: boolean,
  problems: InputProblem[],
): ScoredIndicator {
  const entered = base.enteredScore;
  const quantitative = base.direction === "positive" || base.direction === "reverse" || base.direction === "equal";
  let missed = false;
  let tier: QualitativeTier | undefined;
  if (quantitative && base.target && base.actual)
    missed = missedTarget(base.direction as QuantitativeDirection, base.target, base.actual);
  else if (base.direction === "qualitative" && indicator.actual) {
    tier = tierOf(textOf(indicator.actual));
    missed = tier === "partial" || tier === "failed";
  }
  if (!missed && entered !== null && base.weight !== null) missed = entered.lt(base.weight);
  const missing = !weighted
    ? "此表样未设分值"
    : !indicator.target || !indicator.actual
      ? `此表样没有${!indicator.target ? "年度指标值" : "实际完成值"}列`
      : "";
  const kept = entered !== null ? `，保留填报得分${points(entered)}` : "";
  const score: Computed = {
    value: null,
    formula: null,
    ruleId: !weighted ? RULE.unweighted : RULE.judgment,
    explanation: `${missing}，不按规则计算得分${kept}`,
  };
  const overshoot = quantitative && overshoots(base.direction, base.target, base.actual, profile);
  const out = outcome(base, score, !!indicator.score, missed, overshoot, problems);
  if (tier) out.tier = tier;
  if (weighted && base.weight && indicator.score) out.band = bandOf(tier, base.weight, profile);
  return { score: out, written: false };
}

function scoreQualitative(
  indicator: Indicator,
  profile: Profile,
  base: Base,
  weight: Input,
  problems: (judgmentNeedsScore: boolean) => InputProblem[],
): ScoredIndicator {
  const home = indicator.name.ref.sheet;
  const targetField = indicator.target!;
  const actualField = indicator.actual!;
  const targetText = textOf(targetField);
  const actualText = textOf(actualField);
  const rule = achievedRule(targetField, actualField, weight);
  if (rule.achieved) {
    const compiled = compile(rule.expr, home, rule.env);
    const computed = explained(compiled, RULE.qualitativeAchieved, () => ({
      actual: actualText,
      S: points(compiled.value),
    }));
    const written = !!indicator.score && (computed.formula !== null || computed.value !== null);
    return { score: outcome(base, computed, false, false, false, problems(false)), written };
  }
  if (targetText === "" || actualText === "") {
    const score: Computed = {
      value: null,
      formula: null,
      ruleId: RULE.unscorable,
      explanation: `${targetText === "" ? "年度指标值" : "实际完成值"}未填写，暂不计分`,
    };
    return { score: outcome(base, score, false, false, false, problems(false)), written: false };
  }
  const tier = tierOf(actualText);
  const band = base.weight ? bandOf(tier, base.weight, profile) : undefined;
  const entered = base.enteredScore;
  const missed =
    tier === "partial" || tier === "failed"
      ? true
      : tier === "achieved"
        ? false
        : entered !== null && base.weight !== null && entered.lt(base.weight);
  const judged: Computed = {
    value: null,
    formula: null,
    ruleId: RULE.judgment,
    explanation: explainJudgment(targetText, actualText, tier, band, entered),
  };
  const score = outcome(base, judged, !!indicator.score, missed, false, problems(true));
  if (tier) score.tier = tier;
  if (band) score.band = band;
  return { score, written: false };
}

/** The text of an answer as a qualitative rule compares it. */
function textOf(field: Field): string {
  if (field.value === null || field.value === undefined) return "";
  return (field.text || String(field.value)).trim();
}

function unitKey(unit: string): string {
  return unit.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
}

function unitProblems(target: Quantity, actual: Quantity, indicator: Indicator): InputProblem[] {
  const targetField = indicator.target!;
  const actualField = indicator.actual!;
  const where = indicatorWhere(indicator);
  const problems: InputProblem[] = [];
  const t = unitKey(target.unit);
  const a = unitKey(actual.unit);
  if (t !== "" && a !== "" && t !== a)
    problems.push({
      code: "UNIT_MISMATCH",
      field: actualField,
      message: `${where}实际完成值单位「${actual.unit}」与年度指标值单位「${target.unit}」不一致（${refA1(actualField.ref)}）`,
    });
  else if (target.percent !== actual.percent) {
    // 95 against 90 % is read as 95 %; 0.95 against 90 % almost certainly meant 95 %: say so
    const plain = target.percent ? actual : target;
    const pct = target.percent ? target : actual;
    if (plain.unit === "" && plain.value.abs().lte(1) && pct.value.abs().gt(1))
      problems.push({
        code: "UNIT_MISMATCH",
        field: target.percent ? actualField : targetField,
        message: `${where}一方为百分数${pct.value.toFixed()}%，另一方为${plain.value.toFixed()}，按${plain.value.toFixed()}%比较；若意为${plain.value.times(100).toFixed()}%请改写`,
      });
  }
  return problems;
}
