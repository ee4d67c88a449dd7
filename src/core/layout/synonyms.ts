// The words of the 自评表, as data: every header, label and heading the recognizer looks for, with the synonyms
// provinces and years use (the 基础表's are in basic-words.ts; scan.ts makes lookups of both). Matching compares
// keys (normalize.ts), so brackets, units, spaces and line breaks need no entries of their own; the bracketed forms
// below are listed only so that the table reads like the forms it was taken from. Chinese names of roles are what
// LAYOUT_INCOMPLETE messages say is missing.
import { COLUMN_PARTS } from "./model";

export type IndicatorRole =
  | "level1"
  | "level2"
  | "name"
  | "target"
  | "actual"
  | "weight"
  | "score"
  | "reason"
  | "nature"
  | "unit"
  | "scoreFactor"
  // A 分值 column of its own beside the 一级 or 二级 column (海南: 一级指标 | 分值 | 二级指标 | 分值 | …): given by
  // position, never by a word.
  | "level1Weight"
  | "level2Weight"
  // Columns some forms add, read so they are not taken for something else: 评分标准 (评分细则), 单项指标完成情况 and
  // 单项指标得分 (河北: a score out of 100 before it is weighted), 指标说明.
  | "standard"
  | "status"
  | "unitScore"
  | "description";

export interface HeaderSpec<R extends string> {
  role: R;
  /** How the missing column is named in a message. */
  label: string;
  synonyms: readonly string[];
  required: boolean;
}

// No indicator column is required of every form (issue 15): which ones a table must have is CORE_INDICATOR_ROLES.
export const INDICATOR_HEADERS: readonly HeaderSpec<IndicatorRole>[] = [
  { role: "level1", label: "一级指标", synonyms: ["一级指标"], required: false },
  { role: "level2", label: "二级指标", synonyms: ["二级指标"], required: false },
  {
    role: "name",
    label: "三级指标",
    synonyms: ["三级指标", "三级指标名称", "指标名称", "目标名称", "绩效指标名称"],
    required: false,
  },
  {
    role: "target",
    label: "年度指标值",
    synonyms: [
      "年度指标值",
      "指标值",
      "年初指标值",
      "年度目标值",
      "年度指标值(A)",
      "目标值",
      "预期指标值",
      "年初目标值",
      "预期目标值",
    ],
    required: false,
  },
  {
    role: "actual",
    label: "实际完成值",
    synonyms: [
      "实际完成值",
      "完成值",
      "全年实际值",
      "实际完成值(B)",
      "实际值",
      "全年完成值",
      "全年实际完成值",
      "实际完成指标值",
      "单项指标实际完成值",
    ],
    required: false,
  },
  {
    role: "weight",
    label: "分值",
    synonyms: ["分值", "权重", "指标分值", "权重(分)", "参考分值", "指标权重", "权重占比"],
    required: false,
  },
  {
    role: "score",
    label: "得分",
    synonyms: ["得分", "自评得分", "指标得分", "单项指标折算得分", "折算得分"],
    required: false,
  },
  {
    role: "reason",
    label: "偏差原因分析及改进措施",
    synonyms: [
      "偏差原因分析及改进措施",
      "未完成原因分析",
      "未完成原因分析及改进措施",
      "偏差原因",
      "偏差原因分析",
      "偏差原因及改进措施",
      "原因",
      "原因分析",
      "未完成原因和改进措施",
      "未完成原因及拟采取的改进措施",
      "未完成原因及改进措施",
      "说明",
    ],
    required: false,
  },
  { role: "nature", label: "指标性质", synonyms: ["指标性质", "指标方向", "计算符号", "符号"], required: false },
  { role: "unit", label: "度量单位", synonyms: ["度量单位", "计量单位", "单位"], required: false },
  { role: "scoreFactor", label: "得分系数", synonyms: ["得分系数"], required: false },
  { role: "standard", label: "评分标准", synonyms: ["评分标准", "评分细则", "评分要点"], required: false },
  { role: "status", label: "完成情况", synonyms: ["单项指标完成情况", "指标完成情况"], required: false },
  { role: "unitScore", label: "单项指标得分", synonyms: ["单项指标得分"], required: false },
  { role: "description", label: "指标说明", synonyms: ["指标说明", "指标解释", "指标内容"], required: false },
];

/** Roles of which at least one must be in a row for it to be taken as an indicator header. */
export const INDICATOR_NAME_ROLES: readonly IndicatorRole[] = ["level1", "level2", "name"];

/** The core of an indicator block (REPORT.md): names, plus at least one of these. */
export const CORE_INDICATOR_ROLES: readonly IndicatorRole[] = ["target", "actual", "weight", "score"];

/** Columns of figures and answers: the 总分 row's label stands left of all of them. */
export const VALUE_ROLES: readonly IndicatorRole[] = [...COLUMN_PARTS, "scoreFactor", "status", "unitScore"];

export type BudgetRole = "initial" | "annual" | "received" | "executed" | "weight" | "rate" | "score";

export const BUDGET_HEADERS: readonly HeaderSpec<BudgetRole>[] = [
  { role: "initial", label: "年初预算数", synonyms: ["年初预算数", "年初预算", "年初预算数(万元)"], required: false },
  {
    role: "annual",
    label: "全年预算数",
    synonyms: ["全年预算数", "全年预算数(A)", "调整后预算数", "全年预算", "预算数", "调整预算数", "计划投资额"],
    required: true,
  },
  { role: "received", label: "到位数", synonyms: ["到位数", "实际到位资金", "资金到位数"], required: false },
  {
    role: "executed",
    label: "全年执行数",
    synonyms: ["全年执行数", "全年执行数(B)", "预算执行数", "全年执行", "执行数", "实际使用情况", "实际支出数"],
    required: true,
  },
  { role: "weight", label: "分值", synonyms: ["分值", "权重", "执行率权重"], required: false },
  { role: "rate", label: "执行率", synonyms: ["执行率", "执行率(B/A)", "预算执行率", "预算执行进度"], required: false },
  { role: "score", label: "得分", synonyms: ["得分", "自评得分", "执行率得分"], required: false },
];

/** Roles of which at least one must be in a row for it to be taken as a budget header. */
export const BUDGET_AMOUNT_ROLES: readonly BudgetRole[] = ["annual", "executed"];

/** Labels in the rows and headings of the 自评表, by what they mark. */
export type EvalLabel =
  | "projectName"
  | "unitName"
  | "department"
  | "implementer"
  | "goals"
  | "expected"
  | "achieved"
  | "total"
  | "headerTotal"
  | "budgetTotal"
  | "moneyEnd"
  | "income"
  | "expense";

export const EVAL_LABELS: Record<EvalLabel, readonly string[]> = {
  projectName: ["项目名称", "项目支出名称", "转移支付名称", "专项名称", "评价项目", "专项资金名称"],
  unitName: ["预算部门名称", "部门名称", "单位名称", "预算单位名称", "部门(单位)名称", "部门", "评价单位"],
  department: ["主管部门", "主管部门及代码", "中央主管部门", "地方主管部门", "省级主管部门"],
  implementer: ["实施单位", "项目实施单位", "资金使用单位"],
  goals: [
    "年度总体目标",
    "总体目标",
    "年度绩效目标",
    "总体目标完成情况",
    "年度目标完成情况",
    "当年绩效目标",
    "目标完成情况",
  ],
  expected: ["预期目标", "年初设定目标", "年初绩效目标", "年度预期目标", "总体目标"],
  achieved: [
    "实际完成情况",
    "实际完成",
    "全年实际完成情况",
    "目标实际完成情况",
    "年度总体目标完成情况综述",
    "年度总体目标完成情况",
    "全年目标实际完成情况",
    "具体完成情况",
  ],
  total: ["总分", "合计", "自评总分", "总计"],
  // A total a form prints beside a label above its tables (自评得分 98, 自评总分(分) 97.93).
  headerTotal: ["自评总分", "自评得分", "总分", "项目总得分", "总得分"],
  budgetTotal: ["年度资金总额", "资金总额", "合计", "总计", "年度财政资金总额", "年度总金额", "总额"],
  // Headings of blocks that may follow the money block: its rows end there.
  moneyEnd: ["资金管理情况"],
  income: ["按收入性质分"],
  expense: ["按支出性质分"],
};

/** Words a title contains: `项目支出绩效自评表`, `2023年度部门整体支出绩效自评表`, `部门整体支出绩效评价基础数据表`. */
export const TITLE_WORDS = {
  eval: ["自评表", "评分细则", "评分表", "自评价"],
  project: ["项目"],
  department: ["部门整体", "整体支出"],
  basic: ["基础数据表", "基础表", "基础信息表"],
} as const;
