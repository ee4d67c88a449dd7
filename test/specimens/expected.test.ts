/**
 * The hand-written account of the specimen workbooks (expected.ts) against the committed files: every cell it names
 * shows the text it names, rows come in sheet order, and its sums hold where it expects no finding — so the account
 * the recognizer will be held to is itself right about the workbooks.
 */
import ExcelJS from "exceljs";
import { join } from "path";
import { readWorkbook } from "../support/workbook-content";
import { ExpectedField, ExpectedSpecimen, ExpectedTable, SPECIMENS } from "./expected";
import { shown } from "./shown";

const DIR = join(__dirname, "..", "..", "samples", "specimens");

/** The family ids of issue 15 (the team's notes), one per layout family. */
const FAMILIES = [
  "central",
  "central-department",
  "yunnan",
  "sichuan-platform",
  "budget20",
  "scorecard",
  "scorecard-levels",
  "criteria",
  "transfer",
  "regional",
  "xianjie",
  "hebei",
  "chongqing",
  "tianjin-platform",
];

/** REPORT.md's finding codes that a printed table can carry. */
const CODES = [
  "LAYOUT_INCOMPLETE",
  "REQUIRED_EMPTY",
  "NOT_A_NUMBER",
  "TEMPLATE_TEXT_LEFT",
  "BUDGET_RATE_MISMATCH",
  "BUDGET_SCORE_MISMATCH",
  "BUDGET_TOTAL_MISMATCH",
  "BUDGET_ZERO_DIVISOR",
  "WEIGHT_SUM",
  "SCORE_OVER_WEIGHT",
  "SCORE_MISMATCH",
  "QUALITATIVE_BAND",
  "TOTAL_MISMATCH",
  "REASON_MISSING",
  "REASON_PLACEHOLDER",
  "OVERSHOOT",
  "ACTUAL_COPIES_TARGET",
  "UNIT_MISMATCH",
];

/** 10's total also counts the 年度目标完成情况 block's score, which the table model has no field for. */
const OTHER_BLOCK_SCORES: Record<string, number> = { "10_sichuan-suining-anju_2021_zhuanyizhifu-quyu": 20 };

const books = new Map<string, ExcelJS.Workbook>();

beforeAll(async () => {
  for (const s of SPECIMENS) books.set(s.file, await readWorkbook(join(DIR, `${s.file}.xlsx`)));
});

function sheetOf(spec: ExpectedSpecimen, name: string): ExcelJS.Worksheet {
  const ws = books.get(spec.file)!.getWorksheet(name);
  if (!ws) throw new Error(`${spec.file} has no sheet ${name}`);
  return ws;
}

/** Every field a table names, with a label saying which. */
function fieldsOf(table: ExpectedTable): [string, ExpectedField][] {
  const out: [string, ExpectedField][] = [];
  const add = (label: string, field: ExpectedField | null | undefined) => field && out.push([label, field]);
  const budget = table.budget;
  if (budget?.total) {
    const { label: _, ...amounts } = budget.total;
    for (const [k, v] of Object.entries(amounts)) add(`budget ${k}`, v);
  }
  for (const s of budget?.sources ?? []) {
    add(`${s.label} annual`, s.annual);
    add(`${s.label} executed`, s.executed);
  }
  if (budget?.block) for (const [k, v] of Object.entries(budget.block)) add(`budget block ${k}`, v);
  for (const row of table.rows) {
    const parts = ["name", "nature", "target", "unit", "actual", "weight", "score", "reason", "scoreFactor"] as const;
    for (const part of parts) add(`${row.name.text} ${part}`, row[part]);
  }
  add("total score", table.total?.score);
  add("total weight", table.total?.weight);
  return out;
}

/** The stored number of a field's cell, in cents; null for an empty cell. */
function cents(ws: ExcelJS.Worksheet, field: ExpectedField | null | undefined): number | null {
  if (!field) return null;
  const value = ws.getCell(field.cell).value;
  if (value === null) return null;
  if (typeof value !== "number") throw new Error(`${ws.name}!${field.cell} is not a number: ${String(value)}`);
  return Math.round(value * 100);
}

const tables = SPECIMENS.flatMap((spec) =>
  spec.tables.map((table, i) => ({ spec, table, id: `${spec.file} #${i + 1}` })),
);

describe("the expected account", () => {
  it("covers the fifteen specimen workbooks", () => {
    expect(SPECIMENS.map((s) => s.file)).toEqual([...books.keys()]);
    expect(SPECIMENS).toHaveLength(15);
  });

  it.each(tables)("$id: names a known family and a sheet of the workbook", ({ spec, table }) => {
    expect(FAMILIES).toContain(table.family);
    expect(sheetOf(spec, table.sheet).name).toBe(table.sheet);
    expect(table.rows.length).toBeGreaterThan(0);
  });

  it.each(tables)("$id: every named cell shows the named text, at the anchor of its area", ({ spec, table }) => {
    const ws = sheetOf(spec, table.sheet);
    const wrong = fieldsOf(table)
      .map(([label, field]) => {
        const cell = ws.getCell(field.cell);
        const seen = cell.master.address === cell.address ? shown(cell) : `(inside ${cell.master.address})`;
        return { label, cell: field.cell, expected: field.text, seen };
      })
      .filter((x) => x.seen !== x.expected);
    expect(wrong).toEqual([]);
  });

  it.each(tables)("$id: rows in sheet order, each row's cells on one line", ({ table }) => {
    const rowOf = (field: ExpectedField) => Number(/\d+$/.exec(field.cell)![0]);
    const lines = table.rows.map((row) => {
      const cells = [row.name, row.nature, row.target, row.unit, row.actual, row.weight, row.score, row.reason];
      return [...new Set(cells.filter((c): c is ExpectedField => !!c).map(rowOf))];
    });
    expect(lines.every((l) => l.length === 1)).toBe(true);
    const order = lines.map((l) => l[0]);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBe(order.length);
  });

  it.each(tables)("$id: weights add up to 100 unless a WEIGHT_SUM finding says otherwise", ({ spec, table }) => {
    const ws = sheetOf(spec, table.sheet);
    const weights = table.rows.filter((r) => r.role !== "subitem").map((r) => cents(ws, r.weight));
    if (weights.every((w) => w === null)) return; // the form sets no per-indicator weights
    const budget = cents(ws, table.budget?.total?.weight ?? table.budget?.block?.weight);
    const sum = weights.reduce<number>((s, w) => s + (w ?? 0), budget ?? 0);
    const flagged = spec.findings.some((f) => f.code === "WEIGHT_SUM");
    expect({ sum, flagged }).toEqual({ sum: 10000, flagged: false });
    if (table.total?.weight) expect(cents(ws, table.total.weight)).toBe(sum);
  });

  it.each(tables)(
    "$id: the entered total is the sum of entered scores exactly when no TOTAL_MISMATCH is expected",
    ({ spec, table }) => {
      const ws = sheetOf(spec, table.sheet);
      const total = cents(ws, table.total?.score);
      // A table with parent rows sums differently (parents, not their children); 03 is checked in its own test.
      if (total === null || table.rows.some((r) => r.role === "group")) return;
      const scores = table.rows.filter((r) => r.role === "indicator").map((r) => cents(ws, r.score) ?? 0);
      const budget = cents(ws, table.budget?.total?.score ?? table.budget?.block?.score) ?? 0;
      const sum = scores.reduce((s, x) => s + x, budget + (OTHER_BLOCK_SCORES[spec.file] ?? 0) * 100);
      const flagged = spec.findings.some(
        (f) => f.code === "TOTAL_MISMATCH" && f.cell === `${table.sheet}!${table.total!.score.cell}`,
      );
      expect({ equal: sum === total, flagged }).toEqual({ equal: !flagged, flagged });
    },
  );

  it("03: parents carry the sum of their children, and the scored rows without children make the 80", () => {
    const spec = SPECIMENS.find((s) => s.file.startsWith("03_"))!;
    const table = spec.tables[0];
    const ws = sheetOf(spec, table.sheet);
    const score = (row: number) => cents(ws, { cell: `I${row}`, text: "" })!;
    expect(score(11)).toBe(score(12) + score(13) + score(14));
    expect(score(15)).toBe(score(16) + score(17) + score(18) + score(19));
    const topLevel = [11, 15, 20, 21, 22, 23, 24, 25, 26, 27].map(score);
    expect(topLevel.reduce((s, x) => s + x, 0)).toBe(8000);
    expect(cents(ws, table.total!.score)).toBe(8000 + cents(ws, table.budget!.total!.score)!);
  });
});

describe("the expected findings", () => {
  it.each(SPECIMENS.map((s) => [s.file, s] as const))("%s: known codes at cells the account names", (_, spec) => {
    const named = new Set(spec.tables.flatMap((t) => fieldsOf(t).map(([, field]) => `${t.sheet}!${field.cell}`)));
    for (const finding of spec.findings) {
      expect(CODES).toContain(finding.code);
      expect({ cell: finding.cell, named: named.has(finding.cell) }).toEqual({ cell: finding.cell, named: true });
      expect(finding.why.length).toBeGreaterThan(10);
    }
  });

  it.each(SPECIMENS.filter((s) => s.leftovers).map((s) => [s.file, s] as const))(
    "%s: each template leftover shows its text",
    (_, spec) => {
      for (const leftover of spec.leftovers!) {
        const [sheet, address] = leftover.cell.split("!");
        expect({ at: leftover.cell, seen: shown(sheetOf(spec, sheet).getCell(address)) }).toEqual({
          at: leftover.cell,
          seen: leftover.text,
        });
      }
    },
  );
});
