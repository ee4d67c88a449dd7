// Indicator rows: inputs a rule needs, entered scores against the weight, the rule and the qualitative band, actual
// values written as targets, and directions the engine had to guess.
import { targetOptional } from "../layout/families";
import { Indicator } from "../layout/model";
import { isBlankIndicator } from "../reasons/kind";
import { EvalTableScore, IndicatorScore, QualitativeTier } from "../scoring/types";
import { CheckContext } from "./context";
import { differs, entry, shownText } from "./entered";
import { Finding } from "../finding";
import { plain, points } from "./format";

const QUANTITATIVE = new Set(["positive", "reverse", "equal"]);

const TIER_NAMES: Record<QualitativeTier, string> = {
  achieved: "达成年度指标",
  partial: "部分达成年度指标并具有一定效果",
  failed: "未达成年度指标且效果较差",
};

/** How a finding names its row: 「实际利用外资额」, or 「第14行指标」 for a row without a name. */
export function indicatorLabel(indicator: Indicator): string {
  const name = shownText(indicator.name).trim();
  return `「${name || `第${indicator.row}行指标`}」`;
}

export function indicatorFindings(t: EvalTableScore, ctx: CheckContext): Finding[] {
  const family = t.table.layout.family;
  return t.indicators
    .filter((s) => s.direction !== "notApplicable" && !isBlankIndicator(s.indicator))
    .flatMap((s) => [
      ...inputs(s, ctx, targetOptional(family, s.indicator.level1)),
      ...enteredScore(s, ctx),
      ...copiedTarget(s, ctx),
      ...guessedDirection(s, ctx),
    ]);
}

/** Inputs the rule needs. Scoring reports most of these; the same finding at the same cell is kept once. */
function inputs(s: IndicatorScore, ctx: CheckContext, targetOptional: boolean): Finding[] {
  const ind = s.indicator;
  const name = indicatorLabel(ind);
  const out: Finding[] = [];
  // Only the columns the form has are asked for: a form without 分值 sets no weights (WEIGHTS_NOT_SET says so once).
  const w = entry(ind.weight);
  if (ind.weight && w.kind === "empty") out.push(ctx.at("REQUIRED_EMPTY", ind.weight.ref, `${name}分值未填写`));
  else if (ind.weight && w.kind === "bad")
    out.push(ctx.at("NOT_A_NUMBER", ind.weight.ref, `${name}分值${w.why}，应为0至100之间的数字`));
  else if (ind.weight && w.kind === "number" && (w.value.isNeg() || w.value.gt(100)))
    out.push(ctx.at("VALUE_OUT_OF_RANGE", ind.weight.ref, `${name}分值为${plain(w.value)}，应在0至100之间`));

  // 预算执行率 as an indicator row is scored from the money block: its own figures are not read.
  if (ind.budgetRate) return out;
  const target = entry(ind.target);
  const actual = entry(ind.actual);
  for (const [field, e, label] of [
    [targetOptional ? undefined : ind.target, target, "年度指标值"],
    [ind.actual, actual, "实际完成值"],
  ] as const)
    if (field && e.kind === "empty") out.push(ctx.at("REQUIRED_EMPTY", field.ref, `${name}${label}未填写`));

  if (QUANTITATIVE.has(s.direction)) {
    if (ind.target && target.kind === "bad")
      out.push(ctx.at("NOT_A_NUMBER", ind.target.ref, `${name}年度指标值${target.why}`));
    if (ind.actual && actual.kind === "bad")
      out.push(
        ctx.at(
          "NOT_A_NUMBER",
          ind.actual.ref,
          `${name}实际完成值${actual.why}${target.kind === "number" ? `，年度指标值为数字（${shownText(ind.target)}），实际完成值应填写数字` : ""}`,
        ),
      );
  } else if (ind.target && target.kind === "bad" && actual.kind === "number") {
    // 完成 against 4926: the actual is a figure, so the target must be one too.
    out.push(
      ctx.at(
        "NOT_A_NUMBER",
        ind.target.ref,
        `${name}年度指标值${target.why}，而实际完成值为数字（${shownText(ind.actual)}）：定量指标的年度指标值应填写数字`,
      ),
    );
  }
  return out;
}

function enteredScore(s: IndicatorScore, ctx: CheckContext): Finding[] {
  const ind = s.indicator;
  const name = indicatorLabel(ind);
  if (!ind.score) return [];
  const e = entry(ind.score);
  if (e.kind === "bad") return [ctx.at("NOT_A_NUMBER", ind.score.ref, `${name}得分${e.why}，应填写分数`)];
  if (e.kind !== "number") return [];
  const entered = e.value;
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
