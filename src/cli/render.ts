// A file's report turned into what `jixiao check` prints, done in the worker that checked it: the workers run in
// parallel, the main thread only writes, so it never holds up the next file.
import { csvRows } from "./csv";
import { FileReport } from "./file-report";
import { formatFile } from "./human";
import { Tally, tallyOf } from "./tally";

export interface RenderOptions {
  json: boolean;
  csv: boolean;
}

export interface Rendered {
  /** The JSON array element (without separator), or the readable block. */
  text: string;
  csv: string[][];
  tally: Tally;
}

export function render(report: FileReport, opts: RenderOptions): Rendered {
  return {
    text: opts.json ? JSON.stringify(report, null, 2) : formatFile(report) + "\n",
    csv: opts.csv ? csvRows(report) : [],
    tally: tallyOf(report),
  };
}
