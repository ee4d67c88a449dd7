// The report of ../../../../shared/design/REPORT.md from a workbook's scores and findings: rates to 4 decimals,
// scores to 2, `Sheet!A1` addresses, "" for empty text and null for empty entered values.
import Decimal from "decimal.js";
import { areaA1, refA1 } from "../grid/address";
import { Field } from "../layout/model";
import { Finding } from "../checks/finding";
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
  const row = t.budget.total;
  const cells: { rate?: string; score?: string } = {};
  if (row.rate) cells.rate = refA1(row.rate.ref);
  if (row.score) cells.score = refA1(row.score.ref);
  const totalCells: { score?: string } = {};
  if (t.total.score) totalCells.score = refA1(t.total.score.ref);
  return {
    kind: s.kind,
    sheet: t.sheet,
    range: areaA1(t.area),
    title: t.title,
    budget: {
      initial: numberOf(row.initial),
      annual: numberOf(row.annual),
      executed: numberOf(row.executed),
      weight: rounded(s.budget.weight, 2),
      rate: computedValue(s.budget.rate, 4),
      score: computedValue(s.budget.score, 2),
      enteredRate: rateOf(row.rate),
      enteredScore: numberOf(row.score),
      cells,
    },
    indicators: s.indicators.map(indicatorReport),
    total: {
      weight: numberOf(t.total.weight) ?? rounded(s.weightTotal, 2),
      score: computedValue(s.total, 2),
      enteredScore: numberOf(t.total.score),
      grade: s.grade,
      cells: totalCells,
    },
  };
}

function indicatorReport(s: IndicatorScore): IndicatorReport {
  const i = s.indicator;
  const cells: IndicatorReport["cells"] = { score: refA1(i.score.ref) };
  if (i.reason) cells.reason = refA1(i.reason.ref);
  cells.target = refA1(i.target.ref);
  cells.actual = refA1(i.actual.ref);
  return {
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
