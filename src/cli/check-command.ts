// `jixiao check`: expand the arguments, check the files in worker threads, stream the reports in argument order
// (JSON array elements or readable text), write the CSV summary, and choose the exit code.
import { promises as fs } from "node:fs";
import { CheckCommand } from "./args";
import { BOM, CSV_HEADER, csvLine } from "./csv";
import { formatSummary } from "./human";
import { expandInputs } from "./inputs";
import { BatchOptions, defaultJobs, runBatch } from "./pool";
import { progressBar } from "./progress";
import { addToTotals, emptyTotals } from "./tally";

export interface CheckIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WriteStream;
  /** Module exporting `analyze`; the CLI's own by default (tests and the bench may pass another). */
  analyzer?: string;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_UNREADABLE = 2;

export async function runCheck(cmd: CheckCommand, io: CheckIo): Promise<number> {
  const { files, emptyDirs } = await expandInputs(cmd.inputs);
  for (const dir of emptyDirs) io.stderr.write(`错误：目录 ${dir} 中没有 .xlsx 文件\n`);
  if (files.length === 0) {
    if (cmd.json) io.stdout.write("[]\n");
    return EXIT_UNREADABLE;
  }

  const progress = progressBar(files.length, io.stderr);
  const out = (text: string) => {
    progress.clear();
    io.stdout.write(text);
    progress.redraw();
  };
  const totals = emptyTotals();
  const csv: string[][] = [];
  let anyError = false;
  let anyUnreadable = emptyDirs.length > 0;

  if (cmd.json) out("[");
  const batch: BatchOptions = {
    jobs: cmd.jobs ?? defaultJobs(),
    profileId: cmd.profileId,
    analyzer: io.analyzer,
    render: { json: cmd.json, csv: cmd.csv !== undefined },
    onProgress: progress.update,
  };
  await runBatch(files, batch, (outcome, index) => {
    const { text, csv: rows, tally } = outcome.rendered!;
    addToTotals(totals, tally);
    if (tally.unreadable) anyUnreadable = true;
    else if (tally.errors > 0) anyError = true;
    csv.push(...rows);
    out(cmd.json ? (index === 0 ? "\n" : ",\n") + text : text);
  });
  progress.clear();
  if (cmd.json) io.stdout.write("\n]\n");
  else io.stdout.write(formatSummary(totals));

  if (cmd.csv) {
    try {
      await fs.writeFile(cmd.csv, BOM + [CSV_HEADER, ...csv].map(csvLine).join(""), "utf8");
    } catch (e) {
      io.stderr.write(
        `错误：无法写入汇总表 ${cmd.csv}（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）\n`,
      );
      return EXIT_UNREADABLE;
    }
  }
  if (anyUnreadable) return EXIT_UNREADABLE;
  return anyError ? EXIT_ERRORS : EXIT_OK;
}
