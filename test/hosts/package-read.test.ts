// The package reader against exceljs, workbook by workbook: for every workbook exceljs reads, both must
// give the core the same sheets, cells, merges, names and settings.
import fs from "fs";
import path from "path";
import { readWorkbookPackage } from "../../src/host/xlsx/package";
import { VARIANTS } from "../support/variants";
import { diffReaders } from "../support/workbook-diff";
import { featureWorkbook, projectsWorkbook } from "./support/feature-workbooks";

const SAMPLE = path.join(__dirname, "..", "..", "samples", "hengyang-commerce-2023.xlsx");

describe("package reader reads as exceljs does", () => {
  it("the sample", async () => {
    const buf = fs.readFileSync(SAMPLE);
    expect(await diffReaders(buf)).toEqual([]);
    const data = readWorkbookPackage(buf);
    // Not two empty readings: the sample's four sheets, with their cells.
    expect(data.sheets.length).toBe(4);
    expect([...data.sheets[0].cells()].length).toBeGreaterThan(50);
  });

  it.each(VARIANTS.map((v) => v.name))("variant %s", async (name) => {
    const variant = VARIANTS.find((v) => v.name === name)!.build();
    const buf = Buffer.from(await variant.workbook.xlsx.writeBuffer());
    expect(await diffReaders(buf)).toEqual([]);
  });

  it("the bench's 60-project workbook", async () => {
    const buf = await projectsWorkbook(60);
    expect(await diffReaders(buf)).toEqual([]);
    expect(readWorkbookPackage(buf).sheets).toHaveLength(62);
  });

  it.each([false, true])(
    "formulas, rich text, booleans, errors, dates, notes, names, merges (date1904 %s)",
    async (d) => {
      const buf = await featureWorkbook(d);
      expect(await diffReaders(buf)).toEqual([]);
      const data = readWorkbookPackage(buf);
      const ws = data.sheets[0];
      // The features are there, so agreeing means something.
      expect(ws.cell(3, 2)).toEqual({ value: 6, formula: "=A3*2" });
      expect(ws.cell(2, 3)?.formula).toBe("=$A$1+A2+'Sheet 2'!A2+SUM(A2:A$2)");
      expect(ws.cell(1, 4)?.value).toBe("绩效自评");
      expect(ws.cell(5, 4)).toEqual({ value: null, formula: "=1/0", error: "#DIV/0!" });
      expect(ws.cell(1, 5)).toEqual({ value: "2023-12-31", numFmt: "yyyy-mm-dd" });
      expect(ws.cell(2, 7)).toMatchObject({ value: 5, note: "富文本" });
      expect(ws.cell(2, 9)).toBeUndefined();
      // Three ranges of one name that touch come back regrouped, as exceljs regroups them.
      expect(data.names.filter((n) => n.name === "JX_MULTI").map((n) => n.area)).toEqual([
        { top: 1, left: 1, bottom: 2, right: 1 },
        { top: 1, left: 2, bottom: 1, right: 3 },
        { top: 2, left: 3, bottom: 2, right: 3 },
      ]);
      expect(data.settings).toEqual({ "jixiao.profile": "platform", "jixiao.count": "3" });
    },
  );
});
