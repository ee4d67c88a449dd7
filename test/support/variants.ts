/**
 * Variant workbooks of the official tables, built by code, each with the model a recognizer must find in it.
 *
 * The content is the seed's (samples/hengyang-2023.data.ts); what varies is the layout: where each table starts,
 * several tables per sheet, header synonyms, line breaks and full-width brackets in headers, column order, extra
 * columns, weights carried by 一级 labels, template filler, budget source rows below the total, headers over two
 * rows, 上年/本年 wording, a missing column, no tables at all.
 *
 * The expected model is written down by the same code that draws each cell, from where it put it — not by the
 * recognizer — so a variant test compares two independent accounts of one workbook. Figures are given as printed
 * text ("93.00%", "9.30") and become a value and number format by `readPrinted`; the expected `Field.text` is the
 * printed text itself, so the variants also prove that cells are shown as a person sees them.
 *
 * Tables are drawn through a `Sink`: an exceljs worksheet (`buildVariant`, for .xlsx files) or an in-memory block
 * (`BlockSink`, for the property tests, which move and reshape tables without touching a file).
 *
 * Other test suites reuse these workbooks (`VARIANTS`, `buildVariant`, `writeVariant`).
 */
import ExcelJS from "exceljs";
import { join } from "path";
import {
  BASIC,
  BasicTableData,
  BudgetRowData,
  DEPARTMENT,
  DepartmentTableData,
  ExpenseRowData,
  IndicatorData,
  INVESTMENT,
  Printed,
  ProjectTableData,
  RAILWAY,
} from "../../samples/hengyang-2023.data";
import { mergeRuns, readPrinted } from "../../scripts/make-sample";
import { Area, CellRef } from "../../src/core/grid/address";
import { CellData, CellValue, Grid } from "../../src/core/grid/grid";
import { FindingCode, Severity } from "../../src/core/checks/finding";
import {
  BasicTable,
  BudgetRow,
  EvalTable,
  ExpenseKey,
  Field,
  FundingPart,
  Indicator,
  LayoutPart,
  Table,
  TotalPlace,
  YearRole,
} from "../../src/core/layout/model";

// ---------------------------------------------------------------------------------------------------------------
// Sinks

export interface Sink {
  set(row: number, col: number, value: CellValue, numFmt?: string): void;
  merge(area: Area): void;
}

export class WorksheetSink implements Sink {
  constructor(readonly ws: ExcelJS.Worksheet) {}
  set(row: number, col: number, value: CellValue, numFmt?: string): void {
    const cell = this.ws.getCell(row, col);
    cell.value = value;
    if (numFmt) cell.numFmt = numFmt;
  }
  merge(a: Area): void {
    this.ws.mergeCells(a.top, a.left, a.bottom, a.right);
  }
}

/** Cells and merges in memory, in the coordinates they were drawn at. */
export class BlockSink implements Sink {
  readonly cells = new Map<string, CellData>();
  readonly merges: Area[] = [];
  set(row: number, col: number, value: CellValue, numFmt?: string): void {
    if (value === null) return;
    const cell: CellData = { value };
    if (numFmt) cell.numFmt = numFmt;
    this.cells.set(`${row},${col}`, cell);
  }
  merge(a: Area): void {
    this.merges.push({ ...a });
  }
}

/** A Grid from blocks, e.g. several BlockSinks drawn on one sheet. */
export function gridOfBlocks(name: string, blocks: readonly BlockSink[]): Grid {
  const rows: (CellData | undefined)[][] = [];
  const merges: Area[] = [];
  for (const b of blocks) {
    for (const [key, cell] of b.cells) {
      const [r, c] = key.split(",").map(Number);
      (rows[r - 1] ??= [])[c - 1] = cell;
    }
    merges.push(...b.merges);
  }
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return new Grid(name, rows, merges);
}

/** A cell a writer put down, for tests that reshape tables: where, what, and whether the model holds its text. */
export interface Written {
  row: number;
  col: number;
  text: string;
  /** A header or label that the model does not hold (its text may be respelled without changing the model). */
  header: boolean;
}

/** Draws cells and remembers what it drew. */
class Pen {
  readonly written: Written[] = [];
  constructor(
    readonly sink: Sink,
    readonly sheet: string,
  ) {}

  /** A printed figure or text into a (possibly merged) area; returns the Field a recognizer should report. */
  put(
    row: number,
    col: number,
    printed: Printed,
    opts: { toRow?: number; toCol?: number; asText?: boolean } = {},
  ): Field {
    const toRow = opts.toRow ?? row;
    const toCol = opts.toCol ?? col;
    if (toRow !== row || toCol !== col) this.sink.merge({ top: row, left: col, bottom: toRow, right: toCol });
    const { value, numFmt } = opts.asText
      ? { value: printed === "" ? null : printed, numFmt: undefined }
      : readPrinted(printed);
    this.sink.set(row, col, value, numFmt);
    const field: Field = { ref: { sheet: this.sheet, row, col }, value, text: value === null ? "" : printed };
    if (numFmt) field.numFmt = numFmt;
    return field;
  }

  /** A header or label, always text. `inModel`: the model holds this text (a budget row label, a year…). */
  label(
    row: number,
    col: number,
    text: string,
    opts: { toRow?: number; toCol?: number; inModel?: boolean } = {},
  ): void {
    this.put(row, col, text, { ...opts, asText: true });
    if (text !== "") this.written.push({ row, col, text, header: !opts.inModel });
  }
}

const flat = (text: string) => text.replace(/\s*\n\s*/g, "").trim();

// ---------------------------------------------------------------------------------------------------------------
// 自评表

export type IndicatorColumn =
  | "level1"
  | "level2"
  | "name"
  | "target"
  | "actual"
  | "weight"
  | "score"
  | "reason"
  | "nature"
  | "unit"
  | "scoreFactor";

export type BudgetColumn = "initial" | "annual" | "executed" | "weight" | "rate" | "score";

export const TEMPLATE_ORDER: readonly IndicatorColumn[] = [
  "level1",
  "level2",
  "name",
  "target",
  "actual",
  "weight",
  "score",
  "reason",
];
const BUDGET_ORDER: readonly BudgetColumn[] = ["initial", "annual", "executed", "weight", "rate", "score"];

/** An indicator row of a variant: the seed's fields, plus the extra columns and a filler mark. */
export interface VariantIndicator extends IndicatorData {
  nature?: string;
  unit?: string;
  scoreFactor?: string;
}

export interface EvalStyle {
  sheet: string;
  origin: { row: number; col: number };
  /** The title and year rows above the table (default true). */
  title?: boolean;
  order?: readonly IndicatorColumn[];
  headers?: Partial<Record<IndicatorColumn, string>>;
  budgetHeaders?: Partial<Record<BudgetColumn, string>>;
  budgetColumns?: readonly BudgetColumn[];
  totalLabel?: string;
  /** The indicator header over two rows: every header merged down, the 年度指标值 header written in two parts. */
  splitHeader?: boolean;
  /** Project tables: 年度资金总额 first, its sources below it. */
  sourcesBelow?: boolean;
  /** 一级 labels that carry their weight: `产出指标（50分）`. */
  level1Weights?: Record<string, number>;
  indicators?: readonly VariantIndicator[];
  budgetWeight?: { weight: Printed; score: Printed };
}

export interface EvalDrawing {
  table: EvalTable;
  written: Written[];
  /** Rows where a block starts (identity, budget, goals, indicator header, total): blank rows may go before them. */
  blockRows: number[];
  indicatorHeaderRow: number;
  /** Columns of the indicator header cells, in drawing order. */
  headerCols: number[];
}

/** Template names of filler rows, as the oracle knows them. */
const TEMPLATE_NAMES = new Set(["指标2", "指标3", "……", "..."]);

export function drawEval(sink: Sink, data: DepartmentTableData | ProjectTableData, style: EvalStyle): EvalDrawing {
  const pen = new Pen(sink, style.sheet);
  const order = style.order ?? TEMPLATE_ORDER;
  const c0 = style.origin.col;
  const col = (k: IndicatorColumn) => c0 + 1 + order.indexOf(k);
  const last = c0 + order.length;
  const budgetCols = style.budgetColumns ?? BUDGET_ORDER;
  const bcol = (k: BudgetColumn) => c0 + 3 + budgetCols.indexOf(k);
  const blockRows: number[] = [];
  let r = style.origin.row;

  if (style.title !== false) {
    pen.label(r++, c0, data.title, { toCol: last });
    pen.label(r++, c0, data.year, { toCol: last });
  }
  blockRows.push(r);
  let titleField: Field;
  let department: Field | undefined;
  let implementer: Field | undefined;
  let title: string;
  if (data.kind === "project") {
    pen.label(r, c0, data.nameLabel, { toCol: c0 + 2 });
    titleField = pen.put(r++, c0 + 3, data.name, { toCol: last, asText: true });
    title = data.name;
    blockRows.push(r);
    pen.label(r, c0, data.departmentLabel, { toCol: c0 + 2 });
    department = pen.put(r, c0 + 3, data.department, { toCol: c0 + 4, asText: true });
    pen.label(r, c0 + 5, data.implementerLabel, { toCol: c0 + 6 });
    implementer = pen.put(r++, c0 + 7, data.implementer, { toCol: Math.max(last, c0 + 7), asText: true });
  } else {
    pen.label(r, c0, data.unitLabel, { toCol: c0 + 2 });
    titleField = pen.put(r++, c0 + 3, data.unit, { toCol: last, asText: true });
    title = data.unit;
  }

  // Budget block
  const budgetHeaderRow = r;
  blockRows.push(r);
  pen.label(r, c0 + 1, data.budgetHeader.label, { toCol: c0 + 2 });
  for (const k of budgetCols) pen.label(r, bcol(k), style.budgetHeaders?.[k] ?? data.budgetHeader[k]);
  r++;
  const budgetRow = (row: BudgetRowData): BudgetRow => {
    const out: BudgetRow = { label: flat(row.label), row: r };
    pen.label(r, c0 + 1, row.label, { toCol: c0 + 2, inModel: true });
    for (const k of budgetCols) {
      const printed =
        row.total && style.budgetWeight && (k === "weight" || k === "score") ? style.budgetWeight[k] : row[k];
      out[k] = pen.put(r, bcol(k), printed);
    }
    r++;
    return out;
  };
  let total: BudgetRow;
  const sources: BudgetRow[] = [];
  const incomeParts: FundingPart[] = [];
  const expenseParts: FundingPart[] = [];
  if (data.kind === "project") {
    const rows = style.sourcesBelow
      ? [...data.budget].sort((a, b) => Number(!!b.total) - Number(!!a.total))
      : data.budget;
    let found: BudgetRow | undefined;
    for (const row of rows) {
      const drawn = budgetRow(row);
      if (row.total) found = drawn;
      else sources.push(drawn);
    }
    total = found!;
  } else {
    total = budgetRow(data.budget);
    pen.label(r, c0 + 1, data.income.label, { toCol: c0 + 4 });
    pen.label(r, c0 + 5, data.expense.label, { toCol: last });
    r++;
    const n = Math.max(data.income.parts.length, data.expense.parts.length);
    for (let i = 0; i < n; i++, r++) {
      const income = data.income.parts[i];
      const expense = data.expense.parts[i];
      if (income) {
        pen.label(r, c0 + 1, income.label, { toCol: c0 + 3, inModel: true });
        incomeParts.push({ label: flat(income.label), amount: pen.put(r, c0 + 4, income.amount) });
      }
      if (expense) {
        pen.label(r, c0 + 5, expense.label, { toCol: last - 1, inModel: true });
        expenseParts.push({ label: flat(expense.label), amount: pen.put(r, last, expense.amount) });
      }
    }
  }
  pen.label(budgetHeaderRow, c0, data.budgetLabel, { toRow: r - 1 });

  // 年度总体目标
  blockRows.push(r);
  pen.label(r, c0, data.goals.label, { toRow: r + 1 });
  pen.label(r, c0 + 1, data.goals.expectedLabel, { toCol: c0 + 4 });
  pen.label(r, c0 + 5, data.goals.achievedLabel, { toCol: last });
  r++;
  const goals = {
    expected: pen.put(r, c0 + 1, data.goals.expected, { toCol: c0 + 4, asText: true }),
    achieved: pen.put(r, c0 + 5, data.goals.achieved, { toCol: last, asText: true }),
  };
  r++;

  // Indicators
  const headerRow = r;
  blockRows.push(r);
  const headerText = (k: IndicatorColumn): string =>
    style.headers?.[k] ??
    (k === "nature"
      ? "指标性质"
      : k === "unit"
        ? "度量单位"
        : k === "scoreFactor"
          ? "得分系数"
          : data.indicatorHeader[k]);
  for (const k of order) {
    const text = headerText(k);
    if (style.splitHeader && k === "target") {
      const cut = Math.max(1, text.length - 1);
      pen.label(r, col(k), text.slice(0, cut));
      pen.label(r + 1, col(k), text.slice(cut));
    } else pen.label(r, col(k), text, { toRow: style.splitHeader ? r + 1 : r });
  }
  r += style.splitHeader ? 2 : 1;
  const first = r;
  const list: readonly VariantIndicator[] = style.indicators ?? data.indicators;
  const level1Text = (l1: string) =>
    style.level1Weights?.[l1] !== undefined ? `${l1}（${style.level1Weights[l1]}分）` : l1;
  for (const [start, end] of mergeRuns(list.map((i) => i.level1))) {
    pen.label(first + start, col("level1"), level1Text(list[start].level1), { toRow: first + end - 1, inModel: true });
    const group = list.slice(start, end).map((i) => i.level2);
    for (const [s, e] of mergeRuns(group))
      pen.label(first + start + s, col("level2"), group[s], { toRow: first + start + e - 1, inModel: true });
  }
  const indicators: Indicator[] = [];
  const fillerRows: EvalTable["fillerRows"] = [];
  const drawn = (k: IndicatorColumn) => order.includes(k);
  list.forEach((ind, i) => {
    const row = first + i;
    const name = pen.put(row, col("name"), ind.name);
    const fields: Partial<Indicator> = {};
    for (const k of ["target", "actual", "weight", "score", "reason"] as const)
      if (drawn(k)) fields[k] = pen.put(row, col(k), ind[k], { asText: k === "reason" });
    if (drawn("nature")) fields.nature = pen.put(row, col("nature"), ind.nature ?? "", { asText: true });
    if (drawn("unit")) fields.unit = pen.put(row, col("unit"), ind.unit ?? "", { asText: true });
    if (drawn("scoreFactor")) fields.scoreFactor = pen.put(row, col("scoreFactor"), ind.scoreFactor ?? "");
    if (TEMPLATE_NAMES.has(ind.name)) fillerRows.push({ row, text: ind.name, cell: name.ref });
    // A row without a name is an indicator only where its 分值 (else its 得分, else its figures) is filled.
    const key = drawn("weight") ? ind.weight : drawn("score") ? ind.score : ind.target + ind.actual;
    if ((ind.name === "" || TEMPLATE_NAMES.has(ind.name)) && key === "") return;
    const indicator: Indicator = { row, level1: ind.level1, level2: ind.level2, name, ...fields };
    if (style.level1Weights?.[ind.level1] !== undefined) indicator.level1Weight = style.level1Weights[ind.level1];
    indicators.push(indicator);
  });
  const lastIndicatorRow = first + list.length - 1;
  pen.label(headerRow, c0, data.indicatorHeader.label, { toRow: lastIndicatorRow });
  const totalRow = lastIndicatorRow + 1;
  blockRows.push(totalRow);
  const figures = order.filter((k) => k === "weight" || k === "score").map(col);
  const labelEnd = figures.length ? Math.min(...figures) - 1 : col("name");
  pen.label(totalRow, c0, style.totalLabel ?? data.total.label, { toCol: labelEnd });
  const totalPlace: TotalPlace = { where: "bottomRow", row: totalRow };
  if (drawn("weight")) totalPlace.weight = pen.put(totalRow, col("weight"), data.total.weight);
  if (drawn("score")) totalPlace.score = pen.put(totalRow, col("score"), data.total.score);

  const table: EvalTable = {
    kind: data.kind,
    sheet: style.sheet,
    area: { top: style.origin.row, left: c0, bottom: totalRow, right: Math.max(last, ...budgetCols.map(bcol)) },
    title,
    titleField,
    budget: { total, sources, incomeParts, expenseParts, unit: "万元" },
    goals,
    indicators,
    groups: [],
    subRows: [],
    fillerRows,
    total: totalPlace,
    columns: Object.fromEntries(order.map((k) => [k, col(k)])),
    layout: {
      family: data.kind === "project" ? "central" : "central-department",
      has: drawnParts(order, budgetCols),
    },
  };
  if (department) table.department = department;
  if (implementer) table.implementer = implementer;
  return { table, written: pen.written, blockRows, indicatorHeaderRow: headerRow, headerCols: order.map(col) };
}

/** What of the central form a drawn table has, in the order the recognizer lists it (LayoutPart). */
function drawnParts(order: readonly IndicatorColumn[], budget: readonly BudgetColumn[]): LayoutPart[] {
  const parts: LayoutPart[] = [];
  if (order.includes("level1") || order.includes("level2")) parts.push("levels");
  for (const k of ["target", "actual", "weight", "score", "reason", "nature", "unit"] as const)
    if (order.includes(k)) parts.push(k);
  parts.push("budget");
  if (budget.includes("initial")) parts.push("initialBudget");
  parts.push("budgetTotalRow");
  if (budget.includes("weight")) parts.push("budgetWeight");
  if (budget.includes("score")) parts.push("budgetScore");
  parts.push("goals", "total", "totalRow");
  return parts;
}

// ---------------------------------------------------------------------------------------------------------------
// 基础表

/** The role of each row of the seed's 经费控制情况, in order (typed from the form, not computed). */
const SEED_EXPENSE_KEYS: readonly ExpenseKey[] = [
  "officialTotal",
  "vehicles",
  "vehiclePurchase",
  "vehicleRunning",
  "abroad",
  "reception",
  "projectTotal",
  "business",
  "operation",
  "specialTotal",
  ...Array<ExpenseKey>(23).fill("specialItem"),
  "publicFunds",
  "publicFundsPart",
  "publicFundsPart",
  "publicFundsPart",
  "procurement",
  "budgetAdjustment",
];

export interface BasicRow extends ExpenseRowData {
  key: ExpenseKey;
}

export const SEED_EXPENSE_ROWS: readonly BasicRow[] = BASIC.expenses.rows.map((row, i) => ({
  ...row,
  key: SEED_EXPENSE_KEYS[i],
}));

export interface BasicStyle {
  sheet: string;
  origin: { row: number; col: number };
  title?: boolean;
  /** Each figure over two merged columns, as the official form prints it (default true). */
  pairs?: boolean;
  years?: readonly { label: string; role: YearRole; year?: number }[];
  staffingHeaders?: readonly [string, string, string];
  rows?: readonly BasicRow[];
  buildings?: readonly [Printed, Printed, Printed, Printed, Printed, Printed];
}

const SEED_YEARS = [
  { label: "2022年决算数", role: "previousFinal", year: 2022 },
  { label: "2023年预算数", role: "budget", year: 2023 },
  { label: "2023年决算数", role: "final", year: 2023 },
] as const;

export interface BasicDrawing {
  table: BasicTable;
  written: Written[];
  blockRows: number[];
}

export function drawBasic(sink: Sink, data: BasicTableData, style: BasicStyle): BasicDrawing {
  const pen = new Pen(sink, style.sheet);
  const c0 = style.origin.col;
  const w = style.pairs === false ? 1 : 2;
  const figureCols = [c0 + 1, c0 + 1 + w, c0 + 1 + 2 * w];
  const last = Math.max(c0 + 3 * w, c0 + 6);
  const years = style.years ?? SEED_YEARS;
  const blockRows: number[] = [];
  let r = style.origin.row;
  if (style.title !== false) pen.label(r++, c0, data.title, { toCol: last });

  blockRows.push(r);
  pen.label(r, c0, data.staffing.label, { toRow: r + 1 });
  const staffingHeaders = style.staffingHeaders ?? data.staffing.headers;
  const staffing = figureCols.map((c, i) => {
    pen.label(r, c, staffingHeaders[i], { toCol: c + w - 1 });
    return pen.put(r + 1, c, data.staffing.values[i], { toCol: c + w - 1 });
  });
  r += 2;

  blockRows.push(r);
  pen.label(r, c0, data.expenses.label);
  figureCols.forEach((c, i) => pen.label(r, c, years[i].label, { toCol: c + w - 1, inModel: true }));
  r++;
  const expenses = (style.rows ?? SEED_EXPENSE_ROWS).map((row) => {
    pen.label(r, c0, row.label, { inModel: true });
    const amounts = figureCols.map((c, j) => pen.put(r, c, row.amounts[j], { toCol: c + w - 1 }));
    return { key: row.key, label: flat(row.label), row: r++, amounts };
  });

  blockRows.push(r);
  pen.label(r, c0, data.buildings.label, { toRow: r + 1 });
  const values = style.buildings ?? data.buildings.values;
  const roles = [
    "approvedSize",
    "actualSize",
    "sizeRate",
    "budgetInvestment",
    "actualInvestment",
    "investmentRate",
  ] as const;
  const buildings: NonNullable<BasicTable["buildings"]> = { row: r + 1 };
  roles.forEach((role, i) => {
    pen.label(r, c0 + 1 + i, data.buildings.headers[i]);
    buildings[role] = pen.put(r + 1, c0 + 1 + i, values[i]);
  });
  r += 2;

  blockRows.push(r);
  pen.label(r, c0, data.frugality.label);
  const frugality = pen.put(r, c0 + 1, data.frugality.text, { toCol: last, asText: true });

  const table: BasicTable = {
    kind: "basic",
    sheet: style.sheet,
    area: { top: style.origin.row, left: c0, bottom: r, right: last },
    staffing: { authorized: staffing[0], actual: staffing[1], controlRate: staffing[2] },
    years: years.map((y, i) => ({ ...y, col: figureCols[i] })),
    expenses,
    buildings,
    frugality,
  };
  return { table, written: pen.written, blockRows };
}

// ---------------------------------------------------------------------------------------------------------------
// The variants

export interface ExpectedFinding {
  code: FindingCode;
  severity: Severity;
  cell: string | null;
  /** Words the message must contain. */
  includes: string[];
}

export interface Variant {
  name: string;
  /** What it covers, in a line. */
  covers: string;
  workbook: ExcelJS.Workbook;
  expected: { tables: Table[]; findings: ExpectedFinding[] };
}

type Draw = (sheet: (name: string) => Sink) => { tables: Table[]; findings?: ExpectedFinding[] };

function variant(name: string, covers: string, draw: Draw): Variant {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2024, 0, 1));
  wb.modified = wb.created;
  const sinks = new Map<string, Sink>();
  const sheet = (n: string) => {
    let s = sinks.get(n);
    if (!s) sinks.set(n, (s = new WorksheetSink(wb.addWorksheet(n))));
    return s;
  };
  const { tables, findings = [] } = draw(sheet);
  return { name, covers, workbook: wb, expected: { tables, findings } };
}

const at = (row: number, col: number) => ({ row, col });

/** Synonym set A, as in several provinces' forms. */
export const SYNONYMS_A = {
  headers: { weight: "权重", target: "指标值", actual: "完成值", score: "自评得分", reason: "未完成原因分析" },
  budgetHeaders: {
    initial: "年初预算",
    annual: "全年预算数(A)",
    executed: "全年执行数(B)",
    rate: "执行率(B/A)",
    score: "自评得分",
  },
  totalLabel: "合计",
} as const;

/** Synonym set B, with line breaks, full-width brackets and spaces in the headers. */
export const SYNONYMS_B = {
  headers: {
    target: "年初\n指标值",
    actual: "全年\n实际值",
    weight: "分　值",
    score: "指标\n得分",
    reason: "原 因",
    level1: "一级\n指标",
    name: "三级指标\n",
  },
  budgetHeaders: {
    initial: "年初预算数\n（万元）",
    annual: "调整后\n预算数",
    executed: "预算\n执行数",
    rate: "预算\n执行率",
    weight: "分值（分）",
  },
  totalLabel: "自评总分",
} as const;

/** The seed's 部门整体 indicators with 指标性质, 度量单位 and 得分系数 filled in. */
export function withExtras(list: readonly IndicatorData[]): VariantIndicator[] {
  const natures = ["≥", "≤", "=", "定性"];
  return list.map((ind, i) =>
    ind.weight === ""
      ? ind
      : {
          ...ind,
          nature: natures[i % natures.length],
          unit: i % 3 === 0 ? "万美元" : i % 3 === 1 ? "个" : "%",
          scoreFactor: i % 2 === 0 ? "1" : "0.92",
        },
  );
}

/** The project indicators with template filler left in: 指标2, ……, an empty row, a 不适用 row without a name. */
export function withFiller(list: readonly IndicatorData[]): VariantIndicator[] {
  const blank = (level1: string, level2: string, name: string, target = "", actual = ""): IndicatorData => ({
    level1,
    level2,
    name,
    target,
    actual,
    weight: "",
    score: "",
    reason: "",
  });
  const out: VariantIndicator[] = [];
  for (const ind of list) {
    out.push(ind);
    if (ind.name === "外资完成数") out.push(blank(ind.level1, ind.level2, "指标2"));
    if (ind.name === "引资规模") out.push(blank(ind.level1, ind.level2, "……"));
    if (ind.name === "到资及时率") out.push(blank(ind.level1, ind.level2, ""));
    if (ind.name === "推动社会经济发展") out.push(blank(ind.level1, ind.level2, "", "不适用", "不适用"));
    if (ind.name === "企业满意程度") out.push(blank(ind.level1, ind.level2, "指标3"));
  }
  return out;
}

/** A 省级专项 list under 上年/本年 wording, in place of the seed's 本级专项 items. */
export function provincialRows(): BasicRow[] {
  const items: BasicRow[] = [
    { label: "省级外贸发展专项", amounts: ["120", "150", "148.5"], key: "specialItem" },
    { label: "省级商贸流通专项", amounts: ["80.5", "90", "90"], key: "specialItem" },
    { label: "省级电子商务进农村综合示范", amounts: ["61.27", "1630.55", "1517.02"], key: "specialItem" },
  ];
  const rows: BasicRow[] = [];
  for (const row of SEED_EXPENSE_ROWS) {
    if (row.key === "specialItem") continue;
    if (row.key === "specialTotal") {
      rows.push({ ...row, label: "3、省级专项资金（一个专项一行）" }, ...items);
    } else rows.push(row);
  }
  return rows;
}

const UPPER_YEARS = [
  { label: "上年决算数", role: "previousFinal" },
  { label: "本年预算数", role: "budget" },
  { label: "本年决算数", role: "final" },
] as const;

export const VARIANTS: ReadonlyArray<{ name: string; build: () => Variant }> = [
  {
    name: "one-sheet",
    build: () =>
      variant(
        "one-sheet",
        "all four tables on one sheet from C5, spacer rows and columns, two projects side by side",
        (s) => {
          const sink = s("全部");
          const basic = drawBasic(sink, BASIC, {
            sheet: "全部",
            origin: at(5, 3),
            buildings: ["1200", "1150", "95.83%", "800", "780", "97.50%"],
          });
          const dept = drawEval(sink, DEPARTMENT, { sheet: "全部", origin: at(basic.table.area.bottom + 4, 3) });
          const top = dept.table.area.bottom + 3;
          const left = drawEval(sink, INVESTMENT, { sheet: "全部", origin: at(top, 3) });
          const right = drawEval(sink, RAILWAY, { sheet: "全部", origin: at(top, left.table.area.right + 2) });
          return { tables: [basic.table, dept.table, left.table, right.table] };
        },
      ),
  },
  {
    name: "synonyms-a",
    build: () =>
      variant(
        "synonyms-a",
        "权重, 指标值, 完成值, 自评得分, 未完成原因分析, 合计, 全年预算数(A), 全年执行数(B), 执行率(B/A), 年初预算",
        (s) => ({
          tables: [
            drawEval(s("自评表"), DEPARTMENT, { sheet: "自评表", origin: at(1, 1), ...SYNONYMS_A }).table,
            drawEval(s("项目1"), INVESTMENT, { sheet: "项目1", origin: at(1, 1), ...SYNONYMS_A }).table,
          ],
        }),
      ),
  },
  {
    name: "synonyms-b",
    build: () =>
      variant(
        "synonyms-b",
        "年初指标值/年度目标值/年度指标值(A), 全年实际值/实际完成值(B), 指标得分, 原因/偏差原因, 自评总分, 调整后预算数, 预算执行数, 预算执行率; line breaks, full-width brackets, spaces",
        (s) => ({
          tables: [
            drawEval(s("部门"), DEPARTMENT, { sheet: "部门", origin: at(2, 2), ...SYNONYMS_B }).table,
            drawEval(s("项目A"), INVESTMENT, {
              sheet: "项目A",
              origin: at(1, 1),
              ...SYNONYMS_B,
              headers: { ...SYNONYMS_B.headers, target: "年度\n目标值", actual: "实际完成值（B）" },
            }).table,
            drawEval(s("项目B"), RAILWAY, {
              sheet: "项目B",
              origin: at(1, 1),
              ...SYNONYMS_B,
              headers: {
                ...SYNONYMS_B.headers,
                target: "年度指标值（A）",
                actual: "实际完成值\n（B）",
                reason: "偏差\n原因",
              },
            }).table,
          ],
        }),
      ),
  },
  {
    name: "column-order",
    build: () =>
      variant(
        "column-order",
        "分值 before 年度指标值; extra 指标性质 (≥ ≤ = 定性), 度量单位, 得分系数 columns",
        (s) => {
          const order: IndicatorColumn[] = [
            "level1",
            "level2",
            "name",
            "nature",
            "unit",
            "weight",
            "target",
            "actual",
            "score",
            "scoreFactor",
            "reason",
          ];
          return {
            tables: [
              drawEval(s("自评表"), DEPARTMENT, {
                sheet: "自评表",
                origin: at(1, 1),
                order,
                indicators: withExtras(DEPARTMENT.indicators),
              }).table,
              drawEval(s("招商引资"), INVESTMENT, {
                sheet: "招商引资",
                origin: at(3, 2),
                order,
                indicators: withExtras(INVESTMENT.indicators),
              }).table,
            ],
          };
        },
      ),
  },
  {
    name: "level1-weights",
    build: () =>
      variant("level1-weights", "一级 labels carrying their weight 产出指标（50分）; a budget block worth 20", (s) => ({
        tables: [
          drawEval(s("自评表"), DEPARTMENT, {
            sheet: "自评表",
            origin: at(1, 1),
            level1Weights: { 产出指标: 50, 效益指标: 30, 满意度指标: 10, 成本指标: 0 },
            budgetWeight: { weight: "20", score: "18.76" },
          }).table,
          drawEval(s("招商引资"), INVESTMENT, {
            sheet: "招商引资",
            origin: at(1, 1),
            level1Weights: { 成本指标: 20, 产出指标: 40, 效益指标: 20, 满意度指标: 10 },
            budgetWeight: { weight: "20", score: "18.68" },
          }).table,
        ],
      })),
  },
  {
    name: "basic-wording",
    build: () =>
      variant(
        "basic-wording",
        "上年/本年 year columns, a 省级专项 list, an empty 楼堂馆所 row, one column per figure",
        (s) => ({
          tables: [
            drawBasic(s("基础表"), BASIC, {
              sheet: "基础表",
              origin: at(2, 2),
              pairs: false,
              years: UPPER_YEARS,
              staffingHeaders: ["编制数", "本年实际在职人数", "控制率"],
              rows: provincialRows(),
            }).table,
          ],
        }),
      ),
  },
  {
    name: "template-filler",
    build: () =>
      variant(
        "template-filler",
        "template filler left in (指标2, ……, 指标3, empty rows); two tables stacked without titles",
        (s) => {
          const sink = s("自评");
          const dept = drawEval(sink, DEPARTMENT, { sheet: "自评", origin: at(1, 1), title: false });
          const project = drawEval(sink, INVESTMENT, {
            sheet: "自评",
            origin: at(dept.table.area.bottom + 2, 1),
            title: false,
            indicators: withFiller(INVESTMENT.indicators),
          });
          return { tables: [dept.table, project.table] };
        },
      ),
  },
  {
    name: "sources-below",
    build: () =>
      variant(
        "sources-below",
        "budget source rows below 年度资金总额; indicator headers over two merged rows",
        (s) => ({
          tables: [
            drawEval(s("自评表"), DEPARTMENT, { sheet: "自评表", origin: at(1, 1), splitHeader: true }).table,
            drawEval(s("招商引资"), INVESTMENT, {
              sheet: "招商引资",
              origin: at(1, 1),
              sourcesBelow: true,
              splitHeader: true,
            }).table,
            drawEval(s("铁路"), RAILWAY, { sheet: "铁路", origin: at(1, 1), sourcesBelow: true }).table,
          ],
        }),
      ),
  },
  {
    name: "missing-column",
    build: () =>
      variant(
        "missing-column",
        "a project table without 实际完成值, one without 全年执行数: read with what they have (issue 15)",
        (s) => {
          const dept = drawEval(s("自评表"), DEPARTMENT, { sheet: "自评表", origin: at(1, 1) });
          const noActual = drawEval(s("招商引资"), INVESTMENT, {
            sheet: "招商引资",
            origin: at(2, 1),
            order: TEMPLATE_ORDER.filter((k) => k !== "actual"),
          });
          const noExecuted = drawEval(s("铁路"), RAILWAY, {
            sheet: "铁路",
            origin: at(1, 3),
            budgetColumns: BUDGET_ORDER.filter((k) => k !== "executed"),
          });
          return { tables: [dept.table, noActual.table, noExecuted.table] };
        },
      ),
  },
  {
    name: "no-tables",
    build: () =>
      variant("no-tables", "a workbook with none of the tables: NO_TABLES", (s) => {
        const a = s("Sheet1");
        [
          ["姓名", "科室", "电话"],
          ["张三", "办公室", "0734-1234567"],
          ["李四", "财务科", "0734-7654321"],
        ].forEach((row, i) => row.forEach((v, j) => a.set(i + 1, j + 1, v)));
        const b = s("说明");
        b.set(1, 1, "本工作簿用于记录2023年度部门通讯录。");
        b.set(3, 2, 2023);
        b.set(4, 2, 0.93, "0.00%");
        return {
          tables: [],
          findings: [{ code: "NO_TABLES", severity: "error", cell: null, includes: ["未找到自评表或基础表"] }],
        };
      }),
  },
];

export function buildVariant(name: string): Variant {
  const v = VARIANTS.find((x) => x.name === name);
  if (!v) throw new Error(`no variant ${name}`);
  return v.build();
}

/** Writes a variant to `dir/<name>.xlsx` and returns the path. */
export async function writeVariant(v: Variant, dir: string): Promise<string> {
  const path = join(dir, `${v.name}.xlsx`);
  await v.workbook.xlsx.writeFile(path);
  return path;
}

export type { CellRef };
