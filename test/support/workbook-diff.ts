/**
 * Two readings of one workbook compared as the core sees them (sheet order and names, each sheet's size, merges
 * and every cell, defined names, settings), as readable lines: "项目01!C7 value: 12 ≠ '12'". An empty list means
 * the readings agree.
 */
import { WorkbookData } from "../../src/app/host";
import { a1 } from "../../src/core/grid/address";
import { CellData, Grid } from "../../src/core/grid/grid";
import { readWorkbookBuffer } from "./exceljs-reader";
import { readWorkbookPackage } from "../../src/host/xlsx/package";

const FIELDS: (keyof CellData)[] = ["value", "formula", "numFmt", "error", "note"];
const MAX_LINES = 30;

export function diffWorkbooks(actual: WorkbookData, expected: WorkbookData): string[] {
  const out: string[] = [];
  const names = (d: WorkbookData) => d.sheets.map((s) => s.name).join(" | ");
  if (names(actual) !== names(expected)) out.push(`sheets: ${names(actual)} ≠ ${names(expected)}`);
  expected.sheets.forEach((e, i) => {
    const a = actual.sheets.find((s) => s.name === e.name) ?? actual.sheets[i];
    if (a) out.push(...diffGrids(a, e));
  });
  const json = (x: unknown) => JSON.stringify(x);
  if (json(actual.names) !== json(expected.names)) out.push(`names: ${json(actual.names)} ≠ ${json(expected.names)}`);
  if (json(actual.settings) !== json(expected.settings))
    out.push(`settings: ${json(actual.settings)} ≠ ${json(expected.settings)}`);
  return out.length > MAX_LINES ? [...out.slice(0, MAX_LINES), `… and ${out.length - MAX_LINES} more`] : out;
}

export function diffGrids(a: Grid, e: Grid): string[] {
  const out: string[] = [];
  const at = (r: number, c: number) => `${e.name}!${a1(r, c)}`;
  if (a.rowCount !== e.rowCount) out.push(`${e.name} rowCount: ${a.rowCount} ≠ ${e.rowCount}`);
  if (a.colCount !== e.colCount) out.push(`${e.name} colCount: ${a.colCount} ≠ ${e.colCount}`);
  const merges = (g: Grid) => JSON.stringify(g.merges);
  if (merges(a) !== merges(e)) out.push(`${e.name} merges: ${merges(a)} ≠ ${merges(e)}`);
  const rows = Math.max(a.rowCount, e.rowCount);
  const cols = Math.max(a.colCount, e.colCount);
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= cols; c++) {
      const x = a.cell(r, c);
      const y = e.cell(r, c);
      if (!x && !y) continue;
      if (!x || !y) {
        out.push(`${at(r, c)}: ${show(x)} ≠ ${show(y)}`);
        continue;
      }
      for (const f of FIELDS) if (!Object.is(x[f], y[f])) out.push(`${at(r, c)} ${f}: ${show(x[f])} ≠ ${show(y[f])}`);
    }
  }
  return out;
}

function show(x: unknown): string {
  return x === undefined ? "(none)" : typeof x === "string" ? `'${x}'` : (JSON.stringify(x) ?? String(x));
}

/** The package reader's reading of `buf` compared with exceljs's reading (or with `expected`). */
export async function diffReaders(buf: Buffer, expected?: WorkbookData): Promise<string[]> {
  return diffWorkbooks(readWorkbookPackage(buf), expected ?? (await readWorkbookBuffer(buf)));
}
