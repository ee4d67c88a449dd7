// The cells one-click recalculation writes: every computed cell (budget 执行率 and 得分, indicator scores, 总分,
// 基础表 控制率) becomes the formula of its rule. Numbers typed as text that a formula needs are first turned
// into numbers whose format shows the same text; where a person declines that, or the text cannot be shown
// exactly, the engine's value is written as a constant with a note saying why. A judgment row keeps the person's
// score, a 偏差原因 cell is never written, and a cell already holding what the plan would write is left out, so
// a plan over a recalculated workbook is empty.
import { CellRef, MAX_COL, refA1 } from "../grid/address";
import { CellValue } from "../grid/grid";
import { Field } from "../layout/model";
import { CellContent, CellWrite } from "../plan/write-plan";
import { NORMALIZE_PURPOSE } from "../scoring/rules";
import { canonicalFormula } from "../scoring/expr";
import { Computed, WorkbookScore } from "../scoring/types";
import { isPercentFormat } from "../values/number-format";

export interface RecalcOptions {
  /** Convert numbers typed as text (`6000 万美元`) into numbers with a format showing the same text. */
  normalizeUnits: boolean;
}

export const RATE_FORMAT = "0.00%";
export const SCORE_FORMAT = "0.00";

type Role = ComputedCell["role"];
type Target = ComputedCell;

/** A cell the engine computes, with what it computes there. */
export interface ComputedCell {
  field: Field;
  computed: Computed;
  role: "rate" | "score";
}

/** Every cell recalculation fills: rates, budget and indicator scores (not judgment or 不适用 rows), totals. */
export function computedCells(score: WorkbookScore): ComputedCell[] {
  const targets: ComputedCell[] = [];
  for (const table of score.tables) {
    if (table.kind === "basic") {
      const t = table.table;
      if (t.staffing && table.controlRate)
        targets.push({ field: t.staffing.controlRate, computed: table.controlRate, role: "rate" });
      if (t.buildings?.sizeRate && table.sizeRate)
        targets.push({ field: t.buildings.sizeRate, computed: table.sizeRate, role: "rate" });
      if (t.buildings?.investmentRate && table.investmentRate)
        targets.push({ field: t.buildings.investmentRate, computed: table.investmentRate, role: "rate" });
      continue;
    }
    // Only cells the form has: a rate or score the form does not print is reported, never written.
    const row = table.table.budget?.total;
    if (row?.rate) targets.push({ field: row.rate, computed: table.budget.rate, role: "rate" });
    if (row?.score && table.budget.weight !== null)
      targets.push({ field: row.score, computed: table.budget.score, role: "score" });
    for (const ind of table.indicators) {
      if (ind.judgment || ind.direction === "notApplicable" || !ind.indicator.score) continue;
      targets.push({ field: ind.indicator.score, computed: ind.score, role: "score" });
    }
    const total = table.table.total;
    if (total?.score && total.where !== "title" && scoresSomething(table))
      targets.push({ field: total.score, computed: table.total, role: "score" });
  }
  return targets;
}

/** A total is written only over scores there are: a form whose rows carry no scores has nothing to add up. */
function scoresSomething(table: Exclude<WorkbookScore["tables"][number], { kind: "basic" }>): boolean {
  return table.budget.weight !== null || table.indicators.some((s) => s.indicator.score || s.weight !== null);
}

/** The writes of the computed cells: numbers typed as text first (where a formula needs them converted), then the
 *  formulas, leaving out every cell that already holds what it would get. */
export function recalcCells(score: WorkbookScore, options: RecalcOptions): CellWrite[] {
  // A 偏差原因 cell is a person's text: never written here, whatever a layout may have made of it.
  const taken = new CellSet();
  for (const table of score.tables)
    if (table.kind !== "basic")
      for (const ind of table.indicators) if (ind.indicator.reason) taken.add(ind.indicator.reason.ref);

  const normalizing: CellWrite[] = [];
  const computing: CellWrite[] = [];
  for (const target of computedCells(score)) {
    if (taken.has(target.field.ref)) continue;
    const write = writeFor(target, options, normalizing, taken);
    if (!write) continue;
    taken.add(target.field.ref);
    if (changes(target.field, write)) computing.push(write);
  }
  return normalizing.concat(computing);
}

/** Cells as numbers, one set per sheet: a plan over thousands of cells builds no key strings. */
class CellSet {
  private readonly sheets = new Map<string, Set<number>>();
  has(ref: CellRef): boolean {
    return this.sheets.get(ref.sheet)?.has(cellNumber(ref)) ?? false;
  }
  add(ref: CellRef): void {
    let cells = this.sheets.get(ref.sheet);
    if (!cells) this.sheets.set(ref.sheet, (cells = new Set()));
    cells.add(cellNumber(ref));
  }
}

/** A sheet has at most MAX_COL columns, so row × MAX_COL + column is one number per cell. */
function cellNumber(ref: CellRef): number {
  return ref.row * MAX_COL + ref.col;
}

function writeFor(target: Target, options: RecalcOptions, normalizing: CellWrite[], taken: CellSet): CellWrite | null {
  const { field, computed, role } = target;
  const needs = computed.normalizes;
  let write: CellWrite;
  if (computed.formula !== null && (options.normalizeUnits || !needs || needs.length === 0)) {
    if (needs)
      for (const n of needs) {
        if (taken.has(n.field.ref) || typeof n.field.value !== "string") continue;
        taken.add(n.field.ref);
        normalizing.push({
          ref: n.field.ref,
          expected: contentOf(n.field),
          value: n.value.toNumber(),
          numFmt: n.numFmt,
          purpose: NORMALIZE_PURPOSE,
        });
      }
    // The engine's value rides along as the formula's cached result, for readers that do not recalculate.
    write = {
      ref: field.ref,
      expected: contentOf(field),
      formula: computed.formula,
      value: computed.value === null ? "" : computed.value.toNumber(),
      purpose: computed.ruleId,
    };
  } else {
    if (computed.value === null) return null;
    const note =
      computed.note ??
      `${(needs ?? []).map((n) => `${refA1(n.field.ref)}「${String(n.field.value)}」`).join("、")}为带单位的文字，未转换为数字，因此写入计算结果而非公式`;
    write = {
      ref: field.ref,
      expected: contentOf(field),
      value: computed.value.toNumber(),
      note,
      purpose: computed.ruleId,
    };
  }
  const numFmt = formatFor(role, field.numFmt);
  if (numFmt) write.numFmt = numFmt;
  return write;
}

/** Rates show as percentages; a score in a text- or percent-formatted cell would not show as a score. */
function formatFor(role: Role, current: string | undefined): string | undefined {
  const percent = current !== undefined && current.includes("%") && isPercentFormat(current);
  if (role === "rate") return percent ? undefined : RATE_FORMAT;
  return current === "@" || percent ? SCORE_FORMAT : undefined;
}

function contentOf(field: Field): CellContent {
  const content: CellContent = { value: field.value };
  if (field.formula !== undefined) content.formula = field.formula;
  if (field.numFmt !== undefined) content.numFmt = field.numFmt;
  return content;
}

/** Whether writing `write` would change what `field` holds. */
function changes(field: Field, write: CellWrite): boolean {
  if (write.numFmt !== undefined && write.numFmt !== field.numFmt) return true;
  if (write.formula !== undefined)
    return (
      field.formula === undefined ||
      (field.formula !== write.formula && canonicalFormula(field.formula) !== canonicalFormula(write.formula))
    );
  return field.formula !== undefined || !sameValue(field.value, write.value ?? null);
}

function sameValue(a: CellValue, b: CellValue): boolean {
  return (a === "" ? null : a) === (b === "" ? null : b);
}
