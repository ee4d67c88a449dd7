// Hand-built tables for the checks' and reasons' unit tests: a Table model laid out like the official forms (the
// sample's columns), scored by the real scoring engine. Each builder takes only what a test cares about; the rest
// is a consistent table that yields no error and no warning.
import Decimal from "decimal.js";
import { CellValue } from "../../src/core/grid/grid";
import {
  BasicTable,
  BudgetRow,
  EvalTable,
  ExpenseKey,
  ExpenseRow,
  Field,
  FundingPart,
  Indicator,
} from "../../src/core/layout/model";
import { DEFAULT_PROFILE, Profile } from "../../src/core/profile";
import { scoreWorkbook } from "../../src/core/scoring";
import { WorkbookScore } from "../../src/core/scoring/types";
import { Table } from "../../src/core/layout/model";
import { runChecks } from "../../src/core/checks";
import { Finding } from "../../src/core/checks/finding";

/** A cell: a plain value, or a value with its number format / formula / cached error. */
export type Cell = CellValue | { value: CellValue; numFmt?: string; formula?: string; error?: string };

export const pct = (fraction: number, numFmt = "0.00%"): Cell => ({ value: fraction, numFmt });
export const money = (value: number): Cell => ({ value, numFmt: "0.00" });
export const divZero: Cell = { value: null, error: "#DIV/0!", formula: "=E9/0" };

function shownText(value: CellValue, numFmt?: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "number") return String(value);
  const m = numFmt ? /^0(?:\.(0+))?(%)?$/.exec(numFmt) : null;
  if (!m) return String(value);
  const places = m[1]?.length ?? 0;
  return m[2] ? new Decimal(value).times(100).toFixed(places) + "%" : new Decimal(value).toFixed(places);
}

export function field(sheet: string, row: number, col: number, cell: Cell = null): Field {
  const c = cell !== null && typeof cell === "object" ? cell : { value: cell };
  const f: Field = {
    ref: { sheet, row, col },
    value: c.value ?? null,
    text: c.error ?? shownText(c.value ?? null, c.numFmt),
  };
  if (c.numFmt) f.numFmt = c.numFmt;
  if (c.formula) f.formula = c.formula;
  if (c.error) f.error = c.error;
  return f;
}

// Columns of the official 自评表 (as in the sample): B label, D 年初, E 全年预算, F 全年执行, G 分值, H 执行率, I 得分;
// indicators B 一级, C 二级, D 三级, E 指标值, F 完成值, G 分值, H 得分, I 偏差原因.
export const COL = { label: 2, level2: 3, name: 4, target: 5, actual: 6, weight: 7, score: 8, reason: 9 } as const;
const BUDGET_COL = { initial: 4, annual: 5, executed: 6, weight: 7, rate: 8, score: 9 } as const;

export interface IndicatorSpec {
  name: Cell;
  target: Cell;
  actual: Cell;
  weight: Cell;
  score?: Cell;
  reason?: Cell;
  level1?: string;
  level2?: string;
  level1Weight?: number;
  nature?: Cell;
}

export interface BudgetSpec {
  initial?: Cell;
  annual?: Cell;
  executed?: Cell;
  weight?: Cell;
  rate?: Cell;
  score?: Cell;
}

export interface EvalSpec {
  sheet?: string;
  kind?: "department" | "project";
  title?: string;
  budget?: BudgetSpec;
  sources?: ({ label: string } & BudgetSpec)[];
  income?: [string, Cell][];
  expense?: [string, Cell][];
  indicators?: IndicatorSpec[];
  total?: { weight?: Cell; score?: Cell };
  filler?: string[];
  /** The table has no 偏差原因 column. */
  noReasonColumn?: boolean;
  goals?: { expected?: Cell; achieved?: Cell };
}

/** A project table of 10 (budget) + 90 points, every figure consistent: no finding at all. */
export const CONSISTENT_INDICATORS: IndicatorSpec[] = [
  {
    level1: "产出指标",
    level2: "数量指标",
    name: "培训人次",
    target: "500 人次",
    actual: "520 人次",
    weight: 30,
    score: 30,
  },
  {
    level1: "产出指标",
    level2: "质量指标",
    name: "培训合格率",
    target: pct(0.95, "0%"),
    actual: pct(0.98, "0%"),
    weight: 20,
    score: 20,
  },
  {
    level1: "产出指标",
    level2: "时效指标",
    name: "按时完成率",
    target: pct(1, "0%"),
    actual: pct(1, "0%"),
    weight: 10,
    score: 10,
  },
  {
    level1: "效益指标",
    level2: "社会效益指标",
    name: "保障培训正常开展",
    target: "有效保障",
    actual: "有效保障",
    weight: 20,
    score: 20,
  },
  {
    level1: "满意度指标",
    level2: "服务对象满意度指标",
    name: "学员满意度",
    target: pct(0.9, "0%"),
    actual: pct(0.92, "0%"),
    weight: 10,
    score: 10,
  },
];

export function evalTable(spec: EvalSpec = {}): EvalTable {
  const sheet = spec.sheet ?? "项目表";
  const kind = spec.kind ?? "project";
  const f = (row: number, col: number, cell?: Cell) => field(sheet, row, col, cell ?? null);
  const b: BudgetSpec = {
    initial: money(50),
    annual: money(100),
    executed: money(95),
    weight: 10,
    rate: pct(0.95),
    score: money(9.5),
    ...spec.budget,
  };
  const budgetRow = (row: number, label: string, s: BudgetSpec, carriesScore: boolean): BudgetRow => {
    const r: BudgetRow = { label, row };
    for (const key of ["initial", "annual", "executed"] as const)
      if (key in s) r[key] = f(row, BUDGET_COL[key], s[key]);
    if (carriesScore) for (const key of ["weight", "rate", "score"] as const) r[key] = f(row, BUDGET_COL[key], s[key]);
    return r;
  };
  let row = 6;
  const total = budgetRow(row++, "年度资金总额", b, true);
  const sources = (spec.sources ?? []).map((s) => budgetRow(row++, s.label, s, false));
  const parts = (list: [string, Cell][] | undefined, col: number, start: number): FundingPart[] =>
    (list ?? []).map(([label, cell], i) => ({ label, amount: f(start + i, col, cell) }));
  const incomeParts = parts(spec.income, 5, row);
  const expenseParts = parts(spec.expense, 9, row);
  row += Math.max(spec.income?.length ?? 0, spec.expense?.length ?? 0);
  const goalsRow = ++row;
  row += 2; // the indicator header
  const indicators: Indicator[] = (spec.indicators ?? CONSISTENT_INDICATORS).map((s) => {
    const r = row++;
    const ind: Indicator = {
      row: r,
      level1: s.level1 ?? "产出指标",
      level2: s.level2 ?? "数量指标",
      name: f(r, COL.name, s.name),
      target: f(r, COL.target, s.target),
      actual: f(r, COL.actual, s.actual),
      weight: f(r, COL.weight, s.weight),
      score: f(r, COL.score, s.score ?? null),
    };
    if (!spec.noReasonColumn) ind.reason = f(r, COL.reason, s.reason ?? null);
    if (s.level1Weight !== undefined) ind.level1Weight = s.level1Weight;
    if (s.nature !== undefined) ind.nature = f(r, 10, s.nature);
    return ind;
  });
  const fillerRows = (spec.filler ?? []).map((text) => {
    const r = row++;
    return { row: r, text, cell: { sheet, row: r, col: COL.name } };
  });
  const totalRow = row++;
  const title = spec.title ?? "职业技能培训";
  const columns: Record<string, number> = { ...COL };
  if (spec.noReasonColumn) delete columns.reason;
  return {
    kind,
    sheet,
    area: { top: 1, left: 1, bottom: totalRow, right: 9 },
    title,
    titleField: f(3, 4, title),
    budget: { total, sources, incomeParts, expenseParts, unit: "万元" },
    goals: {
      expected: f(goalsRow, 2, spec.goals?.expected ?? "完成培训任务"),
      achieved: f(goalsRow, 6, spec.goals?.achieved ?? "完成了培训任务"),
    },
    indicators,
    groups: [],
    subRows: [],
    fillerRows,
    total: {
      where: "bottomRow",
      row: totalRow,
      weight: f(totalRow, COL.weight, spec.total && "weight" in spec.total ? spec.total.weight : 100),
      score: f(totalRow, COL.score, spec.total && "score" in spec.total ? spec.total.score : money(99.5)),
    },
    columns,
    layout: { family: kind === "department" ? "central-department" : "central", has: [] },
  };
}

export interface ExpenseSpec {
  key: ExpenseKey;
  label: string;
  amounts: [Cell, Cell, Cell];
}

/** The sample's 基础表 figures, trimmed to a few 专项: every relation holds. */
export const CONSISTENT_EXPENSES: ExpenseSpec[] = [
  { key: "officialTotal", label: "三公经费", amounts: [money(11.96), money(54.56), money(54.56)] },
  { key: "vehicles", label: "1、公务用车购置和维护经费", amounts: [money(6.79), money(5.26), money(5.26)] },
  { key: "vehiclePurchase", label: "其中：公车购置", amounts: [0, 0, 0] },
  { key: "vehicleRunning", label: "公车运行维护", amounts: [money(6.79), money(5.26), money(5.26)] },
  { key: "abroad", label: "2、出国经费", amounts: [0, money(47.28), money(47.28)] },
  { key: "reception", label: "3、公务接待", amounts: [money(5.17), money(2.02), money(2.02)] },
  { key: "projectTotal", label: "项目支出：", amounts: [money(150), money(214.53), money(210.26)] },
  { key: "business", label: "1、业务工作经费", amounts: [money(100), 0, 0] },
  { key: "operation", label: "2、运行维护经费", amounts: [0, money(100), money(100)] },
  { key: "specialTotal", label: "3、本级专项资金（一个专项一行）", amounts: [money(50), money(114.53), money(110.26)] },
  { key: "specialItem", label: "招商引资", amounts: [money(22.5), money(64.53), money(60.26)] },
  { key: "specialItem", label: "铁路维运、打私治理、口岸工作经费", amounts: [money(27.5), money(50), money(50)] },
  { key: "publicFunds", label: "公用经费：", amounts: [money(217.2), money(288.84), money(288.84)] },
  { key: "publicFundsPart", label: "其中：办公经费", amounts: [money(7.55), money(6.43), money(6.43)] },
  { key: "publicFundsPart", label: "水费、电费、差旅费", amounts: [money(22.81), money(36.89), money(36.89)] },
  { key: "budgetAdjustment", label: "部门基本支出预算调整", amounts: [null, null, null] },
];

const BUILDING_KEYS = [
  "approvedSize",
  "actualSize",
  "sizeRate",
  "budgetInvestment",
  "actualInvestment",
  "investmentRate",
] as const;
type BuildingKey = (typeof BUILDING_KEYS)[number];

export interface BasicSpec {
  sheet?: string;
  staffing?: { authorized: Cell; actual: Cell; controlRate: Cell } | null;
  expenses?: ExpenseSpec[];
  buildings?: Partial<Record<BuildingKey, Cell>>;
  frugality?: Cell;
}

export function basicTable(spec: BasicSpec = {}): BasicTable {
  const sheet = spec.sheet ?? "基础表";
  const f = (row: number, col: number, cell?: Cell) => field(sheet, row, col, cell ?? null);
  const staffing =
    spec.staffing === null ? undefined : (spec.staffing ?? { authorized: 64, actual: 59, controlRate: pct(0.9219) });
  let row = 6;
  const expenses: ExpenseRow[] = (spec.expenses ?? CONSISTENT_EXPENSES).map((e) => {
    const r = row++;
    return { key: e.key, label: e.label, row: r, amounts: e.amounts.map((a, i) => f(r, 3 + i, a)) };
  });
  const table: BasicTable = {
    kind: "basic",
    sheet,
    area: { top: 1, left: 1, bottom: row + 3, right: 7 },
    years: [
      { label: "2022年决算数", role: "previousFinal", year: 2022, col: 3 },
      { label: "2023年预算数", role: "budget", year: 2023, col: 4 },
      { label: "2023年决算数", role: "final", year: 2023, col: 5 },
    ],
    expenses,
  };
  if (staffing)
    table.staffing = {
      authorized: f(3, 2, staffing.authorized),
      actual: f(3, 3, staffing.actual),
      controlRate: f(3, 4, staffing.controlRate),
    };
  if (spec.buildings) {
    const b = spec.buildings;
    const r = row + 2;
    const buildings: NonNullable<BasicTable["buildings"]> = { row: r };
    BUILDING_KEYS.forEach((key, i) => {
      if (key in b) buildings[key] = f(r, 2 + i, b[key]);
    });
    table.buildings = buildings;
  }
  if (spec.frugality !== undefined) table.frugality = f(row + 3, 2, spec.frugality);
  return table;
}

export function score(tables: Table[], profile: Profile = DEFAULT_PROFILE): WorkbookScore {
  return scoreWorkbook(tables, profile);
}

export function check(tables: Table[], profile: Profile = DEFAULT_PROFILE): Finding[] {
  return runChecks(score(tables, profile), profile);
}

/** Findings as "CODE@Sheet!A1", the shape most assertions compare. */
export function codes(findings: Finding[]): string[] {
  return findings.map((f) => `${f.code}@${f.cell}`);
}

/** Only errors and warnings: what "crying wolf" would be made of. */
export function loud(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.severity !== "info");
}
