// The typed model of the official tables. Every field knows its cell, so scoring can write a formula that
// references it and a finding can take the person to it.
import { Area, CellRef } from "../grid/address";
import { CellValue } from "../grid/grid";

/** A cell of a recognized table, with what it held when read. */
export interface Field {
  ref: CellRef;
  value: CellValue;
  /** The text a person sees: numbers formatted by their number format ("93.00%"), "" when empty. */
  text: string;
  formula?: string;
  numFmt?: string;
  error?: string;
}

export type TableKind = "basic" | "department" | "project";

/** One row of a budget block: 年度资金总额 (the total) or one of its sources (当年财政拨款, 上年结转…). */
export interface BudgetRow {
  label: string;
  row: number;
  initial?: Field; // 年初预算数
  annual?: Field; // 全年预算数
  executed?: Field; // 全年执行数
  weight?: Field; // 分值
  rate?: Field; // 执行率 (entered)
  score?: Field; // 得分 (entered)
}

export interface FundingPart {
  label: string;
  amount: Field;
}

export interface BudgetBlock {
  /** The 年度资金总额 row: the only one that carries 分值/执行率/得分. */
  total: BudgetRow;
  /** Source rows (project tables), above or below the total row. */
  sources: BudgetRow[];
  /** 按收入性质分 (department table): 一般公共预算, 政府性基金拨款, 纳入专户管理的非税收入拨款, 其他资金. */
  incomeParts: FundingPart[];
  /** 按支出性质分 (department table): 基本支出, 项目支出. */
  expenseParts: FundingPart[];
}

export interface Indicator {
  row: number;
  level1: string; // 一级指标, without a carried weight: "产出指标(50分)" → "产出指标"
  level2: string; // 二级指标
  /** A weight carried by the 一级 label, e.g. 50 from "产出指标(50分)". */
  level1Weight?: number;
  name: Field; // 三级指标
  target: Field; // 年度指标值
  actual: Field; // 实际完成值
  weight: Field; // 分值
  score: Field; // 得分
  reason?: Field; // 偏差原因
  nature?: Field; // 指标性质: ≥ ≤ = 定性
  unit?: Field; // 度量单位
  scoreFactor?: Field; // 得分系数, where the form has that column
}

export interface EvalTable {
  kind: "department" | "project";
  sheet: string;
  area: Area;
  /** Unit name (department) or 项目名称 (project). */
  title: string;
  titleField?: Field;
  department?: Field; // 主管部门
  implementer?: Field; // 实施单位
  budget: BudgetBlock;
  goals: { expected?: Field; achieved?: Field };
  indicators: Indicator[];
  /** Rows that hold template filler (指标2, ……, empty indicator rows), kept so checks can point at them. */
  fillerRows: { row: number; text: string; cell: CellRef }[];
  total: { weight?: Field; score?: Field; row: number };
  /** Column of each indicator header, by English name (target, actual, weight, score, reason, …). */
  columns: Record<string, number>;
}

/** Rows of 经费控制情况, by role. */
export type ExpenseKey =
  | "officialTotal" // 三公经费
  | "vehicles" // 1、公务用车购置和维护经费
  | "vehiclePurchase" // 其中：公车购置
  | "vehicleRunning" // 公车运行维护
  | "abroad" // 2、出国经费
  | "reception" // 3、公务接待
  | "projectTotal" // 项目支出
  | "business" // 1、业务工作经费
  | "operation" // 2、运行维护经费
  | "specialTotal" // 3、本级/省级专项资金
  | "specialItem" // one itemised 专项
  | "publicFunds" // 公用经费
  | "publicFundsPart" // 其中：办公经费, 水费、电费、差旅费, 会议费、培训费
  | "procurement" // 政府采购金额
  | "budgetAdjustment"; // 部门基本支出预算调整

export type YearRole = "previousFinal" | "budget" | "final";

export interface ExpenseRow {
  key: ExpenseKey;
  label: string;
  row: number;
  /** One per year column, in the order of BasicTable.years. */
  amounts: Field[];
}

export interface BasicTable {
  kind: "basic";
  sheet: string;
  area: Area;
  staffing?: { authorized: Field; actual: Field; controlRate: Field };
  /** The three year columns, e.g. 2022 年决算数 | 2023 年预算数 | 2023 年决算数. */
  years: { label: string; role: YearRole; year?: number; col: number }[];
  expenses: ExpenseRow[];
  buildings?: {
    row: number;
    approvedSize?: Field; // 批复规模
    actualSize?: Field; // 实际规模
    sizeRate?: Field; // 规模控制率
    budgetInvestment?: Field; // 预算投资
    actualInvestment?: Field; // 实际投资
    investmentRate?: Field; // 投资概算控制率
  };
  frugality?: Field; // 厉行节约保障措施
}

export type Table = BasicTable | EvalTable;
