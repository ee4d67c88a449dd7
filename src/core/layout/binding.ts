// The map of recognized tables kept in the workbook: one defined name per table, `JX_T01_PROJECT` → the table's
// area. Excel moves and grows a defined name when rows or columns are inserted, so a later run reads each table
// inside its bound area without searching the sheets. A bound area whose table is no longer exactly there, or a
// table-like header outside every bound area, makes the map stale: the caller falls back to the full scan.
import { Area, areasIntersect, sameArea } from "../grid/address";
import { NameWrite } from "../plan/write-plan";
import { Table, TableKind } from "./model";
import { DIRECT_LIMIT, meaningOf } from "./scan";
import { recognizeRegion } from "./sheet";
import { BUDGET_AMOUNT_ROLES, INDICATOR_NAME_ROLES } from "./synonyms";
import { MAX_LABEL_LENGTH, SheetView } from "./view";
import { Finding } from "../finding";

/** The add-in's own names start with `JX_`; tables are `JX_T<nn>_<KIND>`. */
export const BINDING_PREFIX = "JX_T";

const KIND_NAMES: Record<TableKind, string> = { basic: "BASIC", department: "DEPARTMENT", project: "PROJECT" };
const NAME_RE = /^JX_T(\d+)_(BASIC|DEPARTMENT|PROJECT)$/;

/** The defined names to store for `tables`, numbered in workbook order. */
export function bindingNames(tables: readonly Table[]): NameWrite[] {
  return tables.map((t, i) => ({
    name: `${BINDING_PREFIX}${String(i + 1).padStart(2, "0")}_${KIND_NAMES[t.kind]}`,
    sheet: t.sheet,
    area: { top: t.area.top, left: t.area.left, bottom: t.area.bottom, right: t.area.right },
  }));
}

export function isBindingName(name: string): boolean {
  return NAME_RE.test(name);
}

function kindOf(name: string): TableKind | null {
  const m = NAME_RE.exec(name);
  if (!m) return null;
  return (Object.keys(KIND_NAMES) as TableKind[]).find((k) => KIND_NAMES[k] === m[2]) ?? null;
}

/** The tables of the bound areas, or null when the map is missing or stale. */
export function recognizeBound(
  views: ReadonlyMap<string, SheetView>,
  names: readonly NameWrite[],
): { tables: Table[]; findings: Finding[] } | null {
  const bound = names.filter((n) => isBindingName(n.name));
  if (bound.length === 0) return null;
  const tables: Table[] = [];
  const findings: Finding[] = [];
  const areas = new Map<string, Area[]>();
  for (const n of bound) {
    const view = views.get(n.sheet);
    const kind = kindOf(n.name);
    if (!view || !kind || n.area.top < 1 || n.area.left < 1) return null;
    const onSheet = areas.get(n.sheet) ?? [];
    if (onSheet.some((a) => areasIntersect(a, n.area))) return null;
    onSheet.push(n.area);
    areas.set(n.sheet, onSheet);
    const r = recognizeRegion(view, n.area, kind !== "basic");
    if (r.tables.length !== 1 || r.tables[0].kind !== kind || !sameArea(r.tables[0].area, n.area)) return null;
    tables.push(r.tables[0]);
    findings.push(...r.findings);
  }
  for (const view of views.values()) if (unboundHeader(view, areas.get(view.sheet) ?? [])) return null;
  return { tables, findings };
}

/** A header word that starts a table (三级指标, 全年预算数, 经费控制情况…) outside every bound area of the sheet. */
function unboundHeader(view: SheetView, areas: readonly Area[]): boolean {
  const starts = (value: unknown): boolean => {
    if (typeof value !== "string" || value.length > MAX_LABEL_LENGTH) return false;
    const m = meaningOf(view, value);
    if (!m) return false;
    return (
      (m.indicator !== undefined && INDICATOR_NAME_ROLES.includes(m.indicator)) ||
      (m.budget !== undefined && BUDGET_AMOUNT_ROLES.includes(m.budget)) ||
      m.basic === "expenses"
    );
  };
  const inside = (row: number, col: number) =>
    areas.some((a) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right);
  if (view.height * view.width > DIRECT_LIMIT) {
    for (const { row, col, cell } of view.grid.cells()) if (!inside(row, col) && starts(cell.value)) return true;
    return false;
  }
  // Position by position, jumping over the bound areas: a sheet that is all tables costs next to nothing.
  for (let r = 1; r <= view.height; r++) {
    const across = areas.filter((a) => r >= a.top && r <= a.bottom);
    for (let c = 1; c <= view.width; c++) {
      const a = across.find((x) => c >= x.left && c <= x.right);
      if (a) c = a.right;
      else if (starts(view.grid.cell(r, c)?.value)) return true;
    }
  }
  return false;
}
