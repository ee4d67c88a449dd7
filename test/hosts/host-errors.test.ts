// Every host fails with the one HostError (core/plan/host-error), naming what it was doing: 读取, 写入 or 定位. Until
// issue 18 the Excel host threw ExcelHostError, the WPS host WpsHostError and the file host a SheetProtectedError of
// its own, none of which said the action; an error thrown deep inside a host (Excel's sync timeout, WPS's "no
// workbook") gets the action at the host's edge.
import ExcelJS from "exceljs";
import { HostError } from "../../src/core/plan/host-error";
import { emptyPlan } from "../../src/core/plan/write-plan";
import { ExcelHost } from "../../src/host/excel";
import { WpsHost } from "../../src/host/wps";
import { SheetProtectedError, XlsxHost } from "../../src/host/xlsx";
import { FakeExcel } from "../excel-host/fake-excel";
import { fakeWorkbook } from "../excel-host/workbooks";
import { fakeEtWorkbook } from "../wps-host/workbooks";

const excelHost = (excel: FakeExcel, syncTimeoutMs?: number) =>
  new ExcelHost({ run: excel.run, isSetSupported: excel.isSetSupported, hasClass: excel.hasClass, syncTimeoutMs });

async function failure(promise: Promise<unknown>): Promise<HostError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HostError);
  return error as HostError;
}

function oneCellPlan(sheet: string) {
  const plan = emptyPlan();
  plan.cells.push({ ref: { sheet, row: 1, col: 30 }, expected: { value: null }, value: 1, purpose: "test" });
  return plan;
}

describe("the Excel host", () => {
  it("a sync that never ends, while reading: Timeout, 读取", async () => {
    const excel = fakeWorkbook(1);
    excel.syncDelayMs = 150;
    const error = await failure(excelHost(excel, 20).read());
    expect(error).toMatchObject({ code: "Timeout", action: "读取" });
    await new Promise((r) => setTimeout(r, 200)); // let the fake's late answer land inside this test
  });

  it("a cell being edited, while writing: Office's code, 写入", async () => {
    const excel = fakeWorkbook(1);
    const host = excelHost(excel);
    await host.read();
    excel.editing = true;
    const error = await failure(host.apply(oneCellPlan("部门整体支出")));
    expect(error).toMatchObject({ code: "InvalidOperationInCellEditMode", action: "写入" });
    expect(error.original).toBeDefined();
  });

  it("a protected sheet: SheetProtected, 写入; a sheet gone while going to a cell: SheetMissing, 定位", async () => {
    const excel = fakeWorkbook(1);
    excel.sheet("部门整体支出").protected = true;
    expect(await failure(excelHost(excel).apply(oneCellPlan("部门整体支出")))).toMatchObject({
      code: "SheetProtected",
      action: "写入",
    });
    expect(await failure(excelHost(excel).select("'Gone'!A1"))).toMatchObject({ code: "SheetMissing", action: "定位" });
    expect(await failure(excelHost(excel).select("no address"))).toMatchObject({
      code: "InvalidReference",
      action: "定位",
    });
  });
});

describe("the WPS host", () => {
  it("no workbook open: NoWorkbook, with the action of the call", async () => {
    const et = fakeEtWorkbook(1);
    et.noWorkbook = true;
    const host = new WpsHost(et.application);
    expect(await failure(host.read())).toMatchObject({ code: "NoWorkbook", action: "读取" });
    expect(await failure(host.apply(oneCellPlan("部门整体支出")))).toMatchObject({
      code: "NoWorkbook",
      action: "写入",
    });
    expect(await failure(host.select("部门整体支出!A1"))).toMatchObject({ code: "NoWorkbook", action: "定位" });
  });

  it("a protected sheet: SheetProtected, 写入, worded as in Excel", async () => {
    const et = fakeEtWorkbook(1);
    et.sheet("部门整体支出").protected = true;
    const error = await failure(new WpsHost(et.application).apply(oneCellPlan("部门整体支出")));
    expect(error).toMatchObject({ code: "SheetProtected", action: "写入" });
    expect(error.message).toBe(
      "工作表「部门整体支出」受保护，未写入任何内容。请在「审阅」选项卡中撤销工作表保护后重试。",
    );
  });
});

describe("the file host", () => {
  it("a protected sheet: a HostError too (SheetProtected, 写入), still known to the CLI as SheetProtectedError", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("表");
    ws.getCell("A1").value = 1;
    await ws.protect("", {});
    const host = await XlsxHost.load(Buffer.from(await wb.xlsx.writeBuffer()));
    const error = await failure(host.apply(oneCellPlan("表")));
    expect(error).toBeInstanceOf(SheetProtectedError);
    expect(error).toMatchObject({ code: "SheetProtected", action: "写入", sheets: ["表"] });
    expect(error.message).toContain("请在 Excel 的「审阅」选项卡中");
  });
});
