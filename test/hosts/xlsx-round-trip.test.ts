// What `recalc` saves must keep what a person typed. Each case here is a workbook that exceljs, through which
// recalc used to save, saved changed; the file host now patches the sheet a plan writes to, and the cells beside
// the written one must read as before. The package reader says what the input holds and what the copy holds.
import { readWorkbookPackage } from "../../src/host/xlsx/package";
import { XlsxHost } from "../../src/host/xlsx";
import { emptyPlan } from "../../src/core/plan/write-plan";
import ExcelJS from "exceljs";
import { rewriteZip, zipText } from "../cli/support/zip";
import { HandWorkbook, handWorkbook } from "../support/xlsx-package";

/** The workbook after a plan that writes one cell (Z9) of the first sheet. */
async function roundTrip(buf: Buffer): Promise<Buffer> {
  const host = await XlsxHost.load(buf);
  const sheet = (await host.read()).sheets[0].name;
  const plan = emptyPlan();
  plan.cells.push({ ref: { sheet, row: 9, col: 26 }, expected: { value: null }, value: 1, purpose: "t" });
  expect((await host.apply(plan)).applied).toBe(true);
  const saved = host.bytes();
  expect(readWorkbookPackage(saved).sheets[0].cell(9, 26)?.value).toBe(1);
  return saved;
}

const cells = (buf: Buffer) => {
  const ws = readWorkbookPackage(buf).sheets[0];
  const out: Record<string, unknown> = {};
  for (let r = 1; r <= 3; r++)
    for (let c = 1; c <= 4; c++) {
      const cell = ws.cell(r, c);
      if (cell) out[`R${r}C${c}`] = { value: cell.value, note: cell.note, error: cell.error };
    }
  return out;
};

const one = (rows: string, extra: Partial<HandWorkbook> = {}) =>
  handWorkbook({ sheets: [{ name: "S", rows }], ...extra });

describe("a saved copy keeps what the input holds", () => {
  it.each([
    [
      "dates in the 1904 system spelled true",
      one('<row r="1"><c r="A1" s="2"><v>45000</v></c></row>', { workbookPr: '<workbookPr date1904="true"/>' }),
    ],
    [
      "dates in the 1904 system spelled 1",
      one('<row r="1"><c r="A1" s="2"><v>45000</v></c></row>', { workbookPr: '<workbookPr date1904="1"/>' }),
    ],
    [
      "an ISO date cell",
      one(
        '<row r="1"><c r="A1" t="d"><v>2024-03-05T00:00:00Z</v></c><c r="B1" t="d" s="2"><v>2024-03-05</v></c></row>',
      ),
    ],
    [
      "an ISO date-time cell, and text that only looks like a date",
      one('<row r="1"><c r="A1" t="d"><v>2024-03-05T10:30:00+08:00</v></c><c r="B1" t="d"><v>2024-02-30</v></c></row>'),
    ],
    ["a number too large for a date", one('<row r="1"><c r="A1" s="2"><v>1e12</v></c></row>')],
    [
      "a plain-text note",
      handWorkbook({
        sheets: [
          {
            name: "S",
            rows: '<row r="1"><c r="A1"><v>1</v></c></row>',
            comments: '<comment ref="A1" authorId="0"><text><t>纯文本批注</t></text></comment>',
          },
        ],
      }),
    ],
    [
      "a text cell holding an entity",
      one(
        '<row r="1"><c r="A1" t="str"><v>&amp;lt;</v></c><c r="B1" t="str"><f>"&amp;lt;"</f><v>&amp;lt;</v></c></row>',
      ),
    ],
  ])("%s", async (_, buf) => {
    const before = cells(buf);
    expect(Object.keys(before).length).toBeGreaterThan(0);
    expect(cells(await roundTrip(buf))).toEqual(before);
  });
});

describe("a hyperlinked value", () => {
  const rels = {
    "xl/worksheets/_rels/sheet1.xml.rels":
      '<Relationships><Relationship Id="rId2" Type="http://x/hyperlink" Target="http://example.com/" ' +
      'TargetMode="External"/></Relationships>',
  };
  const linked = (rows: string, refs: string[]) =>
    handWorkbook({
      sheets: [
        {
          name: "S",
          rows,
          after: `<hyperlinks>${refs.map((r) => `<hyperlink ref="${r}" r:id="rId2"/>`).join("")}</hyperlinks>`,
        },
      ],
      parts: rels,
    });

  it("keeps its type, its formula and its link", async () => {
    const buf = linked(
      '<row r="1"><c r="A1"><v>12</v></c><c r="B1" s="2"><v>45000</v></c><c r="C1" t="b"><v>1</v></c>' +
        '<c r="D1" t="inlineStr"><is><t>附件</t></is></c></row>' +
        '<row r="2"><c r="A2"><f>A1*2</f><v>24</v></c><c r="B2" t="str"><f>D1&amp;"一"</f><v>附件一</v></c></row>',
      ["A1", "B1", "C1", "D1", "A2", "B2"],
    );
    const saved = await roundTrip(buf);
    expect(cells(saved)).toEqual(cells(buf));
    expect(Object.values(cells(saved)).map((c) => (c as { value: unknown }).value)).toEqual([
      12,
      "2023-03-15",
      true,
      "附件",
      24,
      "附件一",
    ]);
    const sheet = readWorkbookPackage(saved).sheets[0];
    expect([sheet.cell(2, 1)?.formula, sheet.cell(2, 2)?.formula]).toEqual(["=A1*2", '=D1&"一"']);
    const sheetXml = zipText(saved, "xl/worksheets/sheet1.xml");
    for (const ref of ["A1", "B1", "C1", "D1", "A2", "B2"]) expect(sheetXml).toContain(`<hyperlink ref="${ref}"`);
    expect(zipText(saved, "xl/worksheets/_rels/sheet1.xml.rels")).toContain("http://example.com/");
  });
});

describe("a table without style info, as LibreOffice writes tables", () => {
  it("is kept as written (exceljs failed to save it)", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").addTable({
      name: "附表",
      ref: "B2",
      columns: [{ name: "项目" }, { name: "金额" }],
      rows: [["a", 1]],
    });
    const made = Buffer.from(await wb.xlsx.writeBuffer());
    const styleless = rewriteZip(made, {
      "xl/tables/table1.xml": (text) => text.replace(/<tableStyleInfo[^>]*\/>/, ""),
    });
    expect(zipText(styleless, "xl/tables/table1.xml")).not.toContain("tableStyleInfo");
    const table = zipText(await roundTrip(styleless), "xl/tables/table1.xml");
    expect(table).toBe(zipText(styleless, "xl/tables/table1.xml"));
  });
});
