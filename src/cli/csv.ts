// `--csv SUMMARY.csv`: one row per table for a reviewer's spreadsheet. UTF-8 with a BOM, so Excel shows the
// Chinese correctly when the file is double-clicked; CRLF line ends and RFC 4180 quoting.
import Decimal from "decimal.js";
import { points } from "../core/values/show";
import { FileReport, KIND_NAMES, isUnreadable } from "./file-report";
import { countBySeverity, groupFindings } from "./group";

export const CSV_HEADER = ["文件", "工作表", "类型", "标题", "计算总分", "填报总分", "等级", "错误", "警告", "说明"];

export const BOM = "\uFEFF";

/** The rows of one file; a file without tables (or unreadable) still gets one row, so no department is lost. */
export function csvRows(report: FileReport): string[][] {
  const rows: string[][] = [];
  const groups = groupFindings(report);
  const whole = groups.find((g) => g.table === null);
  if (isUnreadable(report) || report.tables.length === 0) {
    const n = countBySeverity(report.findings);
    const kind = isUnreadable(report) ? "无法读取" : "未找到表格";
    const note = whole?.findings.find((f) => f.severity === "error")?.message ?? "";
    return [[report.file, "", kind, "", "", "", "", String(n.error), String(n.warning), note]];
  }
  for (const g of groups) {
    if (!g.table) continue;
    const t = g.table;
    const n = countBySeverity(g.findings);
    const figures =
      t.kind === "basic" || !t.total
        ? ["", "", ""]
        : [num(t.total.score), num(t.total.enteredScore), t.total.grade ?? ""];
    rows.push([
      report.file,
      t.sheet,
      KIND_NAMES[t.kind],
      t.kind === "basic" ? "" : t.title,
      ...figures,
      String(n.error),
      String(n.warning),
      "",
    ]);
  }
  // Workbook-level findings (no cell, or outside every table) are counted on the file's first row.
  if (whole && rows.length) {
    const n = countBySeverity(whole.findings);
    rows[0][7] = String(Number(rows[0][7]) + n.error);
    rows[0][8] = String(Number(rows[0][8]) + n.warning);
    rows[0][9] = whole.findings.map((f) => f.message).join("；");
  }
  return rows;
}

/** A score as the readable output and every message show it (values/show.ts), "" where there is none. */
function num(n: number | null): string {
  return n === null ? "" : points(new Decimal(n));
}

export function csvLine(fields: string[]): string {
  return fields.map(quote).join(",") + "\r\n";
}

function quote(field: string): string {
  // A leading = + - @ would make Excel read the field as a formula (CSV injection); a file name can start so.
  const safe = /^[=+\-@]/.test(field) && !/^-?\d+(\.\d+)?$/.test(field) ? `'${field}` : field;
  return /[",\r\n]/.test(safe) || safe !== field ? `"${safe.replace(/"/g, '""')}"` : safe;
}
