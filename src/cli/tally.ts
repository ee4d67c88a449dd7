// What each file adds to the closing summary of `jixiao check` and to its exit code, and the summary's running totals.
// Below the readable output, the renderer and the command, which each need them.
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

export interface Totals {
  files: number;
  tables: number;
  errors: number;
  warnings: number;
  infos: number;
  unreadable: number;
}

export function emptyTotals(): Totals {
  return { files: 0, tables: 0, errors: 0, warnings: 0, infos: 0, unreadable: 0 };
}

export function addToTotals(totals: Totals, tally: Tally): void {
  totals.files++;
  if (tally.unreadable) totals.unreadable++;
  totals.tables += tally.tables;
  totals.errors += tally.errors;
  totals.warnings += tally.warnings;
  totals.infos += tally.infos;
}
