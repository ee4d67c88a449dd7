// Scores one indicator row by the profile's rules: direction, then the quantitative or qualitative rule.
import Decimal from "decimal.js";
import { refA1 } from "../grid/address";
import { Field, Indicator } from "../layout/model";
import { Profile } from "../profile/types";
import { readCell } from "../values/read-cell";
import { Quantity, Reading } from "../values/types";
import { decideDirection } from "./direction";
import { showScore } from "./explain";
import { compile, num } from "./expr";
import { Input, input, numberProblems } from "./inputs";
import { achievedRule, bandOf, explainJudgment, tierOf } from "./qualitative";
import { QualitativeTier } from "./types";
import { QuantitativeDirection, missedTarget, overshoots, quantitativeRule, quantitativeScore } from "./quantitative";
import { RULE } from "./rules";
import { Computed, IndicatorScore, InputProblem } from "./types";
import { TEMPLATE_TEXT, normalizeWord } from "./words";

export interface ScoredIndicator {
  score: IndicatorScore;
  /** Whether the plan writes the score cell (else it keeps what a person entered). */
  written: boolean;
}

/** What every outcome of an indicator shares. */
type Base = Pick<
  IndicatorScore,
  "indicator" | "direction" | "directionGuessed" | "nameSuggestsReverse" | "target" | "actual" | "weight"
>;

// Built field by field: object spread is slow in V8, and a workbook has hundreds of indicators.
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
    score,
    judgment,
    missed,
    overshoot,
    problems,
  };
}

const NO_READING: Reading = { kind: "empty" };

/** The weight of a row: its 分值 cell, or the points of a label over it alone (`效益指标(30分)`), else none. */
export function weightInput(indicator: Indicator): Input | null {
  if (indicator.weight) return input(indicator.weight);
  const label = indicator.labelWeight;
  if (!label) return null;
  const value = new Decimal(label.points);
  const quantity: Quantity = { value, unit: "", percent: false };
  return { field: label.field, reading: { kind: "number", quantity }, quantity, expr: num(value) };
}

export function scoreIndicator(indicator: Indicator, profile: Profile): ScoredIndicator {
  const home = indicator.name.ref.sheet;
  const name = indicator.name.text || String(indicator.name.value ?? "");
  const where = `「${name || "第" + indicator.row + "行指标"}」`;
  const target = indicator.target ? input(indicator.target) : null;
  const actual = indicator.actual ? input(indicator.actual) : null;
  const weight = weightInput(indicator);
  const decision =
    !target && !actual
      ? { direction: "qualitative" as const, guessed: false, nameSuggestsReverse: false }
      : decideDirection(indicator, target?.reading ?? NO_READING, actual?.reading ?? NO_READING);
  const base: Base = {
    indicator,
    direction: decision.direction,
    directionGuessed: decision.guessed,
    nameSuggestsReverse: decision.nameSuggestsReverse,
    target: target?.quantity ?? null,
    actual: actual?.quantity ?? null,
    weight: weight?.quantity?.value ?? null,
  };

  if (decision.direction === "notApplicable") {
    const explanation = profile.notApplicableRescale ? "不适用，不计分，总分按其余分值折算为百分制" : "不适用，不计分";
    const score = { value: null, formula: null, ruleId: RULE.notApplicable, explanation };
    return { score: outcome(base, score, false, false, false, []), written: false };
  }
  if (!weight || !target || !actual)
    return scoreWithoutRule(indicator, profile, base, { target, actual, weight }, where);
  if (decision.direction === "qualitative") return scoreQualitative(indicator, profile, base, weight, where);

  const direction = decision.direction as QuantitativeDirection;
  const rule = quantitativeRule(direction, target, actual, weight, profile);
  const compiled = compile(rule.expr, home, rule.env);
  const computed = quantitativeScore(
    compiled,
    rule.ruleId,
    direction,
    target.quantity,
    actual.quantity,
    weight.quantity,
    profile,
  );
  const problems: InputProblem[] = [];
  if (target.reading.kind !== "number") problems.push(...quantityProblems(target, "年度指标值", where));
  if (actual.reading.kind !== "number") problems.push(...quantityProblems(actual, "实际完成值", where));
  if (weight.reading.kind !== "number") problems.push(...numberProblems(weight, "分值", where));
  if (target.quantity && actual.quantity && target.quantity.unit !== actual.quantity.unit)
    problems.push(...unitProblems(target.quantity, actual.quantity, indicator, where));
  // A rule's score with no 得分 cell to hold it is reported, never written.
  const written = !!indicator.score && (computed.formula !== null || computed.value !== null);
  const missed = target.quantity && actual.quantity ? missedTarget(direction, target.quantity, actual.quantity) : false;
  const overshoot = overshoots(direction, target.quantity, actual.quantity, profile);
  return { score: outcome(base, computed, false, missed, overshoot, problems), written };
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
  inputs: { target: Input | null; actual: Input | null; weight: Input | null },
  where: string,
): ScoredIndicator {
  const { target, actual, weight } = inputs;
  const problems: InputProblem[] = [];
  const quantitative = base.direction === "positive" || base.direction === "reverse" || base.direction === "equal";
  if (target && quantitative && target.reading.kind !== "number")
    problems.push(...quantityProblems(target, "年度指标值", where));
  if (actual && quantitative && actual.reading.kind !== "number")
    problems.push(...quantityProblems(actual, "实际完成值", where));
  if (target && !quantitative) problems.push(...textProblems(target.field, "年度指标值", where));
  if (actual && !quantitative) problems.push(...textProblems(actual.field, "实际完成值", where));
  if (weight && weight.reading.kind !== "number") problems.push(...numberProblems(weight, "分值", where));
  const entered = indicator.score ? enteredNumber(readCell(indicator.score)) : null;
  let missed = false;
  let tier: QualitativeTier | undefined;
  if (quantitative && base.target && base.actual)
    missed = missedTarget(base.direction as QuantitativeDirection, base.target, base.actual);
  else if (base.direction === "qualitative" && actual) {
    tier = tierOf(textOf(actual.field));
    missed = tier === "partial" || tier === "failed";
  }
  if (!missed && entered !== null && base.weight !== null) missed = entered.lt(base.weight);
  const missing = !weight
    ? "此表样未设分值"
    : !target || !actual
      ? `此表样没有${!target ? "年度指标值" : "实际完成值"}列`
      : "";
  const kept = entered !== null ? `，保留填报得分${showScore(entered)}` : "";
  const score: Computed = {
    value: null,
    formula: null,
    ruleId: !weight ? RULE.unweighted : RULE.judgment,
    explanation: `${missing}，不按规则计算得分${kept}`,
  };
  const overshoot = quantitative && overshoots(base.direction, base.target, base.actual, profile);
  const out = outcome(base, score, !!indicator.score, missed, overshoot, problems);
  if (tier) out.tier = tier;
  if (weight && base.weight && indicator.score) out.band = bandOf(tier, base.weight, profile);
  return { score: out, written: false };
}

function scoreQualitative(
  indicator: Indicator,
  profile: Profile,
  base: Base,
  weight: Input,
  where: string,
): ScoredIndicator {
  const home = indicator.name.ref.sheet;
  const targetField = indicator.target!;
  const actualField = indicator.actual!;
  const targetText = textOf(targetField);
  const actualText = textOf(actualField);
  const problems: InputProblem[] = textProblems(targetField, "年度指标值", where);
  problems.push(...textProblems(actualField, "实际完成值", where));
  if (weight.reading.kind !== "number") problems.push(...numberProblems(weight, "分值", where));
  const rule = achievedRule(targetField, actualField, weight);
  if (rule.achieved) {
    const compiled = compile(rule.expr, home, rule.env);
    const computed: Computed = {
      value: compiled.value,
      formula: compiled.formula,
      ruleId: RULE.qualitativeAchieved,
      explanation: `实际完成值与年度指标值一致（${actualText}），视为达成，得满分${showScore(compiled.value)}`,
    };
    if (compiled.note && compiled.value !== null) computed.note = compiled.note;
    const written = !!indicator.score && (computed.formula !== null || computed.value !== null);
    return {
      score: outcome(base, computed, false, false, false, problems),
      written,
    };
  }
  if (targetText === "" || actualText === "") {
    const score: Computed = {
      value: null,
      formula: null,
      ruleId: RULE.unscorable,
      explanation: `${targetText === "" ? "年度指标值" : "实际完成值"}未填写，暂不计分`,
    };
    return { score: outcome(base, score, false, false, false, problems), written: false };
  }
  const tier = tierOf(actualText);
  const band = base.weight ? bandOf(tier, base.weight, profile) : undefined;
  const scoreField = indicator.score;
  const enteredReading = scoreField ? readCell(scoreField) : NO_READING;
  const entered = enteredNumber(enteredReading);
  if (scoreField && enteredReading.kind === "empty")
    problems.push({
      code: "REQUIRED_EMPTY",
      field: scoreField,
      message: `${where}为定性指标且实际完成值与指标值不一致，得分需由评价人填写（${refA1(scoreField.ref)}）`,
    });
  else if (scoreField && enteredReading.kind !== "number")
    problems.push({
      code: "NOT_A_NUMBER",
      field: scoreField,
      message: `${where}得分「${scoreField.text || String(scoreField.value)}」不是数字（${refA1(scoreField.ref)}）`,
    });
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
  const score = outcome(base, judged, !!scoreField, missed, false, problems);
  if (tier) score.tier = tier;
  if (band) score.band = band;
  return { score, written: false };
}

function textOf(field: Field): string {
  if (field.value === null || field.value === undefined) return "";
  return (field.text || String(field.value)).trim();
}

function enteredNumber(reading: Reading): Decimal | null {
  return reading.kind === "number" ? reading.quantity.value : null;
}

/** Characters a template filler starts with (……, 请填写, 指标2, xx, 待定): anything else is not one. */
const TEMPLATE_START = /^[\s.。…·请需指xX×待\uff0e\uff38\uff58]/;

function isTemplateText(text: string): boolean {
  if (!TEMPLATE_START.test(text)) return false;
  const t = normalizeWord(text);
  return TEMPLATE_TEXT.some((p) => p.test(t));
}

function quantityProblems(inp: Input, label: string, where: string): InputProblem[] {
  if (inp.reading.kind === "text" && isTemplateText(inp.reading.text))
    return [
      {
        code: "TEMPLATE_TEXT_LEFT",
        field: inp.field,
        message: `${where}${label}仍是模板文字「${inp.reading.text}」（${refA1(inp.field.ref)}）`,
      },
    ];
  return numberProblems(inp, label, where);
}

function textProblems(field: Field, label: string, where: string): InputProblem[] {
  const text = textOf(field);
  if (text === "") return [{ code: "REQUIRED_EMPTY", field, message: `${where}${label}未填写（${refA1(field.ref)}）` }];
  if (isTemplateText(text))
    return [
      { code: "TEMPLATE_TEXT_LEFT", field, message: `${where}${label}仍是模板文字「${text}」（${refA1(field.ref)}）` },
    ];
  return [];
}

function unitKey(unit: string): string {
  return unit.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
}

function unitProblems(target: Quantity | null, actual: Quantity | null, indicator: Indicator, where: string) {
  const targetField = indicator.target!;
  const actualField = indicator.actual!;
  if (!target || !actual) return [];
  if (target.unit === actual.unit) return [];
  const problems: InputProblem[] = [];
  const t = unitKey(target.unit);
  const a = unitKey(actual.unit);
  if (t !== "" && a !== "" && t !== a)
    problems.push({
      code: "UNIT_MISMATCH" as const,
      field: actualField,
      message: `${where}实际完成值单位「${actual.unit}」与年度指标值单位「${target.unit}」不一致（${refA1(actualField.ref)}）`,
    });
  else if (target.percent !== actual.percent) {
    // 95 against 90 % is read as 95 %; 0.95 against 90 % almost certainly meant 95 %: say so
    const plain = target.percent ? actual : target;
    const pct = target.percent ? target : actual;
    if (plain.unit === "" && plain.value.abs().lte(1) && pct.value.abs().gt(1))
      problems.push({
        code: "UNIT_MISMATCH" as const,
        field: target.percent ? actualField : targetField,
        message: `${where}一方为百分数${pct.value.toFixed()}%，另一方为${plain.value.toFixed()}，按${plain.value.toFixed()}%比较；若意为${plain.value.times(100).toFixed()}%请改写`,
      });
  }
  return problems;
}
