// The in-memory host: the browser preview and tests. It stores cells as the other hosts report them and
// evaluates nothing: a written formula keeps the value the plan's engine computed, when the plan gives one.
import { Area, sameArea } from "../../core/grid/address";
import { CellData, Grid } from "../../core/grid/grid";
import {
  CellContent,
  ValidationRestore,
  ValidationWrite,
  WritePlan,
  emptyPlan,
  sameContent,
} from "../../core/plan/write-plan";
import { replacedBy, sameName } from "../../core/plan/names";
import { ApplyResult, Conflict, DefinedName, HostCapabilities, WorkbookData, WorkbookHost } from "../../app/host";
import { WorkbookJson, workbookFromJson } from "./serialize";

export { workbookFromJson, workbookToJson, sheetToJson, sheetFromJson } from "./serialize";
export type { WorkbookJson, SheetJson } from "./serialize";

interface Sheet {
  name: string;
  rows: (CellData | undefined)[][];
  merges: Area[];
}

export class MemoryHost implements WorkbookHost {
  private readonly sheets: Sheet[];
  private names: DefinedName[];
  private settings: Record<string, string>;
  readonly validations: ValidationWrite[] = [];
  private readonly listeners = new Set<() => void>();
  selected: string | null = null;

  constructor(grids: Grid[], names: DefinedName[] = [], settings: Record<string, string> = {}) {
    this.sheets = grids.map((g) => ({ name: g.name, rows: copyRows(g), merges: [...g.merges] }));
    this.names = [...names];
    this.settings = { ...settings };
  }

  static fromJson(json: WorkbookJson): MemoryHost {
    return new MemoryHost(workbookFromJson(json), json.names, json.settings);
  }

  /** The workbook as it is now, for rendering. */
  grids(): Grid[] {
    return this.sheets.map(
      (s) =>
        new Grid(
          s.name,
          s.rows.map((r) => (r ? [...r] : [])),
          s.merges,
        ),
    );
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async read(sheetNames?: string[]): Promise<WorkbookData> {
    const grids = this.grids().filter((g) => !sheetNames || sheetNames.includes(g.name));
    return {
      sheets: grids,
      names: this.names.map((n) => ({ ...n, area: { ...n.area } })),
      settings: { ...this.settings },
    };
  }

  private validationAt(sheet: string, area: Area): number {
    return this.validations.findIndex((x) => x.sheet === sheet && sameArea(x.area, area));
  }

  async apply(plan: WritePlan): Promise<ApplyResult> {
    const conflicts: Conflict[] = [];
    for (const w of plan.cells) {
      const sheet = this.sheet(w.ref.sheet);
      const found = sheet ? contentOf(sheet.rows[w.ref.row - 1]?.[w.ref.col - 1]) : { value: null };
      if (!sheet || !sameContent(found, w.expected)) conflicts.push({ write: w, found });
    }
    if (conflicts.length) return { applied: false, written: 0, conflicts, undo: emptyPlan(), skipped: [] };

    const undo = emptyPlan();
    for (const w of plan.cells) {
      const sheet = this.sheet(w.ref.sheet)!;
      const row = (sheet.rows[w.ref.row - 1] ??= []);
      const before = row[w.ref.col - 1];
      const next: CellData = { ...(before ?? { value: null }) };
      if (w.formula !== undefined) {
        next.formula = w.formula;
        // The plan's engine value stands in for the calculation Excel would do.
        next.value = w.value ?? null;
      } else if (w.value !== undefined) {
        delete next.formula;
        next.value = w.value === "" ? null : w.value;
      }
      if (w.numFmt !== undefined) next.numFmt = w.numFmt === "General" ? undefined : w.numFmt;
      if (w.note !== undefined) next.note = w.note || undefined;
      delete next.error;
      row[w.ref.col - 1] = next;
      undo.cells.unshift({
        ref: w.ref,
        expected: contentOf(next),
        ...(before?.formula ? { formula: before.formula, value: before.value } : { value: before?.value ?? null }),
        numFmt: before?.numFmt ?? "General",
        note: w.note !== undefined ? (before?.note ?? "") : undefined,
        purpose: `undo:${w.purpose}`,
      });
    }
    // Validations are kept per area, as written: an area's former rule is the one written to that same area.
    const restores: ValidationRestore[] = [];
    for (const v of plan.validations) {
      const i = this.validationAt(v.sheet, v.area);
      const previous = i >= 0 ? this.validations[i] : null;
      // The very rule again needs no undo: a run that changed nothing leaves the last run's undo in place.
      if (JSON.stringify(previous) !== JSON.stringify(v)) restores.unshift({ sheet: v.sheet, area: v.area, previous });
      if (i >= 0) this.validations.splice(i, 1, v);
      else this.validations.push(v);
    }
    for (const r of plan.restoreValidations ?? []) {
      const i = this.validationAt(r.sheet, r.area);
      if (i >= 0) this.validations.splice(i, 1);
      if (r.previous) this.validations.push(r.previous as ValidationWrite);
    }
    undo.restoreValidations = restores;
    const replaced = replacedBy(plan);
    this.names = this.names.filter((n) => !replaced(n.name));
    for (const n of plan.names) this.names = [...this.names.filter((x) => !sameName(x.name, n.name)), n];
    Object.assign(this.settings, plan.settings);
    for (const l of this.listeners) l();
    return { applied: true, written: plan.cells.length, conflicts: [], undo, skipped: [] };
  }

  capabilities(): HostCapabilities {
    return { dataValidation: true, notes: true, mergedAreas: true, select: true, limits: [] };
  }

  async select(address: string): Promise<void> {
    this.selected = address;
    for (const l of this.listeners) l();
  }

  private sheet(name: string): Sheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }
}

function copyRows(g: Grid): (CellData | undefined)[][] {
  const rows: (CellData | undefined)[][] = [];
  for (let r = 1; r <= g.rowCount; r++) {
    const row: (CellData | undefined)[] = [];
    for (let c = 1; c <= g.colCount; c++) {
      const cell = g.cell(r, c);
      row.push(cell ? { ...cell } : undefined);
    }
    rows.push(row);
  }
  return rows;
}

function contentOf(cell: CellData | undefined): CellContent {
  const out: CellContent = { value: cell?.value ?? null };
  if (cell?.formula) out.formula = cell.formula;
  if (cell?.numFmt) out.numFmt = cell.numFmt;
  return out;
}
