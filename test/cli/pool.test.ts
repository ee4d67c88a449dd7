// The batch machinery on its own, with a stand-in analyzer (a module the workers load), so ordering, crash
// recovery and the use of several threads are tested apart from exceljs and the core.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FileReport } from "../../src/cli/file-report";
import type { BatchOptions } from "../../src/cli/pool";
import type { Outcome } from "../../src/cli/worker";
import { BUILD, ensureCliBuilt } from "./support/cli";
import { writeZip } from "./support/zip";

type RunBatch = (files: string[], opts: BatchOptions, onOutcome: (o: Outcome, i: number) => void) => Promise<void>;

let dir: string;
let analyzer: string;
let runBatch: RunBatch;

// The stand-in reads the file's text as instructions: "sleep N", "crash", "oom", "throw", else a report whose
// profile names the worker thread, so a test can see which thread did the work.
const STAND_IN = `
const { threadId } = require("node:worker_threads");
exports.analyze = async (buffer, file, profileId) => {
  const text = buffer.toString("utf8", buffer.length - 40).split("#").pop();
  const [word, arg] = text.trim().split(" ");
  if (word === "sleep") await new Promise((r) => setTimeout(r, Number(arg)));
  if (word === "crash") process.exit(3);
  if (word === "oom") { const keep = []; for (;;) keep.push(new Array(1e6).fill({ file })); }
  if (word === "throw") throw new Error("boom");
  return { file, profile: "thread-" + threadId, tables: [], findings: [] };
};
`;

// A minimal valid zip with an xl/workbook.xml entry and the instruction as a trailing zip comment.
function workbookWith(instruction: string): Buffer {
  const zip = writeZip([{ name: "xl/workbook.xml", data: Buffer.from("<workbook/>") }]);
  const comment = Buffer.from("#" + instruction);
  const out = Buffer.concat([zip, comment]);
  out.writeUInt16LE(comment.length, zip.length - 2);
  return out;
}

function files(instructions: string[]): string[] {
  return instructions.map((ins, i) => {
    const file = path.join(dir, `f${String(i).padStart(3, "0")}.xlsx`);
    fs.writeFileSync(file, workbookWith(ins));
    return file;
  });
}

async function collect(list: string[], opts: Partial<BatchOptions> = {}) {
  const out: { index: number; report: FileReport }[] = [];
  await runBatch(list, { jobs: 2, profileId: undefined, analyzer, ...opts }, (outcome, index) =>
    out.push({ index, report: outcome.report! }),
  );
  return out;
}

beforeAll(async () => {
  ensureCliBuilt();
  runBatch = ((await import(path.join(BUILD, "pool.js"))) as { runBatch: RunBatch }).runBatch;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-pool-"));
  analyzer = path.join(dir, "stand-in.js");
  fs.writeFileSync(analyzer, STAND_IN);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("batch of worker threads", () => {
  it("hands reports on in argument order even when later files finish first", async () => {
    const list = files(["sleep 300", "sleep 10", "sleep 10", "sleep 150", "sleep 0"]);
    const out = await collect(list);
    expect(out.map((o) => o.index)).toEqual([0, 1, 2, 3, 4]);
    expect(out.map((o) => o.report.file)).toEqual(list);
  });

  it("uses two threads with --jobs 2 and one with --jobs 1", async () => {
    const list = files(["sleep 100", "sleep 100", "sleep 100", "sleep 100"]);
    const threads = async (jobs: number) => new Set((await collect(list, { jobs })).map((o) => o.report.profile)).size;
    expect(await threads(2)).toBe(2);
    expect(await threads(1)).toBe(1);
    // Two files, two workers: one each, although a worker may hold two jobs.
    const pair = files(["sleep 100", "sleep 100"]);
    expect(new Set((await collect(pair, { jobs: 2 })).map((o) => o.report.profile)).size).toBe(2);
  });

  it("reports a file whose worker dies and goes on with a fresh worker", async () => {
    const list = files(["sleep 0", "crash", "sleep 0", "sleep 0", "crash", "sleep 0"]);
    const out = await collect(list);
    expect(out.map((o) => o.report.findings[0]?.code ?? "ok")).toEqual([
      "ok",
      "CHECK_FAILED",
      "ok",
      "ok",
      "CHECK_FAILED",
      "ok",
    ]);
    expect(out[1].report.findings[0].message).toMatch(/意外退出/);
  });

  it("survives a file that exhausts a worker's memory", async () => {
    const list = files(["oom", "sleep 0"]);
    const out = await collect(list, { maxHeapMb: 64 });
    expect(out[0].report.findings[0]).toMatchObject({ code: "CHECK_FAILED", severity: "error", cell: null });
    expect(out[0].report.findings[0].message).toMatch(/内存不足/);
    expect(out[1].report.findings).toEqual([]);
  });

  it("turns an analyzer's exception into a report, not a crash", async () => {
    const out = await collect(files(["throw", "sleep 0"]));
    expect(out[0].report.findings[0].code).toBe("CHECK_FAILED");
    expect(out[0].report.findings[0].message).toMatch(/boom/);
    expect(out[1].report.findings).toEqual([]);
  });

  it("renders in the workers when asked, also for a file whose worker died", async () => {
    const list = files(["sleep 0", "crash"]);
    const out: Outcome[] = [];
    await runBatch(list, { jobs: 2, profileId: undefined, analyzer, render: { json: true, csv: true } }, (o) =>
      out.push(o),
    );
    expect(out.map((o) => o.report)).toEqual([undefined, undefined]);
    expect(JSON.parse(out[0].rendered!.text)).toMatchObject({ file: list[0], findings: [] });
    expect(out[1].rendered!.tally).toEqual({ tables: 0, errors: 0, warnings: 0, infos: 0, unreadable: true });
    expect(out[1].rendered!.csv[0][2]).toBe("无法读取");
  });

  it("refuses bad input in the worker before the analyzer sees it", async () => {
    const missing = path.join(dir, "gone.xlsx");
    const out = await collect([missing, ...files(["sleep 0"])]);
    expect(out[0].report).toMatchObject({ file: missing, profile: "default", tables: [] });
    expect(out[0].report.findings).toEqual([
      { severity: "error", code: "UNREADABLE", cell: null, message: "文件不存在或已被移走" },
    ]);
  });
});
