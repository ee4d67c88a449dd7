/**
 * Table models built in code, together with the sheet cells they describe, so scoring can be tested without the
 * layout recognizer and the same table can be written to a real .xlsx for LibreOffice to recalculate.
 *
 * Sheet layout of an evaluation table (1-based rows):
 *   row 1  title               row 3  年度资金总额: B 年初预算数, C 全年预算数, D 全年执行数, E 分值, F 执行率, G 得分
 *   row 5+ indicators: A 一级, B 二级, C 三级, D 年度指标值, E 实际完成值, F 分值, G 得分, H 偏差原因, I 指标性质
 *   after the last indicator: 总分 row (F 分值, G 得分)
 */
import { CellData, CellValue } from "../../../src/core/grid/grid";
import { EvalTable, Field, Indicator, BasicTable, ExpenseKey, ExpenseRow } from "../../../src/core/layout/model";

/** A cell: a plain value, or a value with a number format (percentages as fractions with "0.00%"). */
export type CellSpec = CellValue | { value: CellValue; numFmt?: string; formula?: string };

export interface IndicatorSpec {
  level1?: string;
  level2?: string;
  name: string;
  target: CellSpec;
  actual: CellSpec;
  weight: CellSpec;
  score?: CellSpec;
  reason?: string;
  nature?: string;
}

export interface EvalSpec {
  sheet: string;
  kind?: "department" | "project";
  title?: string;
  budget: {
    initial?: CellSpec;
    annual: CellSpec;
    executed: CellSpec;
    weight?: CellSpec;
    rate?: CellSpec;
    score?: CellSpec;
    /** Leave the 分值/执行率/得分 columns out of the table entirely. */
    noWeightColumn?: boolean;
    noRateColumn?: boolean;
    noScoreColumn?: boolean;
  };
  indicators: IndicatorSpec[];
  total?: { weight?: CellSpec; score?: CellSpec } | null;
}

export interface BuiltSheet {
  name: string;
  /** Every cell the sheet holds, by "row,col". */
  cells: Map<string, CellData>;
}

export const COL = { level1: 1, level2: 2, name: 3, target: 4, actual: 5, weight: 6, score: 7, reason: 8, nature: 9 };
export const BUDGET_ROW = 3;
export const FIRST_INDICATOR_ROW = 5;

function normalizeSpec(spec: CellSpec | undefined): { value: CellValue; numFmt?: string; formula?: string } {
  if (spec === undefined) return { value: null };
  if (spec !== null && typeof spec === "object") return spec;
  return { value: spec };
}

/** What a person sees: numbers shown by their format, as the hosts report `text`. */
export function shownText(value: CellValue, numFmt?: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "number") return String(value);
  if (numFmt && /%/.test(numFmt.replace(/"[^"]*"/g, ""))) {
    const places = (/0\.(0+)/.exec(numFmt)?.[1] ?? "").length;
    return (value * 100).toFixed(places) + "%";
  }
  const places = numFmt ? (/0\.(0+)/.exec(numFmt)?.[1] ?? "").length : undefined;
  return places !== undefined && numFmt ? value.toFixed(places) : String(value);
}

export class SheetBuilder {
  readonly cells = new Map<string, CellData>();
  constructor(readonly name: string) {}

  put(row: number, col: number, spec: CellSpec | undefined): Field {
    const s = normalizeSpec(spec);
    const data: CellData = { value: s.value };
    if (s.numFmt) data.numFmt = s.numFmt;
    if (s.formula) data.formula = s.formula;
    if (s.value !== null || s.numFmt || s.formula) this.cells.set(`${row},${col}`, data);
    const field: Field = { ref: { sheet: this.name, row, col }, value: s.value, text: shownText(s.value, s.numFmt) };
    if (s.numFmt) field.numFmt = s.numFmt;
    if (s.formula) field.formula = s.formula;
    return field;
  }

  sheet(): BuiltSheet {
    return { name: this.name, cells: this.cells };
  }
}

export function buildEvalTable(spec: EvalSpec): { table: EvalTable; sheet: BuiltSheet } {
  const b = new SheetBuilder(spec.sheet);
  const title = spec.title ?? spec.sheet;
  const titleField = b.put(1, 1, title);
  b.put(BUDGET_ROW, 1, "年度资金总额");
  const budget = spec.budget;
  const total = {
    label: "年度资金总额",
    row: BUDGET_ROW,
    initial: b.put(BUDGET_ROW, 2, budget.initial ?? null),
    annual: b.put(BUDGET_ROW, 3, budget.annual),
    executed: b.put(BUDGET_ROW, 4, budget.executed),
    ...(budget.noWeightColumn
      ? {}
      : { weight: b.put(BUDGET_ROW, 5, budget.weight === undefined ? 10 : budget.weight) }),
    ...(budget.noRateColumn ? {} : { rate: b.put(BUDGET_ROW, 6, budget.rate ?? null) }),
    ...(budget.noScoreColumn ? {} : { score: b.put(BUDGET_ROW, 7, budget.score ?? null) }),
  };
  const indicators: Indicator[] = spec.indicators.map((s, i) => {
    const row = FIRST_INDICATOR_ROW + i;
    b.put(row, COL.level1, s.level1 ?? "产出指标");
    b.put(row, COL.level2, s.level2 ?? "数量指标");
    const ind: Indicator = {
      row,
      level1: s.level1 ?? "产出指标",
      level2: s.level2 ?? "数量指标",
      name: b.put(row, COL.name, s.name),
      target: b.put(row, COL.target, s.target),
      actual: b.put(row, COL.actual, s.actual),
      weight: b.put(row, COL.weight, s.weight),
      score: b.put(row, COL.score, s.score ?? null),
      reason: b.put(row, COL.reason, s.reason ?? null),
    };
    if (s.nature !== undefined) ind.nature = b.put(row, COL.nature, s.nature);
    return ind;
  });
  const totalRow = FIRST_INDICATOR_ROW + spec.indicators.length;
  const totalSpec = spec.total === undefined ? {} : spec.total;
  let tableTotal: EvalTable["total"] = undefined;
  if (totalSpec) {
    b.put(totalRow, 1, "总分");
    tableTotal = {
      where: "bottomRow",
      row: totalRow,
      weight: b.put(totalRow, COL.weight, totalSpec.weight ?? 100),
      score: b.put(totalRow, COL.score, totalSpec.score ?? null),
    };
  }
  const table: EvalTable = {
    kind: spec.kind ?? "project",
    sheet: spec.sheet,
    area: { top: 1, left: 1, bottom: totalRow, right: COL.nature },
    title,
    titleField,
    budget: { total, sources: [], incomeParts: [], expenseParts: [], unit: "万元" },
    goals: {},
    indicators,
    groups: [],
    subRows: [],
    fillerRows: [],
    total: tableTotal,
    columns: { ...COL },
    layout: { family: (spec.kind ?? "project") === "department" ? "central-department" : "central", has: [] },
  };
  return { table, sheet: b.sheet() };
}

export interface BasicSpec {
  sheet: string;
  staffing?: { authorized: CellSpec; actual: CellSpec; controlRate?: CellSpec };
  buildings?: {
    approvedSize?: CellSpec;
    actualSize?: CellSpec;
    sizeRate?: CellSpec;
    budgetInvestment?: CellSpec;
    actualInvestment?: CellSpec;
    investmentRate?: CellSpec;
  };
  /** [key, label, three year amounts] */
  expenses?: [ExpenseKey, string, [CellSpec, CellSpec, CellSpec]][];
}

/** 基础表: staffing in row 3 (A 编制数, B 实际在职人数, C 控制率), expenses from row 6 (A label, B-D years),
 *  buildings in the row after the expenses (A-F). */
export function buildBasicTable(spec: BasicSpec): { table: BasicTable; sheet: BuiltSheet } {
  const b = new SheetBuilder(spec.sheet);
  b.put(1, 1, "部门整体支出绩效评价基础数据表");
  const staffing = spec.staffing
    ? {
        authorized: b.put(3, 1, spec.staffing.authorized),
        actual: b.put(3, 2, spec.staffing.actual),
        controlRate: b.put(3, 3, spec.staffing.controlRate ?? null),
      }
    : undefined;
  const expenses: ExpenseRow[] = (spec.expenses ?? []).map(([key, label, amounts], i) => {
    const row = 6 + i;
    b.put(row, 1, label);
    return { key, label, row, amounts: amounts.map((a, j) => b.put(row, 2 + j, a)) };
  });
  const brow = 6 + expenses.length + 1;
  const bs = spec.buildings;
  const buildings = bs
    ? {
        row: brow,
        approvedSize: b.put(brow, 1, bs.approvedSize ?? null),
        actualSize: b.put(brow, 2, bs.actualSize ?? null),
        sizeRate: b.put(brow, 3, bs.sizeRate ?? null),
        budgetInvestment: b.put(brow, 4, bs.budgetInvestment ?? null),
        actualInvestment: b.put(brow, 5, bs.actualInvestment ?? null),
        investmentRate: b.put(brow, 6, bs.investmentRate ?? null),
      }
    : undefined;
  const table: BasicTable = {
    kind: "basic",
    sheet: spec.sheet,
    area: { top: 1, left: 1, bottom: brow, right: 6 },
    ...(staffing ? { staffing } : {}),
    years: [
      { label: "2022年决算数", role: "previousFinal", year: 2022, col: 2 },
      { label: "2023年预算数", role: "budget", year: 2023, col: 3 },
      { label: "2023年决算数", role: "final", year: 2023, col: 4 },
    ],
    expenses,
    ...(buildings ? { buildings } : {}),
  };
  return { table, sheet: b.sheet() };
}

/** A percent-formatted number: pct(0.9381) is 93.81 % shown with two decimals. */
export const pct = (fraction: number, numFmt = "0.00%"): CellSpec => ({ value: fraction, numFmt });
