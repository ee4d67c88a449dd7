// Budget execution (年度资金总额 row): 执行率 = 全年执行数 ÷ 全年预算数, shown to 4 decimals as a fraction;
// score = 分值 × min(执行率, 1). A 全年预算数 of 0 gives no rate and no score, never a division error.
import { FAMILY_BY_ID } from "../layout/families";
import { BudgetBlock, EvalTable } from "../layout/model";
import { Profile } from "../profile/types";
import { figure, percent, plain, points } from "../values/show";
import { explained } from "./explain";
import {
  BLANK,
  Env,
  Expr,
  because,
  bound,
  filledCell,
  compile,
  iff,
  le,
  num,
  numberOf,
  outcomeOfCompiled,
  slot,
  sum,
  whenNumbers,
} from "./expr";
import { cappedScore, rate, ratio } from "./rates";
import { Input, Inputs } from "./inputs";
import { collect } from "./problems";
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

// Templates over slots: rate (全年预算数, 全年执行数); score (执行率 cell, 分值) or, without a 执行率 column,
// (全年预算数, 全年执行数, 分值). A 分值 the sheet does not give is the profile's, a literal left out of the guard.
// Reasons: {annual} 全年预算数, {executed} 全年执行数, {rate} 执行率, {W} 分值, {S} the score.
const [S0, S1, S2] = [slot(0), slot(1), slot(2)];
const RATE = whenNumbers(
  [S0, S1],
  rate(S1, S0, {
    zero: "全年预算数为0，无法计算执行率，不计预算执行得分",
    rate: "执行率=全年执行数÷全年预算数：{executed}÷{annual}={rate}",
  }),
  "缺少全年预算数或全年执行数，无法计算执行率",
);
const SCORED = "预算执行得分=分值×执行率（执行率超过100%按100%计）：{W}×{rate}={S}";
const UNSCORED = "执行率或分值无法确定，预算执行暂不计分";
const SCORE_OF_RATE_CELL = whenNumbers([S0, S1], because(SCORED, cappedScore(S1, S0)), UNSCORED);
const SCORE_OF_RATE_CELL_FIXED_WEIGHT = whenNumbers([S0], because(SCORED, cappedScore(S1, S0)), UNSCORED);
const INLINE = iff(le(S0, num(0)), because(UNSCORED, BLANK), because(SCORED, cappedScore(S2, ratio(S1, S0))));
const SCORE_INLINE = whenNumbers([S0, S1, S2], INLINE, UNSCORED);
const SCORE_INLINE_FIXED_WEIGHT = whenNumbers([S0, S1], INLINE, UNSCORED);

const UNSCORED_RATE: Computed = {
  value: null,
  formula: null,
  ruleId: RULE.budgetRate,
  explanation: "表中没有全年预算数或全年执行数，无法计算执行率",
};

/**
 * What budget execution is worth on this table: the 分值 cell; else points a label gives (`(20分)`); else, where the
 * form scores it (a 得分 cell, or a family whose money block carries points), the family's or the profile's points;
 * else nothing: the block is not scored (宁夏 and 河北 score it as an indicator row, 转移支付 forms not at all).
 */
function budgetWeight(
  table: EvalTable,
  profile: Profile,
  inputs: Inputs,
): { expr: Expr; value: Decimal | null } | null {
  const block = table.budget!;
  const row = block.total;
  const cell = row.weight ? inputs.of(row.weight) : null;
  if (cell && cell.entry.kind !== "empty") return { expr: cell.expr, value: cell.quantity?.value ?? null };
  if (block.points) return { expr: num(block.points.value), value: new Decimal(block.points.value) };
  const family = FAMILY_BY_ID.get(table.layout.family);
  const points = family ? family.budgetPoints : "profile";
  if (points === null && !row.score) return null;
  const value = typeof points === "number" ? points : profile.budgetWeight;
  return { expr: num(value), value: new Decimal(value) };
}

/** 全年预算数 or 全年执行数 of the block: the total row's cell, or the sum of the sources where the form has no total. */
function amount(block: BudgetBlock, key: "annual" | "executed", inputs: Inputs): Input | null {
  if (!block.sumOfSources) return block.total[key] ? inputs.of(block.total[key]!) : null;
  const parts = block.sources
    .map((s) => s[key])
    .filter((f): f is NonNullable<typeof f> => !!f)
    .map((f) => inputs.of(f));
  if (parts.length === 0) return null;
  let total: Decimal | null = new Decimal(0);
  for (const p of parts) total = total && p.quantity ? total.plus(p.quantity.value) : null;
  const quantity = total === null ? null : { value: total, unit: parts[0].quantity?.unit ?? "", percent: false };
  const entry: Input["entry"] = quantity ? { kind: "number", quantity, value: quantity.value } : parts[0].entry;
  return { field: parts[0].field, entry, quantity, expr: sum(...parts.map((p) => p.expr)) };
}

/** The amount columns of a money block, with their names in messages. */
export const AMOUNTS = [
  ["initial", "年初预算数"],
  ["annual", "全年预算数"],
  ["received", "到位数"],
  ["executed", "全年执行数"],
] as const;

/** Every figure of the block must be a number; the total row's 全年预算数 and 全年执行数 must be there. */
function blockProblems(block: BudgetBlock, inputs: Inputs): InputProblem[] {
  const out: InputProblem[] = [];
  const hint = `应填写金额（${block.unit}）`;
  for (const r of [block.total, ...block.sources]) {
    // Sources may be empty (nothing carried over); only the total row's figures are required.
    const where = `「${r.label || "年度资金总额"}」`;
    for (const [key, label] of AMOUNTS)
      collect(out, inputs, r[key], {
        label,
        where,
        required: r === block.total && (key === "annual" || key === "executed"),
        number: true,
        hint,
      });
  }
  for (const part of [...block.incomeParts, ...block.expenseParts])
    collect(out, inputs, part.amount, {
      label: "金额",
      where: `「${part.label}」`,
      required: false,
      number: true,
      hint,
    });
  const row = block.total;
  const cell = (label: string, hint: string) => ({ label, where: "", required: false, number: true, hint });
  collect(out, inputs, row.weight, cell("预算执行分值", "应为0至100之间的数字"));
  collect(out, inputs, row.rate, cell("执行率", "应为全年执行数÷全年预算数"));
  collect(out, inputs, row.score, cell("预算执行得分", "应为分值×执行率"));
  return out;
}

export function scoreBudget(table: EvalTable, profile: Profile, inputs: Inputs): ScoredBudget {
  const block = table.budget;
  if (!block)
    return {
      budget: {
        weight: null,
        rate: UNSCORED_RATE,
        score: { ...UNSCORED_RATE, ruleId: RULE.budgetScore },
        problems: [],
      },
      rateTerm: null,
      scoreTerm: null,
      scoreIsCell: false,
    };
  const row = block.total;
  const home = table.sheet;
  const annual = amount(block, "annual", inputs);
  const executed = amount(block, "executed", inputs);
  const weight = budgetWeight(table, profile, inputs);
  const weightValue = weight?.value ?? null;
  const problems = blockProblems(block, inputs);
  if (!annual || !executed) {
    return {
      budget: {
        weight: weightValue,
        rate: UNSCORED_RATE,
        score: { ...UNSCORED_RATE, ruleId: RULE.budgetScore },
        problems,
      },
      rateTerm: null,
      scoreTerm: null,
      scoreIsCell: false,
    };
  }

  const rateEnv: Env = [annual.expr, executed.expr];
  const rateCompiled = compile(RATE, home, rateEnv);
  const rateTerm = row.rate ? filledCell(row.rate.ref, outcomeOfCompiled(rateCompiled)) : null;
  const rate = explained(rateCompiled, RULE.budgetRate, () => ({
    annual: amountShown(annual),
    executed: amountShown(executed),
    rate: percent(rateCompiled.value),
  }));
  if (!weight) {
    const unscored: Computed = {
      value: null,
      formula: null,
      ruleId: RULE.budgetScore,
      explanation: "此表样的预算执行情况不单独计分",
    };
    return {
      budget: { weight: null, rate, score: unscored, problems },
      rateTerm: rateTerm ?? bound(RATE, rateEnv),
      scoreTerm: null,
      scoreIsCell: false,
    };
  }
  const W = weight.expr;
  const wIsCell = W.kind === "ref";
  const scoreCompiled = rateTerm
    ? compile(wIsCell ? SCORE_OF_RATE_CELL : SCORE_OF_RATE_CELL_FIXED_WEIGHT, home, [rateTerm, W])
    : compile(wIsCell ? SCORE_INLINE : SCORE_INLINE_FIXED_WEIGHT, home, [annual.expr, executed.expr, W]);
  const score = explained(scoreCompiled, RULE.budgetScore, () => ({
    W: weightValue?.toFixed() ?? "",
    rate: percent(rateCompiled.value),
    S: points(scoreCompiled.value),
  }));
  return {
    budget: { weight: weightValue, rate, score, problems },
    rateTerm: rateTerm ?? bound(RATE, rateEnv),
    scoreTerm: row.score
      ? filledCell(row.score.ref, outcomeOfCompiled(scoreCompiled))
      : bound(wIsCell ? SCORE_INLINE : SCORE_INLINE_FIXED_WEIGHT, [annual.expr, executed.expr, W]),
    scoreIsCell: !!row.score,
  };
}

/** An amount as the explanation shows it: as written, or what the sources add up to where one is no number. */
function amountShown(amount: Input): string {
  if (amount.quantity) return figure(amount.quantity);
  const sum = numberOf(amount.expr);
  return sum ? plain(sum) : "";
}
