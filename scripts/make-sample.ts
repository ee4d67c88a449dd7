/**
 * Writes the bundled sample workbook, samples/hengyang-commerce-2023.xlsx: the seed report's 基础表, its
 * 部门整体支出绩效自评表 and its two 项目支出绩效自评表, laid out the way the official template prints them.
 *
 *   npx ts-node --transpile-only scripts/make-sample.ts      (npm run sample)
 *
 * The workbook is built by code from samples/hengyang-2023.data.ts so that anyone can see what it holds, and so that
 * test/sample.test.ts can prove the committed file is exactly what this script produces. Tests that need a variant
 * (another layout, a broken figure) build one from `buildSampleWorkbook(data)` instead of keeping binaries around.
 */
import ExcelJS from "exceljs";
import { join } from "path";
import {
  BasicTableData,
  BudgetHeaderData,
  BudgetRowData,
  DepartmentTableData,
  GoalsData,
  HENGYANG_2023,
  IndicatorData,
  IndicatorHeaderData,
  Printed,
  ProjectTableData,
  SampleData,
  TotalData,
} from "../samples/hengyang-2023.data";

export const SAMPLE_PATH = join(__dirname, "..", "samples", "hengyang-commerce-2023.xlsx");

// ---------------------------------------------------------------------------------------------------------------
// Printed text → cell value

export interface PrintedCell {
  value: number | string | null;
  /** Absent for the General format, which prints integers and one-off decimals ("9.6") exactly as the report does. */
  numFmt?: string;
}

const NUMBER = /^-?\d+(?:\.\d+)?$/;
const PERCENT = /^(-?\d+(?:\.\d+)?)%$/;

/** "0.00" for a figure printed with two decimals, so that 9.30 and 10.00 keep their zeros on screen. */
function decimalsFormat(digits: string, suffix = ""): string | undefined {
  const decimals = digits.split(".")[1]?.length ?? 0;
  if (decimals === 0) return suffix ? `0${suffix}` : undefined;
  return `0.${"0".repeat(decimals)}${suffix}`;
}

/** "93.81" → 0.9381, moving the decimal point in the text so that no binary division blurs the fraction. */
function percentToFraction(digits: string): number {
  const negative = digits.startsWith("-");
  const [whole, fraction = ""] = (negative ? digits.slice(1) : digits).split(".");
  const padded = whole.padStart(3, "0");
  const text = `${padded.slice(0, -2)}.${padded.slice(-2)}${fraction}`;
  return (negative ? -1 : 1) * Number(text);
}

/**
 * What a person filling the workbook would have entered for a printed cell: numbers as numbers (with the number of
 * decimals the report shows), percentages as percent-formatted fractions, everything else — "有效保障",
 * "6000 万美元" — as text.
 */
export function readPrinted(printed: Printed): PrintedCell {
  const text = printed.trim();
  if (text === "") return { value: null };
  if (NUMBER.test(text)) return { value: Number(text), numFmt: decimalsFormat(text) };
  const percent = PERCENT.exec(text);
  if (percent) return { value: percentToFraction(percent[1]), numFmt: decimalsFormat(percent[1], "%") };
  return { value: printed };
}

// ---------------------------------------------------------------------------------------------------------------
// Layout: where each table's parts go. Computed from the data, so a variant with more rows still lines up.

/** Columns of the 自评表 tables (1-based): the indicator grid, with the budget figures over its right-hand columns. */
export const EVAL_COLUMNS = {
  label: 1, // A: 绩效指标, 年度预算申请, 年度总体目标 (vertical labels)
  level1: 2, // B
  level2: 3, // C
  name: 4, // D
  target: 5, // E
  actual: 6, // F
  weight: 7, // G
  score: 8, // H
  reason: 9, // I
  // The budget block: row labels over B:C, then the seed's column order.
  budgetInitial: 4, // D 年初预算数
  budgetAnnual: 5, // E 全年预算数
  budgetExecuted: 6, // F 全年执行数
  budgetWeight: 7, // G 分值
  budgetRate: 8, // H 执行率
  budgetScore: 9, // I 得分
  last: 9,
} as const;

/** Columns of the 基础表: labels in A, each year (and each staffing figure) over a pair of columns. */
export const BASIC_COLUMNS = {
  label: 1, // A
  first: 2, // B: 编制数, 2022年决算数 (B:C)
  second: 4, // D: 2023年实际在职人数, 2023年预算数 (D:E)
  third: 6, // F: 控制率, 2023年决算数 (F:G)
  last: 7, // G; 楼堂馆所 uses B…G one column each
} as const;

export interface EvalLayout {
  sheet: string;
  titleRow: number;
  yearRow: number;
  budgetHeaderRow: number;
  budgetTotalRow: number;
  /** The source rows of a project table's budget block (none in the 部门整体 table). */
  budgetSourceRows: number[];
  /** 部门整体 table: the rows of 按收入性质分 / 按支出性质分 parts (their header is the row above the first). */
  fundingRows: number[];
  goalsHeaderRow: number;
  goalsRow: number;
  indicatorHeaderRow: number;
  firstIndicatorRow: number;
  lastIndicatorRow: number;
  totalRow: number;
}

export interface BasicLayout {
  sheet: string;
  titleRow: number;
  staffingHeaderRow: number;
  staffingRow: number;
  yearsRow: number;
  firstExpenseRow: number;
  lastExpenseRow: number;
  buildingsHeaderRow: number;
  buildingsRow: number;
  frugalityRow: number;
}

export interface SampleLayout {
  basic: BasicLayout;
  department: EvalLayout;
  projects: EvalLayout[];
}

export function layoutBasic(table: BasicTableData): BasicLayout {
  const firstExpenseRow = 5;
  const lastExpenseRow = firstExpenseRow + table.expenses.rows.length - 1;
  return {
    sheet: table.sheet,
    titleRow: 1,
    staffingHeaderRow: 2,
    staffingRow: 3,
    yearsRow: 4,
    firstExpenseRow,
    lastExpenseRow,
    buildingsHeaderRow: lastExpenseRow + 1,
    buildingsRow: lastExpenseRow + 2,
    frugalityRow: lastExpenseRow + 3,
  };
}

function indicatorRows(goalsHeaderRow: number, indicators: readonly IndicatorData[]) {
  const indicatorHeaderRow = goalsHeaderRow + 2;
  const firstIndicatorRow = indicatorHeaderRow + 1;
  const lastIndicatorRow = firstIndicatorRow + indicators.length - 1;
  return {
    goalsHeaderRow,
    goalsRow: goalsHeaderRow + 1,
    indicatorHeaderRow,
    firstIndicatorRow,
    lastIndicatorRow,
    totalRow: lastIndicatorRow + 1,
  };
}

export function layoutDepartment(table: DepartmentTableData): EvalLayout {
  const budgetHeaderRow = 4;
  const fundingHeaderRow = budgetHeaderRow + 2;
  const fundingCount = Math.max(table.income.parts.length, table.expense.parts.length);
  const fundingRows = Array.from({ length: fundingCount }, (_, i) => fundingHeaderRow + 1 + i);
  return {
    sheet: table.sheet,
    titleRow: 1,
    yearRow: 2,
    budgetHeaderRow,
    budgetTotalRow: budgetHeaderRow + 1,
    budgetSourceRows: [],
    fundingRows,
    ...indicatorRows(fundingHeaderRow + fundingCount + 1, table.indicators),
  };
}

export function layoutProject(table: ProjectTableData): EvalLayout {
  const budgetHeaderRow = 5;
  const rows = table.budget.map((_, i) => budgetHeaderRow + 1 + i);
  const totalIndex = table.budget.findIndex((b) => b.total);
  if (totalIndex < 0) throw new Error(`${table.sheet}: the budget block has no 年度资金总额 row`);
  return {
    sheet: table.sheet,
    titleRow: 1,
    yearRow: 2,
    budgetHeaderRow,
    budgetTotalRow: rows[totalIndex],
    budgetSourceRows: rows.filter((_, i) => i !== totalIndex),
    fundingRows: [],
    ...indicatorRows(budgetHeaderRow + table.budget.length + 1, table.indicators),
  };
}

export function sampleLayout(data: SampleData = HENGYANG_2023): SampleLayout {
  return {
    basic: layoutBasic(data.basic),
    department: layoutDepartment(data.department),
    projects: data.projects.map(layoutProject),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Writing

export const FONT: Partial<ExcelJS.Font> = { name: "宋体", size: 11 };
const THIN: Partial<ExcelJS.Border> = { style: "thin" };
export const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const CENTER: Partial<ExcelJS.Alignment> = { horizontal: "center", vertical: "middle", wrapText: true };
const LEFT: Partial<ExcelJS.Alignment> = { horizontal: "left", vertical: "middle", wrapText: true };
/** Excel's row height for one line of 11-point 宋体, in points. */
export const LINE_HEIGHT = 14.25;

/** Rough display width in column units: CJK characters are about two digits wide. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\uffef]/.test(ch) ? 2 : 1.1;
  return width;
}

/**
 * One worksheet being filled. Heights are estimated from the wrapped texts because exceljs cannot measure, and a
 * row left at the default height would show one line of a three-line 偏差原因.
 */
class SheetWriter {
  private readonly lines = new Map<number, number>();

  constructor(
    readonly ws: ExcelJS.Worksheet,
    private readonly widths: readonly number[],
  ) {
    widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  }

  /** Thin borders and the base font on every cell of a rectangle, before merging, so merged areas are boxed too. */
  frame(top: number, left: number, bottom: number, right: number): void {
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        const cell = this.ws.getCell(r, c);
        cell.border = BOX;
        cell.font = FONT;
        cell.alignment = CENTER;
      }
    }
  }

  /** Writes a label or a printed figure into a (possibly merged) area and returns its anchor cell. */
  put(
    row: number,
    col: number,
    content: Printed,
    opts: { toCol?: number; toRow?: number; align?: Partial<ExcelJS.Alignment>; bold?: boolean; asText?: boolean } = {},
  ): ExcelJS.Cell {
    const toCol = opts.toCol ?? col;
    const toRow = opts.toRow ?? row;
    if (toCol !== col || toRow !== row) this.ws.mergeCells(row, col, toRow, toCol);
    const cell = this.ws.getCell(row, col);
    // Labels are never read as figures: a header such as "2023" must stay text.
    const { value, numFmt } = opts.asText
      ? { value: content === "" ? null : content, numFmt: undefined }
      : readPrinted(content);
    cell.value = value;
    if (numFmt) cell.numFmt = numFmt;
    if (opts.align) cell.alignment = opts.align;
    if (opts.bold) cell.font = { ...FONT, bold: true };
    if (typeof value === "string" && toRow === row) {
      let width = 0;
      for (let c = col; c <= toCol; c++) width += this.widths[c - 1];
      const lines = value
        .split("\n")
        .reduce((n, paragraph) => n + Math.max(1, Math.ceil(displayWidth(paragraph) / Math.max(1, width - 2))), 0);
      this.lines.set(row, Math.max(this.lines.get(row) ?? 1, lines));
    }
    return cell;
  }

  label(row: number, col: number, text: string, opts: { toCol?: number; toRow?: number; bold?: boolean } = {}) {
    return this.put(row, col, text, { ...opts, asText: true });
  }

  title(row: number, text: string, size: number): void {
    const cell = this.label(row, 1, text, { toCol: this.widths.length });
    cell.font = { ...FONT, size, bold: size > FONT.size! };
    cell.alignment = { horizontal: "center", vertical: "middle" };
    this.ws.getRow(row).height = size * 1.8;
  }

  finish(): void {
    for (const [row, lines] of this.lines) {
      if (lines > 1) this.ws.getRow(row).height = Math.ceil(lines * LINE_HEIGHT + 6);
    }
  }
}

function writeBasic(wb: ExcelJS.Workbook, table: BasicTableData): void {
  const at = layoutBasic(table);
  const ws = wb.addWorksheet(table.sheet, sheetOptions());
  const w = new SheetWriter(ws, [50, 11, 11, 11, 11, 11, 11]);
  const pairs = [BASIC_COLUMNS.first, BASIC_COLUMNS.second, BASIC_COLUMNS.third];
  w.frame(at.staffingHeaderRow, 1, at.frugalityRow, BASIC_COLUMNS.last);
  w.title(at.titleRow, table.title, 16);

  w.label(at.staffingHeaderRow, 1, table.staffing.label, { toRow: at.staffingRow, bold: true });
  pairs.forEach((col, i) => {
    w.label(at.staffingHeaderRow, col, table.staffing.headers[i], { toCol: col + 1, bold: true });
    w.put(at.staffingRow, col, table.staffing.values[i], { toCol: col + 1 });
  });

  w.label(at.yearsRow, 1, table.expenses.label, { bold: true });
  pairs.forEach((col, i) => w.label(at.yearsRow, col, table.expenses.years[i], { toCol: col + 1, bold: true }));
  table.expenses.rows.forEach((expense, i) => {
    const row = at.firstExpenseRow + i;
    const cell = w.label(row, 1, expense.label);
    cell.alignment = { ...LEFT, indent: expense.item ? 2 : 0 };
    pairs.forEach((col, j) => w.put(row, col, expense.amounts[j], { toCol: col + 1 }));
  });

  w.label(at.buildingsHeaderRow, 1, table.buildings.label, { toRow: at.buildingsRow, bold: true });
  table.buildings.headers.forEach((header, i) => {
    w.label(at.buildingsHeaderRow, 2 + i, header, { bold: true });
    w.put(at.buildingsRow, 2 + i, table.buildings.values[i]);
  });

  w.label(at.frugalityRow, 1, table.frugality.label, { bold: true });
  w.put(at.frugalityRow, 2, table.frugality.text, { toCol: BASIC_COLUMNS.last, align: LEFT, asText: true });
  w.finish();
}

function sheetOptions(): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    pageSetup: { paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: "normal", showGridLines: true }],
  };
}

/** The shared top of both 自评表 kinds: title and year rows, framed body. */
function startEvalSheet(wb: ExcelJS.Workbook, table: DepartmentTableData | ProjectTableData, at: EvalLayout) {
  const ws = wb.addWorksheet(table.sheet, sheetOptions());
  // A 绩效指标 (narrow, so the vertical labels stack), B 一级, C 二级, D 三级, E/F values, G 分值, H 得分, I 偏差原因
  const w = new SheetWriter(ws, [5, 10, 14, 18, 13, 13, 7, 8, 26]);
  w.frame(at.yearRow + 1, 1, at.totalRow, EVAL_COLUMNS.last);
  w.title(at.titleRow, table.title, 16);
  w.title(at.yearRow, table.year, 11);
  return w;
}

function writeBudgetHeader(w: SheetWriter, row: number, header: BudgetHeaderData): void {
  const C = EVAL_COLUMNS;
  w.label(row, C.level1, header.label, { toCol: C.level2, bold: true });
  w.label(row, C.budgetInitial, header.initial, { bold: true });
  w.label(row, C.budgetAnnual, header.annual, { bold: true });
  w.label(row, C.budgetExecuted, header.executed, { bold: true });
  w.label(row, C.budgetWeight, header.weight, { bold: true });
  w.label(row, C.budgetRate, header.rate, { bold: true });
  w.label(row, C.budgetScore, header.score, { bold: true });
}

function writeBudgetRow(w: SheetWriter, row: number, budget: BudgetRowData): void {
  const C = EVAL_COLUMNS;
  w.label(row, C.level1, budget.label, { toCol: C.level2 });
  w.put(row, C.budgetInitial, budget.initial);
  w.put(row, C.budgetAnnual, budget.annual);
  w.put(row, C.budgetExecuted, budget.executed);
  w.put(row, C.budgetWeight, budget.weight);
  w.put(row, C.budgetRate, budget.rate);
  w.put(row, C.budgetScore, budget.score);
}

function writeGoals(w: SheetWriter, at: EvalLayout, goals: GoalsData): void {
  const C = EVAL_COLUMNS;
  w.label(at.goalsHeaderRow, C.label, goals.label, { toRow: at.goalsRow, bold: true });
  w.label(at.goalsHeaderRow, C.level1, goals.expectedLabel, { toCol: C.target, bold: true });
  w.label(at.goalsHeaderRow, C.actual, goals.achievedLabel, { toCol: C.reason, bold: true });
  w.put(at.goalsRow, C.level1, goals.expected, { toCol: C.target, align: LEFT, asText: true });
  w.put(at.goalsRow, C.actual, goals.achieved, { toCol: C.reason, align: LEFT, asText: true });
}

/** Rows [start, end) of each run of equal, non-empty values: the cells a printed form merges. */
export function mergeRuns(values: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 1; i <= values.length; i++) {
    if (i === values.length || values[i] !== values[start] || values[start] === "") {
      out.push([start, i]);
      start = i;
    }
  }
  return out;
}

function writeIndicators(
  w: SheetWriter,
  at: EvalLayout,
  header: IndicatorHeaderData,
  indicators: readonly IndicatorData[],
  total: TotalData,
): void {
  const C = EVAL_COLUMNS;
  const first = at.firstIndicatorRow;
  w.label(at.indicatorHeaderRow, C.label, header.label, { toRow: at.lastIndicatorRow, bold: true });
  const headers: [number, string][] = [
    [C.level1, header.level1],
    [C.level2, header.level2],
    [C.name, header.name],
    [C.target, header.target],
    [C.actual, header.actual],
    [C.weight, header.weight],
    [C.score, header.score],
    [C.reason, header.reason],
  ];
  for (const [col, text] of headers) w.label(at.indicatorHeaderRow, col, text, { bold: true });

  for (const [start, end] of mergeRuns(indicators.map((i) => i.level1))) {
    w.label(first + start, C.level1, indicators[start].level1, { toRow: first + end - 1 });
    // 二级 cells merge only inside their 一级 group.
    const group = indicators.slice(start, end).map((i) => i.level2);
    for (const [s, e] of mergeRuns(group))
      w.label(first + start + s, C.level2, group[s], { toRow: first + start + e - 1 });
  }
  indicators.forEach((indicator, i) => {
    const row = first + i;
    w.put(row, C.name, indicator.name);
    w.put(row, C.target, indicator.target);
    w.put(row, C.actual, indicator.actual);
    w.put(row, C.weight, indicator.weight);
    w.put(row, C.score, indicator.score);
    w.put(row, C.reason, indicator.reason, { align: LEFT, asText: true });
  });

  w.label(at.totalRow, C.label, total.label, { toCol: C.actual, bold: true });
  w.put(at.totalRow, C.weight, total.weight);
  w.put(at.totalRow, C.score, total.score);
}

function writeDepartment(wb: ExcelJS.Workbook, table: DepartmentTableData): void {
  const C = EVAL_COLUMNS;
  const at = layoutDepartment(table);
  const w = startEvalSheet(wb, table, at);
  const unitRow = at.yearRow + 1;
  w.label(unitRow, C.label, table.unitLabel, { toCol: C.level2, bold: true });
  w.label(unitRow, C.name, table.unit, { toCol: C.last });

  const budgetEnd = at.fundingRows[at.fundingRows.length - 1] ?? at.budgetTotalRow;
  w.label(at.budgetHeaderRow, C.label, table.budgetLabel, { toRow: budgetEnd, bold: true });
  writeBudgetHeader(w, at.budgetHeaderRow, table.budgetHeader);
  writeBudgetRow(w, at.budgetTotalRow, table.budget);

  // 按收入性质分 labels over B:D with the amount in E; 按支出性质分 labels over F:H with the amount in I.
  const fundingHeaderRow = at.budgetTotalRow + 1;
  w.label(fundingHeaderRow, C.level1, table.income.label, { toCol: C.target, bold: true });
  w.label(fundingHeaderRow, C.actual, table.expense.label, { toCol: C.last, bold: true });
  at.fundingRows.forEach((row, i) => {
    const income = table.income.parts[i];
    const expense = table.expense.parts[i];
    if (income) {
      w.label(row, C.level1, income.label, { toCol: C.name }).alignment = LEFT;
      w.put(row, C.target, income.amount);
    }
    if (expense) {
      w.label(row, C.actual, expense.label, { toCol: C.score }).alignment = LEFT;
      w.put(row, C.reason, expense.amount);
    }
  });

  writeGoals(w, at, table.goals);
  writeIndicators(w, at, table.indicatorHeader, table.indicators, table.total);
  w.finish();
}

function writeProject(wb: ExcelJS.Workbook, table: ProjectTableData): void {
  const C = EVAL_COLUMNS;
  const at = layoutProject(table);
  const w = startEvalSheet(wb, table, at);
  const nameRow = at.yearRow + 1;
  const departmentRow = nameRow + 1;
  w.label(nameRow, C.label, table.nameLabel, { toCol: C.level2, bold: true });
  w.label(nameRow, C.name, table.name, { toCol: C.last });
  w.label(departmentRow, C.label, table.departmentLabel, { toCol: C.level2, bold: true });
  w.label(departmentRow, C.name, table.department, { toCol: C.target });
  w.label(departmentRow, C.actual, table.implementerLabel, { toCol: C.weight, bold: true });
  w.label(departmentRow, C.score, table.implementer, { toCol: C.reason });

  const budgetEnd = at.budgetHeaderRow + table.budget.length;
  w.label(at.budgetHeaderRow, C.label, table.budgetLabel, { toRow: budgetEnd, bold: true });
  writeBudgetHeader(w, at.budgetHeaderRow, table.budgetHeader);
  // The report prints "10 0" in the 分值/执行率 columns of each source row, an artefact of its own filling; in the
  // official template only the 年度资金总额 row carries 分值/执行率/得分, so the data leaves them empty.
  table.budget.forEach((budget, i) => writeBudgetRow(w, at.budgetHeaderRow + 1 + i, budget));

  writeGoals(w, at, table.goals);
  writeIndicators(w, at, table.indicatorHeader, table.indicators, table.total);
  w.finish();
}

/** The sample workbook (or a variant of it, from other data), in memory. */
export async function buildSampleWorkbook(data: SampleData = HENGYANG_2023): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "jixiao scripts/make-sample.ts";
  // Fixed, so that two builds differ in nothing but the zip container's own timestamps.
  wb.created = new Date(Date.UTC(2024, 0, 1));
  wb.modified = wb.created;
  writeBasic(wb, data.basic);
  writeDepartment(wb, data.department);
  for (const project of data.projects) writeProject(wb, project);
  return wb;
}

/**
 * The sample with `count` 项目支出绩效自评表 instead of two (项目01, 项目02, … on their own sheets, its two projects
 * in turn): the bench's and the differential tests' large workbook.
 */
export function withProjects(count: number, data: SampleData = HENGYANG_2023): SampleData {
  const projects = Array.from({ length: count }, (_, i) => {
    const base = data.projects[i % data.projects.length];
    const n = String(i + 1).padStart(2, "0");
    return { ...base, sheet: `项目${n}`, name: `${base.name}（${n}）` };
  });
  return { ...data, projects };
}

export async function writeSample(path: string = SAMPLE_PATH, data: SampleData = HENGYANG_2023): Promise<void> {
  const wb = await buildSampleWorkbook(data);
  await wb.xlsx.writeFile(path);
}

if (require.main === module) {
  writeSample().then(
    () => console.log(`wrote ${SAMPLE_PATH}`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
