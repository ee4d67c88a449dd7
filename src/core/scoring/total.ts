// 总分 = budget score + indicator scores, over the cells as the plan leaves them (a judgment row counts with the
// person's score). 不适用 rows are left out and the total rescaled to 100; the platform rule caps it by 执行率.
import Decimal from "decimal.js";
import { DECIMAL_ZERO as ZERO } from "../values/decimal-compare";
import { EvalTable } from "../layout/model";
import { Profile } from "../profile/types";
import { percent, plain, points } from "../values/show";
import { Grade } from "./types";
import { explained } from "./explain";
import {
  BLANK,
  Expr,
  because,
  filledCell,
  compile,
  count,
  div,
  eq,
  iff,
  le,
  lt,
  min,
  mul,
  n,
  num,
  numberOf,
  round,
  sub,
  sum,
  outcomeOfCompiled,
} from "./expr";
import { ScoredBudget } from "./budget";
import { ScoredIndicator } from "./indicator";
import { Inputs, cellLeaf } from "./inputs";
import { RULE } from "./rules";
import { Computed } from "./types";

/** SUM takes at most 255 arguments in Excel. */
const MAX_ARGS = 250;

export function scoreTotal(
  table: EvalTable,
  profile: Profile,
  budget: ScoredBudget,
  indicators: ScoredIndicator[],
  inputs: Inputs,
): { total: Computed; weightTotal: Decimal; grade: Grade | null } {
  const terms: Expr[] = [];
  if (budget.scoreTerm) terms.push(budget.scoreIsCell ? budget.scoreTerm : n(budget.scoreTerm));
  else if (table.budget?.total.score) terms.push(cellLeaf(table.budget.total.score));
  // 区域绩效目标自评表 scores its 年度目标完成情况 block too.
  if (table.goals.score) terms.push(cellLeaf(table.goals.score));
  const naWeights: Expr[] = [];
  let weightTotal = budget.budget.weight ?? ZERO;
  for (const { score, written } of indicators) {
    const field = score.indicator.score;
    if (score.direction === "notApplicable") {
      const w = score.indicator.weight ? inputs.of(score.indicator.weight) : null;
      if (w?.quantity) naWeights.push(w.expr);
      continue;
    }
    if (score.weight) weightTotal = weightTotal.plus(score.weight);
    // A score cell the plan does not write counts as it stands (SUM skips text, as Excel does).
    if (field) terms.push(written ? filledCell(field.ref, outcomeOfCompiled(score.score)) : cellLeaf(field));
    else if (score.score.value !== null) terms.push(num(score.score.value));
  }

  const S = sumOf(terms);
  let body: Expr = S;
  let guard: Expr | null = null;
  const rescaled = profile.notApplicableRescale && naWeights.length > 0;
  const denominator = sub(num(100), sumOf(naWeights));
  if (rescaled) {
    body = div(mul(S, num(100)), denominator);
    guard = le(denominator, num(0));
  }
  const caps = profile.executionRateCaps;
  const rate = budget.rateTerm;
  if (caps && caps.length && rate) {
    let chain: Expr = body;
    for (const c of [...caps].sort((a, b) => b.below - a.below)) {
      const capped = `{sum}{rescale}；执行率{rate}低于${new Decimal(c.below).times(100).toFixed()}%，总分最高${c.cap}分，总分{S}`;
      chain = iff(lt(rate, num(c.below)), because(capped, num(c.cap)), chain);
    }
    body = iff(eq(count(rate), num(0)), body, min(body, chain));
  }
  let expr: Expr = round(body, 2);
  if (guard) expr = iff(guard, because("不适用指标的分值合计不小于100，无法折算总分", BLANK), expr);
  const compiled = compile(expr, table.sheet);
  const total = explained(
    compiled,
    RULE.total,
    () => totalFacts(terms, S, rescaled ? naWeights : null, rate, compiled.value),
    UNCAPPED,
  );
  return { total, weightTotal, grade: gradeOf(compiled.value, profile) };
}

function sumOf(terms: Expr[]): Expr {
  if (terms.length === 0) return num(0);
  if (terms.length <= MAX_ARGS) return sum(...terms);
  const chunks: Expr[] = [];
  for (let i = 0; i < terms.length; i += MAX_ARGS) chunks.push(sum(...terms.slice(i, i + MAX_ARGS)));
  return sum(...chunks);
}

/** The total's reason where no cap applies: the sum, rescaled where 不适用 rows are left out. */
const UNCAPPED = "{sum}{rescale}，总分{S}";

function totalFacts(terms: Expr[], sum: Expr, naWeights: Expr[] | null, rate: Expr | null, value: Decimal | null) {
  const parts = terms.map(numberOf).filter((v): v is Decimal => v !== null);
  const raw = numberOf(sum) ?? ZERO;
  const left = naWeights?.map(numberOf).reduce((s: Decimal, x) => (x ? s.plus(x) : s), ZERO);
  return {
    sum: `总分=预算执行得分+各指标得分：${parts.map(plain).join("+") || "0"}=${points(raw)}`,
    rescale: left
      ? `；不适用指标分值${left.toFixed()}不计，折算为百分制：${points(raw)}×100÷(100−${left.toFixed()})`
      : "",
    rate: percent(rate && numberOf(rate)),
    S: points(value),
  };
}

export function gradeOf(total: Decimal | null, profile: Profile): Grade | null {
  if (total === null) return null;
  if (total.gte(profile.grades.excellent)) return "优";
  if (total.gte(profile.grades.good)) return "良";
  if (total.gte(profile.grades.pass)) return "中";
  return "差";
}
