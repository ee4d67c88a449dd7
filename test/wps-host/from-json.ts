// A workbook as the browser preview carries it (WorkbookJson, the file host's reading) opened in the fake WPS, for
// the task pane's end-to-end test in Chromium, where exceljs is not at hand. The differential tests prove the file
// host's reading and the fake opened from the .xlsx agree.
import { areaA1, quoteSheet } from "../../src/core/grid/address";
import type { WorkbookJson } from "../../src/host/memory/serialize";
import { FakeEt, FakeEtSheet } from "./fake-et";

export function fakeEtFromJson(json: WorkbookJson): FakeEt {
  const et = new FakeEt({ sheets: [], settings: json.settings });
  const settings = et.sheets.splice(0);
  json.sheets.forEach((s) => {
    const sheet = new FakeEtSheet(s.name);
    sheet.merges = s.merges.map((m) => ({ ...m }));
    s.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell) return;
        const { note, ...content } = cell;
        sheet.put(r + 1, c + 1, { ...content });
        if (note) sheet.notes.set(`${r + 1},${c + 1}`, note);
      }),
    );
    et.sheets.push(sheet);
  });
  et.sheets.push(...settings);
  for (const n of json.names)
    et.names.push({ name: n.name, refersTo: `=${quoteSheet(n.sheet)}!${areaA1(n.area, true)}` });
  et.activeSheet = et.sheets[0]?.name ?? "";
  return et;
}
