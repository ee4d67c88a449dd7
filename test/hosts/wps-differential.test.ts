// The WPS host against the file host, workbook by workbook: opened in the fake WPS (test/wps-host/from-xlsx.ts), a
// workbook must read as the file host reads it, and the one-click recalculation planned from that reading must leave
// both with the same cells, number formats, names, settings and data validation — and its undo put both back.
//
// The list is data: the sample, every variant, and every .xlsx in samples/specimens/ (the provinces' specimen
// workbooks; drop a file there and it is compared too). Add other paths to EXTRA_WORKBOOKS.
import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import { WorkbookData } from "../../src/app/host";
import { planRecalc } from "../../src/app/recalc";
import { areaCells, quoteSheet } from "../../src/core/grid/address";
import { Grid } from "../../src/core/grid/grid";
import { WritePlan } from "../../src/core/plan/write-plan";
import { XlsxHost, readWorkbookBuffer } from "../../src/host/xlsx";
import { WpsHost } from "../../src/host/wps";
import { VARIANTS, writeVariant } from "../support/variants";
import { diffWorkbooks } from "../support/workbook-diff";
import { FakeEt, FakeRule } from "../wps-host/fake-et";
import { fakeEtFromXlsx, ruleOf } from "../wps-host/from-xlsx";

const ROOT = join(__dirname, "..", "..");
const SAMPLE = join(ROOT, "samples", "hengyang-commerce-2023.xlsx");
const SPECIMENS = join(ROOT, "samples", "specimens");

/** More workbooks to compare, by path. */
const EXTRA_WORKBOOKS: string[] = [];

const TMP = mkdtempSync(join(tmpdir(), "jx-wps-diff-"));
const variantPath = (name: string) => join(TMP, `${name}.xlsx`);

const specimens = existsSync(SPECIMENS)
  ? readdirSync(SPECIMENS)
      .filter((f) => f.endsWith(".xlsx") && !f.startsWith("~$"))
      .sort()
      .map((f) => join(SPECIMENS, f))
  : [];

const WORKBOOKS: string[] = [SAMPLE, ...VARIANTS.map((v) => variantPath(v.name)), ...specimens, ...EXTRA_WORKBOOKS];

beforeAll(async () => {
  for (const v of VARIANTS) await writeVariant(v.build(), TMP);
});

/** Merged areas in one order: the file host keeps the file's order, the WPS host finds them row by row. */
function sortedMerges(data: WorkbookData): WorkbookData {
  return {
    ...data,
    sheets: data.sheets.map((g) => {
      const rows = Array.from({ length: g.rowCount }, (_, r) =>
        Array.from({ length: g.colCount }, (_, c) => g.cell(r + 1, c + 1)),
      );
      return new Grid(
        g.name,
        rows,
        [...g.merges].sort((x, y) => x.top - y.top || x.left - y.left),
      );
    }),
  };
}

/** A formula's cached value is what the last calculation left: the file host keeps the engine's, WPS would calculate. */
function withoutFormulaValues(data: WorkbookData): WorkbookData {
  const sorted = sortedMerges(data);
  return {
    ...sorted,
    sheets: sorted.sheets.map(
      (g) =>
        new Grid(
          g.name,
          Array.from({ length: g.rowCount }, (_, r) =>
            Array.from({ length: g.colCount }, (_, c) => {
              const cell = g.cell(r + 1, c + 1);
              return cell?.formula ? { ...cell, value: null, error: undefined } : cell;
            }),
          ),
          g.merges,
        ),
    ),
  };
}

/** A rule without the drop-down arrow flag, which only lists have and exceljs and WPS spell differently. */
function described(rule: FakeRule | undefined): string {
  if (!rule) return "none";
  const { inCellDropdown: _, ...rest } = rule;
  return JSON.stringify(rest, Object.keys(rest).sort());
}

/** The rule every cell a plan validates has in each host, in one vocabulary (WPS's). */
async function rulesIn(plan: WritePlan, file: XlsxHost, et: FakeEt): Promise<{ file: string[]; wps: string[] }> {
  // The file host writes parts, not an exceljs model: its copy is read back by exceljs, a second, independent reader.
  const saved = new ExcelJS.Workbook();
  await saved.xlsx.load(file.bytes() as unknown as ArrayBuffer);
  const out = { file: [] as string[], wps: [] as string[] };
  for (const v of plan.validations)
    for (const { row, col } of areaCells(v.area)) {
      const at = `${quoteSheet(v.sheet)}!${row},${col}`;
      const dv = saved.getWorksheet(v.sheet)!.getCell(row, col).dataValidation;
      out.file.push(`${at} ${described(dv ? ruleOf(dv) : undefined)}`);
      out.wps.push(`${at} ${described(et.sheet(v.sheet).rules.get(`${row},${col}`))}`);
    }
  return out;
}

describe("the WPS host reads and writes as the file host does", () => {
  it.each(WORKBOOKS.map((path) => [basename(path), path]))("%s", async (_name, path) => {
    const bytes = readFileSync(path);
    const fileData = await readWorkbookBuffer(bytes);
    const et = await fakeEtFromXlsx(bytes);
    const wps = new WpsHost(et.application);
    const wpsData = await wps.read();
    expect(diffWorkbooks(sortedMerges(wpsData), sortedMerges(fileData))).toEqual([]);
    // Not two empty readings.
    expect(wpsData.sheets.reduce((n, g) => n + [...g.cells()].length, 0)).toBeGreaterThan(0);

    const { plan } = planRecalc(fileData, { fillReasons: true });
    const file = await XlsxHost.load(bytes);
    const fileResult = await file.apply(plan);
    const wpsResult = await wps.apply(plan);
    expect(wpsResult.applied).toBe(fileResult.applied);
    expect(wpsResult.conflicts).toEqual(fileResult.conflicts);
    expect(wpsResult.written).toBe(fileResult.written);
    expect(diffWorkbooks(withoutFormulaValues(await wps.read()), withoutFormulaValues(await file.read()))).toEqual([]);
    const rules = await rulesIn(plan, file, et);
    expect(rules.wps).toEqual(rules.file);

    // The undo of each puts each back as it was read.
    expect((await wps.apply(wpsResult.undo)).applied).toBe(true);
    expect((await file.apply(fileResult.undo)).applied).toBe(true);
    // Names and the stored profile stay, as in every host.
    const cellsOnly = (d: WorkbookData) => sortedMerges({ ...d, names: [], settings: {} });
    expect(diffWorkbooks(cellsOnly(await wps.read()), cellsOnly(wpsData))).toEqual([]);
    const undone = await rulesIn(plan, file, et);
    expect(undone.wps).toEqual(undone.file);
  });
});
