// The readable output of `jixiao check`: per file, per table, errors first, each with its cell; then a closing
// summary. Written for the person at the desk, in Chinese.
import Decimal from "decimal.js";
import { TableReport } from "../core/report/report";
import { points } from "../core/values/show";
import { FileReport, KIND_NAMES, isUnreadable } from "./file-report";
import { groupFindings } from "./group";
import type { Totals } from "./tally";

const SEVERITY_MARKS = { error: "✗ 错误", warning: "! 警告", info: "· 提示" } as const;

/** A score of the report as every message shows one (values/show.ts): two decimals, rounded half up. */
function score(n: number | null | undefined): string {
  return n === null || n === undefined ? "未填" : points(new Decimal(n));
}

export function formatFile(report: FileReport): string {
  const lines = [`文件：${report.file}`];
  if (isUnreadable(report)) {
    for (const f of report.findings) lines.push(`  ✗ 无法检查：${f.message}`);
    return lines.join("\n") + "\n";
  }
  if (report.tables.length === 0 && report.findings.length === 0) lines.push("  未找到任何绩效自评表格");
  for (const group of groupFindings(report)) {
    lines.push(group.table ? `  ${tableHeading(group.table)}` : "  整个工作簿：");
    if (group.table && group.table.kind !== "basic") {
      const t = group.table.total;
      if (group.table.layout.family !== "central" && group.table.layout.family !== "central-department")
        lines.push(`      表样：${group.table.layout.name}`);
      if (t) lines.push(`      计算总分 ${score(t.score)}，填报总分 ${score(t.enteredScore)}，等级 ${t.grade ?? "—"}`);
      else lines.push("      此表样不设总分");
    }
    for (const f of group.findings) {
      lines.push(`    ${SEVERITY_MARKS[f.severity]}  ${f.cell ?? "—"}  ${f.message}  [${f.code}]`);
    }
    if (group.findings.length === 0) lines.push("    ✓ 未发现问题");
  }
  return lines.join("\n") + "\n";
}

function tableHeading(t: TableReport): string {
  const title = t.kind === "basic" ? "" : t.title ? ` ${t.title}` : "";
  return `【${KIND_NAMES[t.kind]}】 工作表「${t.sheet}」 ${t.range}${title}`;
}

export function formatSummary(t: Totals): string {
  const checked = t.files - t.unreadable;
  let s = `共 ${t.files} 个文件，检查了 ${checked} 个（${t.tables} 张表）：错误 ${t.errors} 条，警告 ${t.warnings} 条，提示 ${t.infos} 条`;
  s += t.unreadable ? `；无法读取 ${t.unreadable} 个文件` : "";
  return `${s}。\n`;
}
