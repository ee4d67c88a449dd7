// Findings grouped under the table whose range holds their cell, for the readable output and the CSV.
import { parseA1, parseAreaA1 } from "../core/grid/address";
import { SEVERITY_ORDER } from "../core/finding";
import { TableReport } from "../core/report/report";
import { CliFinding, FileReport } from "./file-report";

export interface TableGroup {
  /** null: findings about the workbook as a whole, or cells outside every table. */
  table: TableReport | null;
  findings: CliFinding[];
}

export function groupFindings(report: FileReport): TableGroup[] {
  const groups: TableGroup[] = report.tables.map((table) => ({ table, findings: [] }));
  const rest: TableGroup = { table: null, findings: [] };
  for (const f of report.findings) (groupOf(groups, f.cell) ?? rest).findings.push(f);
  const all = rest.findings.length ? [rest, ...groups] : groups;
  for (const g of all) g.findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return all;
}

function groupOf(groups: TableGroup[], cell: string | null): TableGroup | undefined {
  if (!cell) return undefined;
  const bang = cell.lastIndexOf("!");
  if (bang < 0) return undefined;
  const sheet = unquote(cell.slice(0, bang));
  const at = parseA1(cell.slice(bang + 1));
  const onSheet = groups.filter((g) => g.table!.sheet === sheet);
  if (!at) return onSheet[0];
  const inside = onSheet.find((g) => {
    const area = parseAreaA1(g.table!.range);
    return area && at.row >= area.top && at.row <= area.bottom && at.col >= area.left && at.col <= area.right;
  });
  return inside ?? onSheet[0];
}

function unquote(sheet: string): string {
  return /^'.*'$/.test(sheet) ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

export function countBySeverity(findings: CliFinding[]) {
  const n = { error: 0, warning: 0, info: 0 };
  for (const f of findings) n[f.severity]++;
  return n;
}
