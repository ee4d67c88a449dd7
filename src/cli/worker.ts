// A worker thread of the batch: checks one file at a time and posts back its report (never the workbook), so
// memory holds at most one workbook per worker whatever the size of the batch.
import { parentPort, workerData } from "node:worker_threads";
import { Analyzer, checkFile } from "./check-file";
import { FileReport } from "./file-report";
import { RenderOptions, Rendered, render } from "./render";

export interface WorkerInit {
  /** Module exporting `analyze: Analyzer` (the CLI's own, or a test's). */
  analyzer: string;
  /** Undefined: each workbook's own stored profile, else the default. */
  profileId: string | undefined;
  /** Post the rendered output instead of the report. */
  render?: RenderOptions;
}

/** What a worker posts back for one file: the report, or (with `render`) what to print. */
export type Outcome = { report: FileReport; rendered?: undefined } | { rendered: Rendered; report?: undefined };

export interface Job {
  index: number;
  file: string;
}

const init = workerData as WorkerInit;
// Loaded on the first file that passes the guard, which a batch of refused files need not pay. The CLI's own
// analyzer needs no exceljs: it reads the package itself.
let loaded: Analyzer | null = null;
const analyze: Analyzer = (buffer, file, profileId) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the analyzer module is chosen at run time
  loaded ??= (require(init.analyzer) as { analyze: Analyzer }).analyze;
  return loaded(buffer, file, profileId);
};

// Jobs are checked one at a time, in the order they came: the pool may queue the next one while this one runs.
const queue: Job[] = [];
let busy = false;

async function drain(): Promise<void> {
  busy = true;
  for (let job = queue.shift(); job; job = queue.shift()) {
    const report = await checkFile(job.file, init.profileId, analyze);
    const outcome: Outcome = init.render ? { rendered: render(report, init.render) } : { report };
    parentPort!.postMessage({ index: job.index, outcome });
  }
  busy = false;
}

parentPort!.on("message", (job: Job) => {
  queue.push(job);
  if (!busy) void drain();
});
