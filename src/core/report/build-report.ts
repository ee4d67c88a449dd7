// The report of ../../../../shared/design/REPORT.md from a workbook's scores and findings: rates to 4 decimals,
// scores to 2, `Sheet!A1` addresses, "" for empty text and null for empty entered values.
import Decimal from "decimal.js";
import { areaA1, refA1 } from "../grid/address";
import { FAMILY_BY_ID } from "../layout/families";
import { BudgetRow, Field, TotalPlace } from "../layout/model";
import { Finding } from "../finding";
import { Profile } from "../profile/types";
import { BasicTableScore, Computed, EvalTableScore, IndicatorScore, WorkbookScore } from "../scoring/types";
import { readCell } from "../values/read-cell";
import { BasicTableReport, EvalTableReport, IndicatorReport, Report, TableReport } from "./report";

export function buildReport(file: string, profile: Profile, score: WorkbookScore, findings: Finding[]): Report {
  return {
    file,
    profile: profile.id,
    tables: score.tables.map((t): TableReport => (t.kind === "basic" ? basicReport(t) : evalReport(t))),
    findings,
  };
}

function basicReport(s: BasicTableScore): BasicTableReport {
  const t = s.table;
  const report: BasicTableReport = { kind: "basic", sheet: t.sheet, range: areaA1(t.area) };
  if (t.staffing)
    report.staffing = {
      authorized: numberOf(t.staffing.authorized),
      actual: numberOf(t.staffing.actual),
      controlRate: rounded(s.controlRate?.value ?? null, 4),
    };
  return report;
}

function evalReport(s: EvalTableScore): EvalTableReport {
  const t = s.table;
  const family = FAMILY_BY_ID.get(t.layout.family);
  return {
    kind: s.kind,
    sheet: t.sheet,
    range: areaA1(t.area),
    title: t.title,
    layout: { family: t.layout.family, name: family?.name ?? t.layout.family, has: [...t.layout.has] },
    budget: t.budget ? budgetReport(s, t.budget.total) : null,
    indicators: s.indicators.map(indicatorReport),
    total: t.total ? totalReport(s, t.total) : null,
  };
}

function budgetReport(s: EvalTableScore, row: BudgetRow): EvalTableReport["budget"] {
  const cells: { rate?: string; score?: string } = {};
  if (row.rate) cells.rate = refA1(row.rate.ref);
  if (row.score) cells.score = refA1(row.score.ref);
  const block = s.table.budget!;
  return {
    initial: numberOf(row.initial),
    annual: block.sumOfSources ? sumOf(block.sources, "annual") : numberOf(row.annual),
    executed: block.sumOfSources ? sumOf(block.sources, "executed") : numberOf(row.executed),
    weight: rounded(s.budget.weight, 2),
    rate: computedValue(s.budget.rate, 4),
    score: computedValue(s.budget.score, 2),
    enteredRate: rateOf(row.rate),
    enteredScore: numberOf(row.score),
    cells,
  };
}

function totalReport(s: EvalTableScore, place: TotalPlace): EvalTableReport["total"] {
  const cells: { score?: string } = {};
  if (place.score) cells.score = refA1(place.score.ref);
  const entered = place.scoreInText !== undefined ? Number(place.scoreInText) : numberOf(place.score);
  return {
    weight: numberOf(place.weight) ?? rounded(s.weightTotal, 2),
    score: computedValue(s.total, 2),
    enteredScore: entered,
    grade: s.grade,
    cells,
  };
}

function indicatorReport(s: IndicatorScore): IndicatorReport {
  const i = s.indicator;
  const cells: IndicatorReport["cells"] = { score: refA1((i.score ?? i.name).ref) };
  if (i.reason) cells.reason = refA1(i.reason.ref);
  if (i.target) cells.target = refA1(i.target.ref);
  if (i.actual) cells.actual = refA1(i.actual.ref);
  const report: IndicatorReport = {
    level1: i.level1,
    level2: i.level2,
    name: textOf(i.name),
    target: textOf(i.target),
    actual: textOf(i.actual),
    direction: s.direction,
    weight: rounded(s.weight, 2),
    score: computedValue(s.score, 2),
    enteredScore: numberOf(i.score),
    missed: s.missed,
    reason: i.reason ? textOf(i.reason) : "",
    ruleId: s.score.ruleId,
    explanation: s.score.explanation,
    cells,
  };
  if (!i.weight && i.labelWeight) report.weightFrom = i.labelWeight.from;
  return report;
}

/** A sum of source amounts, for a form without a 年度资金总额 row; null when any is not a number. */
function sumOf(rows: BudgetRow[], key: "annual" | "executed"): number | null {
  let total = new Decimal(0);
  let any = false;
  for (const r of rows) {
    const reading = r[key] ? readCell(r[key]!) : null;
    if (!reading || reading.kind === "empty") continue;
    if (reading.kind !== "number") return null;
    total = total.plus(reading.quantity.value);
    any = true;
  }
  return any ? total.toNumber() : null;
}

function textOf(field: Field | undefined): string {
  if (!field || field.value === null || field.value === undefined) return "";
  return field.text !== "" ? field.text : String(field.value);
}

/** A cell's number as a person reads it (93 for 93 %), null when empty or not a number. */
function numberOf(field: Field | undefined): number | null {
  if (!field) return null;
  const reading = readCell(field);
  return reading.kind === "number" ? reading.quantity.value.toNumber() : null;
}

/** An entered 执行率 as a fraction (0.93 for 93.00%). */
function rateOf(field: Field | undefined): number | null {
  if (!field) return null;
  const reading = readCell(field);
  if (reading.kind !== "number") return null;
  const q = reading.quantity;
  return (q.percent ? q.value.div(100) : q.value).toNumber();
}

function computedValue(c: Computed, places: number): number | null {
  return rounded(c.value, places);
}

function rounded(d: Decimal | null, places: number): number | null {
  return d === null ? null : d.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toNumber();
}
