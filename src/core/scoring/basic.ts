// 基础表: 控制率 = 实际在职人数 ÷ 编制数 (and 规模/投资概算控制率 where filled), each a formula; and the sums the
// 经费控制情况 rows must satisfy per year column, for the checks.
import Decimal from "decimal.js";
import { DECIMAL_ZERO as ZERO } from "../values/decimal-compare";
import { BasicTable, ExpenseKey, ExpenseRow, Field } from "../layout/model";
import { Profile } from "../profile/types";
import { isBad } from "../values/entry";
import { figure, percent } from "../values/show";
import { explained } from "./explain";
import { compile, whenNumbers } from "./expr";
import { rate } from "./rates";
import { Inputs } from "./inputs";
import { collect, problemOf } from "./problems";
import { RULE } from "./rules";
import { BasicRelation, BasicTableScore, Computed, InputProblem } from "./types";

/** Parent = Σ parts ("sum") or parent ≥ Σ parts ("subitems", the 其中 rows of 公用经费). */
const RELATIONS: ReadonlyArray<{ kind: "sum" | "subitems"; parent: ExpenseKey; parts: ExpenseKey[] }> = [
  { kind: "sum", parent: "officialTotal", parts: ["vehicles", "abroad", "reception"] },
  { kind: "sum", parent: "vehicles", parts: ["vehiclePurchase", "vehicleRunning"] },
  { kind: "sum", parent: "projectTotal", parts: ["business", "operation", "specialTotal"] },
  { kind: "sum", parent: "specialTotal", parts: ["specialItem"] },
  { kind: "subitems", parent: "publicFunds", parts: ["publicFundsPart"] },
];

/** The rates of the 基础表: what they are called and how they are computed, for explanations and findings. */
export const RATE_LABELS = {
  [RULE.controlRate]: { name: "控制率", num: "实际在职人数", den: "编制数", how: "实际在职人数÷编制数" },
  [RULE.sizeRate]: { name: "规模控制率", num: "实际规模", den: "批复规模", how: "实际规模÷批复规模" },
  [RULE.investmentRate]: { name: "投资概算控制率", num: "实际投资", den: "预算投资", how: "实际投资÷预算投资" },
} as const;

export function scoreBasic(table: BasicTable, _profile: Profile, inputs: Inputs): BasicTableScore {
  const problems: InputProblem[] = [];
  const rateCell = (
    ruleId: keyof typeof RATE_LABELS,
    cell: Field | undefined,
    numerator: Field | undefined,
    denominator: Field | undefined,
    required: boolean,
  ) => {
    const labels = RATE_LABELS[ruleId];
    collect(problems, inputs, cell, {
      label: labels.name,
      where: "基础表",
      required: false,
      number: true,
      hint: `应为${labels.how}`,
    });
    return rateOf(ruleId, numerator, denominator, table.sheet, { inputs, problems, required });
  };
  const s = table.staffing;
  const controlRate = s ? rateCell(RULE.controlRate, s.controlRate, s.actual, s.authorized, true) : null;
  const b = table.buildings;
  const sizeRate = b ? rateCell(RULE.sizeRate, b.sizeRate, b.actualSize, b.approvedSize, false) : null;
  const investmentRate = b
    ? rateCell(RULE.investmentRate, b.investmentRate, b.actualInvestment, b.budgetInvestment, false)
    : null;
  const relations = relationsOf(table, inputs, problems);
  return { kind: "basic", table, controlRate, sizeRate, investmentRate, relations, problems };
}

function rateOf(
  ruleId: keyof typeof RATE_LABELS,
  numerator: Field | undefined,
  denominator: Field | undefined,
  home: string,
  o: { inputs: Inputs; problems: InputProblem[]; required: boolean },
): Computed | null {
  if (!numerator || !denominator) return null;
  const labels = RATE_LABELS[ruleId];
  const top = o.inputs.of(numerator);
  const bottom = o.inputs.of(denominator);
  const filled = top.entry.kind !== "empty" && bottom.entry.kind !== "empty";
  if (!o.required && !filled) return null;
  for (const [inp, label] of [
    [bottom, labels.den],
    [top, labels.num],
  ] as const) {
    const p = problemOf(inp.field, inp.entry, { label, where: "基础表", required: true, number: true });
    if (p) o.problems.push(p);
  }
  const expr = whenNumbers(
    [bottom.expr, top.expr],
    rate(top.expr, bottom.expr, {
      zero: `${labels.den}为0，无法计算${labels.name}`,
      rate: `${labels.name}=${labels.num}÷${labels.den}：{top}÷{bottom}={rate}`,
    }),
    `缺少${labels.num}或${labels.den}，无法计算${labels.name}`,
  );
  const compiled = compile(expr, home);
  return explained(compiled, ruleId, () => ({
    top: top.quantity ? figure(top.quantity) : "",
    bottom: bottom.quantity ? figure(bottom.quantity) : "",
    rate: percent(compiled.value),
  }));
}

function relationsOf(table: BasicTable, inputs: Inputs, problems: InputProblem[]): BasicRelation[] {
  const byKey = new Map<ExpenseKey, ExpenseRow[]>();
  for (const row of table.expenses) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
  const reported = new Set<Field>();
  const amount = (field: Field | undefined): Decimal => {
    if (!field) return ZERO;
    const e = inputs.entry(field);
    if (e.kind === "number") return e.value;
    if (isBad(e) && !reported.has(field)) {
      reported.add(field);
      const p = problemOf(field, e, { label: "金额", where: "基础表", required: false, number: true, hint: "按0计算" });
      if (p) problems.push(p);
    }
    return ZERO;
  };
  const relations: BasicRelation[] = [];
  for (const rel of RELATIONS) {
    const parents = byKey.get(rel.parent) ?? [];
    const partRows = rel.parts.flatMap((k) => byKey.get(k) ?? []);
    if (parents.length !== 1 || partRows.length === 0) continue;
    const parent = parents[0];
    for (let yearIndex = 0; yearIndex < table.years.length; yearIndex++) {
      const parentField = parent.amounts[yearIndex];
      if (!parentField) continue;
      amount(parentField);
      const parts = partRows.map((r) => r.amounts[yearIndex]).filter((f): f is Field => !!f);
      const expected = parts.reduce((s, f) => s.plus(amount(f)), ZERO);
      relations.push({ kind: rel.kind, key: rel.parent, yearIndex, parent: parentField, parts, expected });
    }
  }
  return relations;
}
