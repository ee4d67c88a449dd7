// The money block of a 自评表 (预算执行情况). Two ways of laying it out: columns under a header row (年初预算数 |
// 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, rows 年度资金总额 / 其中… below), or labels with their figure to their
// right on one row (预算数: 2.38 | 执行数: 2.38; 预算数 6.84 | 到位数 6.84 | 执行数 6.84). Every part but the
// 预算 and 执行 figures may be missing; a form without a 年度资金总额 row adds its sources up.
import { Area } from "../grid/address";
import { BudgetBlock, BudgetPoints, BudgetRow, FundingPart } from "./model";
import { EvalPlan } from "./eval-plan";
import { HeaderSegment } from "./headers";
import { flatLabel } from "./normalize";
import { hasLabel, meaningAt, meaningOf } from "./scan";
import { BudgetRole } from "./synonyms";
import { overlaps, SheetView } from "./view";

type Amounts = "initial" | "annual" | "received" | "executed";
type Scored = "weight" | "rate" | "score";
const SCORED: readonly Scored[] = ["weight", "rate", "score"];

export function readBudget(
  view: SheetView,
  plan: EvalPlan,
  B: HeaderSegment<BudgetRole>,
  blockEnd: number,
): BudgetBlock | null {
  const block = isPairRow(view, B) ? readPairs(view, plan, B, blockEnd) : readColumns(view, plan, B, blockEnd);
  if (!block) return null;
  const points = pointsOf(view, plan, B);
  if (points) block.points = points;
  return block;
}

/** Labels with their figures to their right (or in the same cell, `预算数: 2.38`): two role cells of the bottom
 *  header row at least. */
function isPairRow(view: SheetView, B: HeaderSegment<BudgetRole>): boolean {
  let beside = 0;
  for (const [role, area] of B.cells) {
    if (area.bottom !== B.bottom) continue;
    if (isInline(B, role) || typeof view.value(B.bottom, area.right + 1) === "number") beside++;
  }
  return beside >= 2;
}

function isInline(B: HeaderSegment<BudgetRole>, role: BudgetRole): boolean {
  const col = B.cols.get(role);
  return B.columns.some((c) => c.col === col && c.inline);
}

function readPairs(view: SheetView, plan: EvalPlan, B: HeaderSegment<BudgetRole>, blockEnd: number): BudgetBlock {
  const row = B.bottom;
  const total: BudgetRow = { label: "", row };
  const onRow: [BudgetRole, number, boolean][] = [];
  for (const [role, area] of B.cells) {
    const inline = isInline(B, role);
    // A header above the pair row (预算执行进度(%)) has its figure under it; a label on the row, right of it, or in
    // the same cell after a colon.
    if (area.bottom < row) total[role] = view.field(row, area.left);
    else {
      total[role] = view.field(row, inline ? area.left : area.right + 1);
      onRow.push([role, area.left, inline]);
    }
  }
  const sources: BudgetRow[] = [];
  for (let r = row + 1; r <= blockEnd; r++) {
    if (endsMoney(view, plan, r, plan.left, B.left - 1)) break;
    const source: BudgetRow = { label: "", row: r };
    let found = false;
    for (const [role, col, inline] of onRow) {
      const label = view.value(r, col);
      if (typeof label !== "string" || label.trim() === "") continue;
      // 其中:中央补助 2.38 万元 — the source's name and figure in one cell, under an inline header.
      const value = inline ? view.field(r, col) : view.field(r, view.right(r, col) + 1);
      if (inline ? !/\d/.test(label) : typeof value.value !== "number") continue;
      if (!source.label) source.label = flatLabel(inline ? label.replace(/\s*[\d.,]+.*$/, "") : label);
      source[role as Amounts] = value;
      found = true;
    }
    if (found) sources.push(source);
  }
  return block(total, sources, false, unitOf(view, plan, B));
}

function readColumns(
  view: SheetView,
  plan: EvalPlan,
  B: HeaderSegment<BudgetRole>,
  blockEnd: number,
): BudgetBlock | null {
  const firstAmount = Math.min(...B.cols.values());
  const rows: BudgetRow[] = [];
  let total: BudgetRow | undefined;
  let fundingFrom = 0;
  for (let r = B.bottom + 1; r <= blockEnd; r++) {
    if (headingsIn(view, plan, r).length) {
      fundingFrom = r;
      break;
    }
    if (endsMoney(view, plan, r, plan.left, firstAmount - 1)) break;
    let label = "";
    for (let c = plan.left; c < firstAmount; c++) {
      if (view.startsHere(r, c) && !view.isEmpty(r, c)) label += (label ? " " : "") + flatLabel(view.text(r, c));
      c = view.right(r, c);
    }
    const amounts = [...B.cols.values()].some((c) => !view.isEmpty(r, c));
    if (label === "" && !amounts) continue;
    const row: BudgetRow = { label, row: r };
    for (const [role, col] of B.cols) row[role] = view.field(r, col);
    const isTotal = hasLabel(meaningOf(view, label), "budgetTotal");
    if (isTotal && !total) total = row;
    else rows.push(row);
  }
  const funding = fundingFrom ? readFunding(view, plan, fundingFrom, blockEnd) : { income: [], expense: [] };
  const unit = unitOf(view, plan, B);
  const finish = (b: BudgetBlock) => ({ ...b, incomeParts: funding.income, expenseParts: funding.expense });
  if (total) return finish(block(total, rows, false, unit));
  if (rows.length === 0) return null;
  // One row of figures (宁夏: 年度资金总额 is a column there), or rows under a header that names the total: the
  // first row is the total. Otherwise the form lists sources only (四川一体化): the total is their sum.
  const headerNamesTotal = () => headerWords(view, plan, B).some((t) => hasLabel(meaningOf(view, t), "budgetTotal"));
  if (rows.length === 1 || headerNamesTotal()) return finish(block(rows[0], rows.slice(1), false, unit));
  return finish(block(sumRow(rows), rows, true, unit));
}

function block(total: BudgetRow, sources: BudgetRow[], sumOfSources: boolean, unit: string): BudgetBlock {
  const b: BudgetBlock = { total, sources, incomeParts: [], expenseParts: [], unit };
  if (sumOfSources) b.sumOfSources = true;
  return b;
}

/** The total of a block without a total row: no amounts of its own; 分值/执行率/得分 where every source shares one
 *  merged cell, or where only the first row has one. */
function sumRow(rows: BudgetRow[]): BudgetRow {
  const total: BudgetRow = { label: "", row: rows[0].row };
  for (const key of SCORED) {
    const first = rows[0][key];
    if (!first) continue;
    const same = rows.every((r) => r[key]?.ref.row === first.ref.row && r[key]?.ref.col === first.ref.col);
    const alone = rows.slice(1).every((r) => !r[key] || r[key]!.value === null || r[key]!.text.trim() === "");
    if (same || alone) total[key] = first;
  }
  return total;
}

/** The texts of the header band left of its figures, and its header cells: where a unit or points are written. */
function headerWords(view: SheetView, plan: EvalPlan, B: HeaderSegment<BudgetRole>): string[] {
  const out: string[] = [];
  for (let r = B.top; r <= B.bottom; r++)
    for (let c = plan.left; c <= Math.max(plan.right, B.right); c++) {
      if (view.startsHere(r, c)) {
        const v = view.value(r, c);
        if (typeof v === "string" && v.trim() !== "") out.push(v);
      }
      c = view.right(r, c);
    }
  return out;
}

/** 项目资金（元）: the block is in 元; every other form is in 万元. */
function unitOf(view: SheetView, plan: EvalPlan, B: HeaderSegment<BudgetRole>): string {
  return headerWords(view, plan, B).some((t) => /\(元\)/.test(view.keys.raw(t))) ? "元" : "万元";
}

/** Points the block is worth where a label says so: `预算执行情况(万元)(20分)`, `得分(20分*执行率)`, or a heading
 *  `预算执行情况(10分)` on the row above the header. */
function pointsOf(view: SheetView, plan: EvalPlan, B: HeaderSegment<BudgetRole>): BudgetPoints | undefined {
  for (let r = Math.max(plan.lo, B.top - 1); r <= B.bottom; r++)
    for (let c = plan.left; c <= Math.max(plan.right, B.right); c++) {
      const v = view.startsHere(r, c) ? view.value(r, c) : undefined;
      const points = typeof v === "string" && v.length <= 40 ? view.keys.points(v) : null;
      if (points !== null && (r >= B.top || /预算执行|资金/.test(v as string)))
        return { value: points, field: view.field(r, c) };
      c = view.right(r, c);
    }
  return undefined;
}

/** A heading that ends the money rows: 资金管理情况, 年度总体目标, or any other block's heading. */
function endsMoney(view: SheetView, plan: EvalPlan, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) {
    const m = view.startsHere(row, c) ? meaningAt(view, row, c) : null;
    if (m && (hasLabel(m, "moneyEnd") || hasLabel(m, "goals"))) return true;
    c = view.right(row, c);
  }
  return row === plan.goals?.row;
}

interface Heading {
  kind: "income" | "expense";
  row: number;
  col: number;
  area: Area;
}

function headingsIn(view: SheetView, plan: EvalPlan, row: number): Heading[] {
  const out: Heading[] = [];
  for (let c = plan.left; c <= plan.right; c++) {
    if (view.startsHere(row, c)) {
      const m = meaningAt(view, row, c);
      const kind = hasLabel(m, "income") ? "income" : hasLabel(m, "expense") ? "expense" : null;
      if (kind) out.push({ kind, row, col: view.anchor(row, c).col, area: view.area(row, c) });
    }
    c = Math.max(c, view.right(row, c));
  }
  return out;
}

/** 按收入性质分 / 按支出性质分: label and amount pairs under each heading, within its columns. */
function readFunding(view: SheetView, plan: EvalPlan, from: number, blockEnd: number) {
  const headings: Heading[] = [];
  for (let r = from; r <= blockEnd; r++) headings.push(...headingsIn(view, plan, r));
  const out: { income: FundingPart[]; expense: FundingPart[] } = { income: [], expense: [] };
  for (const h of headings) {
    const nextInRow = headings.filter((o) => o.row === h.row && o.col > h.col).map((o) => o.col);
    const span = { left: h.col, right: nextInRow.length ? Math.min(...nextInRow) - 1 : plan.right };
    const below = headings.filter((o) => o.row > h.row && overlaps(o.area, span)).map((o) => o.row);
    const end = below.length ? Math.min(...below) - 1 : blockEnd;
    for (let r = h.area.bottom + 1; r <= end; r++) {
      const part = partIn(view, r, span);
      if (part) out[h.kind].push(part);
    }
  }
  return out;
}

function partIn(view: SheetView, row: number, span: { left: number; right: number }): FundingPart | null {
  for (let c = span.left; c <= span.right; c++) {
    const area = view.area(row, c);
    const value = view.shown(row, c)?.value;
    if (view.startsHere(row, c) && typeof value === "string" && value.trim() !== "") {
      const amount = view.valueRightOf(row, c, span.right);
      return amount ? { label: flatLabel(value), amount } : null;
    }
    c = area.right;
  }
  return null;
}
