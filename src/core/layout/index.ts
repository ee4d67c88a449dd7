// Recognition of the official tables in any workbook: Grid[] → Table[] whose every field knows its cell.
import { Finding } from "../finding";
import { Grid } from "../grid/grid";
import { NameWrite } from "../plan/write-plan";
import { recognizeBound } from "./binding";
import { noTables } from "./messages";
import { Table } from "./model";
import { recognizeRegion } from "./sheet";
import { KeyCache, SheetView } from "./view";

export interface Recognition {
  /** In workbook order: sheet order, then top to bottom, left to right. */
  tables: Table[];
  findings: Finding[];
  /** True when the tables were read from the map stored in the workbook (`bindingNames`), not found by a scan. */
  fromBinding: boolean;
}

export function recognize(input: { sheets: Grid[]; names?: NameWrite[] }): Recognition {
  const keys = new KeyCache();
  const views = new Map<string, SheetView>();
  for (const grid of input.sheets) if (!views.has(grid.name)) views.set(grid.name, new SheetView(grid, keys));
  const order = new Map([...views.keys()].map((name, i) => [name, i]));
  const inOrder = (tables: Table[]) =>
    tables.sort(
      (a, b) => order.get(a.sheet)! - order.get(b.sheet)! || a.area.top - b.area.top || a.area.left - b.area.left,
    );

  const bound = input.names?.length ? recognizeBound(views, input.names) : null;
  if (bound) return { tables: inOrder(bound.tables), findings: bound.findings, fromBinding: true };

  const tables: Table[] = [];
  const findings: Finding[] = [];
  for (const view of views.values()) {
    const r = recognizeRegion(view, view.bounds);
    tables.push(...r.tables);
    findings.push(...r.findings);
  }
  if (tables.length === 0 && findings.length === 0) findings.push(noTables());
  return { tables: inOrder(tables), findings, fromBinding: false };
}

export { bindingNames, isBindingName, BINDING_PREFIX } from "./binding";
export { NO_TABLES_MESSAGE } from "./messages";
export { headerKey, labelKey } from "./normalize";
export type * from "./model";
