/**
 * The bundled sample, samples/hengyang-commerce-2023.xlsx: the committed file is what scripts/make-sample.ts builds,
 * and it holds the seed report's tables — every figure where the layout puts it, as the kind of value a person would
 * have typed (numbers as numbers, percentages as percent-formatted fractions, quantities with units as text).
 *
 * The expected addresses below are typed independently of the script's own layout functions, and the spot checks
 * are typed from the seed report, so a slip in either the data module or the builder shows up here.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import {
  BASIC,
  DEPARTMENT,
  HENGYANG_2023,
  INVESTMENT,
  IndicatorData,
  Printed,
  ProjectTableData,
  RAILWAY,
} from "../samples/hengyang-2023.data";
import { readPrinted, SAMPLE_PATH, sampleLayout, writeSample } from "../scripts/make-sample";
import { displayed, mergesOf, readWorkbook, workbookContent } from "./support/workbook-content";

const ROOT = join(__dirname, "..");
const INVESTMENT_SHEET = "招商引资";
const RAILWAY_SHEET = "铁路维运、打私治理、口岸工作经费";

let committed: ExcelJS.Workbook;
let fresh: ExcelJS.Workbook;
let tmp: string;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "jixiao-sample-"));
  const freshPath = join(tmp, "sample.xlsx");
  await writeSample(freshPath);
  [committed, fresh] = await Promise.all([readWorkbook(SAMPLE_PATH), readWorkbook(freshPath)]);
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function sheet(name: string): ExcelJS.Worksheet {
  const ws = committed.getWorksheet(name);
  if (!ws) throw new Error(`the sample has no sheet ${name}`);
  return ws;
}

function cell(sheetName: string, address: string): ExcelJS.Cell {
  return sheet(sheetName).getCell(address);
}

/**
 * The cell shows what the report prints: the same number with the same decimals, the same percentage, the same text.
 * Checked with its own little formatter, not with the script's reader.
 */
function expectPrinted(sheetName: string, address: string, printed: Printed): void {
  const c = cell(sheetName, address);
  const where = `${sheetName}!${address}`;
  const text = printed.trim();
  if (text === "") {
    expect({ where, value: c.value }).toEqual({ where, value: null });
  } else if (/^-?\d+(\.\d+)?%?$/.test(text)) {
    expect({ where, type: typeof c.value }).toEqual({ where, type: "number" });
    expect({ where, shown: displayed(c.value as number, c.numFmt) }).toEqual({ where, shown: text });
  } else {
    expect({ where, value: c.value }).toEqual({ where, value: printed });
  }
}

// ---------------------------------------------------------------------------------------------------------------

describe("the committed sample", () => {
  it("has the same content as a fresh build (values, formats, merges, sizes)", () => {
    expect(workbookContent(committed)).toEqual(workbookContent(fresh));
  });

  it("has the four sheets in the order of the report", () => {
    expect(committed.worksheets.map((ws) => ws.name)).toEqual(["基础表", "自评表", INVESTMENT_SHEET, RAILWAY_SHEET]);
  });

  it("is built without reading the team's shared folder", () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(ts|js|mjs|md|json)$/.test(name)) files.push(path);
      }
    };
    walk(join(ROOT, "scripts"));
    walk(join(ROOT, "samples"));
    expect(files.length).toBeGreaterThan(2);
    const offenders = files.filter((f) => /\.\.\/shared|\/work\/shared/.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });
});

describe("the layout the other tests rely on", () => {
  it("is what sampleLayout reports", () => {
    const layout = sampleLayout();
    expect(layout.basic).toMatchObject({ staffingRow: 3, yearsRow: 4, firstExpenseRow: 5, lastExpenseRow: 43 });
    expect(layout.basic).toMatchObject({ buildingsHeaderRow: 44, buildingsRow: 45, frugalityRow: 46 });
    expect(layout.department).toMatchObject({
      sheet: "自评表",
      budgetHeaderRow: 4,
      budgetTotalRow: 5,
      fundingRows: [7, 8, 9, 10],
      goalsRow: 12,
      indicatorHeaderRow: 13,
      firstIndicatorRow: 14,
      lastIndicatorRow: 24,
      totalRow: 25,
    });
    expect(layout.projects[0]).toMatchObject({
      sheet: INVESTMENT_SHEET,
      budgetHeaderRow: 5,
      budgetSourceRows: [6, 7, 8],
      budgetTotalRow: 9,
      goalsRow: 11,
      indicatorHeaderRow: 12,
      firstIndicatorRow: 13,
      lastIndicatorRow: 25,
      totalRow: 26,
    });
    expect(layout.projects[1]).toMatchObject({
      sheet: RAILWAY_SHEET,
      budgetTotalRow: 9,
      indicatorHeaderRow: 12,
      firstIndicatorRow: 13,
      lastIndicatorRow: 24,
      totalRow: 25,
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe("基础表 holds every figure of the seed's 基础表", () => {
  const S = "基础表";
  const YEAR_COLUMNS = ["B", "D", "F"];

  it("财政供养人员情况: 64, 59 and 控制率 92.19 % as a percentage", () => {
    expect(cell(S, "A2").value).toBe("财政供养人员情况");
    expect(cell(S, "B3").value).toBe(64);
    expect(cell(S, "D3").value).toBe(59);
    expect(cell(S, "F3").value).toBe(0.9219);
    expect(cell(S, "F3").numFmt).toBe("0.00%");
  });

  it("each 经费控制情况 row, from the data module, at row 5 onwards in B, D and F", () => {
    expect(YEAR_COLUMNS.map((c) => cell(S, `${c}4`).value)).toEqual(["2022年决算数", "2023年预算数", "2023年决算数"]);
    BASIC.expenses.rows.forEach((expense, i) => {
      const row = 5 + i;
      expect(cell(S, `A${row}`).value).toBe(expense.label);
      YEAR_COLUMNS.forEach((col, j) => expectPrinted(S, `${col}${row}`, expense.amounts[j]));
    });
    expect(cell(S, "A43").value).toBe("部门基本支出预算调整");
  });

  it("spot checks typed from the report", () => {
    const rows: [string, string, number, number, number][] = [
      ["A5", "三公经费", 11.96, 54.56, 54.56],
      ["A6", "1、公务用车购置和维护经费", 6.79, 5.26, 5.26],
      ["A9", "2、出国经费", 0, 47.28, 47.28],
      ["A11", "项目支出：", 1309.95, 1900.68, 1785.65],
      ["A12", "1、业务工作经费", 1048.18, 0, 0],
      ["A14", "3、本级专项资金（一个专项一行）", 261.77, 1870.55, 1755.52],
      ["A38", "公用经费：", 217.2, 288.84, 288.84],
      ["A41", "会议费、培训费", 0, 0.26, 0.26],
      ["A42", "政府采购金额", 0, 0, 0],
    ];
    for (const [address, label, a, b, c] of rows) {
      const row = address.slice(1);
      expect([
        cell(S, address).value,
        cell(S, `B${row}`).value,
        cell(S, `D${row}`).value,
        cell(S, `F${row}`).value,
      ]).toEqual([label, a, b, c]);
    }
    expect(cell(S, "D5").numFmt).toBe("0.00");
    expect([cell(S, "B43").value, cell(S, "D43").value, cell(S, "F43").value]).toEqual([null, null, null]);
  });

  it("every itemised 专项 row with its three numbers (typed from the report)", () => {
    const items: [string, number, number, number][] = [
      ["粮检中心专项经费", 9, 0, 0],
      ["2023年社零、市场监测、限上企业培育和消费促进工作经费", 0, 69, 51.33],
      ["味道湖南衡阳美食季", 0, 9.6, 9.3],
      ["第六届中国国际进口博览会工作经费", 0, 6.5, 6.34],
      ["第六届东盟.湖南（永州）名优产品交易会", 0, 15, 14.68],
      ["怀化RCEP经贸博览会", 0, 18.5, 18.5],
      ["第三届中非经贸博览会工作", 0, 99.71, 99.71],
      ["出访莫桑比克和刚果（金）开展经贸交流活动", 0, 54.09, 54.09],
      ["2023年第二期“惠购湘车”汽车促销补贴资金", 0, 670, 583.5],
      ["2022年衡阳首届二手车消费节活动", 0, 6, 6],
      ["2023年“惠购湘车.乐享雁城”汽车促消费活动", 0, 660, 660],
      ["2023（第八届）中国国际食品餐饮博览会", 0, 47.07, 47.07],
      ["2023年湖南（长沙）跨境电商交易会专项工作", 0, 34, 33.84],
      ["2023年中国国际电子商务博览会专项工作", 0, 6.8, 6.76],
      ["跨境电商培训", 0, 16.45, 16.45],
      ["衡阳市电商电商统计数据服务", 0, 9.8, 9.8],
      ["跨境电商专项工作", 0, 10, 4.39],
      ["粮食安全责任考核工作经费", 4.32, 0, 0],
      ["铁路维运、打私治理、口岸工作经费", 50, 50, 50],
      ["蒸湘粮站", 9.9, 0, 0],
      ["2023年衡阳网上年货节活动", 0, 23.5, 23.5],
      ["招商引资", 22.5, 64.53, 60.26],
      ["企业离退休人员补贴", 166.05, 0, 0],
    ];
    const found = items.map((_, i) => {
      const row = 15 + i;
      return [cell(S, `A${row}`).value, ...YEAR_COLUMNS.map((c) => cell(S, `${c}${row}`).value)];
    });
    expect(found).toEqual(items);
    expect(cell(S, "A38").value).toBe("公用经费：");
  });

  it("楼堂馆所 header with an empty data row, and 厉行节约保障措施", () => {
    const headers = ["B", "C", "D", "E", "F", "G"].map((c) => String(cell(S, `${c}44`).value).replace(/\n/g, ""));
    expect(headers).toEqual([
      "批复规模（㎡）",
      "实际规模（㎡）",
      "规模控制率",
      "预算投资（万元）",
      "实际投资（万元）",
      "投资概算控制率",
    ]);
    expect(["B", "C", "D", "E", "F", "G"].map((c) => cell(S, `${c}45`).value)).toEqual(Array(6).fill(null));
    expect(cell(S, "A46").value).toBe("厉行节约保障措施");
    expect(cell(S, "B46").value).toBe("无新建楼堂馆所。节约用电，统一联网到大办公室打印，各科室不配打印饥。");
  });

  it("merges title, staffing label and year column pairs", () => {
    expect(mergesOf(sheet(S))).toEqual(
      expect.arrayContaining([
        "A1:G1",
        "A2:A3",
        "B2:C2",
        "B3:C3",
        "F3:G3",
        "B4:C4",
        "D5:E5",
        "F43:G43",
        "A44:A45",
        "B46:G46",
      ]),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------

/** The indicator columns of every 自评表 sheet, B…I, against the data module's rows from `first` onwards. */
function expectIndicators(sheetName: string, first: number, indicators: readonly IndicatorData[]): void {
  indicators.forEach((indicator, i) => {
    const row = first + i;
    // 一级/二级 cells are merged over their groups; exceljs gives every cell of a merge the anchor's value.
    expect({ row, level1: cell(sheetName, `B${row}`).value }).toEqual({ row, level1: indicator.level1 });
    expect({ row, level2: cell(sheetName, `C${row}`).value }).toEqual({ row, level2: indicator.level2 });
    expectPrinted(sheetName, `D${row}`, indicator.name);
    expectPrinted(sheetName, `E${row}`, indicator.target);
    expectPrinted(sheetName, `F${row}`, indicator.actual);
    expectPrinted(sheetName, `G${row}`, indicator.weight);
    expectPrinted(sheetName, `H${row}`, indicator.score);
    expectPrinted(sheetName, `I${row}`, indicator.reason);
  });
}

const INDICATOR_HEADER = [
  "一级指标",
  "二级指标",
  "三级指标",
  "年度指标值",
  "实际完成值",
  "分值",
  "得分",
  "偏差原因分析及改进措施",
];

describe("自评表 (部门整体支出绩效自评表)", () => {
  const S = "自评表";

  it("title, year and unit", () => {
    expect(cell(S, "A1").value).toBe("部门整体支出绩效自评表");
    expect(cell(S, "A2").value).toBe("（2023年度）");
    expect(cell(S, "A3").value).toBe("预算部门名称");
    expect(cell(S, "D3").value).toBe("衡阳市商务局");
  });

  it("年度资金总额 in row 5: 1374.58 3666.39 3439.59 10 93.81% 9.38", () => {
    expect(cell(S, "A4").value).toBe("年度预算申请（万元）");
    expect(["D", "E", "F"].map((c) => String(cell(S, `${c}4`).value).replace(/\n/g, ""))).toEqual([
      "年初预算数（万元）",
      "全年预算数（万元）",
      "全年执行数（万元）",
    ]);
    expect(["G", "H", "I"].map((c) => cell(S, `${c}4`).value)).toEqual(["分值", "执行率", "得分"]);
    expect(cell(S, "B5").value).toBe("年度资金总额：");
    expect(["D", "E", "F", "G", "H", "I"].map((c) => cell(S, `${c}5`).value)).toEqual([
      1374.58, 3666.39, 3439.59, 10, 0.9381, 9.38,
    ]);
    expect(cell(S, "H5").numFmt).toBe("0.00%");
    expect(cell(S, "I5").numFmt).toBe("0.00");
  });

  it("按收入性质分 and 按支出性质分", () => {
    expect(cell(S, "B6").value).toBe("按收入性质分：");
    expect(cell(S, "F6").value).toBe("按支出性质分：");
    expect([7, 8, 9, 10].map((r) => [cell(S, `B${r}`).value, cell(S, `E${r}`).value])).toEqual([
      ["一般公共预算：", 3594.72],
      ["政府性基金拨款：", 0],
      ["纳入专户管理的非税收入拨款：", 0],
      ["其他资金", 71.67],
    ]);
    expect([7, 8].map((r) => [cell(S, `F${r}`).value, cell(S, `I${r}`).value])).toEqual([
      ["其中:基本支出：", 1653.94],
      ["项目支出：", 1785.65],
    ]);
    expect(displayed(cell(S, "E9").value as number, cell(S, "E9").numFmt)).toBe("0.0");
  });

  it("年度总体目标 texts", () => {
    expect(cell(S, "A11").value).toBe("年度总体目标");
    expect([cell(S, "B11").value, cell(S, "F11").value]).toEqual(["预期目标", "实际完成情况"]);
    expect(cell(S, "B12").value).toBe(DEPARTMENT.goals.expected);
    expect(cell(S, "F12").value).toBe(DEPARTMENT.goals.achieved);
    expect(String(cell(S, "F12").value)).toContain("2、推进了内贸扩消费畅流通");
  });

  it("indicator header in row 13 and every indicator from row 14", () => {
    expect(cell(S, "A13").value).toBe("绩效指标");
    expect(["B", "C", "D", "E", "F", "G", "H", "I"].map((c) => cell(S, `${c}13`).value)).toEqual(INDICATOR_HEADER);
    expectIndicators(S, 14, DEPARTMENT.indicators);
  });

  it("spot checks typed from the report", () => {
    expect(["D", "E", "F", "G", "H"].map((c) => cell(S, `${c}14`).value)).toEqual([
      "实际利用外资额",
      6000,
      4926,
      15,
      10,
    ]);
    expect(cell(S, "I14").value).toBe("原因为全市外资工作发展不够");
    expect(["D", "E", "F", "G", "H"].map((c) => cell(S, `${c}17`).value)).toEqual([
      "外贸总额增长率",
      15,
      -8.7,
      15,
      11.5,
    ]);
    expect(["E", "F"].map((c) => cell(S, `${c}18`).value)).toEqual(["有效保障", "有效保障"]);
    expect(["C", "D", "E", "F", "G", "H"].map((c) => cell(S, `${c}19`).value)).toEqual([
      "生态效益指标",
      null,
      "不适用",
      "不适用",
      null,
      null,
    ]);
    expect(["B", "C", "D", "G"].map((c) => cell(S, `${c}24`).value)).toEqual([
      "成本指标",
      "生态环境成本指标",
      null,
      null,
    ]);
    expect(["A", "G", "H"].map((c) => cell(S, `${c}25`).value)).toEqual(["总分", 100, 90.88]);
  });

  it("merges the title, the vertical labels and the 一级 groups", () => {
    expect(mergesOf(sheet(S))).toEqual(
      expect.arrayContaining([
        "A1:I1",
        "A2:I2",
        "A4:A10",
        "B5:C5",
        "A11:A12",
        "B12:E12",
        "F12:I12",
        "A13:A24",
        "B14:B16",
        "B17:B20",
        "B22:B24",
        "A25:F25",
      ]),
    );
    // 满意度指标 is a group of one row: nothing to merge.
    expect(mergesOf(sheet(S)).filter((m) => m.startsWith("B21"))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------

function describeProject(sheetName: string, table: ProjectTableData, totalRow: number, level1Merges: string[]) {
  describe(`${sheetName} (项目支出绩效自评表)`, () => {
    it("title, name, 主管部门 and 实施单位", () => {
      expect(cell(sheetName, "A1").value).toBe("项目支出绩效自评表");
      expect(cell(sheetName, "A2").value).toBe("（2023年度）");
      expect([cell(sheetName, "A3").value, cell(sheetName, "D3").value]).toEqual(["项目支出名称", sheetName]);
      expect(["A4", "D4", "F4", "H4"].map((a) => cell(sheetName, a).value)).toEqual([
        "主管部门",
        "衡阳市商务和粮食局机关",
        "实施单位",
        "衡阳市商务局",
      ]);
    });

    it("budget block: source rows 6–8 with amounts only, 年度资金总额 last in row 9", () => {
      expect(cell(sheetName, "A5").value).toBe("项目资金（万元）");
      expect(["B", "D", "E", "F", "G", "H", "I"].map((c) => cell(sheetName, `${c}5`).value)).toEqual([
        "资金来源",
        "年初预算数",
        "全年预算数",
        "全年执行数",
        "分值",
        "执行率",
        "得分",
      ]);
      expect([6, 7, 8, 9].map((r) => cell(sheetName, `B${r}`).value)).toEqual([
        "其中:当年财政拨款",
        "上年结转金额",
        "其它资金",
        "年度资金总额",
      ]);
      table.budget.forEach((budget, i) => {
        const row = 6 + i;
        expectPrinted(sheetName, `D${row}`, budget.initial);
        expectPrinted(sheetName, `E${row}`, budget.annual);
        expectPrinted(sheetName, `F${row}`, budget.executed);
        expectPrinted(sheetName, `G${row}`, budget.weight);
        expectPrinted(sheetName, `H${row}`, budget.rate);
        expectPrinted(sheetName, `I${row}`, budget.score);
      });
      for (const row of [6, 7, 8]) {
        expect(["G", "H", "I"].map((c) => cell(sheetName, `${c}${row}`).value)).toEqual([null, null, null]);
      }
    });

    it("年度总体目标 and the indicator header in row 12", () => {
      expect([cell(sheetName, "A10").value, cell(sheetName, "B10").value, cell(sheetName, "F10").value]).toEqual([
        "年度总体目标",
        "预期目标",
        "实际完成情况",
      ]);
      expect([cell(sheetName, "B11").value, cell(sheetName, "F11").value]).toEqual([
        table.goals.expected,
        table.goals.achieved,
      ]);
      expect(cell(sheetName, "A12").value).toBe("绩效指标");
      expect(["B", "C", "D", "E", "F", "G", "H", "I"].map((c) => cell(sheetName, `${c}12`).value)).toEqual(
        INDICATOR_HEADER,
      );
    });

    it("every indicator from row 13, then 总分", () => {
      expectIndicators(sheetName, 13, table.indicators);
      expect(totalRow).toBe(13 + table.indicators.length);
      expect(cell(sheetName, `A${totalRow}`).value).toBe("总分");
      expectPrinted(sheetName, `G${totalRow}`, table.total.weight);
      expectPrinted(sheetName, `H${totalRow}`, table.total.score);
    });

    it("merges the title, the vertical labels and the 一级 groups", () => {
      expect(mergesOf(sheet(sheetName))).toEqual(
        expect.arrayContaining([
          "A1:I1",
          "A2:I2",
          "D3:I3",
          "A5:A9",
          "A10:A11",
          "B11:E11",
          "F11:I11",
          `A12:A${totalRow - 1}`,
          ...level1Merges,
          `A${totalRow}:F${totalRow}`,
        ]),
      );
    });
  });
}

// 成本指标 (with the empty 生态环境指标 row), 产出指标, 效益指标; 满意度指标 is a single row.
describeProject(INVESTMENT_SHEET, INVESTMENT, 26, ["B13:B16", "B17:B20", "B21:B24"]);
describeProject(RAILWAY_SHEET, RAILWAY, 25, ["B13:B16", "B17:B19", "B20:B23"]);

describe("招商引资 keeps the report's mistakes", () => {
  const S = INVESTMENT_SHEET;

  it("执行率 93.00 % (as a percentage) and 得分 9.30, though 60.26 ÷ 64.53 is 93.38 %", () => {
    expect(["D", "E", "F", "G"].map((c) => cell(S, `${c}9`).value)).toEqual([10, 64.53, 60.26, 10]);
    expect(cell(S, "H9").value).toBe(0.93);
    expect(cell(S, "H9").numFmt).toBe("0.00%");
    expect(cell(S, "I9").value).toBe(9.3);
    expect(cell(S, "I9").numFmt).toBe("0.00");
    expect(Math.round((60.26 / 64.53) * 10000)).toBe(9338);
  });

  it("the 总分 row the report left out, with 100 and an empty score", () => {
    expect([cell(S, "A26").value, cell(S, "G26").value, cell(S, "H26").value]).toEqual(["总分", 100, null]);
  });

  it("entered 外资完成数 score 11 with its reason", () => {
    expect(["D", "E", "F", "G", "H"].map((c) => cell(S, `${c}17`).value)).toEqual([
      "外资完成数",
      "6000 万美元",
      "4926 万美元",
      12,
      11,
    ]);
    expect(cell(S, "I17").value).toBe("总量未达标，主要原因为全市外资工作发展不够");
  });

  it("percentages and quantities with units as the report writes them", () => {
    expect([cell(S, "E13").value, cell(S, "F13").value, cell(S, "E13").numFmt, cell(S, "F13").numFmt]).toEqual([
      0,
      0.2,
      "0%",
      "0%",
    ]);
    expect([cell(S, "E18").value, cell(S, "F18").value]).toEqual(["8 个", "40 个"]);
    expect([cell(S, "E19").value, cell(S, "F19").value]).toEqual(["100 亿元", "602 亿元"]);
    expect([cell(S, "E20").value, cell(S, "E20").numFmt]).toEqual([1, "0%"]);
    expect([cell(S, "E25").value, cell(S, "E25").numFmt]).toEqual([0.9, "0%"]);
    expect(["C", "D", "E", "F", "G", "H"].map((c) => cell(S, `${c}15`).value)).toEqual([
      "生态环境成本指标",
      "质量指标",
      "达标",
      "未造成负面影响得满分",
      6,
      6,
    ]);
    expect(["C", "D", "E", "F", "G", "H"].map((c) => cell(S, `${c}16`).value)).toEqual([
      "生态环境指标",
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(mergesOf(sheet(S))).toContain("C17:C18");
  });
});

describe("铁路维运、打私治理、口岸工作经费", () => {
  const S = RAILWAY_SHEET;

  it("budget 50 50 50 10 100.00% 10.00 and 总分 100 100.00", () => {
    expect(["D", "E", "F", "G", "H", "I"].map((c) => cell(S, `${c}9`).value)).toEqual([50, 50, 50, 10, 1, 10]);
    expect([cell(S, "H9").numFmt, cell(S, "I9").numFmt]).toEqual(["0.00%", "0.00"]);
    expect([cell(S, "G25").value, cell(S, "H25").value, cell(S, "H25").numFmt]).toEqual([100, 100, "0.00"]);
  });

  it("quantities with units as text", () => {
    expect(["E", "F"].map((c) => cell(S, `${c}17`).value)).toEqual(["50 列", "141 列"]);
    expect(["E", "F"].map((c) => cell(S, `${c}18`).value)).toEqual(["3 次", "5 次"]);
    expect(["E", "F"].map((c) => cell(S, `${c}15`).value)).toEqual(["确保生态环境不被破坏", "没破坏"]);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe("value types across the whole workbook", () => {
  it("no figure is stored as text, and every percentage is a number with a % format", () => {
    const textFigures: string[] = [];
    const percentTexts: string[] = [];
    let percentCells = 0;
    for (const ws of committed.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((c) => {
          if (c.master.address !== c.address) return; // a merged area counts once
          const where = `${ws.name}!${c.address}`;
          if (typeof c.value === "string" && /^\s*-?\d+(\.\d+)?\s*%?\s*$/.test(c.value)) textFigures.push(where);
          if (c.numFmt?.endsWith("%")) {
            percentCells++;
            if (typeof c.value !== "number") percentTexts.push(where);
          }
        }),
      );
    }
    expect(textFigures).toEqual([]);
    expect(percentTexts).toEqual([]);
    // 控制率, 93.81 %, two project budget rates, 8 percentages in 招商引资's indicators and 10 in 铁路's.
    expect(percentCells).toBe(1 + 1 + 2 + 8 + 10);
  });

  it("readPrinted turns printed text into the value a person types", () => {
    expect(readPrinted("93.00%")).toEqual({ value: 0.93, numFmt: "0.00%" });
    expect(readPrinted("92.19%")).toEqual({ value: 0.9219, numFmt: "0.00%" });
    expect(readPrinted("100%")).toEqual({ value: 1, numFmt: "0%" });
    expect(readPrinted("0%")).toEqual({ value: 0, numFmt: "0%" });
    expect(readPrinted("9.30")).toEqual({ value: 9.3, numFmt: "0.00" });
    expect(readPrinted("0.0")).toEqual({ value: 0, numFmt: "0.0" });
    expect(readPrinted("-8.7")).toEqual({ value: -8.7, numFmt: "0.0" });
    expect(readPrinted("6000")).toEqual({ value: 6000, numFmt: undefined });
    expect(readPrinted("6000 万美元")).toEqual({ value: "6000 万美元" });
    expect(readPrinted("")).toEqual({ value: null });
  });
});

describe("the data module is a faithful transcription (the report's own sums hold)", () => {
  const cents = (p: Printed) => (p.trim() === "" ? 0 : Math.round(Number(p) * 100));
  const rows = BASIC.expenses.rows;
  const byLabel = (label: string) => {
    const found = rows.find((r) => r.label === label);
    if (!found) throw new Error(`no row ${label}`);
    return found;
  };

  it.each([0, 1, 2])("基础表 year column %i: 三公经费, 公务用车, 项目支出 and 专项 add up", (year) => {
    const sum = (labels: string[]) => labels.reduce((s, l) => s + cents(byLabel(l).amounts[year]), 0);
    expect(sum(["1、公务用车购置和维护经费", "2、出国经费", "3、公务接待"])).toBe(
      cents(byLabel("三公经费").amounts[year]),
    );
    expect(sum(["其中：公车购置", "公车运行维护"])).toBe(cents(byLabel("1、公务用车购置和维护经费").amounts[year]));
    expect(sum(["1、业务工作经费", "2、运行维护经费", "3、本级专项资金（一个专项一行）"])).toBe(
      cents(byLabel("项目支出：").amounts[year]),
    );
    const items = rows.filter((r) => r.item);
    expect(items).toHaveLength(23);
    expect(items.reduce((s, r) => s + cents(r.amounts[year]), 0)).toBe(
      cents(byLabel("3、本级专项资金（一个专项一行）").amounts[year]),
    );
  });

  it("weights add up to 100 in every 自评表 table, and entered totals equal the entered scores", () => {
    const tables = [DEPARTMENT, ...HENGYANG_2023.projects];
    for (const table of tables) {
      const budget = table.kind === "department" ? table.budget : table.budget.find((b) => b.total)!;
      const weights = table.indicators.reduce((s, i) => s + cents(i.weight), cents(budget.weight));
      expect({ sheet: table.sheet, weights }).toEqual({ sheet: table.sheet, weights: 10000 });
      if (table.total.score !== "") {
        const scores = table.indicators.reduce((s, i) => s + cents(i.score), cents(budget.score));
        expect({ sheet: table.sheet, scores }).toEqual({ sheet: table.sheet, scores: cents(table.total.score) });
      }
    }
  });
});
