// The round-trip comparison must catch what a faithless copy does: these copies each change one thing beyond the
// plan, and one is what the old writer (exceljs) made of a workbook. Also: the writer-style workbooks of the list
// hold what they claim to, so the round-trip test runs on what it says.
import ExcelJS from "exceljs";
import { emptyPlan } from "../../src/core/plan/write-plan";
import { planRecalc } from "../../src/app/recalc";
import { XlsxHost } from "../../src/host/xlsx";
import { readWorkbookPackage } from "../../src/host/xlsx/package";
import { readZip, rewriteZip, zipText } from "../cli/support/zip";
import { compareCopy, schemaOrderProblems } from "../support/package-compare";
import { excelStyle, withPivotTable, withX14Extensions, wpsStyle } from "../support/round-trip-workbooks";
import { withChartAndTextBox } from "../support/xlsx-package";
import fs from "node:fs";
import path from "node:path";

const SAMPLE = fs.readFileSync(path.join(__dirname, "..", "..", "samples", "hengyang-commerce-2023.xlsx"));

async function recalc(original: Buffer) {
  const host = await XlsxHost.load(original);
  const { plan } = planRecalc(await host.read(), {});
  await host.apply(plan);
  return { plan, copy: host.bytes() };
}

describe("the copy comparison catches", () => {
  it("what exceljs's save dropped: the chart and the text box", async () => {
    const original = withChartAndTextBox(SAMPLE);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(original as unknown as ArrayBuffer);
    const copy = Buffer.from(await wb.xlsx.writeBuffer());
    const { problems } = compareCopy(original, copy, emptyPlan());
    expect(problems).toEqual(
      expect.arrayContaining(["xl/charts/chart1.xml: removed", "xl/drawings/drawing1.xml: removed"]),
    );
  });

  it("a cell the plan did not write, the pivot cache, a sparkline and a cross-sheet list, each changed", async () => {
    const original = withX14Extensions(withPivotTable(SAMPLE));
    const { plan, copy } = await recalc(original);
    expect(compareCopy(original, copy, plan).problems).toEqual([]);
    const spoilt = (edits: Record<string, (t: string) => string>) =>
      compareCopy(original, rewriteZip(copy, edits), plan);
    expect(
      spoilt({ "xl/worksheets/sheet3.xml": (t) => t.replace('<c r="B9" s="3" t="s"><v>', '<c r="B9" s="4" t="s"><v>') })
        .problems,
    ).toContain("xl/worksheets/sheet3.xml: cell B9 changed");
    expect(
      spoilt({ "xl/pivotCache/pivotCacheDefinition1.xml": (t) => t.replace('maxValue="2"', 'maxValue="3"') }).problems,
    ).toContain("xl/pivotCache/pivotCacheDefinition1.xml: changed, and nothing the plan writes lives there");
    expect(
      spoilt({ "xl/worksheets/sheet2.xml": (t) => t.replace("<xm:sqref>L5</xm:sqref>", "<xm:sqref>L6</xm:sqref>") })
        .problems,
    ).toContain("xl/worksheets/sheet2.xml: the extension list changed beyond validation");
    expect(
      spoilt({
        "xl/worksheets/sheet2.xml": (t) => t.replace("<xm:sqref>J5:J9</xm:sqref>", "<xm:sqref>J5:J8</xm:sqref>"),
      }).problems,
    ).toContain("xl/worksheets/sheet2.xml: validation of J9 changed");
  });

  it("elements out of the schema's order, rows and cells out of address order", () => {
    const sheet =
      '<worksheet xmlns="m"><sheetData><row r="2"><c r="B2"/><c r="A2"/></row><row r="1"/></sheetData>' +
      '<dataValidations count="0"/><mergeCells/></worksheet>';
    expect(schemaOrderProblems("s.xml", sheet)).toEqual([
      "s.xml: <mergeCells> after a later element in <worksheet>",
      "s.xml: cell A2 after column 2",
      "s.xml: row 1 after row 2",
    ]);
  });
});

describe("the writer-style workbooks hold what they claim", () => {
  it("WPS-style: inline strings only, prefixed elements, 1904 dates, a shared formula the plan breaks up", async () => {
    const wps = wpsStyle(SAMPLE);
    expect(readZip(wps).map((e) => e.name)).not.toContain("xl/sharedStrings.xml");
    expect(zipText(wps, "xl/workbook.xml")).toMatch(/<x:workbookPr date1904="1"/);
    expect(zipText(wps, "xl/worksheets/sheet3.xml")).toContain('<x:c r="K9"><x:f t="shared" si="0"/>');
    expect(readWorkbookPackage(wps).sheets[2].cell(9, 11)?.formula).toBe("=I9/H9");
    const { copy } = await recalc(wps);
    // H9, the master, now holds the plan's formula; K9 keeps computing what it did, written out.
    expect(zipText(copy, "xl/worksheets/sheet3.xml")).toContain('<x:c r="K9"><x:f>I9/H9</x:f>');
    expect(readWorkbookPackage(copy).sheets[2].cell(9, 8)?.formula).toMatch(/^=IF\(COUNT/);
  });

  it("Excel-style: a calculation chain listing a formula the plan replaces, dropped from the copy", async () => {
    const excel = excelStyle(SAMPLE);
    expect(readZip(excel).map((e) => e.name)).toContain("xl/calcChain.xml");
    const { copy } = await recalc(excel);
    expect(readZip(copy).map((e) => e.name)).not.toContain("xl/calcChain.xml");
    expect(zipText(copy, "xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
    expect(zipText(copy, "[Content_Types].xml")).not.toContain("calcChain");
    expect(zipText(copy, "xl/workbook.xml")).toContain("<x15ac:absPath");
    expect(zipText(copy, "xl/workbook.xml")).toContain('<workbookProtection lockStructure="1"/>');
  });
});
