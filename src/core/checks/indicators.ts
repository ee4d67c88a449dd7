// Indicator rows: inputs a rule needs, entered scores against the weight, the rule and the qualitative band, actual
// values written as targets, and directions the engine had to guess.
import { isBlankIndicator } from "../layout/blank";
import { indicatorWhere as indicatorLabel } from "../scoring/problems";
import { TIER_NAMES } from "../scoring/qualitative";
import { EvalTableScore, IndicatorScore } from "../scoring/types";
import { plain, points, shownText } from "../values/show";
import { CheckContext } from "./context";
import { differs } from "./entered";
import { Finding } from "../finding";

const QUANTITATIVE = new Set(["positive", "reverse", "equal"]);

export function indicatorFindings(t: EvalTableScore, ctx: CheckContext): Finding[] {
  return t.indicators
    .filter((s) => s.direction !== "notApplicable" && !isBlankIndicator(s.indicator))
    .flatMap((s) => [
      ...weightRange(s, ctx),
      ...enteredScore(s, ctx),
      ...copiedTarget(s, ctx),
      ...guessedDirection(s, ctx),
    ]);
}

/** A 分值 is between 0 and 100 (one empty or not a number is scoring's input problem). */
function weightRange(s: IndicatorScore, ctx: CheckContext): Finding[] {
  const field = s.indicator.weight;
  const w = ctx.entry(field);
  if (!field || w.kind !== "number" || !(w.value.isNeg() || w.value.gt(100))) return [];
  return [
    ctx.at("VALUE_OUT_OF_RANGE", field.ref, `${indicatorLabel(s.indicator)}分值为${plain(w.value)}，应在0至100之间`),
  ];
}

function enteredScore(s: IndicatorScore, ctx: CheckContext): Finding[] {
  const ind = s.indicator;
  const name = indicatorLabel(ind);
  const entered = s.enteredScore;
  if (!ind.score || entered === null) return [];
  const weight = s.weight;
  const tol = ctx.tolerance.score;
  if (entered.isNeg())
    return [ctx.at("SCORE_OVER_WEIGHT", ind.score.ref, `${name}得分填报为${points(entered)}分，得分不能为负数`)];
  if (weight !== null && !weight.isNeg() && entered.gt(weight.plus(tol)))
    return [
      ctx.at(
        "SCORE_OVER_WEIGHT",
        ind.score.ref,
        `${name}得分填报为${points(entered)}分，超过分值${plain(weight)}分${ruleHint(s)}`,
      ),
    ];
  if (s.judgment) {
    const band = s.band;
    if (!s.tier || !band) return [];
    if (entered.gte(band[0].minus(tol)) && entered.lte(band[1].plus(tol))) return [];
    return [
      ctx.at(
        "QUALITATIVE_BAND",
        ind.score.ref,
        `${name}实际完成值「${shownText(ind.actual)}」属“${TIER_NAMES[s.tier]}”档，得分应在${points(band[0])}至${points(band[1])}分之间，填报为${points(entered)}分`,
      ),
    ];
  }
  const computed = s.score.value;
  if (computed === null || weight?.isNeg() || !differs(entered, computed, tol, 2)) return [];
  return [
    ctx.at(
      // 预算执行率 listed as an indicator is the budget's score: its arithmetic is an error like the money block's.
      ind.budgetRate ? "BUDGET_SCORE_MISMATCH" : "SCORE_MISMATCH",
      ind.score.ref,
      `${name}得分填报为${points(entered)}分，按计分规则应为${points(computed)}分（${s.score.explanation}）`,
    ),
  ];
}

function ruleHint(s: IndicatorScore): string {
  return s.score.value !== null ? `，按计分规则应为${points(s.score.value)}分` : "";
}

/** An actual written with a comparator (≥90%) states the target again, not what was achieved. */
function copiedTarget(s: IndicatorScore, ctx: CheckContext): Finding[] {
  const ind = s.indicator;
  if (!QUANTITATIVE.has(s.direction) || !s.actual?.comparator || !ind.actual) return [];
  const same = shownText(ind.actual).trim() === shownText(ind.target).trim();
  return [
    ctx.at(
      "ACTUAL_COPIES_TARGET",
      ind.actual.ref,
      `${indicatorLabel(ind)}实际完成值「${shownText(ind.actual)}」${same ? "照抄了年度指标值" : "带有比较符号"}，应填写实际达到的数值（如${plain(s.actual.value)}${s.actual.percent ? "%" : s.actual.unit}）`,
    ),
  ];
}

function guessedDirection(s: IndicatorScore, ctx: CheckContext): Finding[] {
  const ind = s.indicator;
  if (!s.directionGuessed || !s.nameSuggestsReverse || !ind.target) return [];
  return [
    ctx.at(
      "DIRECTION_GUESSED",
      ind.target.ref,
      `${indicatorLabel(ind)}未注明指标性质或比较符号，已按正向指标（越大越好）计分；名称提示可能是反向指标（越小越好），如是请在年度指标值前加“≤”`,
    ),
  ];
}
