/**
 * The committed specimen workbooks (samples/specimens/*.xlsx) are what scripts/make-specimens.ts builds from the data
 * modules, and they hold what a clerk would have typed: figures as numbers, percentages as percent-formatted numbers,
 * tables away from A1, merged areas where the forms merge.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { SPECIMENS } from "../../samples/specimens/data";
import { readSpecimenCell, specimenPath, SPECIMENS_DIR, writeSpecimens } from "../../scripts/make-specimens";
import { mergesOf, readWorkbook, workbookContent } from "../support/workbook-content";
import { shown, shownNumber } from "./shown";

const FILES = [
  "01_yunnan-lijiang_2020_xiangmu",
  "03_yunnan-baoshan-longyang_2022_xiangmu",
  "04_shanghai-putuo_2022_xiangmu",
  "05_ningxia-yinchuan_2021_xiangmu",
  "06_shanxi-yuncheng-jishan_2020_xiangmu",
  "07_guangxi-guigang_2018_pingfen",
  "08_anhui-luan-huoshan_2024_zhuanyizhifu",
  "10_sichuan-suining-anju_2021_zhuanyizhifu-quyu",
  "11_anhui-luan-jinzhai_2023_bumenzhengti",
  "12_hebei-handan-chengan_2020_xiangmu",
  "15_chongqing-liangping_2023_bumenzhengti",
  "16_hainan-provincial_unknown_xiangmu-pingfen",
  "17_tianjin_platform-config_bumenzhengti",
  "19_anhui-suzhou-xiaoxian_2023_xianjie",
  "20_sichuan-platform_export_xiangmu",
];

const committed = new Map<string, ExcelJS.Workbook>();
const fresh = new Map<string, ExcelJS.Workbook>();
let tmp: string;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "jixiao-specimens-"));
  await writeSpecimens(tmp);
  for (const spec of SPECIMENS) {
    committed.set(spec.file, await readWorkbook(specimenPath(spec)));
    fresh.set(spec.file, await readWorkbook(specimenPath(spec, tmp)));
  }
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function book(file: string): ExcelJS.Workbook {
  const wb = committed.get(file);
  if (!wb) throw new Error(`no committed workbook ${file}`);
  return wb;
}

/** Every anchor or single cell that holds a value, sheet by sheet. */
function valueCells(wb: ExcelJS.Workbook): { where: string; cell: ExcelJS.Cell }[] {
  const out: { where: string; cell: ExcelJS.Cell }[] = [];
  for (const ws of wb.worksheets)
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.master.address === cell.address && cell.value !== null)
          out.push({ where: `${ws.name}!${cell.address}`, cell });
      }),
    );
  return out;
}

describe("the specimen workbooks", () => {
  it("are the fifteen specimens, named after the specimen files", () => {
    expect(SPECIMENS.map((s) => s.file)).toEqual(FILES);
    const onDisk = readdirSync(SPECIMENS_DIR).filter((name) => name.endsWith(".xlsx"));
    expect(onDisk.sort()).toEqual(FILES.map((f) => `${f}.xlsx`).sort());
  });

  it.each(FILES)("%s: the committed file has the content of a fresh build (values, formats, merges, sizes)", (file) => {
    expect(workbookContent(book(file))).toEqual(workbookContent(fresh.get(file)!));
  });

  it.each(FILES)("%s: every sheet starts away from A1 with a title merged over the table's width", (file) => {
    for (const ws of book(file).worksheets) {
      const first = valueCells(book(file)).find(({ where }) => where.startsWith(`${ws.name}!`))!.cell;
      const title = mergesOf(ws).find((m) => m.startsWith(`${first.address}:`));
      const [, lastColumn, lastRow] = /^[A-Z]+\d+:([A-Z]+)(\d+)$/.exec(title ?? "") ?? [];
      expect({ sheet: ws.name, first: first.address, lastColumn, lastRow }).toEqual({
        sheet: ws.name,
        first: expect.not.stringMatching(/^A1$/),
        lastColumn: expect.stringMatching(/^[E-M]$/),
        lastRow: String(first.row),
      });
    }
  });

  it.each(FILES)("%s: no figure is stored as text, every percentage is a number under a % format", (file) => {
    const textFigures: string[] = [];
    const percentTexts: string[] = [];
    for (const { where, cell } of valueCells(book(file))) {
      if (typeof cell.value === "string" && /^\s*-?[\d,]+(\.\d+)?\s*%?\s*$/.test(cell.value)) textFigures.push(where);
      if (cell.numFmt?.endsWith("%") && typeof cell.value !== "number") percentTexts.push(where);
      if (typeof cell.value !== "string" && typeof cell.value !== "number") percentTexts.push(`${where} (not typed)`);
    }
    expect(textFigures).toEqual([]);
    expect(percentTexts).toEqual([]);
  });
});

describe("cells typed as the specimens print them", () => {
  const at = (file: string, sheet: string, address: string) => book(file).getWorksheet(sheet)!.getCell(address);

  it("01: a two-row header, 年度指标值 over 指标性质 | 指标值 | 度量单位, and 10.00 kept with its decimals", () => {
    const f = FILES[0];
    expect(mergesOf(book(f).getWorksheet("卫片执法补助经费")!)).toEqual(
      expect.arrayContaining(["B12:D12", "E12:G12", "H12:H13", "K12:K13", "B14:B16"]),
    );
    expect(["E13", "F13", "G13"].map((a) => at(f, "卫片执法补助经费", a).value)).toEqual([
      "指标性质",
      "指标值",
      "度量单位",
    ]);
    const score = at(f, "卫片执法补助经费", "I6");
    expect([score.value, score.numFmt, shown(score)]).toEqual([10, "0.00", "10.00"]);
    expect(at(f, "卫片执法补助经费", "E14").value).toBe("﹦");
  });

  it("03: units glued to comparators and figures stay text; tick glyphs and the typo are kept", () => {
    const f = FILES[1];
    expect(["G11", "H11"].map((a) => at(f, "化肥减量增效", a).value)).toEqual(["≧20000亩", "20000亩"]);
    expect(at(f, "化肥减量增效", "E6").value).toBe("1、部门预算项目 £ 2、区直专项 £ 3、上级转移支付项目 R");
    expect(at(f, "化肥减量增效", "E24").value).toBe("社会效益效益指标");
    const amount = at(f, "化肥减量增效", "F9");
    expect([amount.value, shown(amount)]).toEqual([278.4449, "278.4449"]);
  });

  it("04: amounts in 元 with a thousands separator where printed, two tables on one sheet", () => {
    const f = FILES[2];
    const executed = at(f, "项目自评表", "G7");
    expect([executed.value, executed.numFmt, shown(executed)]).toEqual([215457.6, "#,##0.0", "215,457.6"]);
    expect(shown(at(f, "项目自评表", "G8"))).toBe("215457.6");
    expect(shown(at(f, "项目自评表", "G27"))).toBe("9,034");
    expect(shown(at(f, "项目自评表", "I7"))).toBe("86.19%");
    expect([at(f, "项目自评表", "B2").value, at(f, "项目自评表", "B22").value]).toEqual([
      "财政项目支出绩效自评表",
      "财政项目支出绩效自评表",
    ]);
  });

  it("06: the budget score holds the printed 9, 总分 94 is typed", () => {
    const f = FILES[4];
    const score = at(f, "建档立卡配套资金", "J7");
    expect([score.value, shown(score)]).toEqual([9, "9"]);
    expect(at(f, "建档立卡配套资金", "I20").value).toBe(94);
  });

  it("11: header cells broken over two lines as printed", () => {
    expect(["E13", "F13"].map((a) => at(FILES[8], "部门整体自评表", a).value)).toEqual([
      "年度\n指标值",
      "实际\n完成值",
    ]);
  });

  it("12: 预期指标值 over 符号 | 单位 and 自评得分 over three sub-columns", () => {
    const ws = book(FILES[9]).getWorksheet("高龄津贴")!;
    expect(mergesOf(ws)).toEqual(expect.arrayContaining(["G11:H11", "K11:M11", "I11:I12", "B11:B17"]));
    expect(["G12", "H12", "K12", "L12", "M12"].map((a) => ws.getCell(a).value)).toEqual([
      "符号",
      "单位(文字描述)",
      "单项指标得分",
      "权重占比(%)",
      "单项指标折算得分",
    ]);
  });
});

describe("readSpecimenCell", () => {
  it("reads grouped figures as numbers with a grouping format", () => {
    expect(readSpecimenCell("215,457.6")).toEqual({ value: 215457.6, numFmt: "#,##0.0" });
    expect(readSpecimenCell("9,034")).toEqual({ value: 9034, numFmt: "#,##0" });
    expect(readSpecimenCell("3359.62万")).toEqual({ value: "3359.62万" });
    expect(readSpecimenCell("86.19%")).toEqual({ value: 0.8619, numFmt: "0.00%" });
  });

  it("and the test's own formatter shows them as printed", () => {
    expect(shownNumber(215457.6, "#,##0.0")).toBe("215,457.6");
    expect(shownNumber(1234567, "#,##0")).toBe("1,234,567");
    expect(shownNumber(0.8619, "0.00%")).toBe("86.19%");
    expect(shownNumber(9.9, "0")).toBe("10");
    expect(shownNumber(278.4449, undefined)).toBe("278.4449");
  });
});
