// The file host places its edits by the layout of a sheet's text. Two readings give it: a quick one by tags alone,
// and the XML scanner for sheets with comments, CDATA or shared formulas. Both must find the same rows and cells.
import fs from "node:fs";
import path from "node:path";
import { cellSplices } from "../../src/host/xlsx/edit/sheet-cells";
import { SheetLayout, readSheetLayout } from "../../src/host/xlsx/edit/sheet-layout";
import { applySplices } from "../../src/host/xlsx/edit/xml-text";
import { readZip } from "../cli/support/zip";
import { prefixElements } from "../support/xlsx-package";

const SAMPLE = path.join(__dirname, "..", "..", "samples", "hengyang-commerce-2023.xlsx");

const sheets = readZip(fs.readFileSync(SAMPLE))
  .filter((e) => e.name.startsWith("xl/worksheets/sheet"))
  .map((e): [string, string] => [e.name, e.data.toString("utf8")]);

const handMade =
  '<worksheet xmlns="m"><dimension ref="A1:C3"/><sheetData><row r="1" spans="1:3"><c r="A1"><v>1</v></c>' +
  '<c r="C1" t="inlineStr"><is><t>a &lt;c&gt; b</t></is></c></row><row><c><v>2</v></c><c s="1"/></row>' +
  '<row r="5"/></sheetData><pageMargins left="0.7"/></worksheet>';

// The lists skipped by their closing tag, and an mc:AlternateContent holding one of its own (which is not).
const withLists =
  '<worksheet xmlns="m" xmlns:mc="mc"><cols><col min="1" max="2" width="9"/></cols><sheetData><row r="1">' +
  '<c r="A1"><v>1</v></c></row></sheetData><mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="A2:A3"/>' +
  '</mergeCells><conditionalFormatting sqref="A1"><cfRule type="expression" priority="1"><formula>A1&gt;0</formula>' +
  '</cfRule></conditionalFormatting><dataValidations count="1"><dataValidation type="decimal" sqref="A1">' +
  '<formula1>0</formula1></dataValidation></dataValidations><hyperlinks><hyperlink ref="A1" r:id="rId1"/>' +
  '</hyperlinks><mc:AlternateContent><mc:Choice Requires="x14"><controls><mc:AlternateContent><mc:Choice ' +
  'Requires="x14"><control shapeId="1"/></mc:Choice></mc:AlternateContent></controls></mc:Choice>' +
  "</mc:AlternateContent></worksheet>";

/** A layout as plain data: its rows' fields and cells (the quick reading finds a row's cells when asked). */
function plainLayout(layout: SheetLayout) {
  const { text: _t, rows, ...rest } = layout;
  const plainRows = rows.map((r) => ({
    row: r.row,
    hasRef: r.hasRef,
    start: r.start,
    openEnd: r.openEnd,
    closeStart: r.closeStart,
    end: r.end,
    cells: r.cells.map((c) => ({ ...c })),
  }));
  return { ...rest, rows: plainRows };
}

describe("a sheet's layout", () => {
  const cases: [string, string][] = [
    ...sheets,
    ["prefixed sheet1", prefixElements(sheets[0][1])],
    ["hand-made, with rows and cells placed without r", handMade],
    ["hand-made, with long lists and nested mc:AlternateContent", withLists],
    // A row may end with an extLst after its cells: the quick reading hands that row to the scanner.
    [
      "hand-made, with an extLst in a row",
      handMade.replace(
        '<row r="5"/>',
        '<row r="5"><c r="A5"><v>3</v></c><c r="C5"/><extLst><ext uri="u"/></extLst></row>',
      ),
    ],
  ];
  it.each(cases)("is the same by tags and by the scanner: %s", (name, text) => {
    const quick = readSheetLayout(text, name);
    // A comment after the root sends the same text, at the same offsets, down the scanner's path.
    const scanned = readSheetLayout(`${text}<!-- scanner -->`, name);
    expect(plainLayout(quick)).toEqual(plainLayout(scanned));
    expect(quick.rows.length).toBeGreaterThan(0);
    expect(quick.rows.flatMap((r) => r.cells).length).toBeGreaterThan(0);
  });

  it("finds each element under the root whole, the long lists by their closing tag", () => {
    const layout = readSheetLayout(withLists, "lists");
    const closing = (qname: string) => `</${qname}>`;
    expect(layout.children.map((c) => c.name)).toEqual([
      "cols",
      "sheetData",
      "mergeCells",
      "conditionalFormatting",
      "dataValidations",
      "hyperlinks",
      "AlternateContent",
    ]);
    for (const c of layout.children) {
      const qname = c.name === "AlternateContent" ? "mc:AlternateContent" : c.name;
      expect(withLists.slice(c.start, c.end).endsWith(closing(qname))).toBe(true);
    }
    // The outer mc:AlternateContent ends where the root's last child ends, not at its inner one's end.
    expect(layout.children[6].end).toBe(withLists.lastIndexOf("</worksheet>"));
  });

  it("takes a cell added to a row that closes itself into that row, by either reading", () => {
    for (const text of [handMade, `${handMade}<!-- scanner -->`]) {
      const layout = readSheetLayout(text, "hand");
      const out = applySplices(text, cellSplices(layout, [{ row: 5, col: 2, content: { value: 7 } }]));
      expect(out).toContain('<row r="5"><c r="B5"><v>7</v></c></row>');
    }
  });

  it("numbers rows and cells written without r as the reader does", () => {
    const layout = readSheetLayout(handMade, "hand");
    expect(layout.rows.map((r) => [r.row, r.cells.map((c) => c.col)])).toEqual([
      [1, [1, 3]],
      [2, [1, 2]],
      [5, []],
    ]);
    expect(layout.prefix).toBe("");
    expect(layout.sheetDataClose).toBe(handMade.indexOf("</sheetData>"));
  });
});
