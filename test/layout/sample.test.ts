/**
 * The bundled sample (samples/hengyang-commerce-2023.xlsx, the seed report's workbook) yields exactly the seed's
 * model: every figure, text, weight and cell address. The expectations are typed from the seed report, with the
 * addresses of the official layout typed by hand (labels in A, figures in B/D/F of the 基础表; B 一级 … I 偏差原因
 * in the 自评表), not taken from the file or from the script that wrote it.
 */
import { a1, areaA1 } from "../../src/core/grid/address";
import { bindingNames, recognize, Recognition } from "../../src/core/layout";
import { Field } from "../../src/core/layout/model";
import { readWorkbookFile } from "../../src/host/xlsx";
import { SAMPLE_PATH } from "../../scripts/make-sample";
import { WorkbookData } from "../../src/app/host";

/** A field as [address, shown text, value]. */
type F = [string, string, string | number | null];
const n = (at: string, text: string): F => [at, text, Number(text)];
const p = (at: string, text: string, value: number): F => [at, text, value];
const s = (at: string, text: string): F => [at, text, text];
const e = (at: string): F => [at, "", null];

/** The model with fields as [address, text, value], areas and refs as A1 text (on the table's own sheet). */
function plain(value: unknown, sheet: string): unknown {
  if (Array.isArray(value)) return value.map((v) => plain(v, sheet));
  if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if ("ref" in o && "text" in o) {
      const f = o as unknown as Field;
      const at = f.ref.sheet === sheet ? a1(f.ref.row, f.ref.col) : `${f.ref.sheet}!${a1(f.ref.row, f.ref.col)}`;
      return [at, f.text, f.value];
    }
    if ("sheet" in o && "row" in o && "col" in o && Object.keys(o).length === 3)
      return a1(o.row as number, o.col as number);
    if ("top" in o && "left" in o && "bottom" in o && "right" in o) return areaA1(o as never);
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, plain(v, sheet)]));
  }
  return value;
}

let data: WorkbookData;
let result: Recognition;

beforeAll(async () => {
  data = await readWorkbookFile(SAMPLE_PATH);
  result = recognize({ sheets: data.sheets, names: data.names });
});

const table = (i: number) => plain(result.tables[i], result.tables[i].sheet) as Record<string, unknown>;

it("finds the four tables of the sample, in workbook order, and nothing else to report", () => {
  expect(result.findings).toEqual([]);
  expect(result.fromBinding).toBe(false);
  expect(result.tables.map((t) => [t.kind, t.sheet, areaA1(t.area)])).toEqual([
    ["basic", "基础表", "A1:G46"],
    ["department", "自评表", "A1:I25"],
    ["project", "招商引资", "A1:I26"],
    ["project", "铁路维运、打私治理、口岸工作经费", "A1:I25"],
  ]);
});

it("reads the 基础表 as the seed prints it", () => {
  const row = (key: string, r: number, label: string, a: string, b: string, c: string) => ({
    key,
    label,
    row: r,
    amounts: [a, b, c].map((text, i) => (text === "" ? e(`${"BDF"[i]}${r}`) : n(`${"BDF"[i]}${r}`, text))),
  });
  const item = (r: number, label: string, a: string, b: string, c: string) => row("specialItem", r, label, a, b, c);
  expect(table(0)).toEqual({
    kind: "basic",
    sheet: "基础表",
    area: "A1:G46",
    staffing: { authorized: n("B3", "64"), actual: n("D3", "59"), controlRate: p("F3", "92.19%", 0.9219) },
    years: [
      { label: "2022年决算数", role: "previousFinal", year: 2022, col: 2 },
      { label: "2023年预算数", role: "budget", year: 2023, col: 4 },
      { label: "2023年决算数", role: "final", year: 2023, col: 6 },
    ],
    expenses: [
      row("officialTotal", 5, "三公经费", "11.96", "54.56", "54.56"),
      row("vehicles", 6, "1、公务用车购置和维护经费", "6.79", "5.26", "5.26"),
      row("vehiclePurchase", 7, "其中：公车购置", "0", "0", "0"),
      row("vehicleRunning", 8, "公车运行维护", "6.79", "5.26", "5.26"),
      row("abroad", 9, "2、出国经费", "0", "47.28", "47.28"),
      row("reception", 10, "3、公务接待", "5.17", "2.02", "2.02"),
      row("projectTotal", 11, "项目支出：", "1309.95", "1900.68", "1785.65"),
      row("business", 12, "1、业务工作经费", "1048.18", "0", "0"),
      row("operation", 13, "2、运行维护经费", "0", "30.13", "30.13"),
      row("specialTotal", 14, "3、本级专项资金（一个专项一行）", "261.77", "1870.55", "1755.52"),
      item(15, "粮检中心专项经费", "9", "0", "0"),
      item(16, "2023年社零、市场监测、限上企业培育和消费促进工作经费", "0", "69", "51.33"),
      item(17, "味道湖南衡阳美食季", "0", "9.6", "9.3"),
      item(18, "第六届中国国际进口博览会工作经费", "0", "6.5", "6.34"),
      item(19, "第六届东盟.湖南（永州）名优产品交易会", "0", "15", "14.68"),
      item(20, "怀化RCEP经贸博览会", "0", "18.5", "18.5"),
      item(21, "第三届中非经贸博览会工作", "0", "99.71", "99.71"),
      item(22, "出访莫桑比克和刚果（金）开展经贸交流活动", "0", "54.09", "54.09"),
      item(23, "2023年第二期“惠购湘车”汽车促销补贴资金", "0", "670", "583.5"),
      item(24, "2022年衡阳首届二手车消费节活动", "0", "6", "6"),
      item(25, "2023年“惠购湘车.乐享雁城”汽车促消费活动", "0", "660", "660"),
      item(26, "2023（第八届）中国国际食品餐饮博览会", "0", "47.07", "47.07"),
      item(27, "2023年湖南（长沙）跨境电商交易会专项工作", "0", "34", "33.84"),
      item(28, "2023年中国国际电子商务博览会专项工作", "0", "6.8", "6.76"),
      item(29, "跨境电商培训", "0", "16.45", "16.45"),
      item(30, "衡阳市电商电商统计数据服务", "0", "9.8", "9.8"),
      item(31, "跨境电商专项工作", "0", "10", "4.39"),
      item(32, "粮食安全责任考核工作经费", "4.32", "0", "0"),
      item(33, "铁路维运、打私治理、口岸工作经费", "50", "50", "50"),
      item(34, "蒸湘粮站", "9.9", "0", "0"),
      item(35, "2023年衡阳网上年货节活动", "0", "23.5", "23.5"),
      item(36, "招商引资", "22.5", "64.53", "60.26"),
      item(37, "企业离退休人员补贴", "166.05", "0", "0"),
      row("publicFunds", 38, "公用经费：", "217.2", "288.84", "288.84"),
      row("publicFundsPart", 39, "其中：办公经费", "7.55", "6.43", "6.43"),
      row("publicFundsPart", 40, "水费、电费、差旅费", "22.81", "36.89", "36.89"),
      row("publicFundsPart", 41, "会议费、培训费", "0", "0.26", "0.26"),
      row("procurement", 42, "政府采购金额", "0", "0", "0"),
      row("budgetAdjustment", 43, "部门基本支出预算调整", "", "", ""),
    ],
    // The seed's 楼堂馆所 row is empty: the fields are there, pointing at the empty cells of row 45.
    buildings: {
      row: 45,
      approvedSize: e("B45"),
      actualSize: e("C45"),
      sizeRate: e("D45"),
      budgetInvestment: e("E45"),
      actualInvestment: e("F45"),
      investmentRate: e("G45"),
    },
    frugality: s("B46", "无新建楼堂馆所。节约用电，统一联网到大办公室打印，各科室不配打印饥。"),
  });
});

/** An indicator row in the template's columns: B 一级, C 二级, D 三级, E 年度指标值, F 实际完成值, G 分值, H 得分, I 偏差原因. */
function indicator(
  row: number,
  level1: string,
  level2: string,
  name: string,
  target: F[2],
  actual: F[2],
  weight: string,
  score: string,
  reason = "",
) {
  const cell = (col: string, text: F[2]): F => {
    const at = `${col}${row}`;
    if (typeof text === "number") return [at, String(text), text];
    if (text === null) return e(at);
    return s(at, text);
  };
  return {
    row,
    level1,
    level2,
    name: s(`D${row}`, name),
    target: cell("E", target),
    actual: cell("F", actual),
    weight: n(`G${row}`, weight),
    score: n(`H${row}`, score),
    reason: reason ? s(`I${row}`, reason) : e(`I${row}`),
  };
}

const COLUMNS = { level1: 2, level2: 3, name: 4, target: 5, actual: 6, weight: 7, score: 8, reason: 9 };

const CENTRAL_HAS = [
  "levels",
  "target",
  "actual",
  "weight",
  "score",
  "reason",
  "budget",
  "initialBudget",
  "budgetTotalRow",
  "budgetWeight",
  "budgetScore",
  "goals",
  "total",
  "totalRow",
];

it("reads the 部门整体支出自评表 as the seed prints it", () => {
  expect(table(1)).toEqual({
    kind: "department",
    sheet: "自评表",
    area: "A1:I25",
    title: "衡阳市商务局",
    titleField: s("D3", "衡阳市商务局"),
    budget: {
      total: {
        label: "年度资金总额：",
        row: 5,
        initial: n("D5", "1374.58"),
        annual: n("E5", "3666.39"),
        executed: n("F5", "3439.59"),
        weight: n("G5", "10"),
        rate: p("H5", "93.81%", 0.9381),
        score: n("I5", "9.38"),
      },
      sources: [],
      incomeParts: [
        { label: "一般公共预算：", amount: n("E7", "3594.72") },
        { label: "政府性基金拨款：", amount: n("E8", "0") },
        { label: "纳入专户管理的非税收入拨款：", amount: n("E9", "0.0") },
        { label: "其他资金", amount: n("E10", "71.67") },
      ],
      expenseParts: [
        { label: "其中:基本支出：", amount: n("I7", "1653.94") },
        { label: "项目支出：", amount: n("I8", "1785.65") },
      ],
      unit: "万元",
    },
    goals: {
      expected: s(
        "B12",
        "1、推进机关科室提高工作成效，确保全局各项工作目标任务的全面完成和政令畅通；\n" +
          "2、着力推进内贸扩消费畅流通，着力推进外贸调结构稳增长，加大改革开放力度。",
      ),
      achieved: s(
        "F12",
        "1、推进机关科室提高工作成效，确保全局各项工作目标任务的全面完成和政令畅通；\n" +
          "2、推进了内贸扩消费畅流通，推进了外贸调结构稳增长，加大了改革开放力度。",
      ),
    },
    // Rows 19–20 (生态效益指标, 可持续影响指标: 不适用 without a name or weight) and 22–24 (成本指标, empty) are the
    // template's unused rows: not indicators, and holding no template text to report.
    indicators: [
      indicator(14, "产出指标", "数量指标", "实际利用外资额", 6000, 4926, "15", "10", "原因为全市外资工作发展不够"),
      indicator(15, "产出指标", "质量指标", "引进三类500强项目", 8, 40, "15", "15"),
      indicator(16, "产出指标", "时效指标", "办公用品购置及时率", 100, 100, "20", "20"),
      {
        ...indicator(17, "效益指标", "经济效益指标", "外贸总额增长率", 15, null, "15", "11.5"),
        actual: n("F17", "-8.7"),
        reason: s("I17", "一是海外需求整体走弱；二是平台拉动作用有所减弱；三是2022年下半年高基数效应凸显。"),
      },
      indicator(18, "效益指标", "社会效益指标", "保障机关正常运转", "有效保障", "有效保障", "15", "15"),
      indicator(21, "满意度指标", "服务对象满意度指标", "上级主管部门及服务对象满意度", 90, 90, "10", "10"),
    ],
    groups: [],
    subRows: [],
    fillerRows: [],
    total: { where: "bottomRow", row: 25, weight: n("G25", "100"), score: n("H25", "90.88") },
    columns: COLUMNS,
    layout: { family: "central-department", has: CENTRAL_HAS },
  });
});

it("reads the 项目支出绩效自评表 招商引资, with its budget sources above 年度资金总额", () => {
  const source = (row: number, label: string, initial: string, annual: string, executed: string) => ({
    label,
    row,
    initial: n(`D${row}`, initial),
    annual: n(`E${row}`, annual),
    executed: n(`F${row}`, executed),
    weight: e(`G${row}`),
    rate: e(`H${row}`),
    score: e(`I${row}`),
  });
  const pct = (row: number, col: string, text: string, value: number): F => p(`${col}${row}`, text, value);
  expect(table(2)).toEqual({
    kind: "project",
    sheet: "招商引资",
    area: "A1:I26",
    title: "招商引资",
    titleField: s("D3", "招商引资"),
    department: s("D4", "衡阳市商务和粮食局机关"),
    implementer: s("H4", "衡阳市商务局"),
    budget: {
      total: {
        label: "年度资金总额",
        row: 9,
        initial: n("D9", "10"),
        annual: n("E9", "64.53"),
        executed: n("F9", "60.26"),
        weight: n("G9", "10"),
        rate: p("H9", "93.00%", 0.93),
        score: p("I9", "9.30", 9.3),
      },
      sources: [
        source(6, "其中:当年财政拨款", "10", "64.53", "60.26"),
        source(7, "上年结转金额", "0", "0", "0"),
        source(8, "其它资金", "0", "0", "0"),
      ],
      incomeParts: [],
      expenseParts: [],
      unit: "万元",
    },
    goals: {
      expected: s("B11", "2023年目标任务数：1. 全市实际利用外资8000万美元；\n2. 全市引进三类500强项目8个。"),
      achieved: s(
        "F11",
        "2023年，全年实际利用外资4926万美元，完成省级目标任务（6000万美元）的82.1%；" +
          "全年引进三类500强项目40个，远超省级目标任务（8个）。",
      ),
    },
    indicators: [
      {
        ...indicator(13, "成本指标", "经济成本指标", "成本节约率", "", "", "8", "8"),
        target: pct(13, "E", "0%", 0),
        actual: pct(13, "F", "20%", 0.2),
      },
      {
        ...indicator(14, "成本指标", "社会成本指标", "成本节约率", "", "", "6", "6"),
        target: pct(14, "E", "0%", 0),
        actual: pct(14, "F", "20%", 0.2),
      },
      indicator(15, "成本指标", "生态环境成本指标", "质量指标", "达标", "未造成负面影响得满分", "6", "6"),
      indicator(
        17,
        "产出指标",
        "数量指标",
        "外资完成数",
        "6000 万美元",
        "4926 万美元",
        "12",
        "11",
        "总量未达标，主要原因为全市外资工作发展不够",
      ),
      indicator(18, "产出指标", "数量指标", "三类500强项目引进数", "8 个", "40 个", "12", "12"),
      indicator(19, "产出指标", "质量指标", "引资规模", "100 亿元", "602 亿元", "8", "8"),
      {
        ...indicator(20, "产出指标", "时效指标", "到资及时率", "", "", "8", "8"),
        target: pct(20, "E", "100%", 1),
        actual: pct(20, "F", "100%", 1),
      },
      indicator(21, "效益指标", "经济效益指标", "推动社会经济发展", "有效推动", "有效推动", "6", "6"),
      indicator(22, "效益指标", "社会效益指标", "保障社会经济正常平稳运行", "有效保障", "有效保障", "5", "5"),
      indicator(23, "效益指标", "生态效益指标", "保障生态环境", "不产生负面影响", "不产生负面影响", "4", "4"),
      indicator(24, "效益指标", "可持续影响指标", "后续发展效益", "持续发展", "持续发展", "5", "5"),
      {
        ...indicator(25, "满意度指标", "服务对象满意度指标", "企业满意程度", "", "", "10", "10"),
        target: pct(25, "E", "90%", 0.9),
        actual: pct(25, "F", "90%", 0.9),
      },
    ],
    groups: [],
    subRows: [],
    fillerRows: [],
    total: { where: "bottomRow", row: 26, weight: n("G26", "100"), score: e("H26") },
    columns: COLUMNS,
    layout: { family: "central", has: CENTRAL_HAS },
  });
});

it("reads the 项目支出绩效自评表 铁路维运、打私治理、口岸工作经费", () => {
  const t = result.tables[3];
  expect(t.kind).toBe("project");
  const plainTable = table(3);
  expect(plainTable.title).toBe("铁路维运、打私治理、口岸工作经费");
  expect(plainTable.department).toEqual(s("D4", "衡阳市商务和粮食局机关"));
  expect(plainTable.implementer).toEqual(s("H4", "衡阳市商务局"));
  expect(plainTable.budget).toEqual({
    total: {
      label: "年度资金总额",
      row: 9,
      initial: n("D9", "50"),
      annual: n("E9", "50"),
      executed: n("F9", "50"),
      weight: n("G9", "10"),
      rate: p("H9", "100.00%", 1),
      score: p("I9", "10.00", 10),
    },
    sources: [6, 7, 8].map((row, i) => ({
      label: ["其中:当年财政拨款", "上年结转金额", "其它资金"][i],
      row,
      initial: n(`D${row}`, i === 0 ? "50" : "0"),
      annual: n(`E${row}`, i === 0 ? "50" : "0"),
      executed: n(`F${row}`, i === 0 ? "50" : "0"),
      weight: e(`G${row}`),
      rate: e(`H${row}`),
      score: e(`I${row}`),
    })),
    incomeParts: [],
    expenseParts: [],
    unit: "万元",
  });
  const pct = (row: number, col: string, text: string, value: number): F => p(`${col}${row}`, text, value);
  expect(plainTable.indicators).toEqual([
    {
      ...indicator(13, "成本指标", "经济成本指标", "成本节约率", "", "", "10", "10"),
      target: pct(13, "E", "0%", 0),
      actual: pct(13, "F", "0%", 0),
    },
    {
      ...indicator(14, "成本指标", "社会成本指标", "成本节约率", "", "", "5", "5"),
      target: pct(14, "E", "0%", 0),
      actual: pct(14, "F", "0%", 0),
    },
    indicator(15, "成本指标", "生态环境成本指标", "质量指标", "确保生态环境不被破坏", "没破坏", "5", "5"),
    indicator(17, "产出指标", "数量指标", "铁路监管作业区运营", "50 列", "141 列", "20", "20"),
    indicator(18, "产出指标", "质量指标", "打私工作正常开展", "3 次", "5 次", "10", "10"),
    {
      ...indicator(19, "产出指标", "时效指标", "班列按时发行", "", "", "10", "10"),
      target: pct(19, "E", "100%", 1),
      actual: pct(19, "F", "100%", 1),
    },
    indicator(20, "效益指标", "经济效益指标", "推动社会经济发展", "有效推动", "有效推动", "5", "5"),
    indicator(21, "效益指标", "社会效益指标", "保障社会效益", "有效保障", "有效保障", "5", "5"),
    indicator(22, "效益指标", "生态效益指标", "确保生态环境不被破坏", "不产生负面影响", "不产生负面影响", "5", "5"),
    {
      ...indicator(23, "效益指标", "可持续影响指标", "后续发展效益", "", "", "5", "5"),
      target: pct(23, "E", "100%", 1),
      actual: pct(23, "F", "100%", 1),
    },
    {
      ...indicator(24, "满意度指标", "服务对象满意度指标", "服务对象是否满意", "", "", "10", "10"),
      target: pct(24, "E", "90%", 0.9),
      actual: pct(24, "F", "90%", 0.9),
    },
  ]);
  expect(plainTable.fillerRows).toEqual([]);
  expect(plainTable.total).toEqual({
    where: "bottomRow",
    row: 25,
    weight: n("G25", "100"),
    score: p("H25", "100.00", 100),
  });
  expect(plainTable.layout).toEqual({ family: "central", has: CENTRAL_HAS });
  expect(plainTable.groups).toEqual([]);
  expect(plainTable.goals).toEqual({
    expected: s(
      "B11",
      "铁路维护专项资金主要用于铁路监管作业区软件系统的维护、检修、升级，以及货源组织和工作协调等，从而确保铁路监管作业去正常运营。\n" +
        "打私治理专项资金主要用于工作会议、教育宣传、学习调研、协警工作待遇和开展联合打私行动等，确保衡阳打私工作正常开展。\n" +
        "口岸工作专项资金主要用于口岸服务中心正常开展口岸建设工作。",
    ),
    achieved: s(
      "F11",
      "完成了对铁路监管作业区系统的日常维护、检修、升级等，做好了日常管理、服务、协调等工作；" +
        "全市开展打私宣传活动30场次，发放宣传册2千余本，宣传覆盖约十万人。" +
        "做好了日常口岸工作开展、公务接待、调研等后勤保障。",
    ),
  });
  expect(plainTable.columns).toEqual(COLUMNS);
});

it("stores one defined name per table, and a later run reads the same model from them", () => {
  const names = bindingNames(result.tables);
  expect(names.map((x) => [x.name, x.sheet, areaA1(x.area)])).toEqual([
    ["JX_T01_BASIC", "基础表", "A1:G46"],
    ["JX_T02_DEPARTMENT", "自评表", "A1:I25"],
    ["JX_T03_PROJECT", "招商引资", "A1:I26"],
    ["JX_T04_PROJECT", "铁路维运、打私治理、口岸工作经费", "A1:I25"],
  ]);
  const again = recognize({ sheets: data.sheets, names });
  expect(again.fromBinding).toBe(true);
  expect(again.tables).toEqual(result.tables);
  expect(again.findings).toEqual([]);
});
