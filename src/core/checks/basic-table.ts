// 基础表: 控制率 (and 规模/投资概算控制率) against their quotients, the sums of 经费控制情况 per year column, the 其中
// rows of 公用经费, and amounts that cannot be negative.
import Decimal from "decimal.js";
import { Field } from "../layout/model";
import { RATE_LABELS } from "../scoring/basic";
import { RULE } from "../scoring/rules";
import { BasicRelation, BasicTableScore, Computed } from "../scoring/types";
import { isBad, rateIn } from "../values/entry";
import { money, percent, plain } from "../values/show";
import { CheckContext } from "./context";
import { differs } from "./entered";
import { Finding } from "../finding";

const RATES = [RATE_LABELS[RULE.controlRate], RATE_LABELS[RULE.sizeRate], RATE_LABELS[RULE.investmentRate]] as const;

export function basicFindings(t: BasicTableScore, ctx: CheckContext): Finding[] {
  const b = t.table.buildings;
  return [
    ...negativeStaffing(t, ctx),
    ...rateMismatch(t.table.staffing?.controlRate, t.controlRate, RATES[0], ctx),
    ...rateMismatch(b?.sizeRate, t.sizeRate ?? null, RATES[1], ctx),
    ...rateMismatch(b?.investmentRate, t.investmentRate ?? null, RATES[2], ctx),
    ...controlRateOver100(t, ctx),
    ...t.relations.flatMap((r) => relationFinding(t, r, ctx)),
    ...negativeAmounts(t, ctx),
  ];
}

/** Head counts are ≥ 0 (an empty or unreadable one is scoring's input problem). */
function negativeStaffing(t: BasicTableScore, ctx: CheckContext): Finding[] {
  const s = t.table.staffing;
  if (!s) return [];
  const out: Finding[] = [];
  for (const [field, label] of [
    [s.authorized, "编制数"],
    [s.actual, "实际在职人数"],
  ] as const) {
    const e = ctx.entry(field);
    if (e.kind === "number" && e.value.isNeg())
      out.push(ctx.at("VALUE_OUT_OF_RANGE", field.ref, `基础表${label}为${plain(e.value)}，人数不能为负数`));
  }
  return out;
}

function rateMismatch(
  field: Field | undefined,
  computed: Computed | null,
  labels: (typeof RATES)[number],
  ctx: CheckContext,
): Finding[] {
  if (!field) return [];
  const entered = rateIn(ctx.entry(field));
  // A negative quotient comes from a negative count, reported at that cell already.
  if (!computed || computed.value === null || computed.value.isNeg() || entered === null) return [];
  if (!differs(entered, computed.value, ctx.tolerance.rate, 4)) return [];
  return [
    ctx.at(
      "CONTROL_RATE_MISMATCH",
      field.ref,
      `${labels.name}填报为${percent(entered)}，按${labels.how}应为${percent(computed.value)}`,
    ),
  ];
}

function controlRateOver100(t: BasicTableScore, ctx: CheckContext): Finding[] {
  const rate = t.controlRate?.value;
  const s = t.table.staffing;
  if (!ctx.profile.penaliseControlRateOver100 || !s || !rate || rate.lte(1)) return [];
  return [
    ctx.at(
      "CONTROL_RATE_OVER_100",
      s.controlRate.ref,
      `控制率为${percent(rate)}，实际在职人数超过编制数；按本评分规则控制率不应超过100%`,
    ),
  ];
}

function rowLabel(t: BasicTableScore, r: BasicRelation): string {
  const row = t.table.expenses.find((e) => e.key === r.key && e.amounts.includes(r.parent));
  return (row?.label ?? "").replace(/[：:]\s*$/, "").trim();
}

function relationFinding(t: BasicTableScore, r: BasicRelation, ctx: CheckContext): Finding[] {
  // A part or the parent that is not a number is reported as such; the arithmetic waits until it is fixed.
  if ([r.parent, ...r.parts].some((f) => isBad(ctx.entry(f)))) return [];
  const e = ctx.entry(r.parent);
  const year = t.table.years[r.yearIndex]?.label ?? "";
  const what = `「${rowLabel(t, r)}」${year}`;
  const tol = ctx.tolerance.money;
  if (r.kind === "sum") {
    if (e.kind === "empty") {
      if (r.expected.isZero()) return [];
      return [ctx.at("SUM_MISMATCH", r.parent.ref, `${what}未填写，按各分项之和应为${money(r.expected)}`)];
    }
    if (e.kind !== "number" || e.value.minus(r.expected).abs().lte(tol)) return [];
    return [
      ctx.at("SUM_MISMATCH", r.parent.ref, `${what}填报为${money(e.value)}，按各分项之和应为${money(r.expected)}`),
    ];
  }
  const parent = e.kind === "number" ? e.value : new Decimal(0);
  if (parent.gte(r.expected.minus(tol))) return [];
  return [
    ctx.at(
      "SUBITEMS_EXCEED",
      r.parent.ref,
      `${what}为${money(parent)}，小于其中各项合计${money(r.expected)}：“其中”各项之和不应超过合计数`,
    ),
  ];
}

/** Amounts are ≥ 0, except a 预算调整 (a budget may be cut). */
function negativeAmounts(t: BasicTableScore, ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const row of t.table.expenses) {
    if (row.key === "budgetAdjustment") continue;
    row.amounts.forEach((field, i) => {
      const e = ctx.entry(field);
      if (e.kind === "number" && e.value.isNeg())
        out.push(
          ctx.at(
            "VALUE_OUT_OF_RANGE",
            field.ref,
            `基础表「${row.label.replace(/[：:]\s*$/, "")}」${t.table.years[i]?.label ?? ""}为${money(e.value)}，金额不能为负数`,
          ),
        );
    });
  }
  const b = t.table.buildings;
  if (b)
    for (const field of [b.approvedSize, b.actualSize, b.budgetInvestment, b.actualInvestment]) {
      const e = ctx.entry(field);
      if (field && e.kind === "number" && e.value.isNeg())
        out.push(ctx.at("VALUE_OUT_OF_RANGE", field.ref, `基础表楼堂馆所数值为${plain(e.value)}，不能为负数`));
    }
  return out;
}
