// One plan through all four hosts: the in-memory host, the file host, the Excel host over the fake of Office.js and
// the WPS host over the fake of the ET object model. Since issue 18 the check before writing, the result and the undo
// plan are core/plan's (apply-result, undo), so the same plan on the same workbook must give the same conflicts, the
// same result, the same undo and, once the undo is applied, the workbook as it was — whatever the host.
//
// What the unification made uniform, on purpose (each said again by a test below):
//   - conflicts come in the plan's order in every host (the WPS host reads by areas, and sorted them afterwards);
//   - a sheet that vanished is refused with the same HostError in every host (the file and memory hosts answered with
//     conflicts, the file host with one for the sheet's first cell only);
//   - the undo of a formula cell carries the result it showed (the file host writes it back as the cached value);
//   - the undo of an error value restores its text (the file and memory hosts emptied the cell);
//   - the undo puts the add-in's names back in every host (only the file host did).
import ExcelJS from "exceljs";
import { WorkbookData, WorkbookHost } from "../../src/app/host";
import { Grid } from "../../src/core/grid/grid";
import { ApplyResult } from "../../src/core/plan/apply-result";
import { HostError } from "../../src/core/plan/host-error";
import { CellContent, CellWrite, WritePlan, emptyPlan } from "../../src/core/plan/write-plan";
import { ExcelHost } from "../../src/host/excel";
import { MemoryHost } from "../../src/host/memory";
import { WpsHost } from "../../src/host/wps";
import { XlsxHost } from "../../src/host/xlsx";
import { FakeExcel } from "../excel-host/fake-excel";
import { FakeEt } from "../wps-host/fake-et";

const SHEET = "表";
const OTHER = "另表";

/** The workbook every host starts from, cell by cell (A1-style), with its notes and names. */
const CELLS: Record<string, { value: string | number | null; formula?: string; numFmt?: string; error?: string }> = {
  A1: { value: 1 },
  A2: { value: "人写的" },
  A3: { value: 2, formula: "=F1*2" },
  A4: { value: null, error: "#DIV/0!" },
  B1: { value: 3, numFmt: "0.00" },
  C1: { value: "x" },
  // What A3 computes from; the fakes calculate a formula once, when it is written, so no formula here reads a cell
  // the plan writes.
  F1: { value: 1 },
};
const NOTES: Record<string, string> = { C1: "旧说明" };
const NAMES = [
  { name: "JX_T01_OLD", ref: "A1:B2" },
  { name: "我的区域", ref: "C1:C1" },
];

/** The fakes' stand-in for a spreadsheet's calculation: the formulas here are `=<cell>*2`. */
function calculate(get: (row: number, col: number) => { value: unknown } | undefined, formula: string) {
  const m = /^=([A-Z])(\d+)\*2$/.exec(formula);
  if (!m) return null;
  const value = get(Number(m[2]), m[1].charCodeAt(0) - 64)?.value;
  return typeof value === "number" ? value * 2 : null;
}

const at = (a1: string) => ({ row: Number(a1.slice(1)), col: a1.charCodeAt(0) - 64 });
const areaOf = (ref: string) => {
  const [from, to = from] = ref.split(":");
  return { top: at(from).row, left: at(from).col, bottom: at(to).row, right: at(to).col };
};
const fakeRows = () => {
  const rows: ({ value: string | number | null; formula?: string; numFmt?: string; error?: string } | undefined)[][] =
    [];
  for (const [a1, cell] of Object.entries(CELLS)) (rows[at(a1).row - 1] ??= [])[at(a1).col - 1] = { ...cell };
  return rows.map((r) => Array.from({ length: r.length }, (_, i) => r[i]));
};
const fakeSheets = () => [
  { name: SHEET, rows: fakeRows(), notes: { ...NOTES } },
  { name: OTHER, rows: [[1]] },
];
const fakeNames = () => NAMES.map((n) => ({ name: n.name, ref: `${SHEET}!${n.ref}` }));

type Opened = { host: WorkbookHost; deleteSheet: (name: string) => void | Promise<void> };

const HOSTS: [string, () => Promise<Opened>][] = [
  [
    "memory",
    async () => {
      const rows = fakeRows().map((r) => r.map((c) => (c ? { ...c } : undefined)));
      for (const [a1, note] of Object.entries(NOTES)) Object.assign(rows[at(a1).row - 1][at(a1).col - 1]!, { note });
      let host = new MemoryHost(
        [new Grid(SHEET, rows), new Grid(OTHER, [[{ value: 1 }]])],
        NAMES.map((n) => ({ name: n.name, sheet: SHEET, area: areaOf(n.ref) })),
      );
      return {
        get host() {
          return host;
        },
        deleteSheet: (name) => {
          host = new MemoryHost(
            host.grids().filter((g) => g.name !== name),
            NAMES.map((n) => ({ name: n.name, sheet: SHEET, area: areaOf(n.ref) })),
          );
        },
      };
    },
  ],
  [
    "file",
    async () => {
      const build = async (without?: string) => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet(SHEET);
        for (const [a1, cell] of Object.entries(CELLS)) {
          const c = ws.getCell(a1);
          c.value = cell.error
            ? { error: cell.error as ExcelJS.CellErrorValue["error"] }
            : cell.formula
              ? { formula: cell.formula.slice(1), result: cell.value ?? undefined }
              : cell.value;
          if (cell.numFmt) c.numFmt = cell.numFmt;
        }
        for (const [a1, note] of Object.entries(NOTES)) ws.getCell(a1).note = note;
        if (without !== OTHER) wb.addWorksheet(OTHER).getCell("A1").value = 1;
        for (const n of NAMES) wb.definedNames.add(`${SHEET}!${n.ref.replace(/([A-Z])(\d)/g, "$$$1$$$2")}`, n.name);
        return XlsxHost.load(Buffer.from(await wb.xlsx.writeBuffer()));
      };
      let host = await build();
      let pending: Promise<void> = Promise.resolve();
      return {
        get host() {
          return host;
        },
        deleteSheet: (name) => {
          pending = build(name).then((h) => void (host = h));
          return pending;
        },
      };
    },
  ],
  [
    "excel",
    async () => {
      const excel = new FakeExcel({ sheets: fakeSheets(), names: fakeNames() });
      excel.calculate = (sheet, formula) => calculate((r, c) => sheet.get(r, c), formula);
      return {
        host: new ExcelHost({ run: excel.run, isSetSupported: excel.isSetSupported, hasClass: excel.hasClass }),
        deleteSheet: (name) => excel.deleteSheet(name),
      };
    },
  ],
  [
    "wps",
    async () => {
      const et = new FakeEt({ sheets: fakeSheets(), names: fakeNames() });
      et.calculate = (sheet, formula) => calculate((r, c) => sheet.get(r, c), formula);
      return {
        host: new WpsHost(et.application),
        deleteSheet: (name) =>
          void et.sheets.splice(
            et.sheets.findIndex((s) => s.name === name),
            1,
          ),
      };
    },
  ],
];

function write(a1: string, expected: CellContent, change: Partial<CellWrite>): CellWrite {
  return { ref: { sheet: SHEET, ...at(a1) }, expected, purpose: `test:${a1}`, ...change };
}

/** A run that writes a formula over a number, a number over a formula and over an error, a format, a note, a name. */
function thePlan(): WritePlan {
  const plan = emptyPlan();
  plan.cells = [
    write("A1", { value: 1 }, { formula: "=B1*2", value: 6 }),
    write("A3", { value: 2, formula: "=F1*2" }, { value: 5 }),
    write("A4", { value: null }, { value: "改" }),
    write("B1", { value: 3, numFmt: "0.00" }, { numFmt: "0.0%" }),
    write("C1", { value: "x" }, { value: "y", note: "新说明" }),
    write("D1", { value: null }, { value: "新" }),
  ];
  plan.validations = [
    {
      sheet: SHEET,
      area: areaOf("E1:E3"),
      rule: { type: "decimal", operator: "greaterThanOrEqual", formula1: "0" },
      prompt: { title: "金额", message: "请输入不小于0的金额。" },
      error: { title: "金额无效", message: "金额应为不小于0的数字。" },
    },
  ];
  plan.names = [{ name: "JX_T01_NEW", sheet: SHEET, area: areaOf("A1:E4") }];
  plan.replaceNames = true;
  plan.settings = { "jixiao.profile": "platform" };
  return plan;
}

/**
 * What a read gives, in one comparable shape: every cell that holds anything, the names sorted, the settings. An
 * error value and its text are one: an undo writes the text back (no spreadsheet API writes an error as such), and
 * WPS's Value2 hands text that reads as an error back as that error.
 */
function contents(data: WorkbookData) {
  const sheets = data.sheets.map((g) => {
    const cells: Record<string, unknown> = {};
    for (let r = 1; r <= g.rowCount; r++)
      for (let c = 1; c <= g.colCount; c++) {
        const cell = g.cell(r, c);
        if (!cell) continue;
        const kept = Object.fromEntries(
          Object.entries(cell).filter(
            ([k, v]) => v !== undefined && v !== null && !(k === "numFmt" && v === "General"),
          ),
        );
        if (typeof kept.value === "string" && /^#[A-Z/0]+[!?]?$/.test(kept.value)) kept.error = kept.value;
        if (kept.error) delete kept.value;
        if (Object.keys(kept).length) cells[`${String.fromCharCode(64 + c)}${r}`] = kept;
      }
    return { name: g.name, cells };
  });
  const names = data.names.map((n) => `${n.name} ${n.sheet} ${JSON.stringify(n.area)}`).sort();
  return { sheets, names, settings: data.settings };
}

/** An undo plan as every host must give it; a formula's value is what the cell showed, compared as such. */
function undoShape(undo: WritePlan) {
  return {
    cells: undo.cells.map((w) => ({ ...w, expected: w.expected.formula ? { ...w.expected, value: "…" } : w.expected })),
    restores: (undo.restoreValidations ?? []).map((r) => ({ sheet: r.sheet, area: r.area, had: r.previous !== null })),
    names: undo.names,
    replaceNames: undo.replaceNames,
    settings: undo.settings,
  };
}

const resultShape = (r: ApplyResult) => ({ ...r, undo: undoShape(r.undo) });

/** Each host's answer to `run`, by host name. */
async function eachHost<T>(run: (opened: Opened) => Promise<T>): Promise<Record<string, T>> {
  const out: Record<string, T> = {};
  for (const [name, open] of HOSTS) out[name] = await run(await open());
  return out;
}

/** The one answer all hosts gave (the test fails naming the host that differs). */
function alike<T>(answers: Record<string, T>): T {
  const [first, ...rest] = Object.keys(answers);
  for (const name of rest)
    expect({ host: name, answer: answers[name] }).toEqual({ host: name, answer: answers[first] });
  return answers[first];
}

describe("one plan, four hosts, one outcome", () => {
  it("every host reads the starting workbook alike", async () => {
    const read = alike(await eachHost(async ({ host }) => contents(await host.read())));
    expect(read.sheets[0].cells).toMatchObject({ A3: { formula: "=F1*2", value: 2 }, A4: { error: "#DIV/0!" } });
  });

  it("gives the same result and the same undo, leaves the same workbook, and the undo puts it back", async () => {
    const answers = await eachHost(async ({ host }) => {
      const before = contents(await host.read());
      const result = await host.apply(thePlan());
      const after = contents(await host.read());
      const undone = await host.apply(result.undo);
      return { result: resultShape(result), after, undone: undone.applied, back: contents(await host.read()), before };
    });
    const { result, after, undone, back, before } = alike(answers);
    expect(undone).toBe(true);
    // Everything back as it was; the stored profile stays (an undo puts back cells, validation and names).
    expect(back).toEqual({ ...before, settings: { "jixiao.profile": "platform" } });
    expect(result).toMatchObject({ applied: true, written: 6, conflicts: [], skipped: [] });
    expect(after.names).toEqual([
      `JX_T01_NEW ${SHEET} ${JSON.stringify(areaOf("A1:E4"))}`,
      expect.stringMatching(/^我的区域/),
    ]);

    // The undo, last write first: the formula with the result it showed, the error as its text, the format, the note.
    const undo = Object.fromEntries(
      result.undo.cells.map((w) => [`${String.fromCharCode(64 + w.ref.col)}${w.ref.row}`, w]),
    );
    expect(result.undo.cells.map((w) => w.purpose)).toEqual(
      thePlan()
        .cells.map((w) => `undo:${w.purpose}`)
        .reverse(),
    );
    expect(undo.A3).toMatchObject({ formula: "=F1*2", value: 2, numFmt: "General" });
    expect(undo.A4).toMatchObject({ value: "#DIV/0!" });
    expect(undo.B1).toMatchObject({ value: 3, numFmt: "0.00", expected: { value: 3, numFmt: "0.0%" } });
    expect(undo.C1).toMatchObject({ value: "x", note: "旧说明" });
    expect(undo.D1).toMatchObject({ value: null, note: undefined });
    expect(result.undo.restores).toEqual([{ sheet: SHEET, area: areaOf("E1:E3"), had: false }]);
    expect(result.undo.replaceNames).toBe(true);
    expect(result.undo.names.map((n) => n.name)).toEqual(["JX_T01_OLD"]);
  });

  it("refuses a plan made from a stale read with the same conflicts, in the plan's order, and writes nothing", async () => {
    const plan = thePlan();
    // Two cells a person changed since the read, the later one listed first: D1 (empty then) and A2.
    plan.cells = [
      write("D1", { value: "旧" }, { value: "新" }),
      write("A1", { value: 1 }, { value: 10 }),
      write("A2", { value: "原来的" }, { value: "新" }),
    ];
    const answers = await eachHost(async ({ host }) => {
      const before = contents(await host.read());
      const result = await host.apply(plan);
      return { result: resultShape(result), unchanged: contents(await host.read()), before };
    });
    const { result, unchanged, before } = alike(answers);
    expect(unchanged).toEqual(before);
    expect(result).toMatchObject({ applied: false, written: 0, skipped: [] });
    expect(result.conflicts).toEqual([
      { write: plan.cells[0], found: { value: null } },
      { write: plan.cells[2], found: { value: "人写的" } },
    ]);
    expect(result.undo.cells).toEqual([]);
  });

  it("refuses a plan whose sheet vanished with one HostError, naming it, and writes nothing", async () => {
    const plan = thePlan();
    plan.cells.push({ ref: { sheet: OTHER, row: 1, col: 1 }, expected: { value: 1 }, value: 2, purpose: "test" });
    const answers = await eachHost(async (opened) => {
      await opened.deleteSheet(OTHER);
      const before = contents(await opened.host.read());
      const error = (await opened.host.apply(plan).catch((e) => e)) as HostError;
      return {
        error: { isHostError: error instanceof HostError, code: error.code, action: error.action, text: error.message },
        unchanged: contents(await opened.host.read()),
        before,
      };
    });
    const { error, unchanged, before } = alike(answers);
    expect(unchanged).toEqual(before);
    expect(error).toEqual({
      isHostError: true,
      code: "SheetMissing",
      action: "写入",
      text: `找不到工作表「${OTHER}」，它可能已被删除或改名。未写入任何内容，请重新识别后再试。`,
    });
  });
});
