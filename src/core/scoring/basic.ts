// 基础表: 控制率 = 实际在职人数 ÷ 编制数 (and 规模/投资概算控制率 where filled), each a formula; and the sums the
// 经费控制情况 rows must satisfy per year column, for the checks.
import Decimal from "decimal.js";
import { DECIMAL_ZERO as ZERO } from "../values/decimal-compare";
import { refA1 } from "../grid/address";
import { BasicTable, ExpenseKey, ExpenseRow, Field } from "../layout/model";
import { Profile } from "../profile/types";
import { readCell } from "../values/read-cell";
import { showQuantity, showRate } from "./explain";
import { BLANK, compile, div, iff, le, num, round, whenNumbers } from "./expr";
import { input, numberProblems } from "./inputs";
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

const RATE_LABELS = {
  [RULE.controlRate]: { name: "控制率", num: "实际在职人数", den: "编制数" },
  [RULE.sizeRate]: { name: "规模控制率", num: "实际规模", den: "批复规模" },
  [RULE.investmentRate]: { name: "投资概算控制率", num: "实际投资", den: "预算投资" },
} as const;

export function scoreBasic(table: BasicTable, _profile: Profile): BasicTableScore {
  const problems: InputProblem[] = [];
  const staffing = table.staffing;
  const controlRate = staffing
    ? rateOf(RULE.controlRate, staffing.actual, staffing.authorized, table.sheet, problems, true)
    : null;
  const b = table.buildings;
  const sizeRate = b ? rateOf(RULE.sizeRate, b.actualSize, b.approvedSize, table.sheet, problems, false) : null;
  const investmentRate = b
    ? rateOf(RULE.investmentRate, b.actualInvestment, b.budgetInvestment, table.sheet, problems, false)
    : null;
  const relations = relationsOf(table, problems);
  return { kind: "basic", table, controlRate, sizeRate, investmentRate, relations, problems };
}

function rateOf(
  ruleId: keyof typeof RATE_LABELS,
  numerator: Field | undefined,
  denominator: Field | undefined,
  home: string,
  problems: InputProblem[],
  required: boolean,
): Computed | null {
  if (!numerator || !denominator) return null;
  const labels = RATE_LABELS[ruleId];
  const top = input(numerator);
  const bottom = input(denominator);
  const filled = top.reading.kind !== "empty" && bottom.reading.kind !== "empty";
  if (!required && !filled) return null;
  problems.push(...numberProblems(bottom, labels.den, "基础表"), ...numberProblems(top, labels.num, "基础表"));
  const expr = whenNumbers(
    [bottom.expr, top.expr],
    iff(le(bottom.expr, num(0)), BLANK, round(div(top.expr, bottom.expr), 4)),
  );
  const compiled = compile(expr, home);
  const explanation =
    top.quantity && bottom.quantity
      ? bottom.quantity.value.lte(0)
        ? `${labels.den}为0，无法计算${labels.name}`
        : `${labels.name}=${labels.num}÷${labels.den}：${showQuantity(top.quantity)}÷${showQuantity(bottom.quantity)}=${showRate(compiled.value)}`
      : `缺少${labels.num}或${labels.den}，无法计算${labels.name}`;
  const computed: Computed = { value: compiled.value, formula: compiled.formula, ruleId, explanation };
  if (compiled.normalizes.length) computed.normalizes = compiled.normalizes;
  if (compiled.note && compiled.value !== null) computed.note = compiled.note;
  return computed;
}

function relationsOf(table: BasicTable, problems: InputProblem[]): BasicRelation[] {
  const byKey = new Map<ExpenseKey, ExpenseRow[]>();
  for (const row of table.expenses) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
  const reported = new Set<Field>();
  const read = new Map<Field, Decimal>();
  const amount = (field: Field | undefined): Decimal => {
    if (!field) return ZERO;
    const known = read.get(field);
    if (known) return known;
    const reading = readCell(field);
    if (reading.kind === "number") {
      read.set(field, reading.quantity.value);
      return reading.quantity.value;
    }
    if (reading.kind !== "empty" && !reported.has(field)) {
      reported.add(field);
      problems.push({
        code: "NOT_A_NUMBER",
        field,
        message: `基础表金额「${field.text || String(field.value)}」不是数字，按0计算（${refOf(field)}）`,
      });
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

function refOf(field: Field): string {
  return refA1(field.ref);
}
