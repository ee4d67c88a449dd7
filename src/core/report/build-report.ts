// The report of ../../../../shared/design/REPORT.md from a workbook's scores and findings: rates to 4 decimals,
// scores to 2, `Sheet!A1` addresses, "" for empty text and null for empty entered values.
import Decimal from "decimal.js";
import { areaA1, refA1 } from "../grid/address";
import { FAMILY_BY_ID } from "../layout/families";
import { BudgetRow, Field, TotalPlace } from "../layout/model";
import { Finding } from "../finding";
import { Profile } from "../profile/types";
import { BasicTableScore, Computed, EvalTableScore, IndicatorScore, WorkbookScore } from "../scoring/types";
import { Inputs } from "../scoring/inputs";
import { rateIn } from "../values/entry";
import { shownText } from "../values/show";
import { BasicTableReport, EvalTableReport, IndicatorReport, Report, TableReport } from "./report";

export function buildReport(file: string, profile: Profile, score: WorkbookScore, findings: Finding[]): Report {
  return {
    file,
    profile: profile.id,
    tables: score.tables.map((t): TableReport =>
      t.kind === "basic" ? basicReport(t, score.inputs) : evalReport(t, score.inputs),
    ),
    findings,
  };
}

function basicReport(s: BasicTableScore, inputs: Inputs): BasicTableReport {
  const t = s.table;
  const report: BasicTableReport = { kind: "basic", sheet: t.sheet, range: areaA1(t.area) };
  if (t.staffing)
    report.staffing = {
      authorized: numberOf(t.staffing.authorized, inputs),
      actual: numberOf(t.staffing.actual, inputs),
      controlRate: rounded(s.controlRate?.value ?? null, 4),
    };
  return report;
}

function evalReport(s: EvalTableScore, inputs: Inputs): EvalTableReport {
  const t = s.table;
  const family = FAMILY_BY_ID.get(t.layout.family);
  return {
    kind: s.kind,
    sheet: t.sheet,
    range: areaA1(t.area),
    title: t.title,
    layout: { family: t.layout.family, name: family?.name ?? t.layout.family, has: [...t.layout.has] },
    budget: t.budget ? budgetReport(s, t.budget.total, inputs) : null,
    indicators: s.indicators.map((i) => indicatorReport(i, inputs)),
    total: t.total ? totalReport(s, t.total, inputs) : null,
  };
}

function budgetReport(s: EvalTableScore, row: BudgetRow, inputs: Inputs): EvalTableReport["budget"] {
  const cells: { rate?: string; score?: string } = {};
  if (row.rate) cells.rate = refA1(row.rate.ref);
  if (row.score) cells.score = refA1(row.score.ref);
  const block = s.table.budget!;
  return {
    initial: numberOf(row.initial, inputs),
    annual: block.sumOfSources ? sumOf(block.sources, "annual", inputs) : numberOf(row.annual, inputs),
    executed: block.sumOfSources ? sumOf(block.sources, "executed", inputs) : numberOf(row.executed, inputs),
    weight: rounded(s.budget.weight, 2),
    rate: computedValue(s.budget.rate, 4),
    score: computedValue(s.budget.score, 2),
    enteredRate: rateIn(inputs.entry(row.rate))?.toNumber() ?? null,
    enteredScore: numberOf(row.score, inputs),
    cells,
  };
}

function totalReport(s: EvalTableScore, place: TotalPlace, inputs: Inputs): EvalTableReport["total"] {
  const cells: { score?: string } = {};
  if (place.score) cells.score = refA1(place.score.ref);
  const entered = place.scoreInText !== undefined ? Number(place.scoreInText) : numberOf(place.score, inputs);
  return {
    weight: numberOf(place.weight, inputs) ?? rounded(s.weightTotal, 2),
    score: computedValue(s.total, 2),
    enteredScore: entered,
    grade: s.grade,
    cells,
  };
}

function indicatorReport(s: IndicatorScore, inputs: Inputs): IndicatorReport {
  const i = s.indicator;
  const cells: IndicatorReport["cells"] = { score: refA1((i.score ?? i.name).ref) };
  if (i.reason) cells.reason = refA1(i.reason.ref);
  if (i.target) cells.target = refA1(i.target.ref);
  if (i.actual) cells.actual = refA1(i.actual.ref);
  const report: IndicatorReport = {
    level1: i.level1,
    level2: i.level2,
    name: shownText(i.name),
    target: shownText(i.target),
    actual: shownText(i.actual),
    direction: s.direction,
    weight: rounded(s.weight, 2),
    score: computedValue(s.score, 2),
    enteredScore: numberOf(i.score, inputs),
    missed: s.missed,
    reason: shownText(i.reason),
    ruleId: s.score.ruleId,
    explanation: s.score.explanation,
    cells,
  };
  if (!i.weight && i.labelWeight) report.weightFrom = i.labelWeight.from;
  return report;
}

/** A sum of source amounts, for a form without a 年度资金总额 row; null when any is not a number. */
function sumOf(rows: BudgetRow[], key: "annual" | "executed", inputs: Inputs): number | null {
  let total = new Decimal(0);
  let any = false;
  for (const r of rows) {
    const e = inputs.entry(r[key]);
    if (e.kind === "empty") continue;
    if (e.kind !== "number") return null;
    total = total.plus(e.quantity.value);
    any = true;
  }
  return any ? total.toNumber() : null;
}

/** A cell's number as a person reads it (93 for 93 %), null when empty or not a number. */
function numberOf(field: Field | undefined, inputs: Inputs): number | null {
  const e = inputs.entry(field);
  return e.kind === "number" ? e.quantity.value.toNumber() : null;
}

function computedValue(c: Computed, places: number): number | null {
  return rounded(c.value, places);
}

function rounded(d: Decimal | null, places: number): number | null {
  return d === null ? null : d.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toNumber();
}
