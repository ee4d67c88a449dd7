import fs from "node:fs";
import path from "node:path";
import { PackageParts } from "../../src/host/xlsx/package/parts";
import { contentCounts, lostContent } from "../../src/host/xlsx/content-parts";
import { withChartAndTextBox } from "../support/xlsx-package";
import { readZip, rewriteZip, writeZip } from "../cli/support/zip";

const SAMPLE = path.join(__dirname, "..", "..", "samples", "hengyang-commerce-2023.xlsx");

describe("content a person made in parts of its own", () => {
  it("counts a chart and a text box, not the shape's properties, and nothing in the plain sample", () => {
    const sample = fs.readFileSync(SAMPLE);
    expect(contentCounts(new PackageParts(sample))).toEqual(new Map());
    const counts = contentCounts(new PackageParts(withChartAndTextBox(sample)));
    expect(counts).toEqual(
      new Map([
        ["个图表", 1],
        ["个形状或文本框", 1],
      ]),
    );
  });

  it("counts Excel 2010's sheet extensions (a drop-down list from another sheet, sparklines) and a locked structure", () => {
    const x14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
    const xm = "http://schemas.microsoft.com/office/excel/2006/main";
    const ext =
      `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${x14}"><x14:dataValidations count="2" ` +
      `xmlns:xm="${xm}"><x14:dataValidation type="list"><x14:formula1><xm:f>基础表!$A$1:$A$3</xm:f></x14:formula1>` +
      '<xm:sqref>J5:J9</xm:sqref></x14:dataValidation><x14:dataValidation type="list"><x14:formula1>' +
      "<xm:f>基础表!$B$1:$B$3</xm:f></x14:formula1><xm:sqref>K5</xm:sqref></x14:dataValidation></x14:dataValidations>" +
      `</ext><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${x14}"><x14:sparklineGroups ` +
      `xmlns:xm="${xm}"><x14:sparklineGroup><x14:sparklines><x14:sparkline><xm:f>基础表!C5:F5</xm:f>` +
      "<xm:sqref>L5</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext>" +
      "</extLst>";
    const xlsx = rewriteZip(fs.readFileSync(SAMPLE), {
      "xl/worksheets/sheet2.xml": (text) => text.replace("</worksheet>", `${ext}</worksheet>`),
      "xl/workbook.xml": (text) => text.replace(/(<workbookPr[^>]*>)/, '$1<workbookProtection lockStructure="1"/>'),
    });
    expect(contentCounts(new PackageParts(xlsx))).toEqual(
      new Map([
        ["项工作簿保护（锁定结构）", 1],
        ["处引用其他工作表的数据验证（下拉列表）", 2],
        ["组迷你图", 1],
      ]),
    );
  });

  it("counts no structure lock in the empty <workbookProtection/> LibreOffice writes", () => {
    const xlsx = rewriteZip(fs.readFileSync(SAMPLE), {
      "xl/workbook.xml": (text) => text.replace(/(<workbookPr[^>]*>)/, "$1<workbookProtection/>"),
    });
    expect(contentCounts(new PackageParts(xlsx))).toEqual(new Map());
  });

  it("counts a macro-enabled workbook's macros", () => {
    const xlsm = writeZip([...readZip(fs.readFileSync(SAMPLE)), { name: "xl/vbaProject.bin", data: Buffer.alloc(64) }]);
    expect(contentCounts(new PackageParts(xlsm))).toEqual(new Map([["个宏工程（VBA）", 1]]));
  });

  it("names what the copy lacks, by how many, and nothing the copy kept or gained", () => {
    const before = new Map([
      ["个图表", 2],
      ["张图片", 3],
      ["个形状或文本框", 1],
    ]);
    const after = new Map([
      ["个图表", 1],
      ["张图片", 3],
      ["个表格（列表）", 1],
    ]);
    expect(lostContent(before, after)).toEqual(["1 个图表", "1 个形状或文本框"]);
    expect(lostContent(after, after)).toEqual([]);
  });
});
