// The CLI end to end on every variant workbook: one batch `check --json` over all of them (each finds its tables
// and its expected findings), then `recalc` of each, LibreOffice recalculation of the copies in one run, and a
// check of the copies: every score the copy computes by formula equals the score the check computed.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { FileReport } from "../../src/cli/file-report";
import { recalcAllWithLibreOffice } from "../support/libreoffice";
import { VARIANTS, Variant, writeVariant } from "../support/variants";
import { ensureCliBuilt, runCli } from "./support/cli";
import { cellOf, scoreCells } from "./support/report-cells";

let dir: string;
let variants: Variant[];
let files: string[];
let reports: FileReport[];
let exitCode: number | null;

beforeAll(async () => {
  ensureCliBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-variants-"));
  variants = VARIANTS.map((v) => v.build());
  files = await Promise.all(variants.map((v) => writeVariant(v, dir)));
  const run = await runCli(["check", "--json", ...files]);
  exitCode = run.code;
  reports = JSON.parse(run.stdout);
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("jixiao check on every variant workbook", () => {
  it("reads every variant (none unreadable) and reports them in order", () => {
    expect(exitCode === 0 || exitCode === 1).toBe(true);
    expect(reports.map((r) => r.file)).toEqual(files);
    for (const r of reports)
      expect(r.findings.some((f) => f.code === "UNREADABLE" || f.code === "CHECK_FAILED")).toBe(false);
  });

  it.each(VARIANTS.map((v) => v.name))("%s: its tables and expected findings", (name) => {
    const i = variants.findIndex((v) => v.name === name);
    const v = variants[i];
    const r = reports[i];
    expect(r.tables.map((t) => `${t.kind} ${t.sheet}`).sort()).toEqual(
      v.expected.tables.map((t) => `${t.kind} ${t.sheet}`).sort(),
    );
    for (const e of v.expected.findings) {
      const hit = r.findings.find((f) => f.code === e.code && f.cell === e.cell);
      expect(hit).toBeDefined();
      for (const word of e.includes) expect(hit!.message).toContain(word);
    }
  });
});

describe("jixiao recalc on every variant workbook", () => {
  it("writes copies whose formulas LibreOffice computes to the scores the check computed", async () => {
    const outs: string[] = [];
    for (const [i, file] of files.entries()) {
      const out = path.join(dir, `recalc-${variants[i].name}.xlsx`);
      const before = fs.readFileSync(file);
      const run = await runCli(["recalc", file, "-o", out, "--fill-reasons"]);
      expect({ name: variants[i].name, code: run.code, stderr: run.stderr }).toEqual({
        name: variants[i].name,
        code: 0,
        stderr: "",
      });
      expect(fs.readFileSync(file).equals(before)).toBe(true);
      outs.push(out);
    }
    const computed = await recalcAllWithLibreOffice(outs);
    let compared = 0;
    for (const [i, original] of reports.entries()) {
      const written = new ExcelJS.Workbook();
      await written.xlsx.readFile(outs[i]);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(computed[i]);
      for (const [cell, score] of scoreCells(original)) {
        if (!cell || score === null || !cellOf(written, cell).formula) continue;
        // exceljs keeps a cached result of 0 in `result` only.
        const value = cellOf(wb, cell).result;
        expect({ variant: variants[i].name, cell, value }).toEqual({ variant: variants[i].name, cell, value: score });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(variants.length * 5);
  }, 240_000);
});
