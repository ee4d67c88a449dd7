/**
 * The formulas are checked by a real spreadsheet engine. Each workbook below gets its recalculation plan applied
 * through the xlsx host, loses every cached result, and is recalculated by LibreOffice (headless, recalculation
 * forced on load) — all files in one soffice run. Every computed cell must then hold the engine's decimal value
 * (within 0.005), every blank must stay blank, and every normalised cell must still show the text typed there.
 *
 * Workbooks: the sample workbook as the recognizer reads it (normalised, not normalised, platform profile), every
 * variant workbook of test/support/variants.ts that holds tables, the
 * seed report's tables built in code (likewise), tables of edge cases under three profiles, and random rows
 * (fast-check) under three profiles.
 */
import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Table } from "../../src/core/layout/model";
import { PROFILES } from "../../src/core/profile";
import { Profile } from "../../src/core/profile/types";
import { XlsxHost } from "../../src/host/xlsx";
import { hostOf } from "../support/host-of";
import { recalcAllWithLibreOffice } from "../support/libreoffice";
import { VARIANTS } from "../support/variants";
import { edgeTables } from "./support/edge-tables";
import { PreparedCase, compareWithRecalculated, prepareCase, prepareRecognized } from "./support/oracle";
import { budgetBlock, indicatorRow } from "./support/random-rows";
import { seedBasic, seedDepartment, seedInvestment, seedRailway } from "./support/seed";
import { BuiltSheet, buildEvalTable } from "./support/tables";
import { workbookOf } from "./support/workbook";

const STRICT_VARIANT: Profile = {
  ...PROFILES.default,
  id: "variant",
  budgetWeight: 20,
  reverse: "linear",
  qualitativeBands: { achieved: 0.8, partial: 0.5 },
  notApplicableRescale: false,
};
const PROFILE_SET: Profile[] = [PROFILES.default, PROFILES.platform, STRICT_VARIANT];

const seed = Date.now() % 2 ** 31;
const ROWS_PER_TABLE = 40;
const TABLES_PER_BATCH = 5;

function randomTables(runSeed: number): { table: Table; sheet: BuiltSheet }[] {
  const rows = fc.sample(indicatorRow, { numRuns: ROWS_PER_TABLE * TABLES_PER_BATCH, seed: runSeed });
  const budgets = fc.sample(budgetBlock, { numRuns: TABLES_PER_BATCH, seed: runSeed + 1 });
  return budgets.map((budget, i) =>
    buildEvalTable({
      sheet: `随机${i + 1}`,
      budget,
      indicators: rows.slice(i * ROWS_PER_TABLE, (i + 1) * ROWS_PER_TABLE),
      total: { weight: 100, score: null },
    }),
  );
}

interface Source {
  name: string;
  /** Tables built in code with their sheets, or a workbook (file or exceljs) whose tables the recognizer finds. */
  parts?: { table: Table; sheet: BuiltSheet }[];
  file?: string;
  workbook?: () => ExcelJS.Workbook;
  profile: Profile;
  normalizeUnits: boolean;
}

/** Every variant workbook that holds tables (one holds none on purpose: nothing to compute there). */
const variantSources: Source[] = VARIANTS.map((v) => v.build())
  .filter((v) => v.expected.tables.length > 0)
  .map((v) => ({
    name: `variant-${v.name}`,
    workbook: () => v.workbook,
    profile: PROFILES.default,
    normalizeUnits: true,
  }));

const SAMPLE = join(__dirname, "..", "..", "samples", "hengyang-commerce-2023.xlsx");

const sources: Source[] = [
  { name: "sample-normalised", file: SAMPLE, profile: PROFILES.default, normalizeUnits: true },
  { name: "sample-constants", file: SAMPLE, profile: PROFILES.default, normalizeUnits: false },
  { name: "sample-platform", file: SAMPLE, profile: PROFILES.platform, normalizeUnits: true },
  ...variantSources,
  ...[true, false].map((normalizeUnits) => ({
    name: `seed-${normalizeUnits ? "normalised" : "constants"}`,
    parts: [seedBasic(), seedDepartment(), seedInvestment(), seedRailway()],
    profile: PROFILES.default,
    normalizeUnits,
  })),
  {
    name: "seed-platform",
    parts: [seedBasic(), seedDepartment(), seedInvestment(), seedRailway()],
    profile: PROFILES.platform,
    normalizeUnits: true,
  },
  ...PROFILE_SET.map((profile) => ({
    name: `edges-${profile.id}`,
    parts: edgeTables(),
    profile,
    normalizeUnits: true,
  })),
  ...PROFILE_SET.map((profile, i) => ({
    name: `random-${profile.id}`,
    parts: randomTables(seed + 17 * i),
    profile,
    normalizeUnits: true,
  })),
];

const prepared: PreparedCase[] = [];
const recalculated = new Map<string, string>();

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "jx-oracle-"));
  for (const s of sources) {
    if (s.file || s.workbook) {
      const host = s.file ? await XlsxHost.open(s.file) : await hostOf(s.workbook!());
      prepared.push(await prepareRecognized(s.name, host, s.profile, dir, s.normalizeUnits));
      continue;
    }
    const parts = s.parts ?? [];
    const host = await hostOf(workbookOf(parts.map((p) => p.sheet)));
    prepared.push(
      await prepareCase(
        s.name,
        host,
        parts.map((p) => p.table),
        s.profile,
        dir,
        s.normalizeUnits,
      ),
    );
  }
  const outs = await recalcAllWithLibreOffice(prepared.map((p) => p.path));
  prepared.forEach((p, i) => recalculated.set(p.name, outs[i]));
}, 240_000);

describe(`LibreOffice recalculates what the engine computed (random seed ${seed})`, () => {
  it.each(sources.map((s) => s.name))("%s", async (name) => {
    const c = prepared.find((p) => p.name === name)!;
    const { mismatches, compared, displayMismatches } = await compareWithRecalculated(c, recalculated.get(name)!);
    expect(compared).toBeGreaterThan(0);
    expect(mismatches).toEqual([]);
    expect(displayMismatches).toEqual([]);
  });

  it("the seed's plans write formulas, and values only where a person declined normalising", () => {
    const formulas = (name: string) =>
      prepared.find((p) => p.name === name)!.expectations.filter((e) => e.formula).length;
    const constants = (name: string) =>
      prepared.find((p) => p.name === name)!.expectations.filter((e) => !e.formula).length;
    expect(constants("seed-normalised")).toBe(0);
    // 基础表 1; 自评表 rate, score, 6 indicators, total; 招商引资 rate, score, 11, total; 铁路 rate, score, 10, total
    expect(formulas("seed-normalised")).toBe(1 + 9 + 14 + 13);
    expect(formulas("sample-normalised")).toBe(formulas("seed-normalised"));
    expect(constants("sample-normalised")).toBe(0);
    // Six scores need unit text; five of them already hold the value the engine computes, so only 外资完成数 (9.85
    // where the sheet says 11) is written, as a value
    expect(constants("seed-constants")).toBe(1);
    expect(prepared.find((p) => p.name === "seed-constants")!.plan.cells.find((c) => !c.formula)).toMatchObject({
      value: 9.85,
      note: expect.stringContaining("未转换为数字"),
    });
  });

  it("the random batches exercise every rule, blanks included", () => {
    const purposes = new Set(
      prepared.filter((p) => p.name.startsWith("random-")).flatMap((p) => p.expectations.map((e) => e.purpose)),
    );
    expect([...purposes].sort()).toEqual(
      [
        "budget.rate",
        "budget.score",
        "indicator.equal",
        "indicator.positive",
        "indicator.reverse.linear",
        "indicator.reverse.ratio",
        "total",
      ].sort(),
    );
    const blanks = prepared.flatMap((p) => p.expectations).filter((e) => e.value === null);
    expect(blanks.length).toBeGreaterThan(0);
  });

  it("every random score lies within [0, weight]", () => {
    for (const c of prepared.filter((p) => p.name.startsWith("random-")))
      for (const t of c.score.tables)
        if (t.kind !== "basic")
          for (const i of t.indicators)
            if (i.score.value !== null && i.weight !== null) {
              expect(i.score.value.gte(0)).toBe(true);
              expect(i.score.value.lte(i.weight)).toBe(true);
            }
  });
});

describe("the oracle is a real recalculation", () => {
  it("the files LibreOffice read carried no cached results", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(prepared.find((p) => p.name === "seed-normalised")!.path);
    const cell = wb.getWorksheet("自评表")!.getCell("G5");
    expect(cell.formula).toContain("ROUND");
    expect(cell.result).toBeUndefined();
    expect(new Decimal(12.32).toNumber()).toBe(12.32);
  });
});
