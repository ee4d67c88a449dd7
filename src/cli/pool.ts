// The batch: a few worker threads, each checking one file at a time. Reports are handed on in argument order as
// soon as every earlier file is done, so the output streams and only finished reports (never workbooks) wait.
// A worker that dies (out of memory on a hostile file, a crash) costs only its current file: that file is
// reported as unreadable and a fresh worker takes the rest.
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { DEFAULT_PROFILE_ID } from "../core/profile";
import { FileReport, unreadableReport } from "./file-report";
import { RenderOptions, render } from "./render";
import { tuneTierUp } from "./tier-up";
import type { Job, Outcome, WorkerInit } from "./worker";

export interface BatchOptions {
  jobs: number;
  profileId: string | undefined;
  /** Module exporting `analyze`; the CLI's own by default. */
  analyzer?: string;
  /** V8 heap bound of each worker, so one hostile file cannot take the machine's memory. */
  maxHeapMb?: number;
  /** Have the workers render each report for printing (see render.ts) instead of posting it. */
  render?: RenderOptions;
  /** Called as each file finishes, in completion order (for a progress bar). */
  onProgress?: (done: number, total: number, file: string) => void;
}

function cores(): number {
  return typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
}

export function defaultJobs(): number {
  return Math.max(1, Math.min(2, cores()));
}

interface Slot {
  worker: Worker;
  /** Jobs sent and not yet answered, oldest (the one being checked) first. */
  jobs: Job[];
  error: Error | null;
}

// Each worker holds one job in hand and one queued, so it never waits for the main thread between files (on a
// busy two-core machine that wait is a scheduler slice per file). The queued job is only a file name.
const JOBS_PER_WORKER = 2;

// A worker holds one workbook at a time, and what it builds for a file is garbage by the next one; left to itself
// V8 still grows each worker's young generation towards 48 MB over a long batch, so a batch of 200 files peaked
// ~22 % above one of 50 (121 against 99 MB). At 8 MB the two stay within ~12 % (110 against 98 MB) and the batch
// is no slower (scripts/bench/cli.js: batch_rss_mb_50, batch_rss_mb_200, batch_speedup).
const YOUNG_GENERATION_MB = 8;

/** Checks `files`; `onOutcome` is called once per file, in the order of `files`. */
export function runBatch(
  files: string[],
  opts: BatchOptions,
  onOutcome: (outcome: Outcome, index: number) => void,
): Promise<void> {
  const total = files.length;
  if (total === 0) return Promise.resolve();
  const init: WorkerInit = {
    analyzer: opts.analyzer ?? path.join(__dirname, "analyze.js"),
    profileId: opts.profileId,
    render: opts.render,
  };
  const outcomeOf = (report: FileReport): Outcome =>
    opts.render ? { rendered: render(report, opts.render) } : { report };
  const workerFile = path.join(__dirname, "worker.js");
  const pending = new Map<number, Outcome>();
  const retry: number[] = [];
  let nextOut = 0;
  let nextJob = 0;
  let done = 0;
  const slots = new Set<Slot>();
  const left = () => retry.length > 0 || nextJob < total;

  return new Promise((resolve) => {
    const finish = () => {
      for (const s of slots) void s.worker.terminate();
      slots.clear();
      resolve();
    };

    const deliver = (index: number, outcome: Outcome) => {
      pending.set(index, outcome);
      done++;
      opts.onProgress?.(done, total, files[index]);
      while (pending.has(nextOut)) {
        const r = pending.get(nextOut)!;
        pending.delete(nextOut);
        onOutcome(r, nextOut);
        nextOut++;
      }
      if (done === total) finish();
    };

    const feed = (slot: Slot, upTo = JOBS_PER_WORKER) => {
      while (slot.jobs.length < upTo && left()) {
        const index = retry.length ? retry.shift()! : nextJob++;
        const job = { index, file: files[index] };
        slot.jobs.push(job);
        slot.worker.postMessage(job);
      }
      if (slot.jobs.length === 0) {
        slots.delete(slot);
        void slot.worker.terminate();
      }
    };

    const spawn = () => {
      const worker = new Worker(workerFile, {
        workerData: init,
        resourceLimits: {
          maxOldGenerationSizeMb: opts.maxHeapMb ?? 4096,
          maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
        },
        // Anything a library prints must not land in stdout, which may hold the JSON document.
        stdout: true,
      });
      worker.stdout.pipe(process.stderr);
      const slot: Slot = { worker, jobs: [], error: null };
      slots.add(slot);
      worker.on("message", (msg: { index: number; outcome: Outcome }) => {
        slot.jobs = slot.jobs.filter((j) => j.index !== msg.index);
        deliver(msg.index, msg.outcome);
        if (slots.has(slot)) feed(slot);
      });
      worker.on("error", (err) => (slot.error = err));
      worker.on("exit", () => {
        if (!slots.delete(slot)) return;
        // The oldest job is the one the worker died on; the queued ones go to another worker.
        const [lost, ...queued] = slot.jobs;
        slot.jobs = [];
        retry.unshift(...queued.map((j) => j.index));
        if (lost) {
          const profile = opts.profileId ?? DEFAULT_PROFILE_ID;
          deliver(
            lost.index,
            outcomeOf(unreadableReport(lost.file, profile, crashMessage(slot.error), "CHECK_FAILED")),
          );
        }
        if (left() && done < total) feed(spawn());
      });
      return slot;
    };

    // Deal the first jobs round by round, so that two files go to two workers, not both to the first.
    const n = Math.max(1, Math.min(opts.jobs, total));
    tuneTierUp(n, cores());
    const first = Array.from({ length: n }, spawn);
    for (let depth = 1; depth <= JOBS_PER_WORKER; depth++)
      for (const slot of first) if (slots.has(slot)) feed(slot, depth);
  });
}

function crashMessage(err: Error | null): string {
  if ((err as NodeJS.ErrnoException | null)?.code === "ERR_WORKER_OUT_OF_MEMORY") {
    return "检查这个文件时内存不足（工作簿过大或结构异常），已跳过";
  }
  return `检查这个文件时程序意外退出（${err?.message ?? "原因不明"}），已跳过`;
}
