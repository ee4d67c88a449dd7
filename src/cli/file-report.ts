// The report of one file as the CLI prints it: the shared Report, plus two codes of its own for a file that
// could not be checked (REPORT.md allows added codes). Such a file still gets a report, so `--json` keeps one
// element per argument and a reviewer's script sees why.
import { Finding } from "../core/finding";
import { Report } from "../core/report/report";

/** UNREADABLE: the file could not be opened as an .xlsx. CHECK_FAILED: it opened, but checking it failed. */
export type CliCode = "UNREADABLE" | "CHECK_FAILED";

export type CliFinding = Omit<Finding, "code"> & { code: Finding["code"] | CliCode };

export type FileReport = Omit<Report, "findings"> & { findings: CliFinding[] };

/** The tables' kinds as the readable output, the CSV and `recalc` name them. */
export const KIND_NAMES: Record<Report["tables"][number]["kind"], string> = {
  basic: "基础表",
  department: "部门整体支出自评表",
  project: "项目支出绩效自评表",
};

export function unreadableReport(file: string, profile: string, message: string, code: CliCode = "UNREADABLE") {
  const report: FileReport = {
    file,
    profile,
    tables: [],
    findings: [{ severity: "error", code, cell: null, message }],
  };
  return report;
}

/** Whether the file could not be checked at all (exit code 2). */
export function isUnreadable(report: FileReport): boolean {
  return report.findings.some((f) => f.code === "UNREADABLE" || f.code === "CHECK_FAILED");
}
