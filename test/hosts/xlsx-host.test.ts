import ExcelJS from "exceljs";
import os from "os";
import path from "path";
import fs from "fs";
import { XlsxHost, readWorkbookFile } from "../../src/host/xlsx";
import { MemoryHost, workbookFromJson, workbookToJson } from "../../src/host/memory";
import { WritePlan, emptyPlan } from "../../src/core/plan/write-plan";
import { WorkbookHost } from "../../src/app/host";
import { HostError } from "../../src/core/plan/host-error";
import { hostOf } from "../support/host-of";

async function smallWorkbook(edit?: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("自评表");
  ws.getCell("A1").value = "项目支出绩效自评表";
  ws.mergeCells("A1:D1");
  ws.getCell("A2").value = 64.53;
  ws.getCell("B2").value = 60.26;
  ws.getCell("C2").value = 0.93;
  ws.getCell("C2").numFmt = "0.00%";
  ws.getCell("D2").value = { formula: "B2/A2", result: 0.9338 } as ExcelJS.CellFormulaValue;
  ws.getCell("A3").value = "6000 万美元";
  ws.getCell("B3").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
  wb.addWorksheet("Other Sheet").getCell("B2").value = "x";
  edit?.(wb);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "jx-host-")), "small.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

function planFor(): WritePlan {
  const plan = emptyPlan();
  plan.cells.push(
    {
      ref: { sheet: "自评表", row: 2, col: 3 },
      expected: { value: 0.93, numFmt: "0.00%" },
      formula: "=IFERROR(B2/A2,0)",
      value: 0.9338,
      purpose: "rate",
    },
    {
      ref: { sheet: "自评表", row: 3, col: 1 },
      expected: { value: "6000 万美元" },
      value: 6000,
      numFmt: '0" 万美元"',
      purpose: "normalize",
    },
    {
      ref: { sheet: "自评表", row: 4, col: 1 },
      expected: { value: null },
      value: "新",
      note: "由绩效自评助手写入",
      purpose: "t",
    },
  );
  plan.names.push({ name: "JX_T01_PROJECT", sheet: "自评表", area: { top: 1, left: 1, bottom: 4, right: 4 } });
  plan.settings["jixiao.profile"] = "platform";
  plan.validations.push({
    sheet: "自评表",
    area: { top: 2, left: 4, bottom: 2, right: 4 },
    rule: { type: "decimal", operator: "between", formula1: "0", formula2: "10" },
    prompt: { title: "得分", message: "请输入0到10之间的数" },
    error: { title: "得分超出范围", message: "得分应在0到10之间" },
  });
  return plan;
}

async function roundTrip(host: WorkbookHost) {
  const before = await host.read();
  const result = await host.apply(planFor());
  expect(result.applied).toBe(true);
  expect(result.written).toBe(3);
  const after = await host.read();
  const g = after.sheets.find((s) => s.name === "自评表")!;
  expect(g.cell(2, 3)).toMatchObject({ formula: "=IFERROR(B2/A2,0)", numFmt: "0.00%" });
  expect(g.cell(3, 1)).toMatchObject({ value: 6000, numFmt: '0" 万美元"' });
  expect(after.names).toContainEqual({
    name: "JX_T01_PROJECT",
    sheet: "自评表",
    area: { top: 1, left: 1, bottom: 4, right: 4 },
  });
  expect(after.settings["jixiao.profile"]).toBe("platform");

  // The same plan again is stale now: every write conflicts and nothing changes.
  const again = await host.apply(planFor());
  expect(again.applied).toBe(false);
  expect(again.conflicts.length).toBe(3);

  // Undo puts every cell back as it was read.
  const undone = await host.apply(result.undo);
  expect(undone.applied).toBe(true);
  const restored = (await host.read()).sheets.find((s) => s.name === "自评表")!;
  const original = before.sheets.find((s) => s.name === "自评表")!;
  for (const [r, c] of [
    [2, 3],
    [3, 1],
    [4, 1],
  ]) {
    expect(restored.cell(r, c)?.value ?? null).toEqual(original.cell(r, c)?.value ?? null);
    expect(restored.cell(r, c)?.numFmt).toEqual(original.cell(r, c)?.numFmt);
    expect(restored.cell(r, c)?.formula).toBeUndefined();
  }
}

describe("xlsx host", () => {
  it("reads values, formulas, number formats, errors and merges; merged cells other than the anchor are empty", async () => {
    const data = await readWorkbookFile(await smallWorkbook());
    expect(data.sheets.map((s) => s.name)).toEqual(["自评表", "Other Sheet"]);
    const g = data.sheets[0];
    expect(g.cell(1, 1)?.value).toBe("项目支出绩效自评表");
    expect(g.cell(1, 2)).toBeUndefined();
    expect(g.mergeAt(1, 3)).toEqual({ top: 1, left: 1, bottom: 1, right: 4 });
    expect(g.shown(1, 4)?.value).toBe("项目支出绩效自评表");
    expect(g.cell(2, 3)).toEqual({ value: 0.93, numFmt: "0.00%" });
    expect(g.cell(2, 4)).toEqual({ value: 0.9338, formula: "=B2/A2" });
    expect(g.cell(3, 2)).toEqual({ value: null, error: "#DIV/0!" });
  });

  it("applies a plan, refuses a stale one, and undoes it", async () => {
    await roundTrip(await XlsxHost.open(await smallWorkbook()));
  });

  it("saves names, settings (in a very hidden sheet) and validation into the file", async () => {
    const host = await XlsxHost.open(await smallWorkbook());
    await host.apply(planFor());
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "jx-host-")), "out.xlsx");
    await host.save(out);
    const data = await readWorkbookFile(out);
    expect(data.sheets.map((s) => s.name)).toEqual(["自评表", "Other Sheet"]);
    expect(data.settings["jixiao.profile"]).toBe("platform");
    expect(data.names.map((n) => n.name)).toEqual(["JX_T01_PROJECT"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet("_jixiao")?.state).toBe("veryHidden");
    expect(wb.getWorksheet("自评表")!.getCell("D2").dataValidation).toMatchObject({
      type: "decimal",
      formulae: [0, 10],
    });
    expect(wb.getWorksheet("自评表")!.getCell("C2").value).toMatchObject({
      formula: "IFERROR(B2/A2,0)",
      result: 0.9338,
    });
  });

  it("undo puts back each cell's former validation: none, or a person's own", async () => {
    const list: ExcelJS.DataValidation = { type: "list", allowBlank: true, formulae: ['"是,否"'] };
    const host = await XlsxHost.open(
      await smallWorkbook((wb) => (wb.getWorksheet("自评表")!.getCell("D3").dataValidation = list)),
    );
    const plan = planFor();
    plan.validations[0].area = { top: 2, left: 4, bottom: 3, right: 4 }; // D2 has no rule, D3 a person's list
    const result = await host.apply(plan);
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load(host.bytes() as unknown as ArrayBuffer);
    expect(saved.getWorksheet("自评表")!.getCell("D3").dataValidation).toMatchObject({ type: "decimal" });
    // The very rule again changes nothing and needs no undo.
    const again = planFor();
    again.cells = [];
    again.validations = plan.validations;
    expect((await host.apply(again)).undo.restoreValidations).toEqual([]);

    expect((await host.apply(result.undo)).applied).toBe(true);
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "jx-host-")), "out.xlsx");
    await host.save(out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet("自评表")!.getCell("D2").dataValidation).toBeUndefined();
    expect(wb.getWorksheet("自评表")!.getCell("D3").dataValidation).toMatchObject(list);
  });

  // Until issue 18 the file host wrote titles and messages as given; it now clips them as Excel and WPS do
  // (core/plan/validation-text), since Excel offers to repair a file whose prompt or alert is longer. On purpose.
  it("clips a validation title and message Excel would refuse, as the other hosts do", async () => {
    const host = await XlsxHost.open(await smallWorkbook());
    const plan = emptyPlan();
    plan.validations = planFor().validations.map((v) => ({
      ...v,
      prompt: { title: "标题".repeat(20), message: "说明".repeat(200) },
    }));
    expect((await host.apply(plan)).applied).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(host.bytes() as unknown as ArrayBuffer);
    const rule = wb.getWorksheet("自评表")!.getCell("D2").dataValidation;
    expect(rule.promptTitle).toBe(`${"标题".repeat(15)}标…`);
    expect(rule.prompt).toHaveLength(255);
  });

  // Until issue 18 the file host answered a vanished sheet with a conflict on its first cell (“A1 在读取后被修改过”);
  // it now refuses the plan as the Excel and WPS hosts do, with the HostError that names the sheet. On purpose.
  it("refuses the whole plan when a sheet has vanished, naming the sheet as every host does", async () => {
    const host = await XlsxHost.open(await smallWorkbook());
    const plan = planFor();
    plan.cells.push({ ref: { sheet: "已删除", row: 1, col: 1 }, expected: { value: null }, value: 1, purpose: "t" });
    const error = (await host.apply(plan).catch((e) => e)) as HostError;
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: "SheetMissing", action: "写入" });
    expect(error.message).toBe("找不到工作表「已删除」，它可能已被删除或改名。未写入任何内容，请重新识别后再试。");
    expect((await host.read()).sheets[0].cell(3, 1)?.value).toBe("6000 万美元");
  });

  // A plan that only sets validation on a vanished sheet used to get past the check and crash on the sheet's part.
  it("refuses a validation-only plan on a vanished sheet, and the file stays as it was", async () => {
    const host = await XlsxHost.open(await smallWorkbook());
    const bytes = host.bytes();
    const plan = emptyPlan();
    plan.validations = planFor().validations.map((v) => ({ ...v, sheet: "已删除" }));
    expect(plan.validations.length).toBeGreaterThan(0);
    await expect(host.apply(plan)).rejects.toMatchObject({ code: "SheetMissing" });
    expect(host.bytes().equals(bytes)).toBe(true);
  });
});

describe("memory host", () => {
  it("behaves like the file host, and survives a trip through JSON", async () => {
    const data = await readWorkbookFile(await smallWorkbook());
    const json = JSON.parse(JSON.stringify(workbookToJson(data)));
    const host = new MemoryHost(workbookFromJson(json));
    let changes = 0;
    host.onChange(() => changes++);
    await roundTrip(host);
    expect(changes).toBe(2);
    // The plan's validation, then the undo that took it away again.
    expect(host.validations).toHaveLength(0);
  });
});

describe("xlsx host number formats", () => {
  it("changes the format of the written cell only, not of the cells that share its cell format", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("表");
    const shared = { numFmt: "0.00" } as Partial<ExcelJS.Style>;
    ws.getCell("A1").style = shared;
    ws.getCell("B1").style = shared;
    ws.getCell("A1").value = 1;
    ws.getCell("B1").value = 2;
    const host = await hostOf(wb);
    const plan = emptyPlan();
    plan.cells.push({
      ref: { sheet: "表", row: 1, col: 1 },
      expected: { value: 1, numFmt: "0.00" },
      value: 1,
      numFmt: '0" 次"',
      purpose: "t",
    });
    expect((await host.apply(plan)).applied).toBe(true);
    const sheet = (await host.read()).sheets[0];
    expect(sheet.cell(1, 1)?.numFmt).toBe('0" 次"');
    expect(sheet.cell(1, 2)?.numFmt).toBe("0.00");
  });
});

describe("xlsx host cached formula results", () => {
  it("reads a cached result of 0 as 0, not as empty (a 得分 of 0 saved by Excel or LibreOffice)", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("表").getCell("A1").value = { formula: "1-1", result: 0 } as ExcelJS.CellFormulaValue;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "jx-host-")), "zero.xlsx");
    await wb.xlsx.writeFile(file);
    const data = await readWorkbookFile(file);
    expect(data.sheets[0].cell(1, 1)).toEqual({ value: 0, formula: "=1-1" });
  });
});
