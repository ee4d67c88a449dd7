// `jixiao check` end to end: the built CLI, spawned as a user runs it, on the sample and on every bad input.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { FileReport } from "../../src/cli/file-report";
import type { EvalTableReport } from "../../src/core/report/report";
import { BadInput, SAMPLE, writeBadInputs } from "./support/bad-inputs";
import { BIN, ROOT, ensureCliBuilt, runCli } from "./support/cli";

const SAMPLE_ARG = path.relative(ROOT, SAMPLE);
// The contract checker lives in the shared folder beside the checkout (as CI lays it out too).
const CHECK_REPORT = path.join(__dirname, "..", "..", "..", "shared", "tools", "check-report.mjs");

let dir: string;
let bad: Record<string, BadInput>;
let sampleReport: FileReport;

function parseReports(stdout: string): FileReport[] {
  const doc = JSON.parse(stdout);
  expect(Array.isArray(doc)).toBe(true);
  return doc;
}

function errorCount(r: FileReport): number {
  return r.findings.filter((f) => f.severity === "error").length;
}

beforeAll(async () => {
  ensureCliBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-cli-"));
  bad = await writeBadInputs(dir);
  const run = await runCli(["check", "--json", SAMPLE_ARG]);
  expect(run.stderr).toBe("");
  sampleReport = parseReports(run.stdout)[0];
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("jixiao check on the sample", () => {
  it("prints one JSON report that meets the contract, and exits 1 for its errors", async () => {
    const run = await runCli(["check", "--json", SAMPLE_ARG]);
    expect(run.code).toBe(1);
    const reports = parseReports(run.stdout);
    expect(reports).toHaveLength(1);
    expect(reports[0].file).toBe(SAMPLE_ARG);
    const file = path.join(dir, "sample-report.json");
    fs.writeFileSync(file, run.stdout);
    const verdict = execFileSync(process.execPath, [CHECK_REPORT, file], { encoding: "utf8" });
    expect(verdict).toContain("report contract: 0 departures");
  });

  it("checks every specimen workbook (one per layout family) into reports the contract accepts, a layout on every table", async () => {
    const dirOf = path.join(ROOT, "samples", "specimens");
    const files = fs
      .readdirSync(dirOf)
      .filter((f) => f.endsWith(".xlsx"))
      .map((f) => path.relative(ROOT, path.join(dirOf, f)));
    expect(files.length).toBe(15);
    const run = await runCli(["check", "--json", ...files]);
    const reports = parseReports(run.stdout);
    expect(reports.map((r) => r.file)).toEqual(files);
    for (const r of reports) {
      expect(r.tables.length).toBeGreaterThan(0);
      for (const t of r.tables) if (t.kind !== "basic") expect(t.layout.name).toMatch(/[\u4e00-\u9fff]/);
      expect(r.findings.filter((f) => f.code === "LAYOUT_INCOMPLETE" || f.code === "NO_TABLES")).toEqual([]);
    }
    const file = path.join(dir, "specimens-report.json");
    fs.writeFileSync(file, run.stdout);
    const verdict = execFileSync(process.execPath, [CHECK_REPORT, file], { encoding: "utf8" });
    expect(verdict).toContain("report contract: 0 departures");
  });

  it("scores by the profile asked for", async () => {
    const run = await runCli(["check", "--json", "--profile", "platform", SAMPLE_ARG]);
    const [report] = parseReports(run.stdout);
    expect(report.profile).toBe("platform");
    expect(report.tables.map((t) => t.sheet)).toEqual(sampleReport.tables.map((t) => t.sheet));
  });

  it("finds the 招商引资 执行率 93.00 % that should be 93.38 %, at its cell", () => {
    const project = sampleReport.tables.find((t) => t.kind === "project" && t.title === "招商引资") as EvalTableReport;
    expect(project).toBeDefined();
    expect(project.budget!.rate).toBe(0.9338);
    const mismatch = sampleReport.findings.filter((f) => f.code === "BUDGET_RATE_MISMATCH");
    expect(mismatch.map((f) => f.cell)).toContain(project.budget!.cells.rate);
    expect(project.budget!.cells.rate).toMatch(/^招商引资!/);
    expect(mismatch.find((f) => f.cell === project.budget!.cells.rate)!.message).toMatch(/93\.38%/);
  });

  it("prints readable Chinese grouped by table, errors first, with a closing summary", async () => {
    const run = await runCli(["check", SAMPLE_ARG]);
    expect(run.code).toBe(1);
    const text = run.stdout;
    expect(text.startsWith(`文件：${SAMPLE_ARG}\n`)).toBe(true);
    for (const t of sampleReport.tables) {
      expect(text).toContain(`工作表「${t.sheet}」 ${t.range}`);
      if (t.kind !== "basic") expect(text).toContain(`计算总分 ${t.total!.score!.toFixed(2)}`);
    }
    // Inside each table's block no warning or hint comes before an error.
    for (const block of text.split(/\n {2}(?=【|整个工作簿)/).slice(1)) {
      const marks = block.split("\n").map((l) => l.trim().slice(0, 4));
      const firstOther = marks.findIndex((m) => m === "! 警告" || m === "· 提示");
      const lastError = marks.lastIndexOf("✗ 错误");
      if (firstOther >= 0 && lastError >= 0) expect(lastError).toBeLessThan(firstOther);
    }
    for (const f of sampleReport.findings) expect(text).toContain(`${f.cell ?? "—"}  ${f.message}`);
    const n = (s: string) => sampleReport.findings.filter((f) => f.severity === s).length;
    const summary = text.trimEnd().split("\n").pop();
    expect(summary).toBe(
      `共 1 个文件，检查了 1 个（${sampleReport.tables.length} 张表）：` +
        `错误 ${n("error")} 条，警告 ${n("warning")} 条，提示 ${n("info")} 条。`,
    );
  });

  it("writes a CSV summary with one row per table that Excel opens in Chinese", async () => {
    const csv = path.join(dir, "summary.csv");
    const run = await runCli(["check", SAMPLE_ARG, "--csv", csv]);
    expect(run.code).toBe(1);
    const bytes = fs.readFileSync(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // Excel itself is not here; exceljs reads CSV as Excel does for the check of fields and quoting.
    const wb = new ExcelJS.Workbook();
    const ws = await wb.csv.readFile(csv, { parserOptions: { encoding: "utf8" } } as never);
    const rows: string[][] = [];
    ws.eachRow((row) =>
      rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? "" : String(v)))),
    );
    expect(rows[0].map((h) => h.replace(/^\uFEFF/, ""))).toEqual([
      "文件",
      "工作表",
      "类型",
      "标题",
      "计算总分",
      "填报总分",
      "等级",
      "错误",
      "警告",
      "说明",
    ]);
    expect(rows).toHaveLength(1 + sampleReport.tables.length);
    sampleReport.tables.forEach((t, i) => {
      const row = rows[i + 1];
      expect(row[0]).toBe(SAMPLE_ARG);
      expect(row[1]).toBe(t.sheet);
      if (t.kind !== "basic") {
        expect(row[3]).toBe(t.title);
        expect(Number(row[4])).toBeCloseTo(t.total!.score!, 2);
        expect(row[6]).toBe(t.total!.grade ?? "");
      }
    });
    expect(rows.slice(1).reduce((s, r) => s + Number(r[7]), 0)).toBe(errorCount(sampleReport));
  });

  it("checks every workbook in a directory, in sorted order, skipping Excel's lock files", async () => {
    const folder = path.join(dir, "folder");
    fs.mkdirSync(path.join(folder, "sub"), { recursive: true });
    fs.copyFileSync(SAMPLE, path.join(folder, "b.xlsx"));
    fs.copyFileSync(SAMPLE, path.join(folder, "sub", "a.xlsx"));
    fs.writeFileSync(path.join(folder, "~$b.xlsx"), "lock");
    fs.writeFileSync(path.join(folder, "notes.txt"), "not a workbook");
    const run = await runCli(["check", "--json", folder]);
    expect(run.code).toBe(1);
    const files = parseReports(run.stdout).map((r) => r.file);
    expect(files).toEqual([path.join(folder, "b.xlsx"), path.join(folder, "sub", "a.xlsx")]);
    expect(run.stderr).toBe(""); // no progress bar: stderr is not a terminal
  });
});

describe("progress bar", () => {
  it("draws on stderr when stderr is a terminal and several files are checked", async () => {
    const folder = path.join(dir, "tty");
    fs.mkdirSync(folder);
    for (const n of ["1", "2", "3"]) fs.copyFileSync(SAMPLE, path.join(folder, `${n}.xlsx`));
    // script(1) gives the command a terminal; stdout goes to a file, so what the terminal shows is stderr.
    const out = path.join(dir, "tty.json");
    const command = `${process.execPath} ${BIN} check --json ${folder} > ${out}; echo "exit $?"`;
    const terminal = execFileSync("script", ["-qc", command, "/dev/null"], { cwd: ROOT, encoding: "utf8" });
    expect(terminal).toContain("exit 1");
    expect(terminal).toContain("检查中 [");
    expect(terminal).toContain("3/3");
    expect(parseReports(fs.readFileSync(out, "utf8"))).toHaveLength(3);
  });
});

describe("jixiao check on bad input", () => {
  it.each([
    "random",
    "truncated",
    "oldXls",
    "encrypted",
    "tooBig",
    "zipBomb",
    "lyingZipBomb",
    "empty",
    "missing",
    "notWorkbook",
  ])("%s: a report that says why, and exit 2", async (name) => {
    const json = await runCli(["check", "--json", bad[name].file]);
    expect(json.code).toBe(2);
    const [report] = parseReports(json.stdout);
    expect(report).toMatchObject({ file: bad[name].file, profile: "default", tables: [] });
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ severity: "error", code: "UNREADABLE", cell: null });
    expect(report.findings[0].message).toMatch(bad[name].says);
  });

  it("prints one clear line for each bad file, in argument order, and counts them in the summary", async () => {
    const names = Object.keys(bad);
    const run = await runCli(["check", ...names.map((n) => bad[n].file)]);
    expect(run.code).toBe(2);
    const lines = run.stdout.split("\n").filter((l) => l.includes("无法检查"));
    expect(lines).toHaveLength(names.length);
    names.forEach((n, i) => expect(lines[i]).toMatch(bad[n].says));
    expect(run.stdout).toContain(`无法读取 ${names.length} 个文件`);
  });

  it("a batch of good and bad files: every bad one reported in its place, every good one checked, exit 2", async () => {
    const names = Object.keys(bad);
    const args = [SAMPLE_ARG, ...names.map((n) => bad[n].file), SAMPLE_ARG];
    const run = await runCli(["check", "--json", ...args]);
    expect(run.code).toBe(2);
    const reports = parseReports(run.stdout);
    expect(reports.map((r) => r.file)).toEqual(args);
    for (const r of [reports[0], reports[reports.length - 1]]) {
      expect(r.tables).toHaveLength(sampleReport.tables.length);
      expect(errorCount(r)).toBe(errorCount(sampleReport));
    }
    names.forEach((n, i) => {
      expect(reports[i + 1].findings[0].code).toBe("UNREADABLE");
      expect(reports[i + 1].findings[0].message).toMatch(bad[n].says);
    });
  });

  it("a file that vanishes mid-batch is reported and the batch goes on", async () => {
    const folder = path.join(dir, "vanish");
    fs.mkdirSync(folder);
    const files = ["1", "2", "3", "4", "5", "6"].map((n) => path.join(folder, `${n}.xlsx`));
    for (const f of files) fs.copyFileSync(SAMPLE, f);
    const victim = files[files.length - 1];
    const child = spawn(process.execPath, [BIN, "check", "--json", "--jobs", "1", folder], { cwd: ROOT });
    let stdout = "";
    child.stdout.setEncoding("utf8").on("data", (c: string) => {
      stdout += c;
      // The first report is out while file 2 is being checked: file 6 is still waiting.
      if (stdout.includes('"file"') && fs.existsSync(victim)) fs.unlinkSync(victim);
    });
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(code).toBe(2);
    const reports = parseReports(stdout);
    expect(reports.map((r) => r.file)).toEqual(files);
    expect(reports.slice(0, 5).every((r) => r.tables.length === sampleReport.tables.length)).toBe(true);
    expect(reports[5].findings).toEqual([
      { severity: "error", code: "UNREADABLE", cell: null, message: "文件不存在或已被移走" },
    ]);
  });

  it("a workbook with no official tables is checked and says so", async () => {
    const file = path.join(dir, "shopping-list.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Sheet1");
    ws.addRow(["品名", "数量"]);
    ws.addRow(["苹果", 3]);
    await wb.xlsx.writeFile(file);
    const run = await runCli(["check", "--json", file]);
    const [report] = parseReports(run.stdout);
    expect(report.tables).toEqual([]);
    expect(report.findings.map((f) => f.code)).toEqual(["NO_TABLES"]);
    expect(run.code).toBe(report.findings[0].severity === "error" ? 1 : 0);
    const human = await runCli(["check", file]);
    expect(human.stdout).toContain(report.findings[0].message);
  });
});

describe("jixiao usage", () => {
  it.each([
    [[], /用法/],
    [["check"], /请给出要检查的/],
    [["check", "--bogus", "a.xlsx"], /未知选项：--bogus/],
    [["check", "--profile", "nope", "a.xlsx"], /未知的评分规则：nope/],
    [["check", "--jobs", "0", "a.xlsx"], /--jobs/],
    [["frobnicate"], /未知命令/],
    [["recalc", "a.xlsx"], /-o OUT\.xlsx/],
  ])("%j exits 2 with a Chinese message", async (args, says) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).toMatch(says);
  });

  it("an empty directory is bad usage", async () => {
    const empty = fs.mkdtempSync(path.join(dir, "empty-"));
    const run = await runCli(["check", empty]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("中没有 .xlsx 文件");
  });

  it("says how to build when the build is missing", () => {
    const copy = fs.mkdtempSync(path.join(dir, "nobuild-"));
    fs.mkdirSync(path.join(copy, "bin"));
    fs.copyFileSync(BIN, path.join(copy, "bin", "jixiao.js"));
    let out = "";
    try {
      execFileSync(process.execPath, [path.join(copy, "bin", "jixiao.js"), "check", "a.xlsx"], { stdio: "pipe" });
    } catch (e) {
      out = String((e as { stderr: Buffer }).stderr);
      expect((e as { status: number }).status).toBe(2);
    }
    expect(out).toContain("请先运行 npm run build:cli");
  });
});
