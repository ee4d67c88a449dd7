// 预算执行率 listed as an indicator row (宁夏, 河北 forms score budget execution there instead of in the money block):
// score = 分值 × min(执行率, 1), the 执行率 being the money block's (its cell, or 全年执行数 ÷ 全年预算数), else the
// row's own 实际完成值 read as a rate.
import Decimal from "decimal.js";
import { isBlankIndicator } from "../layout/blank";
import { Indicator } from "../layout/model";
import { numberIn } from "../values/entry";
import { percent, points } from "../values/show";
import { ScoredBudget } from "./budget";
import { explained } from "./explain";
import { Expr, because, compile, num, numberOf, whenNumbers } from "./expr";
import { cappedScore } from "./rates";
import { RowContext, ScoredIndicator, scoreIndicator } from "./indicator";
import { Inputs } from "./inputs";
import { indicatorProblems } from "./problems";
import { RULE } from "./rules";
import { IndicatorScore } from "./types";

// Reasons: {rate} the 执行率, {capped} the same up to 100 %, {W} the 分值, {S} the score.
const SCORED = "预算执行率按全年执行数÷全年预算数为{rate}，得分=分值×执行率（超过100%按100%计）：{W}×{capped}={S}";
const UNSCORED = "执行率或分值无法确定，暂不计分";

export function scoreBudgetRateRow(indicator: Indicator, row: RowContext, budget: ScoredBudget): ScoredIndicator {
  const { inputs } = row;
  const weight = inputs.weight(indicator);
  const rate = budget.rateTerm ?? rateOfActual(indicator, inputs);
  if (!weight || !rate) return scoreIndicator(indicator, row);
  const compiled = compile(
    whenNumbers([rate, weight.expr], because(SCORED, cappedScore(weight.expr, rate)), UNSCORED),
    indicator.name.ref.sheet,
  );
  const rateValue = numberOf(rate);
  const score = explained(
    compiled,
    RULE.budgetRateRow,
    () => ({
      rate: percent(rateValue),
      capped: percent(rateValue && Decimal.min(rateValue, 1)),
      W: weight.quantity?.value.toFixed() ?? "",
      S: points(compiled.value),
    }),
    UNSCORED,
  );
  const out: IndicatorScore = {
    indicator,
    direction: "positive",
    directionGuessed: false,
    nameSuggestsReverse: false,
    target: null,
    actual: null,
    weight: weight.quantity?.value ?? null,
    enteredScore: numberIn(inputs.entry(indicator.score)),
    score,
    judgment: false,
    missed: rateValue !== null && rateValue.lt(1),
    overshoot: false,
    problems: isBlankIndicator(indicator)
      ? []
      : indicatorProblems(indicator, inputs, {
          direction: "positive",
          byBudgetRule: true,
          targetOptional: row.targetOptional,
          judgmentNeedsScore: false,
        }),
  };
  return { score: out, written: !!indicator.score && (compiled.formula !== null || compiled.value !== null) };
}

/** The row's 实际完成值 as a fraction, where the table has no money block to take the rate from. */
function rateOfActual(indicator: Indicator, inputs: Inputs): Expr | null {
  if (!indicator.actual) return null;
  const actual = inputs.of(indicator.actual);
  const q = actual.quantity;
  if (!q) return null;
  if (typeof indicator.actual.value === "number" && q.percent) return actual.expr;
  return num(q.percent || q.value.gt(10) ? q.value.div(100) : q.value);
}
