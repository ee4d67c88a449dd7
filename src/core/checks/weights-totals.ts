// Weights of a table add up to 100 (budget weight included, and per 一级/二级 label and block where a label carries
// points); the entered 总分 is the sum of the entered scores (rescaled to 100 where 不适用 rows carry weight, capped by
// 执行率 where the profile says so); a group's own score is the sum of its rows'. A form that sets no per-indicator
// weights is told so once (WEIGHTS_NOT_SET, info) and its groups' points are checked against the entered scores.
import Decimal from "decimal.js";
import { CellRef } from "../grid/address";
import { isBlankIndicator } from "../layout/blank";
import { Indicator } from "../layout/model";
import { EvalTableScore, IndicatorScore } from "../scoring/types";
import { EMPTY_ENTRY, Entry, isBad, numberIn } from "../values/entry";
import { percent, plain, points } from "../values/show";
import { CheckContext } from "./context";
import { differs } from "./entered";
import { Finding } from "../finding";

const HUNDRED = new Decimal(100);

export function weightTotalFindings(t: EvalTableScore, ctx: CheckContext): Finding[] {
  return [...weightSum(t, ctx), ...levelWeights(t, ctx), ...groupFindings(t, ctx), ...totalScore(t, ctx)];
}

function rows(t: EvalTableScore): IndicatorScore[] {
  return t.indicators.filter((s) => !isBlankIndicator(s.indicator));
}

/** Whether the form gives any row a weight (a 分值 column, or a label's points over a row alone). */
function setsWeights(t: EvalTableScore): boolean {
  return t.table.indicators.some((i) => i.weight || i.labelWeight);
}

/** A row's weight as entered: its 分值 cell, or its label's points (as scoring reads it). */
function weightEntry(ind: Indicator, ctx: CheckContext): Entry {
  return ctx.inputs.weight(ind)?.entry ?? EMPTY_ENTRY;
}

/** Σ weights, or null when one cannot be read (that input's own finding says so). 不适用 rows count with their weight. */
function weightsOf(list: IndicatorScore[], ctx: CheckContext): Decimal | null {
  let sum = new Decimal(0);
  for (const s of list) {
    const e = weightEntry(s.indicator, ctx);
    if (e.kind === "number") sum = sum.plus(e.value);
    else if (isBad(e) || s.direction !== "notApplicable") return null;
  }
  return sum;
}

/** Σ entered scores of the rows, or null when one is empty or not a number. */
function scoresOf(list: readonly Indicator[], ctx: CheckContext): Decimal | null {
  let sum = new Decimal(0);
  for (const ind of list) {
    const e = ctx.entry(ind.score);
    if (e.kind !== "number") return null;
    sum = sum.plus(e.value);
  }
  return sum;
}

function weightSum(t: EvalTableScore, ctx: CheckContext): Finding[] {
  const list = rows(t);
  if (!setsWeights(t)) return weightsNotSet(t, ctx);
  const budgetRow = t.table.budget?.total;
  if (isBad(ctx.entry(budgetRow?.weight))) return [];
  // A money block the form does not score (or no money block) adds nothing.
  const budgetWeight = t.budget.weight ?? new Decimal(0);
  const indicators = weightsOf(list, ctx);
  if (indicators === null) return [];
  const sum = budgetWeight.plus(indicators);
  const totalField = t.table.total?.where === "bottomRow" ? t.table.total.weight : undefined;
  const totalEntry = ctx.entry(totalField);
  const at: CellRef | undefined =
    totalField?.ref ??
    budgetRow?.weight?.ref ??
    list.find((s) => s.direction !== "notApplicable" && s.indicator.weight)?.indicator.weight?.ref;
  if (!at) return [];
  const parts =
    t.budget.weight !== null ? `预算执行${plain(budgetWeight)}分，绩效指标${plain(indicators)}分` : `各指标`;
  if (sum.minus(HUNDRED).abs().gt(ctx.tolerance.score))
    return [ctx.at("WEIGHT_SUM", at, `各项分值合计为${plain(sum)}分（${parts}），应为100分`)];
  if (totalField && totalEntry.kind === "number" && totalEntry.value.minus(HUNDRED).abs().gt(ctx.tolerance.score))
    return [ctx.at("WEIGHT_SUM", totalField.ref, `总分的分值填报为${plain(totalEntry.value)}分，各项分值合计为100分`)];
  return [];
}

/** Once per table whose form sets no per-indicator weights: what the add-in checks instead. */
function weightsNotSet(t: EvalTableScore, ctx: CheckContext): Finding[] {
  const first = t.table.indicators[0];
  if (!first) return [];
  const scored = t.table.indicators.some((i) => i.score);
  const message = scored
    ? "此表样未设各项指标的分值，不按分值计算指标得分；已核对填报得分与各部分分值、总分的合计"
    : "此表样不设分值和得分，不计算得分；已检查执行率、指标完成情况和偏差原因";
  return [ctx.at("WEIGHTS_NOT_SET", first.name.ref, message)];
}

/** "产出指标(50分)", "数量指标(10分)": the weights of its rows add up to the label's points (with no weights, the
 *  entered scores stay within them). */
function levelWeights(t: EvalTableScore, ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const level of ["level1", "level2"] as const) {
    const key = level === "level1" ? "level1Weight" : "level2Weight";
    const groups = new Map<string, IndicatorScore[]>();
    for (const s of rows(t)) {
      const weight = s.indicator[key];
      if (weight === undefined) continue;
      const id = `${s.indicator.level1}\u0000${level === "level2" ? s.indicator.level2 : ""}\u0000${weight}`;
      groups.set(id, [...(groups.get(id) ?? []), s]);
    }
    for (const list of groups.values()) {
      const expected = new Decimal(list[0].indicator[key] as number);
      const label = list[0].indicator[level];
      const first = list[0].indicator;
      if (setsWeights(t)) {
        const sum = weightsOf(list, ctx);
        if (sum === null || sum.minus(expected).abs().lte(ctx.tolerance.score)) continue;
        out.push(
          ctx.at(
            "WEIGHT_SUM",
            (first.weight ?? first.name).ref,
            `${label}标明${plain(expected)}分，其下各指标分值合计为${plain(sum)}分`,
          ),
        );
      } else
        out.push(
          ...withinPoints(
            label,
            expected,
            list.map((s) => s.indicator),
            first.name.ref,
            ctx,
          ),
        );
    }
  }
  return out;
}

/** Entered scores of a group with points but no per-row weights must not exceed the points. */
function withinPoints(
  label: string,
  expected: Decimal,
  members: readonly Indicator[],
  at: CellRef,
  ctx: CheckContext,
): Finding[] {
  const sum = scoresOf(members, ctx);
  if (sum === null || sum.lte(expected.plus(ctx.tolerance.score))) return [];
  return [
    ctx.at(
      "SCORE_OVER_WEIGHT",
      at,
      `${label}标明${plain(expected)}分，其下各指标得分合计为${points(sum)}分，超过该部分分值`,
    ),
  ];
}

/** Groups the form marks: a block label with points (年度绩效目标(80分)), a parent row or a block score that must
 *  equal the sum of its rows' scores (一、示范区建立 15.0 over 5 + 5 + 5). */
function groupFindings(t: EvalTableScore, ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const byRow = new Map(t.table.indicators.map((i) => [i.row, i]));
  for (const g of t.table.groups) {
    const members = g.members.map((r) => byRow.get(r)).filter((i): i is Indicator => !!i && !isBlankIndicator(i));
    if (members.length === 0) continue;
    if (g.points !== undefined) {
      const expected = new Decimal(g.points);
      if (members.some((i) => i.weight)) {
        const scored = t.indicators.filter((s) => members.includes(s.indicator));
        const sum = weightsOf(scored, ctx);
        if (sum !== null && sum.minus(expected).abs().gt(ctx.tolerance.score))
          out.push(
            ctx.at("WEIGHT_SUM", g.cell, `${g.label}标明${plain(expected)}分，其下各指标分值合计为${plain(sum)}分`),
          );
      } else out.push(...withinPoints(g.label, expected, members, g.cell, ctx));
    }
    const own = ctx.entry(g.score);
    const sum = scoresOf(members, ctx);
    if (g.score && own.kind === "number" && sum !== null && !sum.minus(own.value).abs().lte(ctx.tolerance.score))
      out.push(
        ctx.at(
          "TOTAL_MISMATCH",
          g.score.ref,
          `「${g.label}」得分填报为${points(own.value)}分，其下各项得分合计为${points(sum)}分`,
        ),
      );
  }
  return out;
}

function totalScore(t: EvalTableScore, ctx: CheckContext): Finding[] {
  const place = t.table.total;
  const field = place?.score;
  if (!place || !field) return [];
  // A total printed in the title (项目总得分99分) is read from its text.
  const entered = place.scoreInText !== undefined ? new Decimal(place.scoreInText) : numberIn(ctx.entry(field));
  if (entered === null) return [];
  const capped = capFinding(t, entered, ctx);
  if (capped) return [capped];

  // The sum of what the sheet says; an empty or unreadable score leaves nothing to compare (recalculation fills it).
  let sum = new Decimal(0);
  let naWeight = new Decimal(0);
  const budgetScore = t.table.budget?.total.score;
  if (budgetScore) {
    const b = ctx.entry(budgetScore);
    if (b.kind !== "number") return [];
    sum = sum.plus(b.value);
  } else if (t.budget.score.value !== null) sum = sum.plus(t.budget.score.value);
  if (t.table.goals.score) {
    const g = ctx.entry(t.table.goals.score);
    if (g.kind !== "number") return [];
    sum = sum.plus(g.value);
  }
  for (const s of rows(t)) {
    if (s.direction === "notApplicable") {
      const w = weightEntry(s.indicator, ctx);
      if (w.kind === "number") naWeight = naWeight.plus(w.value);
      continue;
    }
    if (!s.indicator.score) {
      if (s.score.value !== null) sum = sum.plus(s.score.value);
      continue;
    }
    const score = ctx.entry(s.indicator.score);
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
  const field = t.table.total?.score;
  if (!caps || !caps.length || rate === null || !field) return null;
  const hit = [...caps].sort((a, b) => a.below - b.below).find((c) => rate.lt(c.below));
  if (!hit || entered.lte(new Decimal(hit.cap).plus(ctx.tolerance.score))) return null;
  return ctx.at(
    "TOTAL_MISMATCH",
    field.ref,
    `执行率为${percent(rate)}，低于${percent(new Decimal(hit.below))}，按评分规则总分最高${hit.cap}分，填报为${points(entered)}分`,
  );
}
