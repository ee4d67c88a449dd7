/**
 * Built sheets as a real exceljs workbook, and table models refreshed from what a host reads back, so a plan can be
 * applied through the xlsx host and the workbook scored again exactly as the app would.
 */
import ExcelJS from "exceljs";
import { Grid } from "../../../src/core/grid/grid";
import { Field } from "../../../src/core/layout/model";
import { BuiltSheet, shownText } from "./tables";

export function workbookOf(sheets: BuiltSheet[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const [key, data] of s.cells) {
      const [row, col] = key.split(",").map(Number);
      const cell = ws.getCell(row, col);
      if (data.formula)
        cell.value = {
          formula: data.formula.replace(/^=/, ""),
          result: data.value ?? undefined,
        } as ExcelJS.CellFormulaValue;
      else cell.value = data.value;
      if (data.numFmt) cell.numFmt = data.numFmt;
    }
  }
  return wb;
}

function isField(x: unknown): x is Field {
  return !!x && typeof x === "object" && "ref" in x && "text" in x && "value" in x;
}

/** A deep copy of `model` whose every Field holds what `grids` hold at its cell now. */
export function refreshed<T>(model: T, grids: Grid[]): T {
  const bySheet = new Map(grids.map((g) => [g.name, g]));
  const walk = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(walk);
    if (isField(x)) {
      const data = bySheet.get(x.ref.sheet)?.cell(x.ref.row, x.ref.col);
      const value = data?.value ?? null;
      const f: Field = { ref: x.ref, value, text: shownText(value, data?.numFmt) };
      if (data?.formula) f.formula = data.formula;
      if (data?.numFmt) f.numFmt = data.numFmt;
      if (data?.error) f.error = data.error;
      return f;
    }
    if (x && typeof x === "object") {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(x)) out[k] = walk(v);
      return out;
    }
    return x;
  };
  return walk(model) as T;
}
