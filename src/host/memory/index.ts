// The in-memory host: the browser preview and tests. It stores cells as the other hosts report them and
// evaluates nothing: a written formula keeps the value the plan's engine computed, when the plan gives one.
import { Area, sameArea } from "../../core/grid/address";
import { CellData, Grid } from "../../core/grid/grid";
import { CellWrite, ValidationRestore, ValidationWrite, WritePlan } from "../../core/plan/write-plan";
import { replacedBy, sameName } from "../../core/plan/names";
import { ApplyResult, appliedWith, conflictsOf, contentOf, refused, sheetsOf } from "../../core/plan/apply-result";
import { sheetsMissing } from "../../core/plan/host-error";
import { afterWrite, undoPlan, undoWrite } from "../../core/plan/undo";
import { sameFields } from "../../core/plan/validation-text";
import { DefinedName, HostCapabilities, WorkbookData, WorkbookHost } from "../../app/host";
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

  /** Refuses a plan whose sheet is gone (SheetMissing) before anything is written; this host has no protection. */
  async apply(plan: WritePlan): Promise<ApplyResult> {
    const missing = sheetsOf(plan).filter((name) => !this.sheet(name));
    if (missing.length) throw sheetsMissing(missing);
    const conflicts = conflictsOf(plan.cells, (w) => contentOf(this.cellAt(w)));
    if (conflicts.length) return refused(conflicts);

    const names = this.names;
    const undoCells = plan.cells.map((w) => {
      const before = this.cellAt(w);
      const next = written(before, w);
      (this.sheet(w.ref.sheet)!.rows[w.ref.row - 1] ??= [])[w.ref.col - 1] = next;
      return undoWrite(w, before, contentOf(next));
    });
    // Validations are kept per area, as written: an area's former rule is the one written to that same area.
    const restores: ValidationRestore[] = [];
    for (const v of plan.validations) {
      const i = this.validationAt(v.sheet, v.area);
      const previous = i >= 0 ? this.validations[i] : null;
      if (!sameFields(previous, v)) restores.push({ sheet: v.sheet, area: v.area, previous });
      if (i >= 0) this.validations.splice(i, 1, v);
      else this.validations.push(v);
    }
    for (const r of plan.restoreValidations ?? []) {
      const i = this.validationAt(r.sheet, r.area);
      if (i >= 0) this.validations.splice(i, 1);
      if (r.previous) this.validations.push(r.previous as ValidationWrite);
    }
    const replaced = replacedBy(plan);
    this.names = this.names.filter((n) => !replaced(n.name));
    for (const n of plan.names) this.names = [...this.names.filter((x) => !sameName(x.name, n.name)), n];
    Object.assign(this.settings, plan.settings);
    for (const l of this.listeners) l();
    return appliedWith(plan, undoPlan(plan, { cells: undoCells, restores, names }));
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

  private cellAt(w: CellWrite): CellData | undefined {
    return this.sheet(w.ref.sheet)?.rows[w.ref.row - 1]?.[w.ref.col - 1];
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

/**
 * The cell after `w`. This host evaluates nothing: a written formula keeps the value the plan's engine computed, as
 * Excel's calculation would give it. A write that sets no content keeps the cell's (an error value too).
 */
function written(before: CellData | undefined, w: CellWrite): CellData {
  const content = afterWrite(contentOf(before), w);
  const next: CellData = { ...content };
  const note = w.note !== undefined ? w.note : before?.note;
  if (note) next.note = note;
  if (before?.error && w.formula === undefined && w.value === undefined) next.error = before.error;
  return next;
}
