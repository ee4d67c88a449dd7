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
  received?: Field; // 到位数 (河北, 海南 forms)
  executed?: Field; // 全年执行数
  weight?: Field; // 分值
  rate?: Field; // 执行率 (entered)
  score?: Field; // 得分 (entered)
}

export interface FundingPart {
  label: string;
  amount: Field;
}

/** What budget execution is worth on the form, where no 分值 cell says it: `预算执行情况(20分)`, `得分(20分*执行率)`. */
export interface BudgetPoints {
  value: number;
  /** The cell whose text gave it. */
  field: Field;
}

export interface BudgetBlock {
  /**
   * The 年度资金总额 row: the only one that carries 分值/执行率/得分. Where the form has no total row (the Sichuan
   * export lists 财政资金 / 单位资金 / … only), its amounts are absent and `sumOfSources` says to add the sources up.
   */
  total: BudgetRow;
  /** The form has no 年度资金总额 row: 全年预算数 and 全年执行数 are the sums of the source rows. */
  sumOfSources?: boolean;
  /** Source rows (project tables), above or below the total row. */
  sources: BudgetRow[];
  /** 按收入性质分 (department table): 一般公共预算, 政府性基金拨款, 纳入专户管理的非税收入拨款, 其他资金. */
  incomeParts: FundingPart[];
  /** 按支出性质分 (department table): 基本支出, 项目支出. */
  expenseParts: FundingPart[];
  /** Points the block is worth when given in a label rather than a 分值 cell. */
  points?: BudgetPoints;
  /** The money unit the form prints (项目资金（元）): 万元 unless it says otherwise. */
  unit: string;
}

/** Where a weight that is not in a 分值 column came from (REPORT.md `weightFrom`). */
export type WeightFrom = "label" | "group";

export interface Indicator {
  row: number;
  level1: string; // 一级指标, without a carried weight: "产出指标(50分)" → "产出指标"; "" on a flat list
  level2: string; // 二级指标
  /** A weight carried by the 一级 label (`产出指标(50分)`) or by a 分值 column of its own (海南). */
  level1Weight?: number;
  /** The same for the 二级 label (`数量指标(10分)`). */
  level2Weight?: number;
  name: Field; // 三级指标 (指标名称, 目标名称 on flat lists)
  target?: Field; // 年度指标值; absent where the form has no such column
  actual?: Field; // 实际完成值
  weight?: Field; // 分值
  /** Where the form has no 分值 column: the points of a label over this row alone (`效益指标(30分)`). */
  labelWeight?: { points: number; from: WeightFrom; field: Field };
  score?: Field; // 得分
  reason?: Field; // 偏差原因
  nature?: Field; // 指标性质: ≥ ≤ = 定性
  unit?: Field; // 度量单位
  scoreFactor?: Field; // 得分系数, where the form has that column
  /** 河北: 单项指标得分, the row's score out of 100 before 权重占比 weighs it into 折算得分 (`score`). */
  unitScore?: Field;
  /** 预算执行率 listed as an indicator row (宁夏, 河北 forms): scored by the budget rule over the money block. */
  budgetRate?: boolean;
}

/**
 * Points given to a group of rows rather than to each: a label `年度绩效目标(80分)`, a numbered parent row
 * `一、示范区建立` whose score is the sum of the rows under it, or a block score in a 自评得分 column.
 */
export interface IndicatorGroup {
  /** A parent row in the list (一、示范区建立), or a block's heading beside or above the rows. */
  kind: "row" | "block";
  label: string;
  row: number;
  /** The label's cell, where a finding about the group points. */
  cell: CellRef;
  /** Points the label gives the group (`(80分)`). */
  points?: number;
  /** The group's own weight and score cells, where a parent row or a block heading has them. */
  weight?: Field;
  score?: Field;
  /** Rows of the indicators in the group. */
  members: number[];
}

/** The total of a 自评表, wherever the form puts it. */
export interface TotalPlace {
  /** A bottom 总分/合计 row; a header field (自评总分 97.93); a top-right 自评得分 cell; the title (`项目总得分99分`). */
  where: "bottomRow" | "header" | "topRight" | "title";
  row: number;
  weight?: Field;
  score?: Field;
  /** The total written inside a text (`项目总得分99分`): the number, as printed. */
  scoreInText?: string;
}

/** The parts of a form that are indicator columns, named as their column's role: a table has one where its header
 *  does. */
export const COLUMN_PARTS = ["target", "actual", "weight", "score", "reason", "nature", "unit"] as const;

/** What of its layout family a table may have (REPORT.md `layout.has`), in the order tables and families list them. */
export const LAYOUT_PARTS = [
  "levels",
  ...COLUMN_PARTS,
  "budget",
  "initialBudget",
  "budgetTotalRow",
  "budgetWeight",
  "budgetScore",
  "goals",
  "total",
  "totalRow",
] as const;

export type LayoutPart = (typeof LAYOUT_PARTS)[number];

export interface TableLayout {
  /** Id of the layout family the table was read as (families.ts). */
  family: string;
  /** What of the form the sheet has, in the order of `LAYOUT_PARTS`. */
  has: LayoutPart[];
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
  /** The money block; absent where the form has none (评分细则). */
  budget?: BudgetBlock;
  goals: { expected?: Field; achieved?: Field; score?: Field };
  indicators: Indicator[];
  groups: IndicatorGroup[];
  /** Unscored breakdown rows inside a scored group (`其中桃树种植面积`): read, never scored. */
  subRows: { row: number; name: Field }[];
  /** Rows that hold template filler (指标2, ……, empty indicator rows), kept so checks can point at them. */
  fillerRows: { row: number; text: string; cell: CellRef }[];
  /** Where the table's total is; absent where the form has none. */
  total?: TotalPlace;
  /** Column of each indicator header, by English name (target, actual, weight, score, reason, …). */
  columns: Record<string, number>;
  layout: TableLayout;
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
