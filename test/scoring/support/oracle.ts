/**
 * The formula oracle: a workbook is scored, its recalculation plan applied through the xlsx host, every cached
 * result stripped (so nothing but a real recalculation can fill the cells), and the file saved; LibreOffice then
 * recalculates all such files in one run, and each computed cell is read back and compared with the engine's
 * decimal value.
 *
 * Display checks ride along in every file, written through the host like the plan: for each cell the plan
 * normalised, a cell far to the right on its sheet holds TEXT(cell, its new number format), which must give back
 * exactly the text that was typed there.
 */
import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import { writeFileSync } from "fs";
import { join } from "path";
import { refA1, a1 } from "../../../src/core/grid/address";
import { recognize } from "../../../src/core/layout";
import { Table } from "../../../src/core/layout/model";
import { buildRecalcPlan } from "../../../src/core/recalc";
import { WritePlan, emptyPlan } from "../../../src/core/plan/write-plan";
import { Profile } from "../../../src/core/profile/types";
import { scoreWorkbook } from "../../../src/core/scoring";
import { NORMALIZE_PURPOSE } from "../../../src/core/scoring/rules";
import { WorkbookScore } from "../../../src/core/scoring/types";
import { XlsxHost } from "../../../src/host/xlsx";
import { rewriteZip } from "../../cli/support/zip";
import { refreshed } from "./workbook";

export const TOLERANCE = 0.005;
/** The column of the display checks, beyond every table the tests build. */
const DISPLAY_COL = 100;

export interface Expectation {
  /** `Sheet!A1` */
  address: string;
  sheet: string;
  row: number;
  col: number;
  /** The engine's value; null for a cell that must show nothing. */
  value: Decimal | null;
  formula?: string;
  purpose: string;
}

export interface DisplayCheck {
  /** The cell holding TEXT(normalised cell, format). */
  sheet: string;
  row: number;
  col: number;
  typed: string;
}

export interface PreparedCase {
  name: string;
  path: string;
  score: WorkbookScore;
  plan: WritePlan;
  expectations: Expectation[];
  displays: DisplayCheck[];
}

/**
 * Scores `tables` (as read from `host`), applies the plan and saves the file for LibreOffice. `tables` must
 * describe what the host holds: their fields are refreshed from the host before scoring.
 */
export async function prepareCase(
  name: string,
  host: XlsxHost,
  tables: Table[],
  profile: Profile,
  dir: string,
  normalizeUnits = true,
): Promise<PreparedCase> {
  const current = refreshed(tables, (await host.read()).sheets);
  return prepareScored(name, host, scoreWorkbook(current, profile), profile, dir, normalizeUnits);
}

/** As `prepareCase`, with the tables found by the recognizer, as the app finds them. */
export async function prepareRecognized(
  name: string,
  host: XlsxHost,
  profile: Profile,
  dir: string,
  normalizeUnits = true,
): Promise<PreparedCase> {
  const { tables, findings } = recognize(await host.read());
  if (tables.length === 0) throw new Error(`${name}: no tables recognized: ${JSON.stringify(findings)}`);
  return prepareScored(name, host, scoreWorkbook(tables, profile), profile, dir, normalizeUnits);
}

export async function prepareScored(
  name: string,
  host: XlsxHost,
  score: WorkbookScore,
  profile: Profile,
  dir: string,
  normalizeUnits = true,
): Promise<PreparedCase> {
  const plan = buildRecalcPlan(score, profile, { normalizeUnits });
  const result = await host.apply(plan);
  if (!result.applied) throw new Error(`${name}: plan refused: ${JSON.stringify(result.conflicts.slice(0, 3))}`);

  const expectations: Expectation[] = [];
  for (const w of plan.cells) {
    if (w.purpose === NORMALIZE_PURPOSE) continue;
    const engine = w.value === "" || w.value === null || w.value === undefined ? null : new Decimal(w.value as number);
    expectations.push({ address: refA1(w.ref), ...w.ref, value: engine, formula: w.formula, purpose: w.purpose });
  }
  const displays = await addDisplayChecks(host, plan);
  const path = join(dir, `${name}.xlsx`);
  writeFileSync(path, stripCachedResults(host.bytes()));
  return { name, path, score, plan, expectations, displays };
}

async function addDisplayChecks(host: XlsxHost, plan: WritePlan): Promise<DisplayCheck[]> {
  const checks = emptyPlan();
  const rows = new Map<string, number>();
  const displays = plan.cells
    .filter((w) => w.purpose === NORMALIZE_PURPOSE)
    .map((w): DisplayCheck => {
      const row = (rows.get(w.ref.sheet) ?? 0) + 1;
      rows.set(w.ref.sheet, row);
      const format = (w.numFmt ?? "").replace(/"/g, '""');
      checks.cells.push({
        ref: { sheet: w.ref.sheet, row, col: DISPLAY_COL },
        expected: { value: null },
        formula: `=TEXT(${a1(w.ref.row, w.ref.col)},"${format}")`,
        purpose: "display",
      });
      return { sheet: w.ref.sheet, row, col: DISPLAY_COL, typed: String(w.expected.value) };
    });
  if (displays.length && !(await host.apply(checks)).applied) throw new Error("display checks refused");
  return displays;
}

/**
 * The file with every cached formula result removed from its sheets, so the values read back can only come from
 * a recalculation.
 */
export function stripCachedResults(xlsx: Buffer): Buffer {
  const formulaThenValue = /(<(?:\w+:)?f\b[^>]*?(?:\/>|>[^<]*<\/(?:\w+:)?f>))<(?:\w+:)?v>[^<]*<\/(?:\w+:)?v>/g;
  return rewriteZip(xlsx, (name) =>
    /^xl\/worksheets\/[^/]+\.xml$/.test(name) ? (text) => text.replace(formulaThenValue, "$1") : undefined,
  );
}

export interface Mismatch {
  address: string;
  purpose: string;
  engine: string;
  libreOffice: string;
  formula?: string;
}

/** What LibreOffice computed in each expected cell, compared with the engine. */
export async function compareWithRecalculated(
  c: PreparedCase,
  recalculated: string,
): Promise<{
  mismatches: Mismatch[];
  compared: number;
  displayMismatches: { typed: string; shown: string }[];
}> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(recalculated);
  const mismatches: Mismatch[] = [];
  for (const e of c.expectations) {
    const cell = wb.getWorksheet(e.sheet)!.getCell(e.row, e.col);
    const got = resultOf(cell);
    const ok =
      e.value === null
        ? got === null || got === ""
        : typeof got === "number" && Math.abs(got - e.value.toNumber()) <= TOLERANCE;
    if (!ok)
      mismatches.push({
        address: e.address,
        purpose: e.purpose,
        engine: e.value === null ? "(blank)" : e.value.toString(),
        libreOffice: JSON.stringify(got),
        formula: e.formula,
      });
  }
  const displayMismatches = c.displays
    .map((d) => ({ typed: d.typed, shown: String(resultOf(wb.getWorksheet(d.sheet)!.getCell(d.row, d.col))) }))
    .filter((d) => d.shown !== d.typed);
  return { mismatches, compared: c.expectations.length, displayMismatches };
}

/** A cell's value after recalculation: a formula's result ("" reads back as null), or the constant. */
function resultOf(cell: ExcelJS.Cell): number | string | boolean | null | { error: string } {
  const v = cell.value;
  if (v && typeof v === "object" && "formula" in v) {
    const r = cell.result as unknown;
    if (r === undefined || r === null) return null;
    if (typeof r === "object" && r && "error" in r) return { error: String((r as { error: unknown }).error) };
    return r as number | string | boolean;
  }
  if (v && typeof v === "object" && "error" in v) return { error: String((v as { error: unknown }).error) };
  return v as number | string | boolean | null;
}
