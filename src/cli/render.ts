// A file's report turned into what `jixiao check` prints, done in the worker that checked it: the workers run in
// parallel, the main thread only writes, so it never holds up the next file.
import { csvRows } from "./csv";
import { FileReport, isUnreadable } from "./file-report";
import { countBySeverity } from "./group";
import { formatFile } from "./human";

export interface RenderOptions {
  json: boolean;
  csv: boolean;
}

/** One file's share of the closing summary and of the exit code. */
export interface Tally {
  tables: number;
  errors: number;
  warnings: number;
  infos: number;
  unreadable: boolean;
}

export interface Rendered {
  /** The JSON array element (without separator), or the readable block. */
  text: string;
  csv: string[][];
  tally: Tally;
}

export function tallyOf(report: FileReport): Tally {
  if (isUnreadable(report)) return { tables: 0, errors: 0, warnings: 0, infos: 0, unreadable: true };
  const n = countBySeverity(report.findings);
  return { tables: report.tables.length, errors: n.error, warnings: n.warning, infos: n.info, unreadable: false };
}

export function render(report: FileReport, opts: RenderOptions): Rendered {
  return {
    text: opts.json ? JSON.stringify(report, null, 2) : formatFile(report) + "\n",
    csv: opts.csv ? csvRows(report) : [],
    tally: tallyOf(report),
  };
}
