// The 部门整体支出自评表 and the 项目支出绩效自评表. A table is found from its indicator header (一级指标 … 得分);
// its other parts sit above it in the same columns, nearest first: 年度总体目标, the budget block (年初预算数 …
// 得分), the unit or project name, the title. The indicator list runs from the header down to the 总分 row.
import { Area } from "../grid/address";
import { Finding } from "../checks/finding";
import { BudgetBlock, BudgetRow, EvalTable, Field, FundingPart, Indicator } from "./model";
import { HeaderSegment } from "./headers";
import { incomplete, NOT_READ, quoted } from "./messages";
import { flatLabel } from "./normalize";
import { hasLabel, Hit, meaningAt, meaningOf } from "./scan";
import { BUDGET_HEADERS, BudgetRole, EvalLabel, INDICATOR_HEADERS, IndicatorRole } from "./synonyms";
import { isEmptyCell, MAX_LABEL_LENGTH, overlaps, SheetView } from "./view";

type IdentityLabel = "projectName" | "unitName" | "department" | "implementer";
const IDENTITY: readonly IdentityLabel[] = ["projectName", "unitName", "department", "implementer"];

export interface EvalPlan {
  kind: "department" | "project";
  header: HeaderSegment<IndicatorRole>;
  budget?: HeaderSegment<BudgetRole>;
  goals?: Hit;
  identity: Partial<Record<IdentityLabel, Hit>>;
  title?: Hit;
  top: number;
  left: number;
  right: number;
}

const has = (h: Hit, label: EvalLabel) => h.labels?.includes(label) ?? false;

/** Extends a header to the column on its left when that holds the vertical 绩效指标 label. */
export function withLabelColumn<R extends string>(
  view: SheetView,
  seg: HeaderSegment<R>,
  region: Area,
): HeaderSegment<R> {
  const col = seg.left - 1;
  if (col < region.left || view.isEmpty(seg.top, col)) return seg;
  const area = view.area(seg.top, col);
  const key = view.headerKey(seg.top, col);
  const vertical = area.bottom > seg.bottom || key === "绩效指标" || key === "指标";
  return vertical ? { ...seg, left: area.left } : seg;
}

/** Finds the parts above an indicator header, between `lo` and the header. */
export function planEval(
  header: HeaderSegment<IndicatorRole>,
  hits: readonly Hit[],
  budgets: readonly HeaderSegment<BudgetRole>[],
  lo: number,
): EvalPlan {
  const cols = { left: header.left, right: header.right };
  const within = (h: Hit, from: number, below: number) => h.row >= from && h.row < below && overlaps(h.area, cols);
  const last = <T>(list: T[]): T | undefined => list[list.length - 1];

  const budget = last(budgets.filter((b) => b.top >= lo && b.top < header.top && overlaps(b, cols)));
  const identityBelow = budget?.top ?? header.top;
  const identity: EvalPlan["identity"] = {};
  for (const h of hits) {
    if (!within(h, lo, identityBelow)) continue;
    for (const label of IDENTITY) if (has(h, label)) identity[label] = h;
  }
  const identityRows = Object.values(identity).map((h) => h!.row);
  const titleBelow = Math.min(identityBelow, ...identityRows);
  const title = last(hits.filter((h) => h.title && h.title !== "basic" && within(h, lo, titleBelow)));
  // The vertical labels (年度总体目标, 绩效指标) may sit left of the indicator header's columns, beyond a blank
  // column: the parts found so far say how wide the table is.
  for (const a of [budget, title?.area, ...Object.values(identity).map((h) => h!.area)]) {
    if (!a) continue;
    cols.left = Math.min(cols.left, a.left);
    cols.right = Math.max(cols.right, a.right);
  }
  const goals = last(hits.filter((h) => has(h, "goals") && within(h, budget ? budget.bottom + 1 : lo, header.top)));

  let kind: EvalPlan["kind"];
  if (identity.projectName) kind = "project";
  else if (identity.unitName) kind = "department";
  else if (title?.title === "project" || title?.title === "department") kind = title.title;
  else {
    // No name and no title: the 按收入性质分 / 按支出性质分 parts belong to the 部门整体 table only.
    const from = budget ? budget.bottom + 1 : lo;
    const funding = hits.some((h) => (has(h, "income") || has(h, "expense")) && within(h, from, header.top));
    kind = funding ? "department" : "project";
  }

  const parts: Area[] = [header, ...(budget ? [budget] : [])];
  for (const h of [goals, title, ...Object.values(identity)]) if (h) parts.push(h.area);
  const top = Math.min(...parts.map((p) => p.top));
  const left = Math.min(...parts.map((p) => p.left));
  const right = Math.max(...parts.map((p) => p.right));
  return { kind, header, budget, goals, identity, title, top, left, right };
}

export interface EvalResult {
  table?: EvalTable;
  findings: Finding[];
}

/** Reads the table of `plan`, the indicator list ending at the 总分 row or at `limit`. */
export function readEval(view: SheetView, plan: EvalPlan, limit: number): EvalResult {
  const start = view.ref(plan.top, plan.left);
  const titleField = identityValue(view, plan, plan.identity.projectName ?? plan.identity.unitName);
  const title = titleField ? flatLabel(titleField.text) : "";
  const fail = (missing: string): EvalResult => ({
    findings: [incomplete(plan.kind, start, title, missing, NOT_READ)],
  });

  const H = plan.header;
  const missingIndicator = INDICATOR_HEADERS.filter((s) => s.required && !H.cols.has(s.role)).map((s) => s.label);
  if (missingIndicator.length) return fail(`${quoted(missingIndicator)}列（指标表头在第${H.top}行）`);
  if (!plan.budget) return fail("预算执行情况（“全年预算数”“全年执行数”等表头）");
  const B = plan.budget;
  const missingBudget = BUDGET_HEADERS.filter((s) => s.required && !B.cols.has(s.role)).map((s) => s.label);
  if (missingBudget.length) return fail(`${quoted(missingBudget)}列（预算表头在第${B.top}行）`);

  const blockEnd = (plan.goals?.row ?? H.top) - 1;
  const budget = readBudget(view, plan, B, blockEnd);
  if (!budget) return fail("“年度资金总额”行");

  const indicators = readIndicators(view, plan, limit);
  const right = Math.max(
    plan.right,
    ...[plan.identity.department, plan.identity.implementer].map((h) => (h ? h.area.right : 0)),
  );
  const bottom = indicators.total?.row ?? indicators.lastRow;
  const table: EvalTable = {
    kind: plan.kind,
    sheet: view.sheet,
    area: { top: plan.top, left: plan.left, bottom, right },
    title,
    budget,
    goals: readGoals(view, plan),
    indicators: indicators.list,
    fillerRows: indicators.filler,
    total: indicators.total ?? { row: indicators.lastRow + 1 },
    columns: Object.fromEntries(H.cols),
  };
  if (titleField) table.titleField = titleField;
  const department = identityValue(view, plan, plan.identity.department);
  const implementer = identityValue(view, plan, plan.identity.implementer);
  if (department) table.department = department;
  if (implementer) table.implementer = implementer;
  const findings = indicators.total
    ? []
    : [incomplete(plan.kind, start, title, "“总分”行", "已按最后一个指标行结束该表")];
  return { table, findings };
}

function identityValue(view: SheetView, plan: EvalPlan, hit: Hit | undefined) {
  if (!hit) return undefined;
  const isLabel = (row: number, col: number) =>
    !!meaningAt(view, row, col)?.labels?.some((l) => (IDENTITY as readonly string[]).includes(l));
  return view.valueRightOf(hit.row, hit.col, plan.right, isLabel);
}

function readBudget(
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
  if (!total) return null;
  const funding = fundingFrom ? readFunding(view, plan, fundingFrom, blockEnd) : { income: [], expense: [] };
  return { total, sources: rows, incomeParts: funding.income, expenseParts: funding.expense };
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

function readGoals(view: SheetView, plan: EvalPlan): EvalTable["goals"] {
  const g = plan.goals;
  if (!g) return {};
  const out: EvalTable["goals"] = {};
  let headed = false;
  for (let r = g.row; r <= Math.min(g.area.bottom, g.row + 1); r++) {
    for (let c = g.area.right + 1; c <= plan.right; c++) {
      const m = view.startsHere(r, c) ? meaningAt(view, r, c) : null;
      const area = view.area(r, c);
      if (hasLabel(m, "expected") && !out.expected) out.expected = view.field(area.bottom + 1, area.left);
      else if (hasLabel(m, "achieved") && !out.achieved) out.achieved = view.field(area.bottom + 1, area.left);
      if (hasLabel(m, "expected") || hasLabel(m, "achieved")) headed = true;
      c = area.right;
    }
    if (headed) break;
  }
  if (!headed) {
    const expected = view.valueRightOf(g.row, g.col, plan.right);
    if (expected) out.expected = expected;
  }
  return out;
}

interface IndicatorRows {
  list: Indicator[];
  filler: EvalTable["fillerRows"];
  total?: EvalTable["total"];
  lastRow: number;
}

function readIndicators(view: SheetView, plan: EvalPlan, limit: number): IndicatorRows {
  const C = plan.header.cols as Map<IndicatorRole, number>;
  const [l1Col, l2Col, nameCol, targetCol, actualCol, weightCol, scoreCol, reasonCol] = (
    ["level1", "level2", "name", "target", "actual", "weight", "score", "reason"] as const
  ).map((role) => C.get(role)!);
  const extras = (["nature", "unit", "scoreFactor"] as const).filter((role) => C.has(role));
  const labelRight = Math.min(weightCol, scoreCol) - 1;
  const out: IndicatorRows = { list: [], filler: [], lastRow: plan.header.bottom };
  let level1 = "";
  let level1Weight: number | undefined;
  let level2 = "";
  for (let r = plan.header.bottom + 1; r <= limit; r++) {
    const kind = rowKind(view, r, plan.left, plan.right, labelRight);
    if (kind === "total") {
      out.total = { row: r, weight: view.field(r, weightCol), score: view.field(r, scoreCol) };
      break;
    }
    if (kind === "blank") continue;
    out.lastRow = r;

    const t1 = view.text(r, l1Col);
    if (t1.trim() !== "") {
      const { label, weight } = view.keys.level(t1);
      if (label !== level1 || view.startsHere(r, l1Col)) {
        if (label !== level1) level2 = "";
        level1 = label;
        level1Weight = weight;
      }
    }
    const t2 = view.text(r, l2Col);
    if (t2.trim() !== "") level2 = flatLabel(t2);

    const name = view.field(r, nameCol);
    const target = view.field(r, targetCol);
    const actual = view.field(r, actualCol);
    const weight = view.field(r, weightCol);
    const template = isTemplate(view, name)
      ? name
      : isTemplate(view, target)
        ? target
        : isTemplate(view, actual)
          ? actual
          : null;
    if (template) out.filler.push({ row: r, text: template.text, cell: template.ref });
    const nameText = name.text.trim();
    if ((nameText === "" || view.keys.template(nameText)) && weight.text.trim() === "") continue;

    const indicator: Indicator = {
      row: r,
      level1,
      level2,
      name,
      target,
      actual,
      weight,
      score: view.field(r, scoreCol),
      reason: view.field(r, reasonCol),
    };
    if (level1Weight !== undefined) indicator.level1Weight = level1Weight;
    for (const role of extras) indicator[role] = view.field(r, C.get(role)!);
    out.list.push(indicator);
  }
  return out;
}

/**
 * One pass over a row of the indicator list: the 总分 row (a total label left of the 分值/得分 columns), a blank row
 * (nothing starts in it), or a row to read.
 */
function rowKind(
  view: SheetView,
  row: number,
  left: number,
  right: number,
  labelRight: number,
): "total" | "blank" | "row" {
  let blank = true;
  for (let c = left; c <= right; c++) {
    const m = view.merge(row, c);
    const top = m ? m.top : row;
    const cell = view.grid.cell(top, m ? m.left : c);
    if (m) c = m.right;
    if (isEmptyCell(cell)) continue;
    if (top === row) blank = false;
    const v = cell!.value;
    if (c <= labelRight || (m && m.left <= labelRight)) {
      if (typeof v === "string" && v.length <= MAX_LABEL_LENGTH && hasLabel(meaningOf(view, v), "total"))
        return "total";
    }
  }
  return blank ? "blank" : "row";
}

function isTemplate(view: SheetView, f: Field): boolean {
  return typeof f.value === "string" && view.keys.template(f.text);
}
