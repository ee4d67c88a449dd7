// Data validation the recalculation writes into the tables: money ≥ 0, weights 0–100, a score between 0 and its own
// row's weight (a custom formula over the weight cell, so it follows a changed weight), a judgment row's score within
// its tier's band, each with a Chinese prompt and error. The output is deterministic — the same workbook gives the
// same list in the same order — so a host can replace what an earlier run set on the same areas.
import Decimal from "decimal.js";
import { Area, a1 } from "../grid/address";
import { Field } from "../layout/model";
import { ValidationWrite, ValidationRule } from "../plan/write-plan";
import { Profile } from "../profile/types";
import { TIER_NAMES } from "../scoring/qualitative";
import { BasicTableScore, EvalTableScore, IndicatorScore, WorkbookScore } from "../scoring/types";

type Text = { title: string; message: string };
interface Spec {
  rule: ValidationRule;
  prompt: Text;
  error: Text;
}

const MONEY: Spec = {
  rule: { type: "decimal", operator: "greaterThanOrEqual", formula1: "0" },
  prompt: { title: "金额（万元）", message: "请输入不小于0的金额，单位万元。" },
  error: { title: "金额无效", message: "金额应为不小于0的数字（万元），不能填写文字或负数。" },
};
const MONEY_YUAN: Spec = {
  rule: MONEY.rule,
  prompt: { title: "金额（元）", message: "请输入不小于0的金额，单位元。" },
  error: { title: "金额无效", message: "金额应为不小于0的数字（元），不能填写文字或负数。" },
};
const COUNT: Spec = {
  rule: { type: "decimal", operator: "greaterThanOrEqual", formula1: "0" },
  prompt: { title: "数量", message: "请输入不小于0的数字。" },
  error: { title: "数值无效", message: "此处应为不小于0的数字，不能填写文字或负数。" },
};
const WEIGHT: Spec = {
  rule: { type: "decimal", operator: "between", formula1: "0", formula2: "100" },
  prompt: { title: "分值", message: "请输入0至100之间的分值；全表分值（含预算执行）合计应为100。" },
  error: { title: "分值无效", message: "分值应为0至100之间的数字。" },
};
const TOTAL: Spec = {
  rule: { type: "decimal", operator: "between", formula1: "0", formula2: "100" },
  prompt: { title: "总分", message: "总分为各项得分之和，应在0至100之间。" },
  error: { title: "总分无效", message: "总分应为0至100之间的数字。" },
};

interface Placed {
  field: Field;
  spec: Spec;
}

export function buildValidations(score: WorkbookScore, profile: Profile): ValidationWrite[] {
  const placed: Placed[] = [];
  for (const t of score.tables) placed.push(...(t.kind === "basic" ? basicCells(t) : evalCells(t, profile)));
  return group(placed);
}

const at = (field: Field | undefined, spec: Spec): Placed[] => (field ? [{ field, spec }] : []);

function evalCells(t: EvalTableScore, profile: Profile): Placed[] {
  const b = t.table.budget;
  const out: Placed[] = [];
  // Money in 元 keeps its own wording; the rule is the same.
  const money = b?.unit === "元" ? MONEY_YUAN : MONEY;
  for (const row of b ? [b.total, ...b.sources] : [])
    out.push(
      ...at(row.initial, money),
      ...at(row.annual, money),
      ...at(row.received, money),
      ...at(row.executed, money),
    );
  for (const part of b ? [...b.incomeParts, ...b.expenseParts] : []) out.push(...at(part.amount, money));
  if (b) out.push(...at(b.total.weight, WEIGHT));
  const budgetWeight = t.budget.weight?.toNumber() ?? profile.budgetWeight;
  if (b?.total.score && t.budget.weight !== null)
    out.push(...at(b.total.score, scoreSpec(b.total.score, b.total.weight, budgetWeight, "预算执行得分")));
  for (const s of t.indicators) {
    out.push(...at(s.indicator.weight, WEIGHT));
    // A score is bounded by its row's weight; where the form sets none there is nothing to bound it by.
    if (s.indicator.score && s.weight !== null) out.push(...at(s.indicator.score, indicatorScoreSpec(s, profile)));
  }
  if (t.table.total?.score && t.table.total.where !== "title") out.push(...at(t.table.total.score, TOTAL));
  return out;
}

function basicCells(t: BasicTableScore): Placed[] {
  const out: Placed[] = [];
  const s = t.table.staffing;
  if (s) out.push(...at(s.authorized, COUNT), ...at(s.actual, COUNT));
  // A 预算调整 may be a cut, so it keeps any number.
  for (const row of t.table.expenses)
    if (row.key !== "budgetAdjustment") for (const f of row.amounts) out.push(...at(f, MONEY));
  const b = t.table.buildings;
  if (b)
    for (const f of [b.approvedSize, b.actualSize, b.budgetInvestment, b.actualInvestment]) out.push(...at(f, COUNT));
  return out;
}

function ref(field: Field): string {
  return a1(field.ref.row, field.ref.col);
}

function scoreSpec(score: Field, weight: Field | undefined, fallback: number, label: string): Spec {
  const s = ref(score);
  const sameSheet = weight && weight.ref.sheet === score.ref.sheet;
  const w = sameSheet ? ref(weight) : String(fallback);
  const limit = sameSheet ? `本行分值（${w}）` : `分值${fallback}分`;
  return {
    rule: { type: "custom", formula: `=AND(ISNUMBER(${s}),${s}>=0,${s}<=${w})` },
    prompt: { title: label, message: `请输入0至${limit}之间的得分。` },
    error: { title: "得分无效", message: `${label}应为0至${limit}之间的数字，不能超过分值，也不能为负数。` },
  };
}

function indicatorScoreSpec(s: IndicatorScore, profile: Profile): Spec {
  const ind = s.indicator;
  const score = ind.score!;
  const fixed = s.weight?.toNumber() ?? 0;
  if (!s.judgment || !s.tier || !ind.weight || ind.weight.ref.sheet !== score.ref.sheet)
    return scoreSpec(score, ind.weight, fixed, "得分");
  const { achieved, partial } = profile.qualitativeBands;
  const [low, high] = s.tier === "achieved" ? [achieved, 1] : s.tier === "partial" ? [partial, achieved] : [0, partial];
  const x = ref(score);
  const w = ref(ind.weight);
  const times = (f: number) => (f === 1 ? w : f === 0 ? "0" : `${w}*${new Decimal(f).toFixed()}`);
  const range = `分值的${pct(low)}至${pct(high)}`;
  return {
    rule: { type: "custom", formula: `=AND(ISNUMBER(${x}),${x}>=${times(low)},${x}<=${times(high)})` },
    prompt: {
      title: "得分（定性指标）",
      message: `实际完成情况属“${TIER_NAMES[s.tier]}”档，得分应在${range}之间（分值见${w}）。`,
    },
    error: { title: "得分超出档次范围", message: `“${TIER_NAMES[s.tier]}”档的得分应在${range}之间。` },
  };
}

function pct(fraction: number): string {
  return new Decimal(fraction).times(100).toFixed() + "%";
}

/** Cells of one column with the same constant rule, in consecutive rows, share one area; custom formulas stay per
 *  cell, since their references are relative to the cell they sit in. Output in sheet order (as the tables come),
 *  then by top row and left column, so the same workbook always gives the same list. Constant rules are the shared
 *  Spec objects above, so a column's cells group by the object itself (keying them by their JSON text took twice as
 *  long: about 5 ms against 2.5 on the 60-table bench workbook). */
function group(placed: Placed[]): ValidationWrite[] {
  const sheets = new Map<string, number>();
  const seen = new Set<string>();
  const single: ValidationWrite[] = [];
  // Per column, per rule: the cells' rows.
  const columns = new Map<string, Map<Spec, { sheet: string; col: number; rows: number[] }>>();
  for (const { field, spec } of placed) {
    const { sheet, row, col } = field.ref;
    if (!sheets.has(sheet)) sheets.set(sheet, sheets.size);
    const cellKey = `${sheet}\u0000${row}\u0000${col}`;
    if (seen.has(cellKey)) continue;
    seen.add(cellKey);
    if (spec.rule.type === "custom") {
      single.push(write(sheet, { top: row, left: col, bottom: row, right: col }, spec));
      continue;
    }
    const columnKey = `${sheet}\u0000${col}`;
    const specs = columns.get(columnKey) ?? columns.set(columnKey, new Map()).get(columnKey)!;
    const cells = specs.get(spec) ?? specs.set(spec, { sheet, col, rows: [] }).get(spec)!;
    cells.rows.push(row);
  }
  const runs: ValidationWrite[] = [];
  for (const specs of columns.values())
    for (const [spec, { sheet, col, rows }] of specs) {
      const sorted = [...rows].sort((a, b) => a - b);
      let top = sorted[0];
      for (let i = 1; i <= sorted.length; i++) {
        if (i < sorted.length && sorted[i] === sorted[i - 1] + 1) continue;
        runs.push(write(sheet, { top, left: col, bottom: sorted[i - 1], right: col }, spec));
        top = sorted[i];
      }
    }
  return [...single, ...runs].sort(
    (a, b) =>
      (sheets.get(a.sheet) ?? 0) - (sheets.get(b.sheet) ?? 0) || a.area.top - b.area.top || a.area.left - b.area.left,
  );
}

function write(sheet: string, area: Area, spec: Spec): ValidationWrite {
  return { sheet, area, rule: { ...spec.rule }, prompt: { ...spec.prompt }, error: { ...spec.error } };
}
