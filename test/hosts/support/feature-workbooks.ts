/**
 * Workbooks written with exceljs that exercise what the package reader must read as exceljs does: shared
 * and array formulas, rich text, booleans, errors, dates in both date systems, number formats, notes, defined
 * names of one or several ranges, merges over styled cells, a hidden settings sheet.
 */
import ExcelJS from "exceljs";
import { buildSampleWorkbook, withProjects } from "../../../scripts/make-sample";
import { SETTINGS_SHEET } from "../../../src/host/xlsx";

export async function featureWorkbook(date1904: boolean): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  const ws = wb.addWorksheet("功能");
  for (let r = 1; r <= 5; r++) ws.getCell(r, 1).value = r;
  ws.getCell("B1").value = {
    formula: "A1*2",
    result: 2,
    shareType: "shared",
    ref: "B1:B5",
  } as ExcelJS.CellFormulaValue;
  for (let r = 2; r <= 5; r++) ws.getCell(r, 2).value = { sharedFormula: "B1", result: r * 2 };
  ws.getCell("C1").value = {
    formula: "$A$1+A1+'Sheet 2'!A1+SUM(A1:A$2)",
    result: 5,
    shareType: "shared",
    ref: "C1:C3",
  } as ExcelJS.CellFormulaValue;
  ws.getCell("C2").value = { sharedFormula: "C1", result: 6 };
  ws.getCell("C3").value = { sharedFormula: "C1" } as ExcelJS.CellSharedFormulaValue;
  ws.getCell("C4").value = {
    formula: "SUM(A1:A5*2)",
    result: 30,
    shareType: "array",
    ref: "C4",
  } as ExcelJS.CellFormulaValue;
  ws.getCell("C5").value = { formula: "A1-1", result: 0 };
  ws.getCell("D1").value = { richText: [{ text: "绩效", font: { bold: true } }, { text: "自评" }] };
  ws.getCell("D2").value = true;
  ws.getCell("D3").value = false;
  ws.getCell("D4").value = { error: "#DIV/0!" };
  ws.getCell("D5").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  ws.getCell("D6").value = { formula: 'IF(A1>0,"是","否")', result: "是" };
  ws.getCell("D7").value = { formula: "A1>0", result: true };
  dated(ws.getCell("E1"), new Date(Date.UTC(2023, 11, 31)), "yyyy-mm-dd");
  dated(ws.getCell("E2"), 45000, 'yyyy"年"m"月"d"日"');
  dated(ws.getCell("E3"), { formula: "E1+1", result: new Date(Date.UTC(2024, 0, 1)) }, "m/d/yy");
  dated(ws.getCell("E4"), 0.5, "h:mm");
  dated(ws.getCell("E5"), 45000.75, "[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy");
  dated(ws.getCell("E6"), 45000, '0.00"月"');
  const formats: [number | string, string][] = [
    [0.93, "0.00%"],
    [1234.5, "#,##0.00"],
    [64.53, '0.00" 万元"'],
    [-3, "0.0_);[Red](0.0)"],
    ["0012", "@"],
    [12, "General"],
  ];
  formats.forEach(([v, f], i) => dated(ws.getCell(i + 1, 6), v, f));
  ws.getCell("G1").value = "有批注";
  ws.getCell("G1").note = "这是批注";
  ws.getCell("G2").value = 5;
  ws.getCell("G2").note = { texts: [{ text: "富" }, { text: "文本" }] } as ExcelJS.Comment;
  ws.getCell("G3").note = "空单元格上的批注";
  ws.getCell("H1").value = "合并";
  ws.getCell("I1").numFmt = "0.00";
  ws.getCell("I2").value = 7;
  ws.getCell("I2").numFmt = "0.0%";
  ws.mergeCells("H1:I2");
  ws.getCell("J1").value = "纵向";
  ws.mergeCells("J1:J3");
  ws.mergeCells("K9:M9");
  ws.getCell("L9").numFmt = "0.00";
  ws.getCell("N1").numFmt = "0.00";
  ws.getCell("N2").value = "  前后空格  ";
  ws.getCell("N3").value = "换行\n第二行";
  ws.getCell("N4").value = "符号 <>&\"' _x0041_";
  ws.getCell("N5").value = "";
  ws.getCell("N6").value = 1e-7;
  ws.getCell("N7").value = 123456789012345;
  const other = wb.addWorksheet("Sheet 2");
  other.getCell("A1").value = 3;
  other.getCell("B2").value = "另一张表";
  const year = wb.addWorksheet("2023");
  year.getCell("A1").value = "年度";
  const settings = wb.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
  settings.getCell("A1").value = "jixiao.profile";
  settings.getCell("B1").value = "platform";
  settings.getCell("A2").value = "jixiao.count";
  settings.getCell("B2").value = 3;
  wb.definedNames.add("功能!$A$1:$B$5", "JX_T01_BASIC");
  wb.definedNames.add("功能!$A$1:$A$2", "JX_MULTI");
  wb.definedNames.add("功能!$C$1:$C$2", "JX_MULTI");
  wb.definedNames.add("功能!$B$1", "JX_MULTI");
  wb.definedNames.add("'Sheet 2'!$B$2", "JX_QUOTED");
  wb.definedNames.add("2023!$A$1", "JX_YEAR");
  wb.definedNames.add("功能!$D$4", "JX_YEAR");
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function dated(cell: ExcelJS.Cell, value: ExcelJS.CellValue, numFmt: string): void {
  cell.value = value;
  cell.numFmt = numFmt;
}

/** The bench's workbook: the sample's 基础表 and 部门整体 table, then `count` 项目支出绩效自评表. */
export async function projectsWorkbook(count: number): Promise<Buffer> {
  const wb = await buildSampleWorkbook(withProjects(count));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
