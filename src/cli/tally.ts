// What each file adds to the closing summary of `jixiao check` and to its exit code. Below both the readable output
// and the renderer, which each need it.
import { FileReport, isUnreadable } from "./file-report";
import { countBySeverity } from "./group";

/** One file's share of the closing summary and of the exit code. */
export interface Tally {
  tables: number;
  errors: number;
  warnings: number;
  infos: number;
  unreadable: boolean;
}

export function tallyOf(report: FileReport): Tally {
  if (isUnreadable(report)) return { tables: 0, errors: 0, warnings: 0, infos: 0, unreadable: true };
  const n = countBySeverity(report.findings);
  return { tables: report.tables.length, errors: n.error, warnings: n.warning, infos: n.info, unreadable: false };
}
