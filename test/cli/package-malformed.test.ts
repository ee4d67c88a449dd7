// Broken packages on the check path: each is one clear Chinese line in the report (UnreadableError from the
// analyzer), never a crash or a hang; and the check inflates only the parts it reads, each within its declared size.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { analyze } from "../../src/cli/analyze";
import { checkFile } from "../../src/cli/check-file";
import { readGuarded } from "../../src/cli/input-guard";
import { handWorkbook } from "../support/xlsx-package";
import { deflatedZeros, writeZip } from "./support/zip";
import { ONE_SHEET_RELS, ONE_SHEET_WORKBOOK } from "./support/zip";

const sheet = (rows: string) => handWorkbook({ sheets: [{ name: "表", rows }] });
const withPart = (name: string, text: string | null) =>
  handWorkbook({ sheets: [{ name: "表", rows: '<row r="1"><c r="A1"><v>1</v></c></row>' }], parts: { [name]: text } });

async function refusal(buf: Buffer): Promise<string> {
  try {
    await analyze(buf, "broken.xlsx", undefined);
  } catch (e) {
    expect((e as Error).name).toBe("UnreadableError");
    return (e as Error).message;
  }
  throw new Error("the broken package was read");
}

describe("check path on a broken package", () => {
  it.each<[string, Buffer, RegExp]>([
    ["no workbook part", withPart("xl/workbook.xml", null), /xl\/workbook\.xml：工作簿缺少这一部件/],
    ["a sheet part missing", withPart("xl/worksheets/sheet1.xml", null), /工作表「表」的内容缺失/],
    ["no workbook relationships", withPart("xl/_rels/workbook.xml.rels", null), /缺少工作表的位置/],
    ["garbage in a sheet", withPart("xl/worksheets/sheet1.xml", "\u0000\u0001绩效 garbage"), /sheet1\.xml：.*XML/],
    ["a garbage workbook part", withPart("xl/workbook.xml", "PK\u0003\u0004<<<>>>"), /workbook\.xml：XML/],
    [
      "an unterminated sheet",
      withPart("xl/worksheets/sheet1.xml", '<worksheet><sheetData><row r="1"><c r="A1"><v>1'),
      /XML 不完整/,
    ],
    ["an unterminated tag", withPart("xl/worksheets/sheet1.xml", '<worksheet><sheetData><row r="1"'), /XML 不完整/],
    [
      "mismatched tags",
      withPart("xl/worksheets/sheet1.xml", "<worksheet><sheetData></worksheet></sheetData>"),
      /标记不匹配/,
    ],
    ["two roots", withPart("xl/styles.xml", "<styleSheet/><styleSheet/>"), /多个根元素/],
    [
      "an undefined entity",
      sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row>'),
      /未定义的实体/,
    ],
    ["a bare ampersand", sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>A & B</t></is></c></row>'), /未转义的 &/],
    [
      "a DOCTYPE (entity expansion)",
      withPart("xl/sharedStrings.xml", '<!DOCTYPE sst [<!ENTITY a "aaaa">]><sst/>'),
      /DOCTYPE/,
    ],
    [
      "a cell below row 1048576",
      sheet('<row r="1048577"><c r="XFD1048577"><v>1</v></c></row>'),
      /行号 r="1048577" 无效/,
    ],
    ["a cell past XFD", sheet('<row r="1"><c r="XFE1"><v>1</v></c></row>'), /单元格地址 r="XFE1" 无效/],
    ["a cell in row 0", sheet('<row r="1"><c r="A0"><v>1</v></c></row>'), /单元格地址 r="A0" 无效/],
    ["a lower-case address", sheet('<row r="1"><c r="a1"><v>1</v></c></row>'), /单元格地址 r="a1" 无效/],
    ["a cell outside its row", sheet('<row r="2"><c r="A3"><v>1</v></c></row>'), /不在它所在的第 2 行/],
    ["a row numbered 0", sheet('<row r="0"><c><v>1</v></c></row>'), /行号 r="0" 无效/],
    [
      "a shared string that is not there",
      sheet('<row r="1"><c r="A1" t="s"><v>7</v></c></row>'),
      /共享字符串编号 7 不存在/,
    ],
    [
      "a merge of nonsense",
      handWorkbook({
        sheets: [{ name: "表", rows: "", after: '<mergeCells><mergeCell ref="A1:ZZZZ9"/></mergeCells>' }],
      }),
      /合并区域/,
    ],
  ])("%s", async (_name, buf, says) => {
    const message = await refusal(buf);
    expect(message).toMatch(says);
    expect(message).not.toMatch(/\n/);
  });

  it("reports a broken package in one line that says the workbook is damaged", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-malformed-"));
    try {
      const file = path.join(dir, "broken.xlsx");
      fs.writeFileSync(file, withPart("xl/worksheets/sheet1.xml", "<worksheet><sheetData>"));
      const report = await checkFile(file, undefined, analyze);
      expect(report.findings).toHaveLength(1);
      expect(report.findings[0]).toMatchObject({ code: "UNREADABLE", severity: "error" });
      expect(report.findings[0].message).toMatch(
        /^文件已损坏，Excel 工作簿无法打开（xl\/worksheets\/sheet1\.xml：XML 不完整/,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("check path and lying zip entries", () => {
  let dir: string;
  beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-lying-"))));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function lyingWorkbook(lyingPart: string): Promise<string> {
    const deflated = await deflatedZeros(600);
    const entries = [
      { name: "xl/workbook.xml", data: Buffer.from(ONE_SHEET_WORKBOOK) },
      { name: "xl/_rels/workbook.xml.rels", data: Buffer.from(ONE_SHEET_RELS) },
      { name: "xl/worksheets/sheet1.xml", data: Buffer.from("<worksheet><sheetData/></worksheet>") },
      { name: lyingPart, data: Buffer.alloc(0), deflated, declaredSize: 1000 },
    ];
    const file = path.join(dir, `${path.basename(lyingPart)}.xlsx`);
    fs.writeFileSync(file, writeZip(entries.filter((e, i) => i === 3 || e.name !== lyingPart)));
    return file;
  }

  it("refuses a lying part it reads, in the guard's words, having inflated no more than its declared size", async () => {
    const file = await lyingWorkbook("xl/worksheets/sheet1.xml");
    const before = process.memoryUsage().rss;
    const report = await checkFile(file, undefined, analyze);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
    expect(report.findings[0].message).toBe("压缩包实际解压大小超过其声明的大小，疑似压缩炸弹，已拒绝");
  });

  it("never inflates a part it does not read (an image), which recalc's guard still refuses for exceljs", async () => {
    const file = await lyingWorkbook("xl/media/image1.png");
    const report = await checkFile(file, undefined, analyze);
    expect(report.findings.some((f) => f.code === "UNREADABLE")).toBe(false);
    const guarded = await readGuarded(file);
    expect(guarded.ok ? "" : guarded.message).toMatch(/疑似压缩炸弹/);
  });
});
