// The layout families of the official 自评表, as data (../../../../shared/specimens/README.md): the words that tell
// a family apart, the parts its form has, where its total lives, what its money block is worth and which profile
// defaults it needs. Recognition itself goes by column roles and never asks for a part; the family (chosen by
// family-match.ts) names what was read, lets a family's own words override the shared synonyms, and says what the
// checks may expect of the form. Adding a province's form is adding an entry here (and a specimen workbook), not code.
import { LAYOUT_PARTS, LayoutPart } from "./model";
import { IndicatorRole } from "./synonyms";

export interface LayoutFamily {
  id: string;
  /** The form's Chinese name, shown on the pane's table card. */
  name: string;
  /** The README's letter, and the specimens it was taken from. */
  source: string;
  /**
   * Evidence that a table is of this family: each entry is one sufficient set of words, all of which must be
   * found. A word is `title:…` (in the title), `ind:…` (an indicator header key), `bud:…` (a money-block header key,
   * or part of its texts as written), `parent:A>B` (header B under a merged header A) or a structural mark: `flat`
   * (no 一级/二级 columns), `levelWeights` (a 分值 column per level), `scoreAbove` (the 得分 column is headed at the
   * top of the table), `department` (a 部门整体 table). The most specific match wins.
   */
  match: readonly (readonly string[])[];
  /** The table kind where neither a name nor the title says (项目 or 部门整体). */
  kind?: "project" | "department";
  /** Parts the family's form has (what a table of it may show in `layout.has`). */
  parts: readonly LayoutPart[];
  /** Where the form puts its total. */
  total: "bottomRow" | "header" | "topRight" | "title" | "none";
  /** Points of budget execution where no 分值 cell or label says: the form's own number, the profile's
   *  (`budgetWeight`, 10 unless a profile says otherwise), or null: the money block is not scored. */
  budgetPoints: number | "profile" | null;
  /** Header words this family uses differently from the shared synonyms (a key → its role here, null = none). */
  headers?: Readonly<Record<string, IndicatorRole | null>>;
  /** 一级 labels of process criteria (项目决策, 项目管理) whose rows the form leaves without a 年度指标值. */
  processLevels?: readonly string[];
  /** Profile fields this family's rules set (e.g. a budget worth 20). */
  profile?: { budgetWeight?: number };
}

/** The central form's parts but `left`: how a form that differs from it in a few parts reads. */
function allBut(...left: LayoutPart[]): readonly LayoutPart[] {
  return LAYOUT_PARTS.filter((p) => !left.includes(p));
}

/** Most specific first; the two central families come last and match whatever no other family claims. */
export const FAMILIES: readonly LayoutFamily[] = [
  {
    id: "hebei",
    name: "河北预算项目绩效自评表",
    source: "H · 12",
    match: [["ind:权重占比"], ["ind:单项指标折算得分"]],
    kind: "project",
    parts: ["levels", "target", "actual", "weight", "score", "nature", "budget", "goals"],
    total: "none",
    budgetPoints: null,
    // 指标分值 holds the indicator's description here; the weight is 权重占比(%).
    headers: { 指标分值: "description" },
  },
  {
    id: "tianjin-platform",
    name: "天津一体化部门整体支出绩效自评表",
    source: "17",
    match: [["ind:计算符号"]],
    kind: "department",
    parts: ["target", "actual", "weight", "score", "reason", "nature", "unit", "budget", "goals", "total"],
    total: "bottomRow",
    budgetPoints: "profile",
  },
  {
    id: "chongqing",
    name: "重庆部门整体绩效自评表",
    source: "I · 15",
    match: [["bud:执行率权重"], ["flat", "ind:指标权重"]],
    kind: "department",
    parts: ["target", "actual", "weight", "score", "reason", "nature", "unit", "budget", "initialBudget"],
    total: "header",
    budgetPoints: "profile",
  },
  {
    id: "scorecard-levels",
    name: "分级分值评分表（海南式）",
    source: "E · 16",
    match: [["levelWeights"]],
    kind: "project",
    parts: ["levels", "weight", "score", "budget"],
    total: "none",
    budgetPoints: null,
  },
  {
    id: "criteria",
    name: "绩效评分细则表",
    source: "E · 07",
    match: [["ind:评分标准"], ["title:评分细则"]],
    kind: "project",
    parts: ["weight", "score"],
    total: "bottomRow",
    budgetPoints: null,
  },
  {
    id: "scorecard",
    name: "决策·管理·产出·效益评分表",
    source: "E · 05",
    match: [["ind:参考分值"]],
    kind: "project",
    parts: ["levels", "target", "actual", "weight", "score", "reason", "budget", "initialBudget", "goals", "total"],
    total: "header",
    budgetPoints: null,
    processLevels: ["项目决策", "项目管理", "决策", "管理"],
  },
  {
    id: "regional",
    name: "区域绩效目标自评表",
    source: "F′ · 10",
    match: [["title:区域绩效目标自评表"], ["scoreAbove", "bud:预算执行情况"]],
    kind: "project",
    parts: ["levels", "target", "actual", "score", "budget", "budgetScore", "goals", "total"],
    total: "topRight",
    budgetPoints: 20,
    profile: { budgetWeight: 20 },
  },
  {
    id: "transfer",
    name: "转移支付绩效目标自评表",
    source: "F · 08",
    match: [["ind:未完成原因和改进措施"], ["title:转移支付"], ["bud:资金投入情况"]],
    kind: "project",
    parts: ["levels", "target", "actual", "reason", "budget", "budgetTotalRow", "goals"],
    total: "none",
    budgetPoints: null,
  },
  {
    id: "xianjie",
    name: "衔接资金绩效目标自评表",
    source: "G · 19",
    match: [["ind:未完成原因及拟采取的改进措施"], ["title:衔接"]],
    kind: "project",
    parts: allBut("nature", "unit", "initialBudget"),
    total: "bottomRow",
    budgetPoints: "profile",
  },
  {
    id: "budget20",
    name: "预算执行20分项目支出绩效自评表（湖北式）",
    source: "D · 03",
    match: [["ind:年初目标值"], ["bud:20分"]],
    kind: "project",
    parts: ["levels", "target", "actual", "score", "budget", "budgetTotalRow", "budgetScore", "total", "totalRow"],
    total: "bottomRow",
    budgetPoints: 20,
    profile: { budgetWeight: 20 },
  },
  {
    id: "sichuan-platform",
    name: "四川预算管理一体化项目支出绩效自评表",
    source: "C",
    match: [
      ["ind:未完成原因分析", "ind:权重", "ind:度量单位"],
      ["bud:调整后预算数", "bud:权重"],
    ],
    kind: "project",
    parts: allBut("budgetTotalRow"),
    total: "bottomRow",
    budgetPoints: "profile",
  },
  {
    id: "yunnan",
    name: "云南决算公开项目支出绩效自评表",
    source: "B · 01",
    match: [["parent:年度指标值>指标性质", "parent:年度指标值>指标值"]],
    kind: "project",
    parts: LAYOUT_PARTS,
    total: "bottomRow",
    budgetPoints: "profile",
  },
  {
    id: "central-department",
    name: "部门整体支出绩效自评表",
    source: "A′ · 11, the sample's 部门整体",
    match: [["department"]],
    kind: "department",
    parts: LAYOUT_PARTS,
    total: "bottomRow",
    budgetPoints: "profile",
  },
  {
    id: "central",
    name: "财政部项目支出绩效自评表",
    source: "A · 04, 06, the sample's 项目",
    match: [[]],
    kind: "project",
    parts: LAYOUT_PARTS,
    total: "bottomRow",
    budgetPoints: "profile",
  },
];

export const FAMILY_BY_ID: ReadonlyMap<string, LayoutFamily> = new Map(FAMILIES.map((f) => [f.id, f]));

/** Whether the table's form asks no 年度指标值 of this row (a process criterion of a scorecard). */
export function targetOptional(family: string, level1: string): boolean {
  return FAMILY_BY_ID.get(family)?.processLevels?.includes(level1) ?? false;
}
