/**
 * What each specimen workbook holds, written by hand from the specimen texts (and from the completions that
 * samples/specimens/README.md declares): every table's family, fields and cells, and the findings its printed
 * figures really contain under RULES.md's `default` profile, each with the arithmetic behind it.
 *
 * This is an account independent of any code: the addresses are typed from the layout of each workbook (the column of
 * each part of the form, the row of each indicator), not read from the builder or from src/. test/specimens/
 * expected.test.ts only checks that every cell named here shows the text named here.
 *
 * Conventions:
 * - `text` is what a person sees: the displayed number ("10.00", "86.19%", "215,457.6"), or the text as typed.
 * - A field is `null` where the form has no such column; `{ cell, text: "" }` where the cell is there and empty.
 *   `nature`, `unit` and `scoreFactor` are left out where the form has no such column.
 * - level1/level2 are the labels without their "(50分)"; the printed typo 社会效益效益指标 (03) is kept.
 * - Budget source labels drop "其中:" and a trailing colon ("其中:当年财政拨款" → 当年财政拨款).
 * - Addresses are the anchor (top-left) cell of a merged area.
 */

export interface ExpectedField {
  cell: string; // "D12" on the table's sheet
  text: string; // what a person sees
}

export interface ExpectedRow {
  /** group = a row whose score/weight is the sum of the rows under it (03's 一、示范区建立); subitem = an unscored
   * breakdown row (19's 其中…). */
  role: "indicator" | "group" | "subitem";
  level1: string;
  level2: string;
  level1Weight?: number;
  level2Weight?: number;
  name: ExpectedField;
  nature?: ExpectedField;
  target: ExpectedField | null;
  unit?: ExpectedField;
  actual: ExpectedField | null;
  weight: ExpectedField | null;
  score: ExpectedField | null;
  reason: ExpectedField | null;
  /** 12 (Hebei): the 单项指标得分 that the form turns into the 折算得分 (`score`) by the 权重占比 (`weight`). */
  scoreFactor?: ExpectedField;
}

export interface ExpectedBudget {
  /** What budget execution is worth on this form (10, 20); null where unscored or scored as an indicator row. */
  points: number | null;
  pointsFrom: "column" | "label" | "indicatorRow" | "none";
  /** Null where there is no 年度资金总额-like row. */
  total: {
    label: string;
    initial?: ExpectedField;
    annual?: ExpectedField;
    executed?: ExpectedField;
    weight?: ExpectedField;
    rate?: ExpectedField;
    score?: ExpectedField;
  } | null;
  sources: { label: string; annual?: ExpectedField; executed?: ExpectedField }[];
  /** Where the block is scored once without a total row (20): its merged 权重 / 得分 / 原因 cells. */
  block?: { weight?: ExpectedField; score?: ExpectedField; reason?: ExpectedField };
}

export interface ExpectedTable {
  sheet: string;
  kind: "project" | "department";
  family: string; // an id from the family list of issue 15
  title: string; // 项目名称 or unit name as printed
  budget: ExpectedBudget | null;
  rows: ExpectedRow[];
  total: {
    where: "bottomRow" | "headerCell" | "title" | "topRight";
    score: ExpectedField;
    weight?: ExpectedField;
  } | null;
}

export interface ExpectedFinding {
  code: string;
  cell: string; // "Sheet!A1"
  why: string; // the hand computation
}

/** Template text the form itself printed and nobody touched: listed, judged not to be a finding (see `why`). */
export interface ExpectedLeftover {
  cell: string; // "Sheet!A1"
  text: string;
  why: string;
}

export interface ExpectedSpecimen {
  file: string;
  tables: ExpectedTable[];
  findings: ExpectedFinding[];
  leftovers?: ExpectedLeftover[];
}

// ---------------------------------------------------------------------------------------------------------------
// Shorthands: a field, and an indicator row from the column letters of its table

function f(cell: string, text: string): ExpectedField {
  return { cell, text };
}

type Part = "name" | "nature" | "target" | "unit" | "actual" | "weight" | "score" | "reason" | "scoreFactor";
type Columns = Partial<Record<Part, string>> & { name: string };
type Texts = Partial<Record<Part, string>> & { name: string };

/**
 * One indicator-block row: `columns` are the letters of the table's columns (typed once per table), `texts` what the
 * row shows in them (absent = an empty cell).
 */
function line(
  columns: Columns,
  row: number,
  role: ExpectedRow["role"],
  levels: [string, string] | [string, string, number | undefined, number | undefined],
  texts: Texts,
): ExpectedRow {
  const field = (part: Part) => (columns[part] ? f(`${columns[part]}${row}`, texts[part] ?? "") : null);
  const out: ExpectedRow = {
    role,
    level1: levels[0],
    level2: levels[1],
    name: field("name")!,
    target: field("target"),
    actual: field("actual"),
    weight: field("weight"),
    score: field("score"),
    reason: field("reason"),
  };
  if (levels[2] !== undefined) out.level1Weight = levels[2];
  if (levels[3] !== undefined) out.level2Weight = levels[3];
  for (const part of ["nature", "unit", "scoreFactor"] as const) {
    const extra = field(part);
    if (extra) out[part] = extra;
  }
  return out;
}

const LEFTOVER_WHY =
  "the form's own unused row: the template printed this prompt and nothing else in the row is filled. " +
  "TEMPLATE_TEXT_LEFT is for filler a person left in an answer cell, so not a finding (the engine of today, " +
  "test/checks/template.test.ts, flags such a row: the lead decides)";

// ---------------------------------------------------------------------------------------------------------------

const S01 = "卫片执法补助经费";
const C01: Columns = {
  name: "D",
  nature: "E",
  target: "F",
  unit: "G",
  actual: "H",
  weight: "I",
  score: "J",
  reason: "K",
};

const SPECIMEN_01: ExpectedSpecimen = {
  file: "01_yunnan-lijiang_2020_xiangmu",
  tables: [
    {
      sheet: S01,
      kind: "project",
      family: "yunnan",
      title: "2020年省级自然资源卫片执法补助经费支出绩效自评表",
      budget: {
        points: 10,
        pointsFrom: "column",
        total: {
          label: "年度资金总额",
          initial: f("E6", "7.29"),
          annual: f("G6", "7.29"),
          executed: f("H6", "7.29"),
          weight: f("I6", "10.00"),
          rate: f("J6", "100%"),
          score: f("K6", "10.00"),
        },
        sources: [
          { label: "当年财政拨款", annual: f("G7", "7.29"), executed: f("H7", "7.29") },
          { label: "上年结转资金", annual: f("G8", ""), executed: f("H8", "") },
          { label: "其他资金", annual: f("G9", ""), executed: f("H9", "") },
        ],
      },
      rows: [
        line(C01, 14, "indicator", ["产出指标", "数量指标"], {
          name: "卫片执法补助经费",
          nature: "﹦",
          target: "72890",
          unit: "元",
          actual: "72890",
          weight: "10.00",
          score: "9.00",
        }),
        line(C01, 15, "indicator", ["产出指标", "质量指标"], {
          name: "项目验收合格率",
          nature: "﹦",
          target: "100",
          unit: "%",
          actual: "100",
          weight: "20",
          score: "19",
        }),
        line(C01, 16, "indicator", ["产出指标", "时效指标"], {
          name: "项目完成及时率",
          nature: "﹦",
          target: "100",
          unit: "%",
          actual: "100",
          weight: "20.00",
          score: "19.00",
        }),
        line(C01, 17, "indicator", ["效益指标", "社会效益指标"], {
          name: "违法行为责停率",
          nature: "≥",
          target: "95",
          unit: "%",
          actual: "95",
          weight: "30.00",
          score: "27.00",
        }),
        line(C01, 18, "indicator", ["满意度指标", "服务对象满意度指标"], {
          name: "满意度",
          nature: "≥",
          target: "95",
          unit: "%",
          actual: "95",
          weight: "10.00",
          score: "10.00",
        }),
      ],
      total: { where: "bottomRow", score: f("J19", "94.00"), weight: f("I19", "100.00") },
    },
  ],
  findings: [
    {
      code: "SCORE_MISMATCH",
      cell: `${S01}!J14`,
      why: "﹦72890 元, actual 72890: reached, rule gives 10.00; entered 9.00",
    },
    { code: "REASON_MISSING", cell: `${S01}!K14`, why: "score 9.00 below 分值 10.00, 偏差原因 empty" },
    { code: "SCORE_MISMATCH", cell: `${S01}!J15`, why: "﹦100 %, actual 100: reached, rule gives 20; entered 19" },
    { code: "REASON_MISSING", cell: `${S01}!K15`, why: "score 19 below 分值 20, 偏差原因 empty" },
    {
      code: "SCORE_MISMATCH",
      cell: `${S01}!J16`,
      why: "﹦100 %, actual 100: reached, rule gives 20.00; entered 19.00",
    },
    { code: "REASON_MISSING", cell: `${S01}!K16`, why: "score 19.00 below 分值 20.00, 偏差原因 empty" },
    { code: "SCORE_MISMATCH", cell: `${S01}!J17`, why: "≥95 %, actual 95: reached, rule gives 30.00; entered 27.00" },
    { code: "REASON_MISSING", cell: `${S01}!K17`, why: "score 27.00 below 分值 30.00, 偏差原因 empty" },
    // Holds: 执行率 7.29 ÷ 7.29 = 100% → 10.00; weights 10 + 10 + 20 + 20 + 30 + 10 = 100;
    // 总分 94.00 = 10.00 + 9 + 19 + 19 + 27 + 10 (the completed 满意度 row is reached and scored 10.00).
  ],
};

// ---------------------------------------------------------------------------------------------------------------

const S03 = "化肥减量增效";
const C03: Columns = { name: "F", target: "G", actual: "H", score: "I" };
const OUTPUT_COUNT: [string, string] = ["产出指标", "数量指标"];

const SPECIMEN_03: ExpectedSpecimen = {
  file: "03_yunnan-baoshan-longyang_2022_xiangmu",
  tables: [
    {
      sheet: S03,
      kind: "project",
      family: "budget20",
      title: "隆阳区2021年中央化肥减量增效示范县项目补助资金",
      budget: {
        points: 20,
        pointsFrom: "label", // 预算执行情况(万元)(20分), 得分(20分*执行率)
        total: {
          label: "年度财政资金总额",
          annual: f("F9", "278.4449"),
          executed: f("G9", "30.00"),
          rate: f("H9", "10.77%"),
          score: f("I9", "2.16"),
        },
        sources: [],
      },
      rows: [
        line(C03, 11, "group", OUTPUT_COUNT, {
          name: "一、示范区建立",
          target: "≧20000亩",
          actual: "20000亩",
          score: "15.0",
        }),
        line(C03, 12, "indicator", OUTPUT_COUNT, {
          name: "1、水稻侧深施肥+缓控释肥",
          target: "≧500亩",
          actual: "500亩",
          score: "5.0",
        }),
        line(C03, 13, "indicator", OUTPUT_COUNT, {
          name: "2、玉米种肥同播+缓控释肥",
          target: "≧1000亩",
          actual: "1000亩",
          score: "5.0",
        }),
        line(C03, 14, "indicator", OUTPUT_COUNT, {
          name: "3、施用配方肥",
          target: "≧18500亩",
          actual: "18500亩",
          score: "5.0",
        }),
        line(C03, 15, "group", OUTPUT_COUNT, {
          name: "二、化肥减量增效田间试验",
          target: "≧15组",
          actual: "15组",
          score: "15.0",
        }),
        line(C03, 16, "indicator", OUTPUT_COUNT, {
          name: "1、肥料利用率",
          target: "≧5组",
          actual: "5组",
          score: "5.0",
        }),
        line(C03, 17, "indicator", OUTPUT_COUNT, {
          name: "2、化肥减量增效",
          target: "≧5组",
          actual: "5组",
          score: "5.0",
        }),
        line(C03, 18, "indicator", OUTPUT_COUNT, {
          name: "3、其他试验(水稻)",
          target: "≧3组",
          actual: "3组",
          score: "3.0",
        }),
        line(C03, 19, "indicator", OUTPUT_COUNT, {
          name: "4、其他试验(玉米)",
          target: "≧2组",
          actual: "2组",
          score: "2.0",
        }),
        // 三、 and 四、 are numbered like the parents but have no children: scored indicators of their own.
        line(C03, 20, "indicator", OUTPUT_COUNT, {
          name: "三、土样植株化验",
          target: "≧60个",
          actual: "105个",
          score: "5.0",
        }),
        line(C03, 21, "indicator", OUTPUT_COUNT, {
          name: "四、农户施肥情况调查(户)",
          target: "≧300户",
          actual: "300户",
          score: "5.0",
        }),
        line(C03, 22, "indicator", ["产出指标", "质量指标"], {
          name: "示范区配方肥到位率",
          target: "≧80%",
          actual: "85.6%",
          score: "10.0",
        }),
        line(C03, 23, "indicator", ["产出指标", "时效指标"], {
          name: "项目按时完成率",
          target: "100%",
          actual: "100%",
          score: "10.0",
        }),
        line(C03, 24, "indicator", ["效益指标", "社会效益效益指标"], {
          name: "受益农户数",
          target: "5000户",
          actual: "5000户",
          score: "5.0",
        }),
        line(C03, 25, "indicator", ["效益指标", "生态效益指标"], {
          name: "示范区亩均化肥施用量减少",
          target: "≧3%",
          actual: "3.2%",
          score: "5.0",
        }),
        line(C03, 26, "indicator", ["效益指标", "可持续影响指标"], {
          name: "化肥减量增效技术持续推广",
          target: "持续推广",
          actual: "持续推广",
          score: "5.0",
        }),
        line(C03, 27, "indicator", ["满意度指标", "服务对象满意度指标"], {
          name: "示范区农户满意度",
          target: "≧90%",
          actual: "95%",
          score: "5.0",
        }),
      ],
      total: { where: "bottomRow", score: f("I28", "82.16") },
    },
  ],
  findings: [
    {
      code: "BUDGET_SCORE_MISMATCH",
      cell: `${S03}!I9`,
      why: "20 × 30.00 ÷ 278.4449 = 20 × 10.7742% = 2.1548 → 2.15 (also 20 × the entered 10.77% = 2.154 → 2.15); entered 2.16",
    },
    // Holds: 执行率 30.00 ÷ 278.4449 = 10.77% as entered. No per-indicator weights (no 分值 column, only the
    // block's 80): no SCORE_MISMATCH, no WEIGHT_SUM; the 80 is met by the scored rows without their children:
    // 15 + 15 + 5 + 5 + 10 + 10 + 5 + 5 + 5 + 5 = 80, and each parent equals its children (15 = 5 + 5 + 5,
    // 15 = 5 + 5 + 3 + 2). 总分 82.16 = 2.16 + 80. No 偏差原因 column: no REASON_MISSING, no OVERSHOOT
    // (三、土样植株化验 105 against ≧60 would be +75%). An info finding that the form sets no per-indicator weights
    // is expected (issue 15), not listed here.
  ],
};

// ---------------------------------------------------------------------------------------------------------------

const S04 = "项目自评表";
const C04: Columns = { name: "E", target: "F", actual: "G", weight: "H", score: "I", reason: "J" };

const SPECIMEN_04: ExpectedSpecimen = {
  file: "04_shanghai-putuo_2022_xiangmu",
  tables: [
    {
      sheet: S04,
      kind: "project",
      family: "central",
      title: "普陀体育中心与委托运营方结算费用",
      budget: {
        points: 10,
        pointsFrom: "column",
        total: {
          label: "年度资金总额",
          initial: f("E7", "250000.00"),
          annual: f("F7", "250000.00"),
          executed: f("G7", "215,457.6"),
          weight: f("H7", "10"),
          rate: f("I7", "86.19%"),
          score: f("J7", "8.62"),
        },
        sources: [
          { label: "当年财政拨款", annual: f("F8", "250000.00"), executed: f("G8", "215457.6") },
          { label: "上年结转资金", annual: f("F9", "0"), executed: f("G9", "") },
          { label: "其他资金", annual: f("F10", "0"), executed: f("G10", "") },
        ],
      },
      rows: [
        line(C04, 14, "indicator", ["产出指标", "数量指标"], {
          name: "与委托运营方结算完成率",
          target: "=100%",
          actual: "100%",
          weight: "10",
          score: "10",
        }),
        line(C04, 15, "indicator", ["产出指标", "质量指标"], {
          name: "合同结算条款完成率",
          target: "=100%",
          actual: "100%",
          weight: "20",
          score: "20",
        }),
        line(C04, 16, "indicator", ["产出指标", "时效指标"], {
          name: "费用结算及时性",
          target: "及时",
          actual: "及时",
          weight: "20",
          score: "20",
        }),
        line(C04, 17, "indicator", ["效益指标", "社会效益指标"], {
          name: "与委托运营方合同完成率",
          target: "=100%",
          actual: "100%",
          weight: "30",
          score: "30",
        }),
        line(C04, 18, "indicator", ["满意度指标", "服务对象满意度指标"], {
          name: "场馆开放满意度",
          target: ">=90%",
          actual: "100%",
          weight: "10",
          score: "10",
        }),
      ],
      total: { where: "bottomRow", score: f("I19", "98.62"), weight: f("H19", "100") },
    },
    {
      sheet: S04,
      kind: "project",
      family: "central",
      title: "援滇对口支援及结对帮扶经费",
      budget: {
        points: 10,
        pointsFrom: "column",
        total: {
          label: "年度资金总额",
          initial: f("E27", "20000.00"),
          annual: f("F27", "20000.00"),
          executed: f("G27", "9,034"),
          weight: f("H27", "10"),
          rate: f("I27", "45.17%"),
          score: f("J27", "4.52"),
        },
        sources: [
          { label: "当年财政拨款", annual: f("F28", "0"), executed: f("G28", "") },
          { label: "上年结转资金", annual: f("F29", "0"), executed: f("G29", "") },
          { label: "其他资金", annual: f("F30", "0"), executed: f("G30", "") },
        ],
      },
      rows: [
        line(C04, 34, "indicator", ["产出指标", "数量指标"], {
          name: "经费使用率",
          target: "=100%",
          actual: "45.17%",
          weight: "10",
          score: "4.52",
          reason: "对口地区部分帮扶活动延期至次年,经费按实际发生结算,结余资金按规定收回。",
        }),
        line(C04, 35, "indicator", ["产出指标", "质量指标"], {
          name: "经费完成情况",
          target: "完成",
          actual: "完成",
          weight: "20",
          score: "20",
        }),
        line(C04, 36, "indicator", ["产出指标", "时效指标"], {
          name: "经费完成进度",
          target: "及时",
          actual: "及时",
          weight: "20",
          score: "20",
        }),
        line(C04, 37, "indicator", ["效益指标", "社会效益指标"], {
          name: "经费使用完成情况",
          target: "完成",
          actual: "完成",
          weight: "30",
          score: "30",
        }),
        line(C04, 38, "indicator", ["满意度指标", "服务对象满意度指标"], {
          name: "满意度",
          target: ">=90%",
          actual: "95%",
          weight: "10",
          score: "10",
        }),
      ],
      total: { where: "bottomRow", score: f("I39", "89.04"), weight: f("H39", "100") },
    },
  ],
  findings: [
    {
      code: "BUDGET_RATE_MISMATCH",
      cell: `${S04}!I7`,
      why: "215457.6 ÷ 250000 = 0.861830 → 86.18%; entered 86.19% (0.01 points apart, over the 0.005 tolerance). The score holds: 10 × 86.18% = 8.618 → 8.62 as entered",
    },
    // unsure: the [?] zeros — the text layer puts them on the 当年财政拨款 row; if they belonged elsewhere the sources
    // could carry the 20000.00 and nothing would be wrong. As placed, every source row is 0 under a total of 20000.00.
    {
      code: "BUDGET_TOTAL_MISMATCH",
      cell: `${S04}!F27`,
      why: "全年预算数 20000.00 against its sources 0 + 0 + 0 = 0",
    },
    // unsure: as above.
    {
      code: "BUDGET_TOTAL_MISMATCH",
      cell: `${S04}!E27`,
      why: "年初预算数 20000.00 against its sources 0 + 0 + 0 = 0",
    },
    // Holds: project 2's 执行率 9034 ÷ 20000 = 45.17% → 4.52 as entered; its 全年执行数 9,034 has no filled source to
    // add up; the completed 经费使用率 =100% against 45.17% scores 10 × 45.17 ÷ 100 = 4.517 → 4.52 with a reason.
    // Totals: 98.62 = 8.62 + 90; 89.04 = 4.52 + 4.52 + 20 + 20 + 30 + 10. The empty 预期目标 cells are not a finding
    // (REQUIRED_EMPTY names targets, actuals, weights and budget figures).
  ],
};

// ---------------------------------------------------------------------------------------------------------------

const S05 = "初中公用经费";
const C05: Columns = { name: "D", weight: "E", target: "F", actual: "G", score: "H", reason: "I" };
const DECISION: [string, string, number, undefined] = ["项目决策", "项目立项", 10, undefined];
const MANAGEMENT_IMPLEMENTATION: [string, string, number, undefined] = ["项目管理", "项目实施", 25, undefined];
const COST: [string, string, number, number] = ["项目产出", "成本指标", 30, 10];

const SPECIMEN_05: ExpectedSpecimen = {
  file: "05_ningxia-yinchuan_2021_xiangmu",
  tables: [
    {
      sheet: S05,
      kind: "project",
      family: "scorecard",
      title: "初中公用经费",
      budget: {
        points: null,
        pointsFrom: "indicatorRow", // 项目管理 › 投入管理 › 预算执行率, 参考分值 10
        total: {
          label: "年度资金总额",
          initial: f("E6", "64.8"),
          annual: f("G6", "64.8"),
          executed: f("H6", "64.8"),
          rate: f("J6", "100%"),
        },
        sources: [],
      },
      rows: [
        line(C05, 9, "indicator", ["项目决策", "项目目标", 10, undefined], {
          name: "完整性",
          weight: "4",
          target: "一",
          actual: "目标明确、内容细化、目标量化",
          score: "4",
        }),
        line(C05, 10, "indicator", DECISION, {
          name: "相关性",
          weight: "2",
          target: "一",
          actual: "按照学校管理标准对学校进行管理",
          score: "2",
        }),
        line(C05, 11, "indicator", DECISION, { name: "可行性", weight: "2", actual: "实际工作需求", score: "2" }),
        line(C05, 12, "indicator", DECISION, { name: "适当性", weight: "2", actual: "有资金测算标准", score: "2" }),
        line(C05, 13, "indicator", ["项目管理", "投入管理", 25, undefined], {
          name: "预算执行率",
          weight: "10",
          target: "一",
          actual: "100%",
          score: "9",
        }),
        line(C05, 14, "indicator", ["项目管理", "财务管理", 25, undefined], {
          name: "财务管理制度有效性",
          weight: "7",
          target: "一",
          actual: "财务制度健全,严格执行制度,会计核算规范",
          score: "7",
        }),
        line(C05, 15, "indicator", MANAGEMENT_IMPLEMENTATION, {
          name: "绩效监控有效性",
          weight: "2",
          target: "一",
          actual: "持续有效",
          score: "2",
        }),
        line(C05, 16, "indicator", MANAGEMENT_IMPLEMENTATION, {
          name: "管理制度有效性",
          weight: "6",
          target: "-",
          actual: "严格执行相关管理制度",
          score: "6",
        }),
        line(C05, 17, "indicator", ["项目产出", "数量指标", 30, 10], {
          name: "保障人数",
          weight: "10",
          target: "2370人",
          actual: "2370人",
          score: "10",
        }),
        line(C05, 19, "indicator", ["项目产出", "质量指标", 30, 5], {
          name: "公用经费标准",
          weight: "5",
          target: "符合相关文件要求",
          actual: "符合相关文件要求",
          score: "5",
        }),
        line(C05, 21, "indicator", ["项目产出", "时效指标", 30, 5], {
          name: "公用经费完成时间",
          weight: "5",
          target: "2021年12月完成",
          actual: "2021年12月完成",
          score: "4",
        }),
        line(C05, 23, "indicator", COST, {
          name: "办公所需成本",
          weight: "4",
          target: "15万元",
          actual: "15万元",
          score: "4",
        }),
        line(C05, 24, "indicator", COST, {
          name: "维修(维护)所需成本",
          weight: "3",
          target: "35万元",
          actual: "35万元",
          score: "3",
        }),
        line(C05, 25, "indicator", COST, {
          name: "绿化、水电费等成本",
          weight: "3",
          target: "14.8万元",
          actual: "14.8万元",
          score: "3",
        }),
        line(C05, 28, "indicator", ["项目效益", "社会效益指标", 35, undefined], {
          name: "效果显著",
          weight: "15",
          target: "改善学校的办学条件",
          actual: "改善学校的办学条件",
          score: "13",
        }),
        line(C05, 31, "indicator", ["项目效益", "可持续影响指标", 35, undefined], {
          name: "使学生和老师有个更好的学习和工作环境,做到社会认可的办学环境",
          weight: "10",
          target: "社会认可的办学环境",
          actual: "社会认可的办学环境",
          score: "8",
        }),
        line(C05, 33, "indicator", ["项目效益", "服务对象满意度指标", 35, 10], {
          name: "学生和老师满意度",
          weight: "10",
          target: "≥90%",
          actual: "95%",
          score: "10",
        }),
      ],
      total: { where: "headerCell", score: f("I4", "98") },
    },
  ],
  findings: [
    {
      code: "TOTAL_MISMATCH",
      cell: `${S05}!I4`,
      why: "自评得分 98 against the entered scores 4+2+2+2 + 9+7+2+6 + 10+5+4+4+3+3 + 13+8+10 = 94 (even a 满意度 of 10 leaves it at 94)",
    },
    // The 预算执行率 row is the form's budget score: its arithmetic is a BUDGET_SCORE_MISMATCH.
    {
      code: "BUDGET_SCORE_MISMATCH",
      cell: `${S05}!H13`,
      why: "预算执行率 row: 10 × min(64.8 ÷ 64.8, 1) = 10; entered 9",
    },
    { code: "REASON_MISSING", cell: `${S05}!I13`, why: "预算执行率 scored 9 below its 10, 未完成原因 empty" },
    // unsure: "2021年12月完成" read as text (qualitative, target = actual → 达成 → full); an engine that reads the 2021
    // out of it still finds it reached (2021 = 2021). Full either way.
    {
      code: "SCORE_MISMATCH",
      cell: `${S05}!H21`,
      why: "公用经费完成时间: actual 2021年12月完成 = target 2021年12月完成 → reached → 5; entered 4",
    },
    { code: "REASON_MISSING", cell: `${S05}!I21`, why: "scored 4 below its 5, 未完成原因 empty" },
    {
      code: "SCORE_MISMATCH",
      cell: `${S05}!H28`,
      why: "效果显著: actual 改善学校的办学条件 = target → reached → 15; entered 13",
    },
    { code: "REASON_MISSING", cell: `${S05}!I28`, why: "scored 13 below its 15, 未完成原因 empty" },
    {
      code: "SCORE_MISMATCH",
      cell: `${S05}!H31`,
      why: "可持续影响: actual 社会认可的办学环境 = target → reached → 10; entered 8",
    },
    { code: "REASON_MISSING", cell: `${S05}!I31`, why: "scored 8 below its 10, 未完成原因 empty" },
    // Holds: weights 10 + 25 + 30 + 35 = 100 (budget included as the 预算执行率 row); each weighted label equals its
    // rows (数量 10, 质量 5, 时效 5, 成本 4 + 3 + 3 = 10, 满意度 10). 决策/管理 rows have no target by design ("一",
    // "-", or empty in 可行性/适当性): judgment rows at full marks, no finding — in particular no REQUIRED_EMPTY for
    // the two empty 指标值 cells. 成本 rows 15万元 = 15万元 etc. are reached in either direction.
  ],
  leftovers: [
    { cell: `${S05}!D18`, text: "指标2:", why: LEFTOVER_WHY },
    { cell: `${S05}!D20`, text: "指标2:", why: LEFTOVER_WHY },
    { cell: `${S05}!D22`, text: "指标2:", why: LEFTOVER_WHY },
    { cell: `${S05}!D26`, text: "指标1:", why: LEFTOVER_WHY },
    { cell: `${S05}!D27`, text: "指标2:", why: LEFTOVER_WHY },
    { cell: `${S05}!D29`, text: "指标1:", why: LEFTOVER_WHY },
    { cell: `${S05}!D30`, text: "指标2:", why: LEFTOVER_WHY },
    { cell: `${S05}!D32`, text: "指标2:", why: LEFTOVER_WHY },
    { cell: `${S05}!D34`, text: "指标2:", why: `${LEFTOVER_WHY}; this last one is part of the completion` },
  ],
};

// ---------------------------------------------------------------------------------------------------------------

const S06 = "建档立卡配套资金";
const C06: Columns = { name: "E", target: "F", actual: "G", weight: "H", score: "I", reason: "J" };

const SPECIMEN_06: ExpectedSpecimen = {
  file: "06_shanxi-yuncheng-jishan_2020_xiangmu",
  tables: [
    {
      sheet: S06,
      kind: "project",
      family: "central",
      title: "建档立卡个人缴费县级配套资金",
      budget: {
        points: 10,
        pointsFrom: "column",
        total: {
          label: "年度资金总额",
          initial: f("E7", ""),
          annual: f("F7", "65.66"),
          executed: f("G7", "65.07"),
          weight: f("H7", "10"),
          rate: f("I7", "99%"),
          score: f("J7", "9"),
        },
        sources: [
          { label: "当年财政拨款", annual: f("F8", "65.66"), executed: f("G8", "65.07") },
          { label: "上年结转资金", annual: f("F9", ""), executed: f("G9", "") },
          { label: "其他资金", annual: f("F10", ""), executed: f("G10", "") },
        ],
      },
      rows: [
        line(C06, 14, "indicator", ["产出指标", "数量指标", 50, undefined], {
          name: "指标1:全县参合人数",
          target: "8755",
          actual: "8676",
          weight: "15",
          score: "13",
          reason: "建档立卡中有新增死亡人员,导致有偏差",
        }),
        line(C06, 15, "indicator", ["产出指标", "质量指标", 50, undefined], {
          name: "指标1:资金是否全部纳入医保统筹",
          target: "100%",
          actual: "100%",
          weight: "15",
          score: "15",
        }),
        line(C06, 16, "indicator", ["产出指标", "时效指标", 50, undefined], {
          name: "指标1:资金是否全部及时纳入",
          target: "100%",
          actual: "100%",
          weight: "10",
          score: "10",
        }),
        line(C06, 17, "indicator", ["产出指标", "成本指标", 50, undefined], {
          name: "指标1:配套资金每人每年",
          target: "75元",
          actual: "75元",
          weight: "10",
          score: "10",
        }),
        line(C06, 18, "indicator", ["效益指标", "社会效益", 30, undefined], {
          name: "指标1:是否解决建档立卡人员看病难贵问题",
          target: "95%",
          actual: "95%",
          weight: "30",
          score: "27",
        }),
        line(C06, 19, "indicator", ["满意度指标", "服务对象满意度指标", 10, undefined], {
          name: "指标1:是否满意",
          target: "95%",
          actual: "95%",
          weight: "10",
          score: "9",
        }),
      ],
      total: { where: "bottomRow", score: f("I20", "94"), weight: f("H20", "100") },
    },
  ],
  findings: [
    { code: "BUDGET_RATE_MISMATCH", cell: `${S06}!I7`, why: "65.07 ÷ 65.66 = 0.991014 → 99.10%; entered 99%" },
    { code: "BUDGET_SCORE_MISMATCH", cell: `${S06}!J7`, why: "10 × min(99.10%, 1) = 9.91; entered 9" },
    {
      code: "SCORE_MISMATCH",
      cell: `${S06}!I14`,
      why: "positive: 15 × 8676 ÷ 8755 = 14.8646 → 14.86; entered 13 (its reason is given: no REASON_MISSING)",
    },
    { code: "SCORE_MISMATCH", cell: `${S06}!I18`, why: "95% against 95%: reached → 30; entered 27" },
    { code: "REASON_MISSING", cell: `${S06}!J18`, why: "scored 27 below its 30, 偏差原因 empty" },
    { code: "SCORE_MISMATCH", cell: `${S06}!I19`, why: "95% against 95%: reached → 10; entered 9" },
    { code: "REASON_MISSING", cell: `${S06}!J19`, why: "scored 9 below its 10, 偏差原因 empty" },
    {
      code: "TOTAL_MISMATCH",
      cell: `${S06}!I20`,
      why: "总分 94 against the entered scores 9 + 13 + 15 + 10 + 10 + 27 + 9 = 93",
    },
    // Holds: weights 10 + 15 + 15 + 10 + 10 + 30 + 10 = 100 and the labels' 50 = 15 + 15 + 10 + 10, 30, 10. The empty
    // 年初预算数 has no filled source under it: no BUDGET_TOTAL_MISMATCH. "指标1:" before the names is a prefix of a
    // filled name, not filler.
  ],
};

// ---------------------------------------------------------------------------------------------------------------

const S07 = "评分细则";
const C07: Columns = { name: "C", weight: "E", score: "F" };
const criterion = (row: number, name: string, weight: string, score: string) =>
  line(C07, row, "indicator", ["", ""], { name, weight, score });

const SPECIMEN_07: ExpectedSpecimen = {
  file: "07_guangxi-guigang_2018_pingfen",
  tables: [
    {
      sheet: S07,
      kind: "project",
      family: "criteria",
      title: "2018年耕地地力保护补贴", // 评价项目; the sheet prints no 项目名称 field
      budget: null,
      // The 评分标准 text (column D) is a rule, not a target: there is no target or actual column.
      rows: [
        criterion(6, "充分性", "3", "3"),
        criterion(7, "合理性", "3", "3"),
        criterion(8, "宣传培训工作", "2", "2"),
        criterion(9, "信息传达", "2", "2"),
        criterion(10, "建立农户一折通账户", "7", "7"),
        criterion(11, "补贴公示情况", "5", "5"),
        criterion(12, "实施情况", "8", "8"),
        criterion(13, "完成情况", "10", "10"),
        criterion(14, "领导重视", "5", "5"),
        criterion(15, "资金管理", "10", "10"),
        criterion(16, "档案管理", "5", "4"),
        criterion(17, "补贴发放准确率", "15", "15"),
        criterion(18, "耕地地力保护成效", "10", "10"),
        criterion(19, "群众满意度", "15", "15"),
      ],
      total: { where: "bottomRow", score: f("F20", "99"), weight: f("E20", "100") },
    },
  ],
  findings: [
    // Holds: 分值 3+3+2+2+7+5+8+10 + 5+10+5+15+10+15 = 100; 合计 99 = the scores; 档案管理 4 of 5 is the evaluator's
    // judgment against a rule text (no target, no reason column): nothing to check it by.
  ],
};

// ---------------------------------------------------------------------------------------------------------------

const S08 = "医疗救助补助资金";
const C08: Columns = { name: "E", target: "F", actual: "G", reason: "H" };

const SPECIMEN_08: ExpectedSpecimen = {
  file: "08_anhui-luan-huoshan_2024_zhuanyizhifu",
  tables: [
    {
      sheet: S08,
      kind: "project",
      family: "transfer",
      title: "医疗救助补助资金",
      budget: {
        points: null,
        pointsFrom: "none",
        total: {
          label: "年度资金总额",
          annual: f("E8", "3359.62万"),
          executed: f("F8", "3359.62万"),
          rate: f("G8", "100%"),
        },
        sources: [
          { label: "中央财政资金", annual: f("E9", "829.3万"), executed: f("F9", "829.3万") },
          { label: "彩票公益金用于医疗救助", annual: f("E10", "0"), executed: f("F10", "0") },
          { label: "地方资金", annual: f("E11", "2530.32万"), executed: f("F11", "2530.32万") },
          { label: "其他资金", annual: f("E12", ""), executed: f("F12", "") },
        ],
      },
      rows: [
        line(C08, 24, "indicator", ["产出指标", "数量指标"], {
          name: "享受医疗救助人次",
          target: "≥50000人次",
          actual: "110406",
        }),
        line(C08, 25, "indicator", ["产出指标", "质量指标"], {
          name: "医疗救助合规率",
          target: "100%",
          actual: "100%",
        }),
        line(C08, 26, "indicator", ["产出指标", "质量指标"], {
          name: "住院救助政策范围内费用救助比例",
          target: "≥70%",
          actual: "72%",
        }),
        line(C08, 27, "indicator", ["产出指标", "时效指标"], {
          name: "救助资金及时拨付率",
          target: "≥95%",
          actual: "100%",
        }),
        line(C08, 28, "indicator", ["效益指标", "社会效益指标"], {
          name: "困难群众医疗费用负担",
          target: "有效减轻",
          actual: "有效减轻",
        }),
        line(C08, 29, "indicator", ["效益指标", "可持续影响指标"], {
          name: "医疗救助制度持续运行",
          target: "长期",
          actual: "长期",
        }),
        line(C08, 30, "indicator", ["满意度指标", "服务对象满意度指标"], {
          name: "救助对象满意度",
          target: "≥90%",
          actual: "95%",
        }),
      ],
      total: null,
    },
  ],
  findings: [
    {
      code: "OVERSHOOT",
      cell: `${S08}!H24`,
      why: "110406 against ≥50000: 110406 ÷ 50000 = 2.2081, +120.81% (≥ 30%), 未完成原因和改进措施 empty",
    },
    // Holds: sources 829.3 + 0 + 2530.32 = 3359.62 in both columns; 3359.62 ÷ 3359.62 = 100%. Nothing is scored.
    // The actual 110406 carries no unit where the target says 人次: a missing unit, not a different one — no
    // UNIT_MISMATCH (unsure how the engine reads it). The 彩票公益金 row prints 100% for 0 ÷ 0; only the total row's
    // 执行率 is checked.
  ],
};

// ---------------------------------------------------------------------------------------------------------------

const S10 = "食品监管补助资金";
const C10: Columns = { name: "G", target: "H", actual: "I", score: "J" };
const QUALITY: [string, string] = ["产出指标", "质量指标"];

const SPECIMEN_10: ExpectedSpecimen = {
  file: "10_sichuan-suining-anju_2021_zhuanyizhifu-quyu",
  tables: [
    {
      sheet: S10,
      kind: "project",
      family: "regional",
      title: "食品监管补助资金",
      budget: {
        // The 20 beside the block is its score in the 自评得分 column (100% executed, so also what it is worth).
        points: 20,
        pointsFrom: "column",
        total: {
          label: "预算执行情况",
          annual: f("E7", "预算数: 2.38"),
          executed: f("H7", "执行数: 2.38"),
          score: f("J7", "20"),
        },
        sources: [
          {
            label: "中央补助",
            annual: f("E8", "其中:中央补助 2.38 万元"),
            executed: f("H8", "其中:中央补助 2.38万元"),
          },
          // "地方资金/其他 万元" is the form's line with no figure written in: no source (the lead's reading; a text
          // amount would only be a NOT_A_NUMBER the clerk cannot mend).
        ],
      },
      rows: [
        line(C10, 16, "indicator", QUALITY, {
          name: "指标1:食品安全监管人员培训",
          target: "已完成",
          actual: "已完成",
          score: "5",
        }),
        line(C10, 17, "indicator", QUALITY, {
          name: "指标2:违法案件查办率",
          target: "100%",
          actual: "100%",
          score: "4",
        }),
        line(C10, 18, "indicator", QUALITY, {
          name: "指标3:食品经营环节风险分级",
          target: "100%",
          actual: "100%",
          score: "5",
        }),
        line(C10, 19, "indicator", QUALITY, {
          name: "指标4:开展食品安全宣传周等科普宣传活",
          target: "已完成",
          actual: "已完成",
          score: "3",
        }),
        line(C10, 20, "indicator", QUALITY, {
          name: "指标5:进口冷链食品新冠肺炎疫情应急处置示范演练",
          target: "已完成",
          actual: "已完成",
          score: "3",
        }),
        line(C10, 21, "indicator", QUALITY, {
          name: "指标6:食品安全投诉举报处置率",
          target: "100%",
          actual: "100%",
          score: "3",
        }),
        line(C10, 22, "indicator", ["产出指标", "时效指标"], {
          name: "指标1:食品监管专项工作整体完成时间",
          target: "2021年12月31日",
          actual: "2021年12月31日",
          score: "5",
        }),
        line(C10, 23, "indicator", ["效益指标", "社会效益指标"], {
          name: "指标1:辖区内与补助资金相关的重大食品安全监管责任事故发生数",
          target: "0次",
          actual: "0次",
          score: "3",
        }),
        line(C10, 24, "indicator", ["效益指标", "社会效益指标"], {
          name: "指标2:辖区内公众食品安全科普知识素养",
          target: "逐步提高",
          actual: "逐步提高",
          score: "3",
        }),
        line(C10, 25, "indicator", ["效益指标", "可持续影响指标"], {
          name: "指标1:技术支撑能力持续提升",
          target: "逐步提升",
          actual: "逐步提升",
          score: "8",
        }),
        line(C10, 26, "indicator", ["效益指标", "可持续影响指标"], {
          name: "指标2:食品安全监管长效机制",
          target: "逐步完善",
          actual: "逐步完善",
          score: "8",
        }),
        line(C10, 27, "indicator", ["满意度指标", "服务对象满意度指标"], {
          name: "指标1:社会公众对食品安全工作满意度",
          target: "≥80%",
          actual: "85%",
          score: "10",
        }),
      ],
      total: { where: "topRight", score: f("J6", "100") },
    },
  ],
  findings: [
    // Holds: 预算数 2.38, 执行数 2.38 → 100% → 20 as entered; the rows under the printed 50 add up to it
    // (5+4+5+3+3+3 + 5 + 3+3 + 8+8 = 50); 100 = 20 (budget) + 20 (年度目标完成情况, an entered block score)
    // + 50 + 10 (满意度). No weights, no reason column: no SCORE_MISMATCH, WEIGHT_SUM, REASON_MISSING or OVERSHOOT.
    // An info finding that the form sets no per-indicator weights is expected (issue 15), not listed here.
  ],
};

// ---------------------------------------------------------------------------------------------------------------

const S11 = "部门整体自评表";
const C11: Columns = { name: "D", target: "E", actual: "F", weight: "G", score: "H", reason: "I" };
const COUNT11: [string, string] = ["产出指标", "数量指标"];

const SPECIMEN_11: ExpectedSpecimen = {
  file: "11_anhui-luan-jinzhai_2023_bumenzhengti",
  tables: [
    {
      sheet: S11,
      kind: "department",
      family: "central-department",
      title: "金寨县茶谷和美丽乡村建设服务中心",
      budget: {
        points: 10,
        pointsFrom: "column",
        total: {
          label: "年度资金总额",
          initial: f("D7", "329.77"),
          annual: f("E7", "329.77"),
          executed: f("F7", "338.31"),
          weight: f("G7", "10"),
          rate: f("H7", "102.59%"),
          score: f("I7", ""),
        },
        sources: [
          { label: "当年财政拨款", annual: f("E8", "329.77"), executed: f("F8", "338.31") },
          { label: "上年结转资金", annual: f("E9", ""), executed: f("F9", "") },
          { label: "其他资金", annual: f("E10", ""), executed: f("F10", "") },
        ],
      },
      rows: [
        line(C11, 14, "indicator", COUNT11, {
          name: "指标1:开展精品示范村建设数量",
          target: "≤4",
          actual: "4",
          weight: "10",
          score: "10",
        }),
        line(C11, 15, "indicator", COUNT11, {
          name: "指标2:建设美丽宜居自然村庄数量",
          target: "≥200",
          actual: "202",
          weight: "10",
          score: "10",
        }),
        line(C11, 16, "indicator", COUNT11, {
          name: "指标3:完成农村户用卫生厕所改造数量",
          target: "≥2000",
          actual: "3061",
          weight: "10",
          score: "10",
        }),
        line(C11, 17, "indicator", COUNT11, {
          name: "指标4:新建省级中心村数量",
          target: "≥10",
          actual: "10",
          weight: "10",
          score: "10",
        }),
        line(C11, 18, "indicator", ["产出指标", "质量指标"], {
          name: "指标1:美丽宜居自然村庄验收通过率",
          target: "≥95%",
          actual: "100%",
          weight: "5",
          score: "5",
        }),
        line(C11, 19, "indicator", ["产出指标", "质量指标"], {
          name: "指标2:户用卫生厕所改造验收通过率",
          target: "≥95%",
          actual: "100%",
          weight: "5",
          score: "5",
        }),
        line(C11, 20, "indicator", ["产出指标", "时效指标"], {
          name: "指标1:完成美丽宜居自然村庄验收时间",
          target: "9月前",
          actual: "7月",
          weight: "5",
          score: "5",
        }),
        line(C11, 21, "indicator", ["产出指标", "时效指标"], {
          name: "指标2:完成户用卫生厕所改造验收时间",
          target: "11月前",
          actual: "10月",
          weight: "5",
          score: "5",
        }),
        line(C11, 22, "indicator", ["产出指标", "成本指标"], {
          name: "指标1:户用卫生厕所改造户均奖补标准",
          target: "≤1000元/户",
          actual: "1000元/户",
          weight: "5",
          score: "5",
        }),
        line(C11, 23, "indicator", ["效益指标", "社会效益指标"], {
          name: "指标1:农村人居环境整治水平",
          target: "持续提升",
          actual: "持续提升",
          weight: "8",
          score: "8",
        }),
        line(C11, 24, "indicator", ["效益指标", "生态效益指标"], {
          name: "指标1:农村生活垃圾无害化处理率",
          target: "≥90%",
          actual: "92%",
          weight: "7",
          score: "7",
        }),
        line(C11, 25, "indicator", ["满意度指标", "服务对象满意度指标"], {
          name: "指标1:群众满意度",
          target: "≥90%",
          actual: "96%",
          weight: "10",
          score: "10",
        }),
      ],
      total: { where: "bottomRow", score: f("H26", ""), weight: f("G26", "100") },
    },
  ],
  findings: [
    {
      code: "OVERSHOOT",
      cell: `${S11}!I16`,
      why: "3061 against ≥2000: 3061 ÷ 2000 = 1.5305, +53.05% (≥ 30%), 偏差原因 empty",
    },
    // Holds: 338.31 ÷ 329.77 = 1.025897 → 102.59% as entered; the rule's budget score would be 10 × min(1.0259, 1)
    // = 10, but the 得分 cell (I7) is empty, and so is the 总分 得分 (H26): an empty score is no entered score to
    // compare, and REQUIRED_EMPTY names inputs, not scores — no finding (unsure: the lead may want one here). Weights
    // 10 + 40 + 10 + 10 + 5 + 8 + 7 + 10 = 100. "9月前" / "7月" and "11月前" / "10月" are reached whether read as
    // text (judgment at full marks) or as ≤ months.
  ],
};

// ---------------------------------------------------------------------------------------------------------------

const S12 = "高龄津贴";
const C12: Columns = {
  name: "E",
  nature: "G",
  target: "H",
  actual: "I",
  scoreFactor: "K",
  weight: "L",
  score: "M",
};

const SPECIMEN_12: ExpectedSpecimen = {
  file: "12_hebei-handan-chengan_2020_xiangmu",
  tables: [
    {
      sheet: S12,
      kind: "project",
      family: "hebei",
      title: "19名百岁老人高龄津贴",
      budget: {
        points: null,
        pointsFrom: "indicatorRow", // 预算执行率 | 预算执行率 | 预算执行率, row 17
        total: {
          label: "预算数",
          annual: f("E5", "6.84"),
          executed: f("K5", "6.84"),
          rate: f("L5", "100.00"), // 预算执行进度(%), a plain number of percent
        },
        sources: [
          { label: "财政资金", annual: f("E6", "6.84"), executed: f("K6", "6.84") },
          { label: "其他", annual: f("E7", "0.00"), executed: f("K7", "0.00") },
        ],
      },
      // Column F (headed 指标分值) holds a description of each indicator, J (单项指标完成情况) 完成/未完成.
      rows: [
        line(C12, 13, "indicator", ["产出指标", "质量指标"], {
          name: "符合条件申报对象覆盖率",
          nature: ">=",
          target: "98 %(百分比)",
          actual: "100%",
          scoreFactor: "25.00",
          weight: "25.00",
          score: "6.25",
        }),
        line(C12, 14, "indicator", ["产出指标", "时效指标"], {
          name: "完成率",
          nature: ">=",
          target: "99 %(百分比)",
          actual: "100%",
          scoreFactor: "25.00",
          weight: "25.00",
          score: "6.25",
        }),
        line(C12, 15, "indicator", ["效果指标", "社会效益指标"], {
          name: "补贴发放率",
          nature: ">=",
          target: "75 %(百分比)",
          actual: "100%",
          scoreFactor: "30.00",
          weight: "30.00",
          score: "9.00",
        }),
        line(C12, 16, "indicator", ["满意度指标", "服务对象满意度指标"], {
          name: "服务对象满意度",
          nature: ">=",
          target: "95 %(百分比)",
          actual: "100%",
          scoreFactor: "10.00",
          weight: "10.00",
          score: "1.00",
        }),
        line(C12, 17, "indicator", ["预算执行率", "预算执行率"], {
          name: "预算执行率",
          nature: ">=",
          target: "100 %(百分比)",
          actual: "100%",
          scoreFactor: "10.00",
          weight: "10.00",
          score: "1.00",
        }),
      ],
      total: null,
    },
  ],
  findings: [
    // unsure (all five): which cell the engine reads as the score. Read as 折算得分 against 权重占比 (the only weights
    // the form sets), every reached row is under-scored because the clerk typed the weight as the 单项指标得分, which
    // the form means on a 100 scale (折算 = 单项 × 权重 ÷ 100). Read as 单项指标得分 against 权重占比, nothing is wrong.
    {
      code: "SCORE_MISMATCH",
      cell: `${S12}!M13`,
      why: ">= 98 %, actual 100%: reached → 25.00 (单项 100 × 25% = 25); 折算得分 6.25 = 25.00 × 25.00 ÷ 100",
    },
    {
      code: "SCORE_MISMATCH",
      cell: `${S12}!M14`,
      why: ">= 99 %, actual 100%: reached → 25.00; 折算得分 6.25",
    },
    {
      code: "SCORE_MISMATCH",
      cell: `${S12}!M15`,
      why: ">= 75 %, actual 100%: reached → 30.00; 折算得分 9.00",
    },
    {
      code: "SCORE_MISMATCH",
      cell: `${S12}!M16`,
      why: ">= 95 %, actual 100%: reached → 10.00; 折算得分 1.00",
    },
    // The row is a completion following the printed rows' pattern; as the budget's own score its code is
    // BUDGET_SCORE_MISMATCH, as 05's 预算执行率 row.
    {
      code: "BUDGET_SCORE_MISMATCH",
      cell: `${S12}!M17`,
      why: "预算执行率 6.84 ÷ 6.84 = 100% against >= 100 %: reached → 10.00; 折算得分 1.00",
    },
    // Holds: 预算执行进度 100.00 = 6.84 ÷ 6.84; sources 6.84 + 0.00 = 6.84 in every group; 权重占比 25 + 25 + 30 + 10
    // + 10 = 100. No reason column: no REASON_MISSING, and no OVERSHOOT for 补贴发放率 (100 against 75, +33%).
    // "%(百分比)" beside "100%" is the same unit in other words: no UNIT_MISMATCH meant.
  ],
};

// ---------------------------------------------------------------------------------------------------------------

const S15 = "部门整体绩效自评表";
const C15: Columns = {
  name: "D",
  unit: "E",
  nature: "F",
  target: "G",
  weight: "H",
  actual: "I",
  score: "J",
  reason: "K",
};
const flat15 = (row: number, texts: Texts) =>
  line(C15, row, "indicator", ["", ""], { weight: "10", score: "10", ...texts });

const SPECIMEN_15: ExpectedSpecimen = {
  file: "15_chongqing-liangping_2023_bumenzhengti",
  tables: [
    {
      sheet: S15,
      kind: "department",
      family: "chongqing",
      title: "重庆市梁平区林业局",
      budget: {
        points: 10,
        pointsFrom: "column", // 执行率权重
        total: {
          label: "年度总金额",
          initial: f("F6", "3512.32"),
          annual: f("G6", "3664.06"),
          executed: f("H6", "2904.5"),
          rate: f("I6", "79.27"), // percent as a plain number
          weight: f("J6", "10"),
          score: f("K6", "7.93"),
        },
        sources: [{ label: "财政拨款", annual: f("G7", "3664.06"), executed: f("H7", "2904.5") }],
      },
      rows: [
        flat15(11, { name: "天然林和公益林管护当期任务完成率", unit: "%", nature: "≥", target: "90", actual: "100" }),
        flat15(12, { name: "国家级公益林管护面积", unit: "万亩", nature: "≥", target: "28", actual: "8" }),
        flat15(13, { name: "森林抚育(营林)面积", unit: "万亩", nature: "≥", target: "2", actual: "1" }),
        flat15(14, { name: "天保工程区森林资源管护面积", unit: "万亩", nature: "≥", target: "250", actual: "50" }),
        flat15(15, { name: "森林火灾受害率", unit: "%", nature: "≤", target: "0.9", actual: "0" }),
        flat15(16, { name: "主要林业有害生物成灾率", unit: "%", nature: "≤", target: "0.4", actual: "0.1" }),
        flat15(17, { name: "公益林提供管护岗位数", unit: "个", nature: "≥", target: "300", actual: "320" }),
        flat15(18, { name: "野生动物疫源疫病监测覆盖率", unit: "%", nature: "≥", target: "95", actual: "100" }),
        flat15(19, { name: "服务对象满意度", unit: "%", nature: "≥", target: "90", actual: "95" }),
      ],
      total: { where: "headerCell", score: f("K4", "97.93") },
    },
  ],
  findings: [
    // unsure (these six): the three actuals are OCR readings marked [?] in the specimen (leading digits may be lost,
    // as in the amounts); and 说明 is taken as this form's reason column.
    { code: "SCORE_MISMATCH", cell: `${S15}!J12`, why: "≥28 万亩, actual 8: 10 × 8 ÷ 28 = 2.857 → 2.86; entered 10" },
    { code: "REASON_MISSING", cell: `${S15}!K12`, why: "8 against ≥28 missed, 说明 empty" },
    { code: "SCORE_MISMATCH", cell: `${S15}!J13`, why: "≥2 万亩, actual 1: 10 × 1 ÷ 2 = 5.00; entered 10" },
    { code: "REASON_MISSING", cell: `${S15}!K13`, why: "1 against ≥2 missed, 说明 empty" },
    { code: "SCORE_MISMATCH", cell: `${S15}!J14`, why: "≥250 万亩, actual 50: 10 × 50 ÷ 250 = 2.00; entered 10" },
    { code: "REASON_MISSING", cell: `${S15}!K14`, why: "50 against ≥250 missed, 说明 empty" },
    // Holds: 2904.5 ÷ 3664.06 = 0.792700 → 79.27 (printed as a number of percent) → 10 × 79.27% = 7.93 as entered;
    // 自评总分 97.93 = 7.93 + 9 × 10 (the entered scores); weights 10 + 90 = 100; 受害率 ≤0.9 / 0 and 成灾率 ≤0.4 / 0.1
    // are reached as ≤ (the 指标性质 completed here; see the README).
  ],
};

// ---------------------------------------------------------------------------------------------------------------

const S16 = "自评表";
const C16: Columns = { name: "F", weight: "G", score: "H" };
type Levels = [string, string, number, number];
const DECIDE_PROCESS: Levels = ["项目决策", "决策过程", 20, 8];
const DECIDE_FUNDS: Levels = ["项目决策", "资金分配", 20, 8];
const MANAGE_ARRIVAL: Levels = ["项目管理", "资金到位", 25, 5];
const MANAGE_FUNDS: Levels = ["项目管理", "资金管理", 25, 10];
const MANAGE_ORGANISE: Levels = ["项目管理", "组织实施", 25, 10];
const OUTPUTS: Levels = ["项目绩效", "项目产出", 55, 15];
const EFFECTS: Levels = ["项目绩效", "项目效益", 55, 40];
const scored16 = (row: number, levels: Levels, name: string, weight: string, score: string) =>
  line(C16, row, "indicator", levels, { name, weight, score });

const SPECIMEN_16: ExpectedSpecimen = {
  file: "16_hainan-provincial_unknown_xiangmu-pingfen",
  tables: [
    {
      sheet: S16,
      kind: "project",
      family: "scorecard-levels",
      title: "服务贸易项目", // from the title line 服务贸易项目绩效自评表; no 项目名称 field is printed
      budget: {
        points: null,
        pointsFrom: "none",
        total: { label: "计划投资额", annual: f("C9", "570"), executed: f("G9", "395.86") },
        sources: [
          { label: "中央财政", annual: f("C10", "0"), executed: f("G10", "0") },
          { label: "省财政", annual: f("C11", "570"), executed: f("G11", "395.86") },
          { label: "市县财政", annual: f("C12", "0"), executed: f("G12", "0") },
          { label: "其他", annual: f("C13", "0"), executed: f("G13", "0") },
        ],
      },
      rows: [
        scored16(16, ["项目决策", "项目目标", 20, 4], "目标内容", "4", "4"),
        scored16(17, DECIDE_PROCESS, "决策依据", "3", "3"),
        scored16(18, DECIDE_PROCESS, "决策程序", "5", "5"),
        scored16(19, DECIDE_FUNDS, "分配办法", "2", "2"),
        scored16(20, DECIDE_FUNDS, "分配结果", "6", "6"),
        scored16(21, MANAGE_ARRIVAL, "到位率", "3", "3"),
        scored16(22, MANAGE_ARRIVAL, "到位时效", "2", "2"),
        scored16(23, MANAGE_FUNDS, "资金使用", "7", "7"),
        scored16(24, MANAGE_FUNDS, "财务管理", "3", "3"),
        scored16(25, MANAGE_ORGANISE, "组织机构", "1", "1"),
        scored16(26, MANAGE_ORGANISE, "管理制度", "9", "9"),
        scored16(27, OUTPUTS, "产出数量", "5", "5"),
        scored16(28, OUTPUTS, "产出质量", "4", "4"),
        scored16(29, OUTPUTS, "产出时效", "3", "3"),
        scored16(30, OUTPUTS, "产出成本", "3", "3"),
        scored16(31, EFFECTS, "经济效益", "10", "8"),
        scored16(32, EFFECTS, "社会效益", "15", "15"),
        scored16(33, EFFECTS, "可持续影响", "5", "5"),
        scored16(34, EFFECTS, "服务对象满意度", "10", "9"),
      ],
      total: { where: "bottomRow", score: f("H35", "97"), weight: f("C35", "100") },
    },
  ],
  findings: [
    // Holds: 20 + 25 + 55 = 100; every level's 分值 equals the 分值 under it (4 = 4, 8 = 3 + 5, 8 = 2 + 6, 5 = 3 + 2,
    // 10 = 7 + 3, 10 = 1 + 9, 15 = 5 + 4 + 3 + 3, 40 = 10 + 15 + 5 + 10; 20 = 4 + 8 + 8, 25 = 5 + 10 + 10,
    // 55 = 15 + 40); 合计 97 = the scores. No targets, no reason column, no budget score: nothing else to check.
  ],
};

// ---------------------------------------------------------------------------------------------------------------

const S17 = "部门整体自评表";
const C17: Columns = {
  name: "B",
  nature: "C",
  target: "D",
  actual: "E",
  unit: "F",
  weight: "G",
  score: "H",
  reason: "I",
};
const flat17 = (row: number, texts: Texts) => line(C17, row, "indicator", ["", ""], texts);

const SPECIMEN_17: ExpectedSpecimen = {
  file: "17_tianjin_platform-config_bumenzhengti",
  tables: [
    {
      sheet: S17,
      kind: "department",
      family: "tianjin-platform",
      title: "天津市某区文化和旅游局",
      budget: {
        points: 10,
        pointsFrom: "column",
        total: {
          label: "年度资金总额",
          initial: f("C6", "2860.00"),
          annual: f("E6", "3125.40"),
          executed: f("F6", "3012.66"),
          weight: f("G6", "10"),
          rate: f("H6", "96.39%"),
          score: f("I6", "9.64"),
        },
        sources: [
          { label: "财政拨款", annual: f("E7", "3080.40"), executed: f("F7", "2970.16") },
          { label: "其他资金", annual: f("E8", "45.00"), executed: f("F8", "42.50") },
        ],
      },
      rows: [
        flat17(14, {
          name: "公共文化活动场次",
          nature: "≥",
          target: "120",
          actual: "136",
          unit: "场",
          weight: "15",
          score: "15",
        }),
        flat17(15, {
          name: "图书馆年接待读者人次",
          nature: "≥",
          target: "50",
          actual: "46.8",
          unit: "万人次",
          weight: "15",
          score: "14.04",
          reason: "图书馆改造闭馆两个月,接待人次未达目标;已延长开放时间并增设流动服务点。",
        }),
        flat17(16, {
          name: "文物安全检查覆盖率",
          nature: "=",
          target: "100",
          actual: "100",
          unit: "%",
          weight: "10",
          score: "10",
        }),
        flat17(17, {
          name: "项目资金支付及时率",
          nature: "≥",
          target: "95",
          actual: "97",
          unit: "%",
          weight: "10",
          score: "10",
        }),
        flat17(18, {
          name: "公用经费控制率",
          nature: "≤",
          target: "100",
          actual: "98.6",
          unit: "%",
          weight: "10",
          score: "10",
        }),
        flat17(19, {
          name: "公共文化服务水平",
          nature: "定性",
          target: "有效提升",
          actual: "有效提升",
          weight: "10",
          score: "10",
        }),
        flat17(20, {
          name: "安全生产事故发生数",
          nature: "≤",
          target: "0",
          actual: "0",
          unit: "起",
          weight: "10",
          score: "10",
        }),
        flat17(21, {
          name: "群众满意度",
          nature: "≥",
          target: "90",
          actual: "95",
          unit: "%",
          weight: "10",
          score: "10",
        }),
      ],
      total: { where: "bottomRow", score: f("H22", "98.68"), weight: f("G22", "100") },
    },
  ],
  findings: [
    // Constructed consistent: sources 2860.00 + 0.00, 3080.40 + 45.00 = 3125.40, 2970.16 + 42.50 = 3012.66;
    // 3012.66 ÷ 3125.40 = 0.963928 → 96.39% → 9.64; 15 × 46.8 ÷ 50 = 14.04 with its reason; ≤ rows reached
    // (98.6 ≤ 100, 0 ≤ 0); 136 against ≥120 is +13%; total 9.64 + 89.04 = 98.68; weights 10 + 90 = 100.
  ],
};

// ---------------------------------------------------------------------------------------------------------------

const S19 = "河西村特色种养";
const C19: Columns = { name: "E", weight: "F", target: "G", actual: "H", score: "I", reason: "J" };
const COUNT19: [string, string, number, undefined] = ["产出指标", "数量指标", 50, undefined];
const part19 = (row: number, name: string, target: string, actual: string) =>
  line(C19, row, "subitem", COUNT19, { name, target, actual });

const SPECIMEN_19: ExpectedSpecimen = {
  file: "19_anhui-suzhou-xiaoxian_2023_xianjie",
  tables: [
    {
      sheet: S19,
      kind: "project",
      family: "xianjie",
      title: "河西村特色种养补贴到户项目",
      budget: {
        points: 10,
        pointsFrom: "column",
        total: {
          label: "年度资金总额",
          annual: f("E8", "9.48"),
          executed: f("F8", "9.48"),
          weight: f("H8", "10"),
          rate: f("I8", "100%"),
          score: f("J8", "10"),
        },
        sources: [
          // The 其中 row repeats 分值 10, 100% and 得分 10 (H9, I9, J9): not a second budget score.
          { label: "本年财政拨款", annual: f("E9", "9.48"), executed: f("F9", "9.48") },
          { label: "其他资金", annual: f("E10", "-"), executed: f("F10", "-") },
        ],
      },
      rows: [
        line(C19, 14, "indicator", COUNT19, {
          name: "★补助各类瓜果蔬菜种植面积",
          weight: "20",
          target: "29.5亩",
          actual: "29.5亩",
          score: "20",
        }),
        part19(15, "其中桃树种植面积", "1.5亩", "1.5亩"),
        part19(16, "其中苹果树种植面积", "5亩", "5亩"),
        part19(17, "其中露天蔬菜", "20亩", "20亩"),
        part19(18, "其中大棚蔬菜", "3亩", "3亩"),
        line(C19, 19, "indicator", COUNT19, {
          name: "★补助鱼塘面积",
          weight: "10",
          target: "3亩",
          actual: "3亩",
          score: "10",
        }),
        part19(20, "其中鱼塘养殖面积", "3亩", "3亩"),
        line(C19, 21, "indicator", COUNT19, {
          name: "★补助家畜家禽养殖数量",
          weight: "10",
          target: "192只",
          actual: "192只",
          score: "10",
        }),
        part19(22, "其中羊养殖数量", "180只", "180只"),
        part19(23, "其中猪养殖数量", "12头", "12头"),
        // 质量指标 stands alone in row 24; its indicators below have an empty 二级 cell.
        line(C19, 25, "indicator", ["产出指标", "质量指标", 50, undefined], {
          name: "种植作物成活率",
          weight: "5",
          target: "95%",
          actual: "95%",
          score: "5",
        }),
        line(C19, 26, "indicator", ["产出指标", "质量指标", 50, undefined], {
          name: "养殖家畜家禽成活率",
          weight: "5",
          target: "95%",
          actual: "100%",
          score: "5",
        }),
        // 经济效益指标 stands alone in row 28.
        line(C19, 29, "indicator", ["效益指标", "经济效益指标", 30, undefined], {
          name: "特色产业带动增加受益农户收入(总收入)",
          weight: "20",
          target: "≥11.376万元",
          actual: "12万元",
          score: "20",
        }),
        line(C19, 30, "indicator", ["效益指标", "社会效益指标", 30, undefined], {
          name: "受益人口数量",
          weight: "10",
          target: "90人",
          actual: "90人",
          score: "10",
        }),
        line(C19, 34, "indicator", ["满意度指标", "服务对象满意度指标", 10, undefined], {
          name: "受益群众满意度",
          weight: "10",
          target: "≥95%",
          actual: "98%",
          score: "10",
        }),
      ],
      total: { where: "bottomRow", score: f("I35", "100"), weight: f("F35", "100") },
    },
  ],
  findings: [
    // Holds: 9.48 ÷ 9.48 = 100% → 10; weights 10 + 20 + 10 + 10 + 5 + 5 + 20 + 10 + 10 = 100 (the 其中 row's 10 and
    // the breakdown rows not counted), labels 50 = 20 + 10 + 10 + 5 + 5 and 30 = 20 + 10; 总分 100 = 10 + 90; the
    // breakdowns add up (1.5 + 5 + 20 + 3 = 29.5; 3; 180 + 12 = 192). "-" in 其他资金 means none, as "—" does in 04
    // and 06: not a finding (unsure: a strict amount reader calls it NOT_A_NUMBER).
  ],
  leftovers: [
    { cell: `${S19}!E27`, text: "……", why: LEFTOVER_WHY },
    { cell: `${S19}!E33`, text: "……", why: LEFTOVER_WHY },
  ],
};

// ---------------------------------------------------------------------------------------------------------------

const S20 = "自评表";
const C20: Columns = {
  name: "D",
  nature: "E",
  target: "F",
  unit: "G",
  actual: "H",
  weight: "I",
  score: "J",
  reason: "K",
};

const SPECIMEN_20: ExpectedSpecimen = {
  file: "20_sichuan-platform_export_xiangmu",
  tables: [
    {
      sheet: S20,
      kind: "project",
      family: "sichuan-platform",
      title: "51000023R000000027384-基层公共文化服务运行保障经费",
      budget: {
        points: 10,
        pointsFrom: "column", // 权重 10, as the block's title 预算执行情况(10分) says too
        total: null,
        sources: [
          { label: "财政资金", annual: f("E8", "135.00"), executed: f("F8", "128.70") },
          { label: "财政专户管理资金", annual: f("E9", "0.00"), executed: f("F9", "0.00") },
          { label: "单位资金", annual: f("E10", "15.00"), executed: f("F10", "15.00") },
          { label: "其他资金", annual: f("E11", "0.00"), executed: f("F11", "0.00") },
        ],
        block: {
          weight: f("H8", "10"),
          score: f("I8", "9.58"),
          reason: f("J8", "部分送戏下乡场次因天气原因取消,结余资金已按规定收回。"),
        },
      },
      rows: [
        line(C20, 15, "indicator", ["产出指标", "数量指标"], {
          name: "开展公益性文化活动场次",
          nature: "≥",
          target: "60",
          unit: "场",
          actual: "72",
          weight: "15",
          score: "15",
        }),
        line(C20, 16, "indicator", ["产出指标", "数量指标"], {
          name: "送戏下乡演出场次",
          nature: "≥",
          target: "30",
          unit: "场",
          actual: "26",
          weight: "10",
          score: "8.67",
          reason: "请简要说明未完成原因及改进措施，100字以内",
        }),
        line(C20, 17, "indicator", ["产出指标", "质量指标"], {
          name: "文化设施免费开放率",
          nature: "=",
          target: "100",
          unit: "%",
          actual: "100",
          weight: "10",
          score: "10",
        }),
        line(C20, 18, "indicator", ["产出指标", "时效指标"], {
          name: "资金支付及时性",
          nature: "定性",
          target: "及时",
          actual: "及时",
          weight: "10",
          score: "10",
        }),
        line(C20, 19, "indicator", ["产出指标", "成本指标"], {
          name: "单场活动平均成本",
          nature: "≤",
          target: "0.8",
          unit: "万元",
          actual: "0.75",
          weight: "10",
          score: "10",
        }),
        line(C20, 20, "indicator", ["效益指标", "社会效益指标"], {
          name: "受益群众人次",
          nature: "≥",
          target: "5",
          unit: "万人次",
          weight: "15",
        }),
        line(C20, 21, "indicator", ["效益指标", "可持续影响指标"], {
          name: "基层文化阵地长效运行",
          nature: "定性",
          target: "持续运行",
          actual: "持续运行",
          weight: "10",
          score: "10",
        }),
        line(C20, 22, "indicator", ["满意度指标", "服务对象满意度指标"], {
          name: "群众满意度",
          nature: "≥",
          target: "90",
          unit: "%",
          actual: "95",
          weight: "10",
          score: "10",
        }),
      ],
      total: { where: "bottomRow", score: f("J23", "83.25"), weight: f("I23", "100") },
    },
  ],
  findings: [
    // unsure: whether the engine also says REASON_MISSING here (the target was missed and the cell holds no reason,
    // only the form's instruction); one finding is what a person needs.
    {
      code: "TEMPLATE_TEXT_LEFT",
      cell: `${S20}!K16`,
      why: "送戏下乡演出场次 missed (26 against ≥30) and its 未完成原因分析 still holds the form's instruction …100字以内",
    },
    {
      code: "REQUIRED_EMPTY",
      cell: `${S20}!H20`,
      why: "受益群众人次: 完成值 empty (its 得分 is empty too, which is no entered score to check)",
    },
    // Holds: no total row; 执行率 (128.70 + 0.00 + 15.00 + 0.00) ÷ (135.00 + 0.00 + 15.00 + 0.00) = 143.70 ÷ 150.00
    // = 95.80% → 10 × 95.80% = 9.58 as entered; 10 × 26 ÷ 30 = 8.67 as entered; ≤0.8 / 0.75 reached; 合计 83.25 =
    // 9.58 + 15 + 8.67 + 10 + 10 + 10 + 10 + 10; weights 10 + 90 = 100.
  ],
};

// ---------------------------------------------------------------------------------------------------------------

export const SPECIMENS: ExpectedSpecimen[] = [
  SPECIMEN_01,
  SPECIMEN_03,
  SPECIMEN_04,
  SPECIMEN_05,
  SPECIMEN_06,
  SPECIMEN_07,
  SPECIMEN_08,
  SPECIMEN_10,
  SPECIMEN_11,
  SPECIMEN_12,
  SPECIMEN_15,
  SPECIMEN_16,
  SPECIMEN_17,
  SPECIMEN_19,
  SPECIMEN_20,
];
