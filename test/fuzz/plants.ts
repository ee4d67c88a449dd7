// Planted problems: one bad input at a cell whose role the recognizer gave on the unmutated workbook, and the finding
// that must then appear at that cell (or, for a row-level plant, at the row's cell a person must act on).
import Decimal from "decimal.js";
import { CellRef, refA1 } from "../../src/core/grid/address";
import { FindingCode } from "../../src/core/checks/finding";
import { Field } from "../../src/core/layout/model";
import { reasonKind } from "../../src/core/reasons";
import { EvalTableScore, IndicatorScore, WorkbookScore } from "../../src/core/scoring/types";
import { readCell } from "../../src/core/values";
import { Book, getCell, setCell } from "./book";

export interface Plant {
  what: string;
  apply(book: Book): void;
  /** One finding with one of these codes must sit at `cell`. */
  codes: FindingCode[];
  cell: string;
}

const INPUT: FindingCode[] = ["REQUIRED_EMPTY", "NOT_A_NUMBER", "TEMPLATE_TEXT_LEFT"];
const TEXTS = ["完成", "abc", "7.50.", "约一百", "……", "1,2,3", "十二"];
const ERRORS = ["#DIV/0!", "#VALUE!", "#N/A", "#REF!"];

type Kind = "empty" | "text" | "negative" | "huge" | "error";

let rotation = 0;
const next = <T>(list: T[]): T => list[rotation++ % list.length];

function mutate(kind: Kind, ref: CellRef): (book: Book) => void {
  const { sheet, row, col } = ref;
  switch (kind) {
    case "empty":
      return (book) => setCell(book, sheet, row, col, undefined);
    case "text": {
      const text = next(TEXTS);
      return (book) => setCell(book, sheet, row, col, { value: text });
    }
    case "negative":
      return (book) => {
        const numFmt = getCell(book, sheet, row, col)?.numFmt;
        setCell(book, sheet, row, col, { value: -123.45, ...(numFmt ? { numFmt } : {}) });
      };
    case "huge":
      return (book) => setCell(book, sheet, row, col, { value: 1e12 });
    case "error": {
      const error = next(ERRORS);
      return (book) => setCell(book, sheet, row, col, { value: null, error, formula: "=1/0" });
    }
  }
}

function plant(out: Plant[], kind: Kind, field: Field | undefined, role: string, codes: FindingCode[], at?: CellRef) {
  if (!field) return;
  out.push({
    what: `${kind} in ${role} ${refA1(field.ref)}`,
    apply: mutate(kind, field.ref),
    codes,
    cell: refA1(at ?? field.ref),
  });
}

const isNumber = (f: Field | undefined) => !!f && readCell(f).kind === "number";
const numberOf = (f: Field | undefined): Decimal | null => {
  if (!f) return null;
  const r = readCell(f);
  return r.kind === "number" ? r.quantity.value : null;
};

function indicatorPlants(out: Plant[], s: IndicatorScore): void {
  if (s.direction === "notApplicable") return;
  const ind = s.indicator;
  const quantitative = ["positive", "reverse", "equal"].includes(s.direction);
  for (const [field, role] of [
    [ind.target, "年度指标值"],
    [ind.actual, "实际完成值"],
  ] as const) {
    plant(out, "empty", field, role, ["REQUIRED_EMPTY"]);
    plant(out, "error", field, role, INPUT);
  }
  // Text is a legitimate qualitative value; it is a problem where the other side is a figure.
  if (isNumber(ind.actual)) plant(out, "text", ind.target, "年度指标值", ["NOT_A_NUMBER", "TEMPLATE_TEXT_LEFT"]);
  if (quantitative && isNumber(ind.target))
    plant(out, "text", ind.actual, "实际完成值", ["NOT_A_NUMBER", "TEMPLATE_TEXT_LEFT"]);
  for (const kind of ["empty", "text", "error"] as const) plant(out, kind, ind.weight, "分值", INPUT);
  for (const kind of ["negative", "huge"] as const) plant(out, kind, ind.weight, "分值", ["VALUE_OUT_OF_RANGE"]);
  for (const kind of ["text", "error"] as const) plant(out, kind, ind.score, "得分", ["NOT_A_NUMBER"]);
  for (const kind of ["negative", "huge"] as const) plant(out, kind, ind.score, "得分", ["SCORE_OVER_WEIGHT"]);

  const reasonEmpty = !ind.reason || ind.reason.value === null || ind.reason.value === "";
  const target = numberOf(ind.target);
  if (s.direction === "positive" && quantitative && target?.gt(0) && reasonEmpty && ind.reason)
    plant(out, "huge", ind.actual, "实际完成值", ["OVERSHOOT"], ind.reason.ref);

  // Row-level plants: columns swapped within the row.
  const weight = numberOf(ind.weight);
  const score = numberOf(ind.score);
  if (weight && score && score.lt(weight))
    out.push({
      what: `分值 and 得分 swapped on row ${ind.row} of ${ind.score!.ref.sheet}`,
      apply: swap(ind.weight!.ref, ind.score!.ref),
      codes: ["SCORE_OVER_WEIGHT"],
      cell: refA1(ind.score!.ref),
    });
  if (reasonKind(s) === "overshoot" && reasonEmpty && ind.reason)
    out.push({
      what: `年度指标值 and 实际完成值 swapped on row ${ind.row} of ${ind.target!.ref.sheet}`,
      apply: swap(ind.target!.ref, ind.actual!.ref),
      codes: ["REASON_MISSING"],
      cell: refA1(ind.reason.ref),
    });
}

function swap(a: CellRef, b: CellRef): (book: Book) => void {
  return (book) => {
    const x = getCell(book, a.sheet, a.row, a.col);
    const y = getCell(book, b.sheet, b.row, b.col);
    setCell(book, a.sheet, a.row, a.col, y);
    setCell(book, b.sheet, b.row, b.col, x);
  };
}

function budgetPlants(out: Plant[], t: EvalTableScore): void {
  const b = t.table.budget;
  const row = b!.total;
  for (const [field, role] of [
    [row.annual, "全年预算数"],
    [row.executed, "全年执行数"],
  ] as const) {
    plant(out, "empty", field, role, ["REQUIRED_EMPTY"]);
    plant(out, "negative", field, role, ["VALUE_OUT_OF_RANGE"]);
  }
  const money = [
    row.initial,
    row.annual,
    row.executed,
    ...b!.sources.flatMap((s) => [s.initial, s.annual, s.executed]),
  ];
  for (const field of [...money, ...b!.incomeParts.map((p) => p.amount), ...b!.expenseParts.map((p) => p.amount)]) {
    plant(out, "text", field, "金额", ["NOT_A_NUMBER"]);
    plant(out, "error", field, "金额", ["NOT_A_NUMBER"]);
  }
  for (const field of [...b!.sources.flatMap((s) => [s.initial, s.annual, s.executed]), row.initial])
    plant(out, "negative", field, "金额", ["VALUE_OUT_OF_RANGE"]);
  for (const kind of ["text", "error"] as const) {
    plant(out, kind, row.weight, "预算分值", ["NOT_A_NUMBER"]);
    plant(out, kind, row.rate, "执行率", ["NOT_A_NUMBER"]);
    plant(out, kind, row.score, "预算得分", ["NOT_A_NUMBER"]);
    plant(out, kind, t.table.total!.score, "总分", ["NOT_A_NUMBER"]);
  }
  for (const kind of ["negative", "huge"] as const) {
    plant(out, kind, row.weight, "预算分值", ["VALUE_OUT_OF_RANGE"]);
    plant(out, kind, row.score, "预算得分", ["SCORE_OVER_WEIGHT"]);
  }
  if (numberOf(row.annual)?.gt(0)) plant(out, "huge", row.rate, "执行率", ["BUDGET_RATE_MISMATCH"]);
  if (isNumber(t.table.total!.score)) plant(out, "huge", t.table.total!.score, "总分", ["TOTAL_MISMATCH"]);
  plant(out, "huge", t.table.total!.weight, "总分分值", ["WEIGHT_SUM"]);
}

export function plantsFor(score: WorkbookScore): Plant[] {
  const out: Plant[] = [];
  for (const t of score.tables) {
    if (t.kind === "basic") {
      const s = t.table.staffing;
      if (s)
        for (const [field, role] of [
          [s.authorized, "编制数"],
          [s.actual, "实际在职人数"],
        ] as const) {
          plant(out, "empty", field, role, ["REQUIRED_EMPTY"]);
          plant(out, "text", field, role, ["NOT_A_NUMBER"]);
          plant(out, "error", field, role, ["NOT_A_NUMBER"]);
          plant(out, "negative", field, role, ["VALUE_OUT_OF_RANGE"]);
        }
      if (s && t.controlRate?.value) {
        plant(out, "text", s.controlRate, "控制率", ["NOT_A_NUMBER"]);
        plant(out, "huge", s.controlRate, "控制率", ["CONTROL_RATE_MISMATCH"]);
      }
      const seen = new Set<Field>();
      for (const r of t.relations)
        for (const field of [r.parent, ...r.parts]) {
          if (seen.has(field)) continue;
          seen.add(field);
          plant(out, "text", field, "基础表金额", ["NOT_A_NUMBER"]);
          plant(out, "error", field, "基础表金额", ["NOT_A_NUMBER"]);
          plant(out, "negative", field, "基础表金额", ["VALUE_OUT_OF_RANGE"]);
        }
      for (const r of t.relations.filter((x) => x.kind === "sum")) {
        plant(out, "huge", r.parent, "基础表合计", ["SUM_MISMATCH"]);
        if (!r.expected.isZero()) plant(out, "empty", r.parent, "基础表合计", ["SUM_MISMATCH"]);
      }
      continue;
    }
    budgetPlants(out, t);
    for (const s of t.indicators) indicatorPlants(out, s);
  }
  return out;
}
