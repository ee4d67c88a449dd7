/**
 * The tables of the seed report — 衡阳市商务局's 2023 部门整体支出绩效自评 (基础表, 部门整体支出自评表 and two
 * 项目支出绩效自评表) — typed in by hand, every figure and text as the report prints it.
 *
 * Cells are kept as printed text (`Printed`) rather than as numbers, because the print carries information a number
 * loses: "9.30" has two decimals where 9.3 has one, "93.00%" is a percentage, "0.0" is how the report shows one zero,
 * "6000 万美元" is a quantity with a unit that a person typed as text. scripts/make-sample.ts turns each into the
 * value and number format a person filling the official workbook would have produced (see `readPrinted` there).
 *
 * Transcription conventions:
 * - Lines broken only by the page width are joined; breaks between numbered points or paragraphs are kept as "\n".
 * - The report's extraction puts spaces between Chinese and digits/Latin ("2023 年", "怀化 RCEP 经贸博览会"); those are
 *   typesetting, not text, and are dropped — except in 年度指标值/实际完成值 cells, where "6000 万美元" keeps the space
 *   between number and unit, as people do type it and as the value reader must accept.
 * - Header texts follow the official template's spelling (full-width brackets: "年度预算申请（万元）"); a few narrow
 *   headers carry a line break before the unit, as the report prints them ("批复规模\n（㎡）").
 * - Typos of the original are kept (打印饥, 作业去, 电商电商): the sample is the report, not a corrected copy.
 * - Deliberate mistakes of the original are kept, since they are what the checks must find: 招商引资 执行率 93.00 %
 *   with 得分 9.30 (60.26 ÷ 64.53 is 93.38 %), and entered indicator scores that differ from the scoring rules.
 */

/**
 * A cell as the report prints it: a number ("54.56", "0.0", "-8.7"), a percentage ("93.00%", "20%"), any other text
 * ("有效保障", "6000 万美元"), or "" for an empty cell.
 */
export type Printed = string;

export interface ExpenseRowData {
  label: string;
  /** 2022年决算数, 2023年预算数, 2023年决算数; all "" for a row the report leaves empty. */
  amounts: readonly [Printed, Printed, Printed];
  /** An itemised 专项 (one row per 专项 under 3、本级专项资金). */
  item?: boolean;
}

export interface BasicTableData {
  sheet: string;
  title: string;
  staffing: {
    label: string;
    headers: readonly [string, string, string];
    /** 编制数, 2023年实际在职人数, 控制率 */
    values: readonly [Printed, Printed, Printed];
  };
  expenses: {
    label: string;
    years: readonly [string, string, string];
    rows: readonly ExpenseRowData[];
  };
  buildings: {
    label: string;
    headers: readonly [string, string, string, string, string, string];
    /** 批复规模, 实际规模, 规模控制率, 预算投资, 实际投资, 投资概算控制率: the seed's data row is empty. */
    values: readonly [Printed, Printed, Printed, Printed, Printed, Printed];
  };
  frugality: { label: string; text: string };
}

/** One row of a budget block: 年度资金总额, or one of its sources (当年财政拨款, 上年结转金额, 其它资金). */
export interface BudgetRowData {
  label: string;
  initial: Printed;
  annual: Printed;
  executed: Printed;
  weight: Printed;
  rate: Printed;
  score: Printed;
  /** The 年度资金总额 row, the only one that carries 分值/执行率/得分. */
  total?: boolean;
}

export interface BudgetHeaderData {
  /** Over the row labels: "" in the 部门整体 table, "资金来源" in a project table. */
  label: string;
  initial: string;
  annual: string;
  executed: string;
  weight: string;
  rate: string;
  score: string;
}

export interface FundingPartData {
  label: string;
  amount: Printed;
}

export interface GoalsData {
  label: string;
  expectedLabel: string;
  achievedLabel: string;
  expected: string;
  achieved: string;
}

export interface IndicatorData {
  level1: string;
  level2: string;
  name: Printed;
  target: Printed;
  actual: Printed;
  weight: Printed;
  score: Printed;
  reason: Printed;
}

export interface IndicatorHeaderData {
  label: string; // 绩效指标, the vertical label
  level1: string;
  level2: string;
  name: string;
  target: string;
  actual: string;
  weight: string;
  score: string;
  reason: string;
}

export interface TotalData {
  label: string;
  weight: Printed;
  score: Printed;
}

interface EvalTableCommon {
  sheet: string;
  title: string;
  year: string;
  budgetLabel: string;
  budgetHeader: BudgetHeaderData;
  goals: GoalsData;
  indicatorHeader: IndicatorHeaderData;
  indicators: readonly IndicatorData[];
  total: TotalData;
}

export interface DepartmentTableData extends EvalTableCommon {
  kind: "department";
  unitLabel: string;
  unit: string;
  budget: BudgetRowData;
  income: { label: string; parts: readonly FundingPartData[] };
  expense: { label: string; parts: readonly FundingPartData[] };
}

export interface ProjectTableData extends EvalTableCommon {
  kind: "project";
  nameLabel: string;
  name: string;
  departmentLabel: string;
  department: string;
  implementerLabel: string;
  implementer: string;
  /** In the order the report prints them: the source rows first, 年度资金总额 last. */
  budget: readonly BudgetRowData[];
}

export interface SampleData {
  basic: BasicTableData;
  department: DepartmentTableData;
  projects: readonly ProjectTableData[];
}

const INDICATOR_HEADER: IndicatorHeaderData = {
  label: "绩效指标",
  level1: "一级指标",
  level2: "二级指标",
  name: "三级指标",
  target: "年度指标值",
  actual: "实际完成值",
  weight: "分值",
  score: "得分",
  reason: "偏差原因分析及改进措施",
};

const GOAL_LABELS = { label: "年度总体目标", expectedLabel: "预期目标", achievedLabel: "实际完成情况" } as const;

const PROJECT_BUDGET_HEADER: BudgetHeaderData = {
  label: "资金来源",
  initial: "年初预算数",
  annual: "全年预算数",
  executed: "全年执行数",
  weight: "分值",
  rate: "执行率",
  score: "得分",
};

/** A budget source row: amounts only, as the official template has it (see scripts/make-sample.ts). */
function source(label: string, initial: Printed, annual: Printed, executed: Printed): BudgetRowData {
  return { label, initial, annual, executed, weight: "", rate: "", score: "" };
}

function row(
  level1: string,
  level2: string,
  name: Printed,
  target: Printed,
  actual: Printed,
  weight: Printed,
  score: Printed,
  reason: Printed = "",
): IndicatorData {
  return { level1, level2, name, target, actual, weight, score, reason };
}

const item = (label: string, a: Printed, b: Printed, c: Printed): ExpenseRowData => ({
  label,
  amounts: [a, b, c],
  item: true,
});
const line = (label: string, a: Printed, b: Printed, c: Printed): ExpenseRowData => ({ label, amounts: [a, b, c] });

export const BASIC: BasicTableData = {
  sheet: "基础表",
  // The seed prints the table without its title; the official form is headed like this.
  title: "部门整体支出绩效评价基础数据表",
  staffing: {
    label: "财政供养人员情况",
    headers: ["编制数", "2023年实际在职人数", "控制率"],
    values: ["64", "59", "92.19%"],
  },
  expenses: {
    label: "经费控制情况(万元)",
    years: ["2022年决算数", "2023年预算数", "2023年决算数"],
    rows: [
      line("三公经费", "11.96", "54.56", "54.56"),
      line("1、公务用车购置和维护经费", "6.79", "5.26", "5.26"),
      line("其中：公车购置", "0", "0", "0"),
      line("公车运行维护", "6.79", "5.26", "5.26"),
      line("2、出国经费", "0", "47.28", "47.28"),
      line("3、公务接待", "5.17", "2.02", "2.02"),
      line("项目支出：", "1309.95", "1900.68", "1785.65"),
      line("1、业务工作经费", "1048.18", "0", "0"),
      line("2、运行维护经费", "0", "30.13", "30.13"),
      line("3、本级专项资金（一个专项一行）", "261.77", "1870.55", "1755.52"),
      item("粮检中心专项经费", "9", "0", "0"),
      item("2023年社零、市场监测、限上企业培育和消费促进工作经费", "0", "69", "51.33"),
      item("味道湖南衡阳美食季", "0", "9.6", "9.3"),
      item("第六届中国国际进口博览会工作经费", "0", "6.5", "6.34"),
      item("第六届东盟.湖南（永州）名优产品交易会", "0", "15", "14.68"),
      item("怀化RCEP经贸博览会", "0", "18.5", "18.5"),
      item("第三届中非经贸博览会工作", "0", "99.71", "99.71"),
      item("出访莫桑比克和刚果（金）开展经贸交流活动", "0", "54.09", "54.09"),
      item("2023年第二期“惠购湘车”汽车促销补贴资金", "0", "670", "583.5"),
      item("2022年衡阳首届二手车消费节活动", "0", "6", "6"),
      item("2023年“惠购湘车.乐享雁城”汽车促消费活动", "0", "660", "660"),
      item("2023（第八届）中国国际食品餐饮博览会", "0", "47.07", "47.07"),
      item("2023年湖南（长沙）跨境电商交易会专项工作", "0", "34", "33.84"),
      item("2023年中国国际电子商务博览会专项工作", "0", "6.8", "6.76"),
      item("跨境电商培训", "0", "16.45", "16.45"),
      item("衡阳市电商电商统计数据服务", "0", "9.8", "9.8"),
      item("跨境电商专项工作", "0", "10", "4.39"),
      item("粮食安全责任考核工作经费", "4.32", "0", "0"),
      item("铁路维运、打私治理、口岸工作经费", "50", "50", "50"),
      item("蒸湘粮站", "9.9", "0", "0"),
      item("2023年衡阳网上年货节活动", "0", "23.5", "23.5"),
      item("招商引资", "22.5", "64.53", "60.26"),
      item("企业离退休人员补贴", "166.05", "0", "0"),
      line("公用经费：", "217.2", "288.84", "288.84"),
      line("其中：办公经费", "7.55", "6.43", "6.43"),
      line("水费、电费、差旅费", "22.81", "36.89", "36.89"),
      line("会议费、培训费", "0", "0.26", "0.26"),
      line("政府采购金额", "0", "0", "0"),
      line("部门基本支出预算调整", "", "", ""),
    ],
  },
  buildings: {
    label: "楼堂馆所控制情况（2023年完工项目）",
    headers: [
      "批复规模\n（㎡）",
      "实际规模\n（㎡）",
      "规模控制率",
      "预算投资\n（万元）",
      "实际投资\n（万元）",
      "投资概算控制率",
    ],
    values: ["", "", "", "", "", ""],
  },
  frugality: {
    label: "厉行节约保障措施",
    text: "无新建楼堂馆所。节约用电，统一联网到大办公室打印，各科室不配打印饥。",
  },
};

export const DEPARTMENT: DepartmentTableData = {
  kind: "department",
  sheet: "自评表",
  title: "部门整体支出绩效自评表",
  year: "（2023年度）",
  unitLabel: "预算部门名称",
  unit: "衡阳市商务局",
  budgetLabel: "年度预算申请（万元）",
  budgetHeader: {
    label: "",
    initial: "年初预算数\n（万元）",
    annual: "全年预算数\n（万元）",
    executed: "全年执行数\n（万元）",
    weight: "分值",
    rate: "执行率",
    score: "得分",
  },
  // The report's text shows the score as "9.3" over "8", a line broken by the narrow column: it is 9.38.
  budget: {
    label: "年度资金总额：",
    initial: "1374.58",
    annual: "3666.39",
    executed: "3439.59",
    weight: "10",
    rate: "93.81%",
    score: "9.38",
    total: true,
  },
  income: {
    label: "按收入性质分：",
    parts: [
      { label: "一般公共预算：", amount: "3594.72" },
      { label: "政府性基金拨款：", amount: "0" },
      { label: "纳入专户管理的非税收入拨款：", amount: "0.0" },
      { label: "其他资金", amount: "71.67" },
    ],
  },
  expense: {
    label: "按支出性质分：",
    parts: [
      { label: "其中:基本支出：", amount: "1653.94" },
      { label: "项目支出：", amount: "1785.65" },
    ],
  },
  goals: {
    ...GOAL_LABELS,
    expected:
      "1、推进机关科室提高工作成效，确保全局各项工作目标任务的全面完成和政令畅通；\n" +
      "2、着力推进内贸扩消费畅流通，着力推进外贸调结构稳增长，加大改革开放力度。",
    achieved:
      "1、推进机关科室提高工作成效，确保全局各项工作目标任务的全面完成和政令畅通；\n" +
      "2、推进了内贸扩消费畅流通，推进了外贸调结构稳增长，加大了改革开放力度。",
  },
  indicatorHeader: INDICATOR_HEADER,
  indicators: [
    row("产出指标", "数量指标", "实际利用外资额", "6000", "4926", "15", "10", "原因为全市外资工作发展不够"),
    row("产出指标", "质量指标", "引进三类500强项目", "8", "40", "15", "15"),
    row("产出指标", "时效指标", "办公用品购置及时率", "100", "100", "20", "20"),
    row(
      "效益指标",
      "经济效益指标",
      "外贸总额增长率",
      "15",
      "-8.7",
      "15",
      "11.5",
      "一是海外需求整体走弱；二是平台拉动作用有所减弱；三是2022年下半年高基数效应凸显。",
    ),
    row("效益指标", "社会效益指标", "保障机关正常运转", "有效保障", "有效保障", "15", "15"),
    // The template's unused rows, as the report leaves them.
    row("效益指标", "生态效益指标", "", "不适用", "不适用", "", ""),
    row("效益指标", "可持续影响指标", "", "不适用", "不适用", "", ""),
    row("满意度指标", "服务对象满意度指标", "上级主管部门及服务对象满意度", "90", "90", "10", "10"),
    row("成本指标", "经济成本指标", "", "", "", "", ""),
    row("成本指标", "社会成本指标", "", "", "", "", ""),
    row("成本指标", "生态环境成本指标", "", "", "", "", ""),
  ],
  total: { label: "总分", weight: "100", score: "90.88" },
};

// In both project tables the report puts an empty "生态环境指标" row after the 成本指标 rows. It sits in the 二级
// column: the text is printed on one line, which fits the 二级 column (six characters) and not the 一级 column, which
// wraps "满意度指标" after four.
export const INVESTMENT: ProjectTableData = {
  kind: "project",
  sheet: "招商引资",
  title: "项目支出绩效自评表",
  year: "（2023年度）",
  nameLabel: "项目支出名称",
  name: "招商引资",
  departmentLabel: "主管部门",
  department: "衡阳市商务和粮食局机关",
  implementerLabel: "实施单位",
  implementer: "衡阳市商务局",
  budgetLabel: "项目资金（万元）",
  budgetHeader: PROJECT_BUDGET_HEADER,
  budget: [
    source("其中:当年财政拨款", "10", "64.53", "60.26"),
    source("上年结转金额", "0", "0", "0"),
    source("其它资金", "0", "0", "0"),
    // Kept as the report has it: 60.26 ÷ 64.53 is 93.38 % (score 9.34), the report says 93.00 % and 9.30.
    {
      label: "年度资金总额",
      initial: "10",
      annual: "64.53",
      executed: "60.26",
      weight: "10",
      rate: "93.00%",
      score: "9.30",
      total: true,
    },
  ],
  goals: {
    ...GOAL_LABELS,
    expected: "2023年目标任务数：1. 全市实际利用外资8000万美元；\n2. 全市引进三类500强项目8个。",
    achieved:
      "2023年，全年实际利用外资4926万美元，完成省级目标任务（6000万美元）的82.1%；" +
      "全年引进三类500强项目40个，远超省级目标任务（8个）。",
  },
  indicatorHeader: INDICATOR_HEADER,
  indicators: [
    row("成本指标", "经济成本指标", "成本节约率", "0%", "20%", "8", "8"),
    row("成本指标", "社会成本指标", "成本节约率", "0%", "20%", "6", "6"),
    row("成本指标", "生态环境成本指标", "质量指标", "达标", "未造成负面影响得满分", "6", "6"),
    row("成本指标", "生态环境指标", "", "", "", "", ""),
    row(
      "产出指标",
      "数量指标",
      "外资完成数",
      "6000 万美元",
      "4926 万美元",
      "12",
      "11",
      "总量未达标，主要原因为全市外资工作发展不够",
    ),
    row("产出指标", "数量指标", "三类500强项目引进数", "8 个", "40 个", "12", "12"),
    row("产出指标", "质量指标", "引资规模", "100 亿元", "602 亿元", "8", "8"),
    row("产出指标", "时效指标", "到资及时率", "100%", "100%", "8", "8"),
    row("效益指标", "经济效益指标", "推动社会经济发展", "有效推动", "有效推动", "6", "6"),
    row("效益指标", "社会效益指标", "保障社会经济正常平稳运行", "有效保障", "有效保障", "5", "5"),
    row("效益指标", "生态效益指标", "保障生态环境", "不产生负面影响", "不产生负面影响", "4", "4"),
    row("效益指标", "可持续影响指标", "后续发展效益", "持续发展", "持续发展", "5", "5"),
    row("满意度指标", "服务对象满意度指标", "企业满意程度", "90%", "90%", "10", "10"),
  ],
  // The report's table ends without a 总分 row; the official template has one, so it is added with the weight and an
  // empty score, as a person who had not yet added up would leave it.
  total: { label: "总分", weight: "100", score: "" },
};

export const RAILWAY: ProjectTableData = {
  kind: "project",
  sheet: "铁路维运、打私治理、口岸工作经费",
  title: "项目支出绩效自评表",
  year: "（2023年度）",
  nameLabel: "项目支出名称",
  name: "铁路维运、打私治理、口岸工作经费",
  departmentLabel: "主管部门",
  department: "衡阳市商务和粮食局机关",
  implementerLabel: "实施单位",
  implementer: "衡阳市商务局",
  budgetLabel: "项目资金（万元）",
  budgetHeader: PROJECT_BUDGET_HEADER,
  budget: [
    source("其中:当年财政拨款", "50", "50", "50"),
    source("上年结转金额", "0", "0", "0"),
    source("其它资金", "0", "0", "0"),
    {
      label: "年度资金总额",
      initial: "50",
      annual: "50",
      executed: "50",
      weight: "10",
      rate: "100.00%",
      score: "10.00",
      total: true,
    },
  ],
  goals: {
    ...GOAL_LABELS,
    expected:
      "铁路维护专项资金主要用于铁路监管作业区软件系统的维护、检修、升级，以及货源组织和工作协调等，从而确保铁路监管作业去正常运营。\n" +
      "打私治理专项资金主要用于工作会议、教育宣传、学习调研、协警工作待遇和开展联合打私行动等，确保衡阳打私工作正常开展。\n" +
      "口岸工作专项资金主要用于口岸服务中心正常开展口岸建设工作。",
    achieved:
      "完成了对铁路监管作业区系统的日常维护、检修、升级等，做好了日常管理、服务、协调等工作；" +
      "全市开展打私宣传活动30场次，发放宣传册2千余本，宣传覆盖约十万人。" +
      "做好了日常口岸工作开展、公务接待、调研等后勤保障。",
  },
  indicatorHeader: INDICATOR_HEADER,
  indicators: [
    row("成本指标", "经济成本指标", "成本节约率", "0%", "0%", "10", "10"),
    row("成本指标", "社会成本指标", "成本节约率", "0%", "0%", "5", "5"),
    row("成本指标", "生态环境成本指标", "质量指标", "确保生态环境不被破坏", "没破坏", "5", "5"),
    row("成本指标", "生态环境指标", "", "", "", "", ""),
    row("产出指标", "数量指标", "铁路监管作业区运营", "50 列", "141 列", "20", "20"),
    row("产出指标", "质量指标", "打私工作正常开展", "3 次", "5 次", "10", "10"),
    row("产出指标", "时效指标", "班列按时发行", "100%", "100%", "10", "10"),
    row("效益指标", "经济效益指标", "推动社会经济发展", "有效推动", "有效推动", "5", "5"),
    row("效益指标", "社会效益指标", "保障社会效益", "有效保障", "有效保障", "5", "5"),
    row("效益指标", "生态效益指标", "确保生态环境不被破坏", "不产生负面影响", "不产生负面影响", "5", "5"),
    row("效益指标", "可持续影响指标", "后续发展效益", "100%", "100%", "5", "5"),
    row("满意度指标", "服务对象满意度指标", "服务对象是否满意", "90%", "90%", "10", "10"),
  ],
  total: { label: "总分", weight: "100", score: "100.00" },
};

/** The whole sample, in sheet order. */
export const HENGYANG_2023: SampleData = { basic: BASIC, department: DEPARTMENT, projects: [INVESTMENT, RAILWAY] };
