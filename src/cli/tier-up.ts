// How eagerly V8 optimizes the batch's code. V8 hands a function to its optimizing compiler (TurboFan) once the
// function has run a fixed amount of bytecode, its "interrupt budget" (66 KB in Node 20's V8), and compiles on
// background threads. With one worker that compilation is free: it runs on the core the worker leaves idle. When
// the workers fill every core it is not: each worker is a V8 isolate of its own and compiles the same functions
// again, on the cores that should be checking. On a batch of 200 sample workbooks TurboFan took ~1.2 s of CPU per
// worker against ~1.5 s of checking, so two workers on two cores were hardly faster than one.
//
// A 16× budget leaves optimization to the functions that stay hot: ~0.3 s of compilation per worker, and
// two-worker batches 15–35 % faster (200 sample workbooks; 30 workbooks of 60 tables). With a spare core the
// default stays: there, the larger budget made one-worker batches slower (files 21–140 ran 1.5–2× slower before
// their functions were optimized). Measured by scripts/bench/cli.js (batch_speedup) and per-thread CPU time.
import v8 from "node:v8";

const BUSY_CORES_INTERRUPT_BUDGET = 16 * 66 * 1024;

/** The V8 flag for a batch of `workers` worker threads on `cores` cores, or null to keep V8's default. */
export function tierUpFlag(workers: number, cores: number): string | null {
  return workers >= cores ? `--interrupt-budget=${BUSY_CORES_INTERRUPT_BUDGET}` : null;
}

/**
 * Sets the flag for the workers about to start. V8's flags are the process's: the workers' isolates read the
 * budget when they allocate feedback, so this must run before they start. The CLI process ends with its batch.
 */
export function tuneTierUp(workers: number, cores: number, set: (flag: string) => void = v8.setFlagsFromString) {
  const flag = tierUpFlag(workers, cores);
  if (flag) set(flag);
}
