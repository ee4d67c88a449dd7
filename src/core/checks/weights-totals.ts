// Weights of a table add up to 100 (budget weight included, and per 一级指标 where its label carries a weight), and
// the entered 总分 is the sum of the entered scores (rescaled to 100 where 不适用 rows carry weight, capped by
// 执行率 where the profile says so).
import Decimal from "decimal.js";
import { CellRef } from "../grid/address";
import { isBlankIndicator } from "../reasons/kind";
import { EvalTableScore, IndicatorScore } from "../scoring/types";
import { CheckContext } from "./context";
import { differs, entry } from "./entered";
import { Finding } from "./finding";
import { percent, plain, points } from "./format";

const HUNDRED = new Decimal(100);

export function weightTotalFindings(t: EvalTableScore, ctx: CheckContext): Finding[] {
  return [...weightSum(t, ctx), ...level1Weights(t, ctx), ...totalScore(t, ctx)];
}

function rows(t: EvalTableScore): IndicatorScore[] {
  return t.indicators.filter((s) => !isBlankIndicator(s.indicator));
}

/** Σ weights, or null when one cannot be read (that input's own finding says so). 不适用 rows count with their weight. */
function weightsOf(list: IndicatorScore[]): Decimal | null {
  let sum = new Decimal(0);
  for (const s of list) {
    const e = entry(s.indicator.weight);
    if (e.kind === "number") sum = sum.plus(e.value);
    else if (e.kind === "bad" || s.direction !== "notApplicable") return null;
  }
  return sum;
}

function weightSum(t: EvalTableScore, ctx: CheckContext): Finding[] {
  const budgetRow = t.table.budget.total;
  const budgetEntry = entry(budgetRow.weight);
  if (budgetEntry.kind === "bad") return [];
  const budgetWeight = t.budget.weight;
  const indicators = weightsOf(rows(t));
  if (budgetWeight === null || indicators === null) return [];
  const sum = budgetWeight.plus(indicators);
  const totalField = t.table.total.weight;
  const totalEntry = entry(totalField);
  const at: CellRef | undefined =
    totalField?.ref ??
    budgetRow.weight?.ref ??
    rows(t).find((s) => s.direction !== "notApplicable")?.indicator.weight.ref;
  if (!at) return [];
  if (sum.minus(HUNDRED).abs().gt(ctx.tolerance.score))
    return [
      ctx.at(
        "WEIGHT_SUM",
        at,
        `各项分值合计为${plain(sum)}分（预算执行${plain(budgetWeight)}分，绩效指标${plain(indicators)}分），应为100分`,
      ),
    ];
  if (totalField && totalEntry.kind === "number" && totalEntry.value.minus(HUNDRED).abs().gt(ctx.tolerance.score))
    return [ctx.at("WEIGHT_SUM", totalField.ref, `总分的分值填报为${plain(totalEntry.value)}分，各项分值合计为100分`)];
  return [];
}

/** "产出指标(50分)": the weights of its rows add up to 50. */
function level1Weights(t: EvalTableScore, ctx: CheckContext): Finding[] {
  const groups = new Map<string, IndicatorScore[]>();
  for (const s of rows(t)) {
    if (s.indicator.level1Weight === undefined) continue;
    const key = `${s.indicator.level1}\u0000${s.indicator.level1Weight}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const out: Finding[] = [];
  for (const list of groups.values()) {
    const expected = new Decimal(list[0].indicator.level1Weight as number);
    const sum = weightsOf(list);
    if (sum === null || sum.minus(expected).abs().lte(ctx.tolerance.score)) continue;
    out.push(
      ctx.at(
        "WEIGHT_SUM",
        list[0].indicator.weight.ref,
        `${list[0].indicator.level1}标明${plain(expected)}分，其下各指标分值合计为${plain(sum)}分`,
      ),
    );
  }
  return out;
}

function totalScore(t: EvalTableScore, ctx: CheckContext): Finding[] {
  const field = t.table.total.score;
  if (!field) return [];
  const e = entry(field);
  if (e.kind === "bad") return [ctx.at("NOT_A_NUMBER", field.ref, `总分${e.why}，应为各项得分之和`)];
  if (e.kind !== "number") return [];
  const entered = e.value;
  const capped = capFinding(t, entered, ctx);
  if (capped) return [capped];

  // The sum of what the sheet says; an empty or unreadable score leaves nothing to compare (recalculation fills it).
  let sum = new Decimal(0);
  let naWeight = new Decimal(0);
  const budgetScore = t.table.budget.total.score;
  if (budgetScore) {
    const b = entry(budgetScore);
    if (b.kind !== "number") return [];
    sum = sum.plus(b.value);
  } else if (t.budget.score.value !== null) sum = sum.plus(t.budget.score.value);
  for (const s of rows(t)) {
    if (s.direction === "notApplicable") {
      const w = entry(s.indicator.weight);
      if (w.kind === "number") naWeight = naWeight.plus(w.value);
      continue;
    }
    const score = entry(s.indicator.score);
    if (score.kind !== "number") return [];
    sum = sum.plus(score.value);
  }
  const tol = ctx.tolerance.score;
  const candidates = [sum];
  if (ctx.profile.notApplicableRescale && naWeight.gt(0) && naWeight.lt(HUNDRED))
    candidates.push(sum.times(HUNDRED).div(HUNDRED.minus(naWeight)));
  if (candidates.some((c) => !differs(entered, c, tol, 2))) return [];
  const rescaled = candidates.length > 1 ? `，折算为百分制后为${points(candidates[1])}分` : "";
  return [
    ctx.at("TOTAL_MISMATCH", field.ref, `总分填报为${points(entered)}分，各项得分合计为${points(sum)}分${rescaled}`),
  ];
}

/** Platform rule: 执行率 below a threshold caps the total. */
function capFinding(t: EvalTableScore, entered: Decimal, ctx: CheckContext): Finding | null {
  const caps = ctx.profile.executionRateCaps;
  const rate = t.budget.rate.value;
  const field = t.table.total.score;
  if (!caps || !caps.length || rate === null || !field) return null;
  const hit = [...caps].sort((a, b) => a.below - b.below).find((c) => rate.lt(c.below));
  if (!hit || entered.lte(new Decimal(hit.cap).plus(ctx.tolerance.score))) return null;
  return ctx.at(
    "TOTAL_MISMATCH",
    field.ref,
    `执行率为${percent(rate)}，低于${percent(new Decimal(hit.below))}，按评分规则总分最高${hit.cap}分，填报为${points(entered)}分`,
  );
}
