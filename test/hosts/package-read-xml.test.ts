// The package reader on hand-written parts: the XML other writers produce (inline strings, prefixes, quoting,
// entities, phonetic guides, chart sheets) read as exceljs reads it, and where exceljs fails or loses data, the
// behaviour chosen instead.
import { readWorkbookPackage } from "../../src/host/xlsx/package";
import { readWorkbookBuffer } from "../support/exceljs-reader";
import { diffReaders } from "../support/workbook-diff";
import { HandSheet, HandWorkbook, handWorkbook, prefixElements } from "../support/xlsx-package";

const MIXED: HandWorkbook = {
  sharedStrings: [
    "共享",
    '<r><rPr><b/></rPr><t>富</t></r><r><t xml:space="preserve"> 文本 </t></r>',
    '<t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/>',
    "<t>_x000D_回车 &amp; &lt;符号&gt; &#x41;&#66;</t>",
  ],
  sheets: [
    {
      name: "表一",
      rows:
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>' +
        '<c r="D1" t="s"><v>3</v></c></row>' +
        "<row r='2'><c t='inlineStr' r='A2'><is><t>行内</t></is></c>" +
        '<c r="B2" t="inlineStr"><is><r><t>行</t></r><r><t>内富文本</t></r></is></c>' +
        '<c r="C2" t="str"><v>文字</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><v>#N/A</v></c></row>' +
        '<row r="3" spans="1:5"><c r="A3" s="1"><v>3.14159</v></c><c r="B3" s="2"><v>45292</v></c>' +
        '<c r="C3" s="3"><v>0.125</v></c><c r="D3" s="1"/><c r="E3"/>' +
        '<c r="F3"><f>A3*2</f><v>6.28318</v></c><c r="G3" t="str"><f>A1&amp;"x"</f><v>共享x</v></c></row>' +
        '<row r="5"><c r="A5"><f t="shared" ref="A5:C5" si="0">A3+$B$3</f><v>1</v></c>' +
        '<c r="B5"><f t="shared" si="0"/><v>2</v></c><c r="C5"><f t="shared" si="0"/><v>3</v></c></row>' +
        '<row r="7"><c r="B7"><v>1</v></c><c r="C7" s="1"><v>2</v></c></row>',
      after: '<mergeCells count="1"><mergeCell ref="B7:D8"/></mergeCells>',
      comments:
        '<comment ref="A1" authorId="0"><text><r><rPr><b/></rPr><t>作者:</t></r><r><t>批注</t></r></text></comment>',
    },
  ],
  definedNames:
    '<definedName name="JX_A">表一!$A$1:$B$2</definedName>' +
    '<definedName name="JX_REL">表一!A1:B2</definedName>' +
    '<definedName name="JX_CONST">0.5</definedName>' +
    '<definedName name="_xlnm.Print_Area" localSheetId="0">表一!$A$1:$G$8</definedName>' +
    '<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">表一!$A$1:$C$3</definedName>',
};

/** Every element of every part given an `x:` prefix, as some writers do. */
function prefixed(buf: HandWorkbook): HandWorkbook {
  const parts: Record<string, string> = {};
  const shared = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${buf
    .sharedStrings!.map((s) => (s.startsWith("<") ? `<si>${s}</si>` : `<si><t>${s}</t></si>`))
    .join("")}</sst>`;
  parts["xl/sharedStrings.xml"] = prefixElements(shared);
  const sheet =
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
    buf.sheets[0].rows +
    `</sheetData>${buf.sheets[0].after ?? ""}</worksheet>`;
  parts["xl/worksheets/sheet1.xml"] = prefixElements(sheet);
  return { ...buf, parts };
}

describe("package reader on hand-written parts", () => {
  it("reads inline strings, shared and rich strings, quoting, entities and phonetic guides as exceljs does", async () => {
    const buf = handWorkbook(MIXED);
    expect(await diffReaders(buf)).toEqual([]);
    const ws = readWorkbookPackage(buf).sheets[0];
    expect([1, 2, 3, 4].map((c) => ws.cell(1, c)?.value)).toEqual(["共享", "富 文本 ", "漢字", "\r回车 & <符号> AB"]);
    expect([1, 2].map((c) => ws.cell(2, c)?.value)).toEqual(["行内", "行内富文本"]);
    expect(ws.cell(5, 3)).toEqual({ value: 3, formula: "=C3+$B$3" });
    expect(ws.cell(1, 1)?.note).toBe("作者:批注");
  });

  it("reads elements with a namespace prefix (<x:c>) as the same workbook without (exceljs reads nothing)", async () => {
    const plain = await readWorkbookBuffer(handWorkbook(MIXED));
    const buf = handWorkbook(prefixed(MIXED));
    expect(buf.toString("latin1")).not.toContain("<c ");
    expect(await diffReaders(buf, plain)).toEqual([]);
  });

  it("leaves chart sheets out, as exceljs does", async () => {
    const buf = handWorkbook({
      sheets: [{ name: "数据", rows: '<row r="1"><c r="A1"><v>1</v></c></row>' }],
      parts: {
        "xl/workbook.xml":
          '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
          '<sheet name="图表" sheetId="2" r:id="rId9"/><sheet name="数据" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels":
          '<Relationships><Relationship Id="rId1" Type="http://x/worksheet" Target="/xl/worksheets/sheet1.xml"/>' +
          '<Relationship Id="rId9" Type="http://x/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>',
        "xl/chartsheets/sheet1.xml": "<chartsheet/>",
      },
    });
    expect(await diffReaders(buf)).toEqual([]);
    expect(readWorkbookPackage(buf).sheets.map((s) => s.name)).toEqual(["数据"]);
  });
});

describe("package reader where exceljs fails or loses data", () => {
  const sheetOf = (sheet: Omit<HandSheet, "name">, extra: Partial<HandWorkbook> = {}) =>
    readWorkbookPackage(handWorkbook({ sheets: [{ name: "S", ...sheet }], ...extra })).sheets[0];
  const one = (rows: string, extra: Partial<HandWorkbook> = {}) => sheetOf({ rows }, extra);

  it("places rows and cells without r after the previous ones (exceljs throws)", () => {
    const ws = one(
      '<row><c><v>1</v></c><c t="inlineStr"><is><t>b</t></is></c></row><row r="4"><c r="C4"><v>3</v></c><c><v>4</v></c></row><row><c><v>5</v></c></row>',
    );
    expect([ws.cell(1, 1)?.value, ws.cell(1, 2)?.value, ws.cell(4, 3)?.value, ws.cell(4, 4)?.value]).toEqual([
      1,
      "b",
      3,
      4,
    ]);
    expect(ws.cell(5, 1)?.value).toBe(5);
  });

  it('reads an ISO date cell (t="d") as its date (exceljs reads the year as a number)', () => {
    expect(one('<row r="1"><c r="A1" t="d"><v>2024-03-05T00:00:00Z</v></c></row>').cell(1, 1)?.value).toBe(
      "2024-03-05",
    );
  });

  it("keeps a text, boolean or error result in a date-formatted cell (exceljs makes each a date, or an invalid one)", () => {
    const ws = one(
      '<row r="1"><c r="A1" s="2" t="str"><f>TEXT(1,"0")</f><v>1</v></c><c r="B1" s="2" t="b"><f>TRUE()</f><v>1</v></c>' +
        '<c r="C1" s="2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D1" s="2"><f>45292</f><v>45292</v></c></row>',
    );
    expect([1, 2, 3, 4].map((c) => [ws.cell(1, c)?.value, ws.cell(1, c)?.error])).toEqual([
      ["1", undefined],
      [true, undefined],
      [null, "#DIV/0!"],
      ["2024-01-01", undefined],
    ]);
  });

  it("keeps a number too large for a date as a number (exceljs makes an invalid Date, which exceljs-reader.ts cannot print)", () => {
    expect(one('<row r="1"><c r="A1" s="2"><v>1e12</v></c></row>').cell(1, 1)).toEqual({
      value: 1e12,
      numFmt: "yyyy-mm-dd",
    });
  });

  it("drops a merge that overlaps an earlier one (exceljs refuses the workbook)", () => {
    const ws = sheetOf({
      rows: '<row r="1"><c r="A1"><v>1</v></c><c r="C1"><v>2</v></c></row>',
      after: '<mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>',
    });
    expect(ws.merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 2 }]);
    expect(ws.cell(1, 3)?.value).toBe(2);
  });

  it("reads a note written as plain text, without runs (exceljs drops it)", () => {
    const ws = sheetOf({
      rows: '<row r="1"><c r="A1"><v>1</v></c></row>',
      comments: '<comment ref="A1" authorId="0"><text><t>纯文本批注</t></text></comment>',
    });
    expect(ws.cell(1, 1)?.note).toBe("纯文本批注");
  });

  it('takes date1904="true" for the 1904 date system (exceljs knows only "1")', () => {
    const rows = '<row r="1"><c r="A1" s="2"><v>0</v></c></row>';
    expect(one(rows, { workbookPr: '<workbookPr date1904="true"/>' }).cell(1, 1)?.value).toBe("1904-01-01");
    expect(one(rows, { workbookPr: '<workbookPr date1904="1"/>' }).cell(1, 1)?.value).toBe("1904-01-01");
    expect(one(rows).cell(1, 1)?.value).toBe("1899-12-30");
  });

  it("reads a hyperlinked cell as its value (exceljs turns it into text, and an empty one into 'undefined')", () => {
    const ws = sheetOf(
      {
        rows: '<row r="1"><c r="A1"><v>12</v></c><c r="B1" s="1"/></row>',
        after: '<hyperlinks><hyperlink ref="A1" r:id="rId2"/><hyperlink ref="B1" r:id="rId2"/></hyperlinks>',
      },
      {
        parts: {
          "xl/worksheets/_rels/sheet1.xml.rels":
            '<Relationships><Relationship Id="rId2" Type="http://x/hyperlink" Target="http://example.com" ' +
            'TargetMode="External"/></Relationships>',
        },
      },
    );
    expect(ws.cell(1, 1)).toEqual({ value: 12 });
    expect(ws.cell(1, 2)).toBeUndefined();
  });

  it("decodes a text result once (exceljs decodes &amp;lt; twice, into <)", () => {
    const ws = one('<row r="1"><c r="A1" t="str"><f>"&amp;lt;"</f><v>&amp;lt;</v></c></row>');
    expect(ws.cell(1, 1)).toEqual({ value: "&lt;", formula: '="&lt;"' });
  });

  it("writes #REF! where a shared formula slides off the sheet (exceljs throws)", () => {
    const ws = one(
      '<row r="1"><c r="B1"><f t="shared" ref="A1:B1" si="0">A1+1</f><v>1</v></c></row>' +
        '<row r="2"><c r="A2"><f t="shared" si="0"/><v>1</v></c></row>',
    );
    expect(ws.cell(2, 1)?.formula).toBe("=#REF!+1");
  });
});
