/**
 * Every specimen workbook is recognized exactly as its hand-written account (expected.ts) says: each table's kind,
 * family, title, money block, indicator rows, groups, sub-rows and total, every field at its cell with the text a
 * person sees; and the findings are exactly the ones its printed figures contain — none caused by the layout.
 */
import { join } from "path";
import { analyze } from "../../src/app/analyze";
import { EvalTable, Field, Indicator } from "../../src/core/layout/model";
import { a1 } from "../../src/core/grid/address";
import { readWorkbookFile } from "../../src/host/xlsx";
import { ExpectedField, ExpectedRow, ExpectedSpecimen, ExpectedTable, SPECIMENS } from "./expected";

const DIR = join(__dirname, "..", "..", "samples", "specimens");

/** A field as the account writes it: its address on the table's sheet and the text a person sees. */
function field(f: Field | undefined): ExpectedField | null {
  if (!f) return null;
  return { cell: a1(f.ref.row, f.ref.col), text: f.text.trim() };
}

function trimmed(f: ExpectedField | null | undefined): ExpectedField | null {
  return f ? { cell: f.cell, text: f.text.trim() } : null;
}

/** The indicator rows of a recognized table, in the account's shape and sheet order. */
function rowsOf(t: EvalTable): ExpectedRow[] {
  const rows: { row: number; out: ExpectedRow }[] = [];
  const put = (ind: Indicator, role: ExpectedRow["role"]) => {
    const out: ExpectedRow = {
      role,
      level1: ind.level1,
      level2: ind.level2,
      name: field(ind.name)!,
      target: field(ind.target),
      actual: field(ind.actual),
      weight: field(ind.weight),
      score: field(ind.score),
      reason: field(ind.reason),
    };
    if (ind.level1Weight !== undefined) out.level1Weight = ind.level1Weight;
    if (ind.level2Weight !== undefined) out.level2Weight = ind.level2Weight;
    if (ind.nature) out.nature = field(ind.nature)!;
    if (ind.unit) out.unit = field(ind.unit)!;
    // The account names 河北's 单项指标得分 (the model's unitScore) as the factor of the 折算得分.
    if (ind.scoreFactor ?? ind.unitScore) out.scoreFactor = field(ind.scoreFactor ?? ind.unitScore)!;
    rows.push({ row: ind.row, out });
  };
  for (const ind of t.indicators) put(ind, "indicator");
  // Groups in the indicator list (a numbered parent row); a block's heading is not a row.
  for (const g of t.groups)
    if (g.kind === "row") rows.push({ row: g.row, out: { role: "group", name: { cell: "", text: g.label } } as never });
  for (const s of t.subRows) rows.push({ row: s.row, out: { role: "subitem", name: field(s.name)! } as never });
  return rows.sort((a, b) => a.row - b.row).map((r) => r.out);
}

/** What of an expected row the recognizer is held to: groups and sub-rows by their name and role only. */
function comparable(r: ExpectedRow): unknown {
  if (r.role === "group") return { role: r.role, name: { cell: "", text: r.name.text } };
  if (r.role === "subitem") return { role: r.role, name: trimmed(r.name) };
  const out: Record<string, unknown> = {
    role: r.role,
    level1: r.level1,
    level2: r.level2,
    name: trimmed(r.name),
    target: trimmed(r.target),
    actual: trimmed(r.actual),
    weight: trimmed(r.weight),
    score: trimmed(r.score),
    reason: trimmed(r.reason),
  };
  for (const k of ["level1Weight", "level2Weight"] as const) if (r[k] !== undefined) out[k] = r[k];
  for (const k of ["nature", "unit", "scoreFactor"] as const) if (r[k]) out[k] = trimmed(r[k]);
  return out;
}

function tableOf(t: EvalTable): unknown {
  const b = t.budget;
  const total = t.total;
  return {
    sheet: t.sheet,
    kind: t.kind,
    family: t.layout.family,
    title: t.title.trim(),
    budget: b
      ? {
          total: b.sumOfSources
            ? null
            : {
                initial: field(b.total.initial),
                annual: field(b.total.annual),
                executed: field(b.total.executed),
                weight: field(b.total.weight),
                rate: field(b.total.rate),
                score: field(b.total.score),
              },
          sources: b.sources.map((s) => ({ annual: field(s.annual), executed: field(s.executed) })),
        }
      : null,
    rows: rowsOf(t).map(comparable),
    total: total ? { where: total.where === "header" ? "headerCell" : total.where, score: field(total.score) } : null,
  };
}

function expectedOf(e: ExpectedTable): unknown {
  const b = e.budget;
  return {
    sheet: e.sheet,
    kind: e.kind,
    family: e.family,
    title: e.title.trim(),
    budget: b
      ? {
          total: b.total
            ? {
                initial: trimmed(b.total.initial),
                annual: trimmed(b.total.annual),
                executed: trimmed(b.total.executed),
                weight: trimmed(b.total.weight),
                rate: trimmed(b.total.rate),
                score: trimmed(b.total.score),
              }
            : null,
          sources: b.sources.map((s) => ({ annual: trimmed(s.annual), executed: trimmed(s.executed) })),
        }
      : null,
    rows: e.rows.map(comparable),
    total: e.total ? { where: e.total.where, score: trimmed(e.total.score) } : null,
  };
}

describe.each(SPECIMENS.map((s) => [s.file, s] as const))("specimen %s", (file, spec: ExpectedSpecimen) => {
  let analysis: ReturnType<typeof analyze>;
  beforeAll(async () => {
    analysis = analyze(await readWorkbookFile(join(DIR, `${file}.xlsx`)));
  });

  it("recognizes every table exactly as the account written from the specimen says", () => {
    const tables = analysis.recognition.tables.filter((t): t is EvalTable => t.kind !== "basic");
    expect(tables.map(tableOf)).toEqual(spec.tables.map(expectedOf));
  });

  it("finds the errors and warnings its printed figures contain, and none caused by the layout", () => {
    const found = analysis.findings
      .filter((f) => f.severity !== "info")
      .map((f) => `${f.code}@${f.cell}`)
      .sort();
    expect(found).toEqual(spec.findings.map((f) => `${f.code}@${f.cell}`).sort());
  });
});
