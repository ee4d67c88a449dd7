// `jixiao recalc` end to end: the built CLI writes a copy; LibreOffice recalculates its formulas; the computed
// cells must hold the rule's values and the input must not change by a byte.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { FileReport } from "../../src/cli/file-report";
import type { EvalTableReport } from "../../src/core/report/report";
import { recalcWithLibreOffice } from "../support/libreoffice";
import { SAMPLE } from "./support/bad-inputs";
import { readWorkbookPackage } from "../../src/host/xlsx/package";
import { ensureCliBuilt, runCli } from "./support/cli";
import { cellOf, scoreCells } from "./support/report-cells";
import { prefixElements, withChartAndTextBox } from "../support/xlsx-package";
import { readZip, rewriteZip, writeZip, zipText } from "./support/zip";

let dir: string;
const hash = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

async function checkJson(file: string): Promise<FileReport> {
  const run = await runCli(["check", "--json", file]);
  expect(run.code === 0 || run.code === 1).toBe(true);
  return JSON.parse(run.stdout)[0];
}

function project(report: FileReport, title: string): EvalTableReport {
  return report.tables.find((t) => t.kind === "project" && t.title === title) as EvalTableReport;
}

beforeAll(() => {
  ensureCliBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-recalc-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("jixiao recalc", () => {
  it("writes formulas into a copy that LibreOffice computes to the rule's values; the input is unchanged", async () => {
    const input = path.join(dir, "sample.xlsx");
    fs.copyFileSync(SAMPLE, input);
    const before = hash(input);
    const out = path.join(dir, "recalculated.xlsx");
    const run = await runCli(["recalc", input, "-o", out]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^已写入 .*recalculated\.xlsx/);
    const formulas = Number(/公式 (\d+) 个/.exec(run.stdout)![1]);
    expect(formulas).toBeGreaterThan(0);
    expect(hash(input)).toBe(before);

    const original = await checkJson(input);
    const target = project(original, "招商引资");
    expect(target.budget!.score).toBe(9.34);

    // The copy carries formulas (Excel recalculates on open); LibreOffice computes them here.
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    expect(cellOf(written, target.budget!.cells.score!).formula).toBeTruthy();
    let validations = 0;
    written.eachSheet((ws) => {
      validations += Object.keys(
        (ws as unknown as { dataValidations: { model: object } }).dataValidations.model,
      ).length;
    });
    expect(validations).toBeGreaterThan(0);

    const computed = await recalcWithLibreOffice(out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(computed);
    // exceljs leaves a cached result of 0 out of `value` and keeps it in `result`.
    const value = (address: string) => {
      const cell = cellOf(wb, address);
      return cell.formula ? cell.result : cell.value;
    };
    expect(value(target.budget!.cells.score!)).toBe(9.34);

    // Every score the copy computes by formula is the score the check computed from the original.
    let compared = 0;
    for (const [cell, score] of scoreCells(original)) {
      if (!cell || score === null || !cellOf(written, cell).formula) continue;
      expect({ cell, value: value(cell) }).toEqual({ cell, value: score });
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(formulas / 2);
  });

  it("drafts 偏差原因 with --fill-reasons, never overwriting one a person wrote", async () => {
    const out = path.join(dir, "with-reasons.xlsx");
    const run = await runCli(["recalc", SAMPLE, "-o", out, "--fill-reasons"]);
    expect(run.code).toBe(0);
    const drafts = Number(/偏差原因草稿 (\d+) 条/.exec(run.stdout)![1]);
    const original = await checkJson(SAMPLE);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const drafted = new Set<string>();
    for (const t of original.tables) {
      if (t.kind === "basic") continue;
      for (const ind of t.indicators) {
        if (!ind.cells.reason) continue;
        const now = String(cellOf(wb, ind.cells.reason).value ?? "");
        if (ind.reason) expect(now).toBe(ind.reason);
        else if (now) drafted.add(ind.cells.reason);
      }
    }
    // A draft goes exactly where a reason is asked for and none was written.
    const asked = original.findings.filter((f) => f.code === "REASON_MISSING" || f.code === "OVERSHOOT");
    expect([...drafted].sort()).toEqual(asked.map((f) => f.cell).sort());
    expect(drafts).toBe(drafted.size);
    expect(drafts).toBeGreaterThan(0);
  });

  it("keeps what the person typed that exceljs misread: 1904 dates, ISO dates, plain-text notes", async () => {
    // The sample as LibreOffice or openpyxl might have saved it: the 1904 date system spelled "true", a date
    // cell and a date typed as ISO text (t="d") beside the 基础表, and a note without runs.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    const ws = wb.worksheets[0];
    ws.getCell("Z1").value = 45000;
    ws.getCell("Z1").numFmt = "yyyy-mm-dd";
    ws.getCell("Z2").value = "ISO";
    ws.getCell("Z3").value = 3;
    ws.getCell("Z3").note = "RUNS";
    const sheetXml = (xml: string) =>
      xml
        .replace(/<c r="Z2"[^>]*>.*?<\/c>/, '<c r="Z2" t="d"><v>2024-03-05</v></c>')
        .replace(/<text>.*?RUNS.*?<\/text>/, "<text><t>纯文本批注</t></text>");
    const edits: Record<string, (xml: string) => string> = {
      "xl/workbook.xml": (xml) => xml.replace(/<workbookPr[^>]*?(\/?)>/, '<workbookPr date1904="true"$1>'),
      "xl/worksheets/sheet1.xml": sheetXml,
      "xl/comments1.xml": sheetXml,
    };
    const input = path.join(dir, "foreign.xlsx");
    fs.writeFileSync(input, rewriteZip(Buffer.from(await wb.xlsx.writeBuffer()), edits));
    const typed = (file: string) => {
      const sheet = readWorkbookPackage(fs.readFileSync(file)).sheets[0];
      return [1, 2, 3].map((r) => [sheet.cell(r, 26)?.value, sheet.cell(r, 26)?.note]);
    };
    expect(typed(input)).toEqual([
      ["2027-03-16", undefined],
      ["2024-03-05", undefined],
      [3, "纯文本批注"],
    ]);

    const out = path.join(dir, "foreign-recalculated.xlsx");
    const run = await runCli(["recalc", input, "-o", out]);
    expect(run.code).toBe(0);
    expect(typed(out)).toEqual(typed(input));
  });

  it("rewrites a workbook written with prefixed XML; a damaged one is named as damaged", async () => {
    // Every element with an x: prefix, as some writers do (exceljs could not load it; recalc refused it).
    const sample = fs.readFileSync(SAMPLE);
    const prefixed = path.join(dir, "prefixed.xlsx");
    fs.writeFileSync(
      prefixed,
      rewriteZip(sample, (name) =>
        /^xl\/(worksheets\/sheet\d+|sharedStrings|workbook|styles)\.xml$/.test(name) ? prefixElements : undefined,
      ),
    );
    expect((await checkJson(prefixed)).tables).toHaveLength(4);
    const out = path.join(dir, "prefixed-out.xlsx");
    const sound = await runCli(["recalc", prefixed, "-o", out]);
    expect(sound.stderr).toBe("");
    expect(sound.code).toBe(0);
    // What it wrote is in the sheets' own prefix, and check reads it: the copy holds the formulas.
    expect(zipText(fs.readFileSync(out), "xl/worksheets/sheet3.xml")).toMatch(/<x:c r="H9"[^>]*><x:f>IF\(COUNT/);
    const again = await checkJson(out);
    expect(project(again, "招商引资").budget!.score).toBe(9.34);
    expect(again.findings.filter((f) => f.severity === "error")).toEqual([]);

    const broken = path.join(dir, "broken.xlsx");
    fs.writeFileSync(broken, rewriteZip(sample, { "xl/worksheets/sheet1.xml": () => "<worksheet><sheetData>" }));
    const damagedOut = path.join(dir, "broken-out.xlsx");
    const damaged = await runCli(["recalc", broken, "-o", damagedOut]);
    expect(damaged.code).toBe(2);
    expect(damaged.stderr).toMatch(/文件已损坏，Excel 工作簿无法打开（xl\/worksheets\/sheet1\.xml：XML 不完整/);
    expect(fs.existsSync(damagedOut)).toBe(false);
  });

  it("keeps the original's chart and text box, pictures, tables, and a LibreOffice-saved workbook's parts", async () => {
    const input = path.join(dir, "chart.xlsx");
    fs.writeFileSync(input, withChartAndTextBox(fs.readFileSync(SAMPLE)));
    const out = path.join(dir, "chart-out.xlsx");
    const run = await runCli(["recalc", input, "-o", out]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const before = new Map(readZip(fs.readFileSync(input)).map((e) => [e.name, e.data]));
    const after = new Map(readZip(fs.readFileSync(out)).map((e) => [e.name, e.data]));
    for (const part of ["xl/drawings/drawing1.xml", "xl/charts/chart1.xml", "xl/drawings/_rels/drawing1.xml.rels"])
      expect(after.get(part)?.equals(before.get(part)!)).toBe(true);
    expect(zipText(fs.readFileSync(out), "xl/worksheets/sheet1.xml")).toContain('<drawing r:id="rIdJx1"/>');
    expect((await checkJson(out)).tables).toHaveLength(4);

    // A workbook LibreOffice saved (it writes an empty <workbookProtection/> into every workbook).
    const saved = await recalcWithLibreOffice(SAMPLE);
    const resaved = await runCli(["recalc", saved, "-o", path.join(dir, "libreoffice-out.xlsx")]);
    expect(resaved.stderr).toBe("");
    expect(resaved.code).toBe(0);

    const kept = new ExcelJS.Workbook();
    await kept.xlsx.readFile(SAMPLE);
    const png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
    kept.worksheets[0].addImage(kept.addImage({ base64: png, extension: "png" }), "J2:L6");
    kept.worksheets[1].addTable({ name: "附表", ref: "J2", columns: [{ name: "a" }], rows: [[1], [2]] });
    const pictured = path.join(dir, "picture.xlsx");
    await kept.xlsx.writeFile(pictured);
    const pictureOut = path.join(dir, "picture-out.xlsx");
    const fine = await runCli(["recalc", pictured, "-o", pictureOut]);
    expect(fine.stderr).toBe("");
    expect(fine.code).toBe(0);
    const media = (file: string) => readZip(fs.readFileSync(file)).find((e) => e.name.startsWith("xl/media/"))!.data;
    expect(media(pictureOut).equals(media(pictured))).toBe(true);
  });

  it("keeps an .xlsm's macros, and will not name its copy .xlsx", async () => {
    const vba = Buffer.from("VBA project stand-in: not a real compound file, copied as it is");
    const xlsm = writeZip([
      ...readZip(fs.readFileSync(SAMPLE)).map((e) =>
        e.name === "[Content_Types].xml"
          ? {
              name: e.name,
              data: Buffer.from(
                e.data
                  .toString("utf8")
                  .replace("spreadsheetml.sheet.main+xml", "PLACEHOLDER")
                  .replace(
                    "application/vnd.openxmlformats-officedocument.PLACEHOLDER",
                    "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
                  )
                  .replace(
                    "</Types>",
                    '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
                  ),
              ),
            }
          : e,
      ),
      { name: "xl/vbaProject.bin", data: vba },
    ]);
    const input = path.join(dir, "macros.xlsm");
    fs.writeFileSync(input, xlsm);
    const wrongName = path.join(dir, "macros-out.xlsx");
    const refused = await runCli(["recalc", input, "-o", wrongName]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("输出文件应以 .xlsm 结尾（原文件含宏，副本保留宏");
    expect(fs.existsSync(wrongName)).toBe(false);

    const out = path.join(dir, "macros-out.xlsm");
    const run = await runCli(["recalc", input, "-o", out]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const copy = fs.readFileSync(out);
    expect(
      readZip(copy)
        .find((e) => e.name === "xl/vbaProject.bin")!
        .data.equals(vba),
    ).toBe(true);
    expect(zipText(copy, "[Content_Types].xml")).toContain("macroEnabled.main+xml");
    expect(project(await checkJson(out), "招商引资").budget!.score).toBe(9.34);
  });

  it("writes nothing into a protected sheet, as the add-in cannot", async () => {
    const input = path.join(dir, "protected.xlsx");
    fs.writeFileSync(
      input,
      rewriteZip(fs.readFileSync(SAMPLE), {
        "xl/worksheets/sheet3.xml": (text) =>
          text.replace("</sheetData>", '</sheetData><sheetProtection sheet="1" objects="1"/>'),
      }),
    );
    const before = hash(input);
    const out = path.join(dir, "protected-out.xlsx");
    const run = await runCli(["recalc", input, "-o", out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^错误：.*protected\.xlsx：工作表「招商引资」受保护，未写入任何内容。请在 Excel 的「审阅」选项卡中撤销/,
    );
    expect(fs.existsSync(out)).toBe(false);
    expect(hash(input)).toBe(before);
    // check still reads it.
    expect((await checkJson(input)).tables).toHaveLength(4);
  });

  it("keeps a conditional format exceljs could not save as written; only a disk error reads 无法写入", async () => {
    // A conditional format without its formula: exceljs read it and then failed to write it.
    const rule =
      '<conditionalFormatting sqref="C5:C9"><cfRule type="expression" priority="1"/></conditionalFormatting>';
    const input = path.join(dir, "cf-no-formula.xlsx");
    fs.writeFileSync(
      input,
      rewriteZip(fs.readFileSync(SAMPLE), {
        "xl/worksheets/sheet1.xml": (text) => text.replace("<pageMargins", `${rule}<pageMargins`),
      }),
    );
    const out = path.join(dir, "cf-out.xlsx");
    const run = await runCli(["recalc", input, "-o", out]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(zipText(fs.readFileSync(out), "xl/worksheets/sheet1.xml")).toContain(rule);

    const nowhere = path.join(dir, "no-such-folder", "out.xlsx");
    const io = await runCli(["recalc", SAMPLE, "-o", nowhere]);
    expect(io.code).toBe(2);
    expect(io.stderr).toBe(`错误：无法写入 ${nowhere}（ENOENT）\n`);
  });

  it("refuses to write over its input, and refuses unreadable input", async () => {
    const input = path.join(dir, "mine.xlsx");
    fs.copyFileSync(SAMPLE, input);
    const before = hash(input);
    const same = await runCli(["recalc", input, "-o", path.join(dir, ".", "mine.xlsx")]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("输出文件不能是输入文件本身");
    const link = path.join(dir, "link.xlsx");
    fs.linkSync(input, link);
    expect((await runCli(["recalc", input, "-o", link])).code).toBe(2);
    expect(hash(input)).toBe(before);

    const old = path.join(dir, "old.xls");
    fs.writeFileSync(old, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array(504).fill(0)]));
    const refused = await runCli(["recalc", old, "-o", path.join(dir, "new.xlsx")]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("请另存为 .xlsx 后再检查");
    expect(fs.existsSync(path.join(dir, "new.xlsx"))).toBe(false);
  });
});
