// The budget block of a 自评表: 执行率 and 得分 of the 年度资金总额 row against the rule, the total against its
// sources, and the 按收入性质/按支出性质 parts against the total (a warning: published forms differ legitimately).
import Decimal from "decimal.js";
import { BudgetBlock, BudgetRow, Field, FundingPart } from "../layout/model";
import { AMOUNTS } from "../scoring/budget";
import { EvalTableScore } from "../scoring/types";
import { isBad, numberIn, rateIn } from "../values/entry";
import { money, percent, plain, points } from "../values/show";
import { CheckContext } from "./context";
import { differs } from "./entered";
import { Finding } from "../finding";

export function budgetFindings(t: EvalTableScore, ctx: CheckContext): Finding[] {
  const block = t.table.budget;
  if (!block) return [];
  const row = block.total;
  return [
    ...negativeAmounts(block, ctx),
    ...weightRange(row, ctx),
    ...zeroDivisor(row, block.unit, ctx),
    ...rateMismatch(t, ctx),
    ...scoreMismatch(t, ctx),
    ...totalAgainstSources(block, ctx),
    ...splitMismatch(block.incomeParts, row.annual, "按收入性质分", "全年预算数", block.unit, ctx),
    ...splitMismatch(block.expenseParts, row.executed, "按支出性质分", "全年执行数", block.unit, ctx),
  ];
}

/** Amounts are ≥ 0 (one empty or not a number is scoring's input problem). */
function negativeAmounts(budget: BudgetBlock, ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const unit = budget.unit;
  const check = (field: Field | undefined, label: string) => {
    const e = ctx.entry(field);
    if (field && e.kind === "number" && e.value.isNeg())
      out.push(ctx.at("VALUE_OUT_OF_RANGE", field.ref, `${label}为${money(e.value)}${unit}，金额不能为负数`));
  };
  for (const r of [budget.total, ...budget.sources])
    for (const [key, label] of AMOUNTS) check(r[key], `「${r.label || "年度资金总额"}」${label}`);
  for (const part of [...budget.incomeParts, ...budget.expenseParts]) check(part.amount, `「${part.label}」金额`);
  return out;
}

function weightRange(row: BudgetRow, ctx: CheckContext): Finding[] {
  const e = ctx.entry(row.weight);
  if (row.weight && e.kind === "number" && (e.value.isNeg() || e.value.gt(100)))
    return [ctx.at("VALUE_OUT_OF_RANGE", row.weight.ref, `预算执行分值为${points(e.value)}，应在0至100之间`)];
  return [];
}

function zeroDivisor(row: BudgetRow, unit: string, ctx: CheckContext): Finding[] {
  const annual = ctx.entry(row.annual);
  const executed = ctx.entry(row.executed);
  if (!row.annual || annual.kind !== "number" || !annual.value.isZero()) return [];
  if (executed.kind === "number" && !executed.value.isZero())
    return [
      ctx.at(
        "BUDGET_ZERO_DIVISOR",
        row.annual.ref,
        `全年预算数为0而全年执行数为${money(executed.value)}${unit}，无法计算执行率：请核实全年预算数（调整后预算）`,
      ),
    ];
  return [
    ctx.at("BUDGET_ZERO_DIVISOR", row.annual.ref, "全年预算数为0，无法计算执行率，预算执行不计分：请核实全年预算数"),
  ];
}

function rateMismatch(t: EvalTableScore, ctx: CheckContext): Finding[] {
  const field = t.table.budget?.total.rate;
  if (!field) return [];
  const computed = t.budget.rate.value;
  const entered = rateIn(ctx.entry(field));
  if (computed === null || entered === null) return [];
  if (!differs(entered, computed, ctx.tolerance.rate, 4)) return [];
  return [
    ctx.at(
      "BUDGET_RATE_MISMATCH",
      field.ref,
      `执行率填报为${percent(entered)}，按全年执行数÷全年预算数应为${percent(computed)}`,
    ),
  ];
}

function scoreMismatch(t: EvalTableScore, ctx: CheckContext): Finding[] {
  const field = t.table.budget?.total.score;
  const e = ctx.entry(field);
  if (!field || e.kind !== "number") return [];
  const weight = t.budget.weight;
  const entered = e.value;
  // A negative weight is its own finding (VALUE_OUT_OF_RANGE); measuring a score against it says nothing more.
  if (entered.isNeg() || (weight !== null && !weight.isNeg() && entered.gt(weight.plus(ctx.tolerance.score))))
    return [
      ctx.at(
        "SCORE_OVER_WEIGHT",
        field.ref,
        entered.isNeg()
          ? `预算执行得分填报为${points(entered)}分，得分不能为负数`
          : `预算执行得分填报为${points(entered)}分，超过分值${plain(weight as Decimal)}分`,
      ),
    ];
  const computed = t.budget.score.value;
  const rate = t.budget.rate.value;
  if (computed === null || weight?.isNeg() || !differs(entered, computed, ctx.tolerance.score, 2)) return [];
  const how = weight !== null && rate !== null ? `（${plain(weight)}×${percent(Decimal.min(rate, 1))}）` : "";
  return [
    ctx.at(
      "BUDGET_SCORE_MISMATCH",
      field.ref,
      `预算执行得分填报为${points(entered)}分，按分值×执行率${how}应为${points(computed)}分`,
    ),
  ];
}

/** 年度资金总额 = Σ its source rows, per amount column (a zero or empty total over filled sources included). */
function totalAgainstSources(block: BudgetBlock, ctx: CheckContext): Finding[] {
  const { total, sources, unit } = block;
  if (sources.length === 0 || block.sumOfSources) return [];
  const out: Finding[] = [];
  for (const [key, label] of AMOUNTS) {
    const field = total[key];
    if (!field) continue;
    const parts = sources.map((s) => ctx.entry(s[key]));
    if (parts.some(isBad) || !parts.some((p) => p.kind === "number")) continue;
    const sum = parts.reduce((s, p) => (p.kind === "number" ? s.plus(p.value) : s), new Decimal(0));
    const e = ctx.entry(field);
    if (e.kind === "number" && e.value.minus(sum).abs().gt(ctx.tolerance.money))
      out.push(
        ctx.at(
          "BUDGET_TOTAL_MISMATCH",
          field.ref,
          `年度资金总额${label}填报为${money(e.value)}${unit}，按各资金来源合计应为${money(sum)}${unit}`,
        ),
      );
    // An empty 全年预算数/全年执行数 is already REQUIRED_EMPTY; an empty 年初预算数 over filled sources is not.
    else if (e.kind === "empty" && key === "initial" && !sum.isZero())
      out.push(
        ctx.at(
          "BUDGET_TOTAL_MISMATCH",
          field.ref,
          `年度资金总额${label}未填写，按各资金来源合计应为${money(sum)}${unit}`,
        ),
      );
  }
  return out;
}

function splitMismatch(
  parts: FundingPart[],
  totalField: Field | undefined,
  partsLabel: string,
  totalLabel: string,
  unit: string,
  ctx: CheckContext,
): Finding[] {
  if (parts.length === 0 || !totalField) return [];
  const entries = parts.map((p) => ctx.entry(p.amount));
  if (entries.some(isBad) || !entries.some((e) => e.kind === "number")) return [];
  const total = numberIn(ctx.entry(totalField));
  if (total === null) return [];
  const sum = entries.reduce((s, e) => (e.kind === "number" ? s.plus(e.value) : s), new Decimal(0));
  if (sum.minus(total).abs().lte(ctx.tolerance.money)) return [];
  return [
    ctx.at(
      "FUNDING_SPLIT_MISMATCH",
      parts[0].amount.ref,
      `${partsLabel}各项合计${money(sum)}${unit}，与${totalLabel}${money(total)}${unit}相差${money(sum.minus(total).abs())}${unit}：请核实（部分公开表格口径不同，可在说明中注明）`,
    ),
  ];
}
