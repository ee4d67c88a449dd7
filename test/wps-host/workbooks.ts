// The Excel host tests' workbooks (test/excel-host/workbooks.ts) opened in the fake WPS: the same sheets, merges,
// notes and names; the settings the Excel fake keeps in workbook.settings are here in the very hidden sheet _jixiao,
// where WPS keeps them.
import { FakeWorkbookInit } from "../excel-host/fake-excel";
import { selfEvaluationWorkbook } from "../excel-host/workbooks";
import { FakeEt, FakeEtInit } from "./fake-et";

export function etInit(init: FakeWorkbookInit): FakeEtInit {
  return {
    sheets: init.sheets.map((s) => ({ ...s })),
    names: init.names,
    settings: Object.fromEntries(Object.entries(init.settings ?? {}).map(([k, v]) => [k, String(v)])),
  };
}

/** The workbook with one 部门整体支出 table and `tables - 1` project tables, each on its own sheet, in fake WPS. */
export function fakeEtWorkbook(tables: number): FakeEt {
  return new FakeEt(etInit(selfEvaluationWorkbook(tables)));
}
