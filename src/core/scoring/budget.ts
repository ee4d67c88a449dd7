// Budget execution (年度资金总额 row): 执行率 = 全年执行数 ÷ 全年预算数, shown to 4 decimals as a fraction;
// score = 分值 × min(执行率, 1). A 全年预算数 of 0 gives no rate and no score, never a division error.
import { EvalTable } from "../layout/model";
import { Profile } from "../profile/types";
import { RuleResult, showQuantity, showRate, showScore } from "./explain";
import {
  BLANK,
  Env,
  Expr,
  bound,
  filledCell,
  compile,
  div,
  iff,
  le,
  min,
  mul,
  num,
  outcomeOfCompiled,
  round,
  slot,
  whenNumbers,
} from "./expr";
import { Input, input, numberProblems } from "./inputs";
import { RULE } from "./rules";
import { BudgetScore, Computed, InputProblem } from "./types";
import Decimal from "decimal.js";

export interface ScoredBudget {
  budget: BudgetScore;
  /** The rate as the total's cap reads it: the rate cell, or the rate expression where the table has none. */
  rateTerm: Expr | null;
  /** What the budget score cell will hold, or the score expression where the table has no such cell. */
  scoreTerm: Expr | null;
  /** Whether `scoreTerm` is a cell of the sheet (else an inline expression). */
  scoreIsCell: boolean;
}

const ZERO = num(0);
const ONE = num(1);
// Templates over slots: rate (全年预算数, 全年执行数); score (执行率 cell, 分值) or, without a 执行率 column,
// (全年预算数, 全年执行数, 分值). A 分值 the sheet does not give is the profile's, a literal left out of the guard.
const [S0, S1, S2] = [slot(0), slot(1), slot(2)];
const RATE_OF = (annual: Expr, executed: Expr) => round(div(executed, annual), 4);
const RATE = whenNumbers([S0, S1], iff(le(S0, ZERO), BLANK, RATE_OF(S0, S1)));
const SCORE_OF_RATE_CELL = whenNumbers([S0, S1], round(mul(S1, min(S0, ONE)), 2));
const SCORE_OF_RATE_CELL_FIXED_WEIGHT = whenNumbers([S0], round(mul(S1, min(S0, ONE)), 2));
const INLINE = iff(le(S0, ZERO), BLANK, round(mul(S2, min(RATE_OF(S0, S1), ONE)), 2));
const SCORE_INLINE = whenNumbers([S0, S1, S2], INLINE);
const SCORE_INLINE_FIXED_WEIGHT = whenNumbers([S0, S1], INLINE);

export function scoreBudget(table: EvalTable, profile: Profile): ScoredBudget {
  const row = table.budget.total;
  const home = table.sheet;
  const where = "年度资金总额";
  const annual = row.annual ? input(row.annual) : null;
  const executed = row.executed ? input(row.executed) : null;
  const weightInput = row.weight ? input(row.weight) : null;
  const weightFromSheet = weightInput && weightInput.reading.kind !== "empty" ? weightInput : null;
  const W: Expr = weightFromSheet ? weightFromSheet.expr : num(profile.budgetWeight);
  const weightValue: Decimal | null = weightFromSheet
    ? (weightFromSheet.quantity?.value ?? null)
    : new Decimal(profile.budgetWeight);

  const problems: InputProblem[] = [
    ...(annual ? numberProblems(annual, "全年预算数", where) : []),
    ...(executed ? numberProblems(executed, "全年执行数", where) : []),
    ...(weightFromSheet ? numberProblems(weightFromSheet, "分值", where) : []),
  ];
  if (!annual || !executed) {
    const none: Computed = {
      value: null,
      formula: null,
      ruleId: RULE.budgetRate,
      explanation: "表中没有全年预算数或全年执行数，无法计算执行率",
    };
    return {
      budget: { weight: weightValue, rate: none, score: { ...none, ruleId: RULE.budgetScore }, problems },
      rateTerm: null,
      scoreTerm: null,
      scoreIsCell: false,
    };
  }

  const wIsCell = W.kind === "ref";
  const rateEnv: Env = [annual.expr, executed.expr];
  const rateCompiled = compile(RATE, home, rateEnv);
  const rateTerm = row.rate ? filledCell(row.rate.ref, outcomeOfCompiled(rateCompiled)) : null;
  const scoreCompiled = rateTerm
    ? compile(wIsCell ? SCORE_OF_RATE_CELL : SCORE_OF_RATE_CELL_FIXED_WEIGHT, home, [rateTerm, W])
    : compile(wIsCell ? SCORE_INLINE : SCORE_INLINE_FIXED_WEIGHT, home, [annual.expr, executed.expr, W]);

  const rate = new RuleResult(rateCompiled, RULE.budgetRate, () => explainRate(annual, executed, rateCompiled.value));
  const score = new RuleResult(scoreCompiled, RULE.budgetScore, () =>
    scoreCompiled.value !== null && rateCompiled.value !== null && weightValue !== null
      ? `预算执行得分=分值×执行率（执行率超过100%按100%计）：${weightValue.toFixed()}×${showRate(rateCompiled.value)}=${showScore(scoreCompiled.value)}`
      : "执行率或分值无法确定，预算执行暂不计分",
  );
  return {
    budget: { weight: weightValue, rate, score, problems },
    rateTerm: rateTerm ?? bound(RATE, rateEnv),
    scoreTerm: row.score
      ? filledCell(row.score.ref, outcomeOfCompiled(scoreCompiled))
      : bound(wIsCell ? SCORE_INLINE : SCORE_INLINE_FIXED_WEIGHT, [annual.expr, executed.expr, W]),
    scoreIsCell: !!row.score,
  };
}

function explainRate(annual: Input, executed: Input, value: Decimal | null): string {
  if (!annual.quantity || !executed.quantity) return "缺少全年预算数或全年执行数，无法计算执行率";
  if (annual.quantity.value.lte(0)) return "全年预算数为0，无法计算执行率，不计预算执行得分";
  return `执行率=全年执行数÷全年预算数：${showQuantity(executed.quantity)}÷${showQuantity(annual.quantity)}=${showRate(value)}`;
}
