// The 部门整体支出自评表 and the 项目支出绩效自评表, in the layout of whichever province issued them. A table is its
// core — indicator names and at least one of 年度指标值 / 实际完成值 / 分值 / 得分 — plus whatever else its form has:
// a money block, 年度总体目标, a total wherever the form prints it. The family it was read as (families.ts) names
// it, may read some header words its own way, and records what of the form the sheet has.
import { Finding } from "../finding";
import { familyOf } from "./family-match";
import { assignRoles } from "./headers";
import { IndicatorRows, readIndicators } from "./indicator-rows";
import { incomplete, NOT_READ } from "./messages";
import { BudgetBlock, COLUMN_PARTS, EvalTable, Field, LAYOUT_PARTS, LayoutPart, TotalPlace } from "./model";
import { readBudget } from "./money-block";
import { EvalPlan, IDENTITY } from "./eval-plan";
import { flatLabel } from "./normalize";
import { hasLabel, Hit, meaningAt } from "./scan";
import { CORE_INDICATOR_ROLES, INDICATOR_NAME_ROLES, IndicatorRole } from "./synonyms";
import { INDICATOR_RULES } from "./header-rules";
import { SheetView } from "./view";

export interface EvalResult {
  table?: EvalTable;
  findings: Finding[];
}

/** Reads the table of `plan`, the indicator list ending at the 总分 row or at `limit`. */
export function readEval(view: SheetView, plan: EvalPlan, limit: number): EvalResult {
  const start = view.ref(plan.top, plan.left);
  const titleField = titleOf(view, plan);
  const title = titleField ? nameOf(titleField, plan) : "";

  const family = familyOf(view, plan);
  const kind = plan.kind ?? family.kind ?? "project";
  const cols = family.headers
    ? assignRoles(plan.header.columns, INDICATOR_RULES, family.headers).cols
    : new Map(plan.header.cols);
  const scoreAbove = plan.scoreAbove && !cols.has("score") ? plan.scoreAbove.col : undefined;
  if (scoreAbove !== undefined) cols.set("score", scoreAbove);
  if (!INDICATOR_NAME_ROLES.some((r) => cols.has(r)) || !CORE_INDICATOR_ROLES.some((r) => cols.has(r)))
    return {
      findings: [
        incomplete(
          kind,
          start,
          title,
          `“年度指标值”“实际完成值”“分值”“得分”中的任何一列（指标表头在第${plan.header.top}行）`,
          NOT_READ,
        ),
      ],
    };

  const findings: Finding[] = [];
  let budget: BudgetBlock | undefined;
  if (plan.budget) {
    const blockEnd = (plan.goals?.row ?? plan.header.top) - 1;
    budget = readBudget(view, plan, plan.budget, blockEnd) ?? undefined;
    if (!budget)
      findings.push(
        incomplete(
          kind,
          start,
          title,
          `预算执行情况的数据行（预算表头在第${plan.budget.top}行）`,
          "未读取预算执行情况",
        ),
      );
  }
  if (budget && scoreAbove !== undefined && !budget.total.score) {
    const cell = view.field(budget.total.row, scoreAbove);
    if (!view.isEmpty(budget.total.row, scoreAbove)) budget.total.score = cell;
  }

  const rows = readIndicators(view, { cols, from: plan.header.bottom + 1, left: plan.left, right: plan.right }, limit);
  const sectionScore = scoreAbove !== undefined ? numberAt(view, plan.header.top, scoreAbove) : undefined;
  sectionGroups(view, plan, rows, sectionScore);
  const total = rows.total ?? totalAbove(view, plan, scoreAbove) ?? totalInTitle(view, plan);

  const right = Math.max(
    plan.right,
    ...[plan.identity.department, plan.identity.implementer].map((h) => (h ? h.area.right : 0)),
    total?.score && total.where !== "title" ? total.score.ref.col : 0,
  );
  const bottom = rows.total?.row ?? rows.lastRow;
  const goals = readGoals(view, plan);
  if (scoreAbove !== undefined && plan.goals) {
    const score = numberAt(view, plan.goals.row, scoreAbove);
    if (score) goals.score = score;
  }
  const table: EvalTable = {
    kind,
    sheet: view.sheet,
    area: { top: plan.top, left: plan.left, bottom, right },
    title,
    goals,
    indicators: rows.list,
    groups: rows.groups,
    subRows: rows.subRows,
    fillerRows: rows.filler,
    columns: Object.fromEntries(cols),
    layout: { family: family.id, has: [] },
  };
  if (budget) table.budget = budget;
  if (total) table.total = total;
  if (titleField) table.titleField = titleField;
  const department = identityValue(view, plan, plan.identity.department);
  const implementer = identityValue(view, plan, plan.identity.implementer);
  if (department) table.department = department;
  if (implementer) table.implementer = implementer;
  table.layout.has = partsOf(table, cols, plan);
  return { table, findings };
}

function numberAt(view: SheetView, row: number, col: number): Field | undefined {
  const f = view.field(row, col);
  return typeof f.value === "number" ? f : undefined;
}

/**
 * Blocks that carry points or a score of their own: the vertical label left of the indicators (`年度绩效目标(80分)`)
 * and the section's score in a 自评得分 column (年度绩效指标完成情况 … 50).
 */
function sectionGroups(view: SheetView, plan: EvalPlan, rows: IndicatorRows, score: Field | undefined): void {
  const H = plan.header;
  const firstRole = Math.min(...H.cols.values());
  let label = "";
  let points: number | undefined;
  let bottom = Infinity;
  for (let c = plan.left; c < firstRole; c++) {
    const v = view.value(H.top, c);
    if (typeof v === "string" && v.trim() !== "") {
      label = flatLabel(v);
      points = view.keys.level(v).weight;
      // The block is the rows its label spans (a later block, 满意度指标完成情况, has a label of its own).
      const area = view.area(H.top, c);
      if (area.bottom > H.bottom) bottom = area.bottom;
      break;
    }
  }
  if (points === undefined && !score) return;
  const { label: name } = view.keys.level(label || "绩效指标");
  const group: (typeof rows.groups)[number] = {
    kind: "block",
    label: name,
    row: H.top,
    cell: view.ref(H.top, plan.left),
    members: rows.list.filter((i) => i.row <= bottom).map((i) => i.row),
  };
  if (points !== undefined) group.points = points;
  if (score) group.score = score;
  rows.groups.unshift(group);
}

/** A total printed beside a label above the tables (自评总分(分) 97.93), or under a 自评得分 heading at the top right. */
function totalAbove(view: SheetView, plan: EvalPlan, scoreAbove: number | undefined): TotalPlace | undefined {
  for (const h of plan.totalLabels) {
    const value = view.valueRightOf(h.row, h.col, Math.max(plan.right, view.right(h.row, h.col) + 2));
    if (value && (typeof value.value === "number" || value.value === null))
      if (typeof value.value === "number" || view.right(h.row, h.col) + 1 === value.ref.col)
        return { where: "header", row: h.row, score: value };
  }
  if (plan.scoreAbove && scoreAbove !== undefined) {
    const h = plan.scoreAbove;
    const end = plan.budget?.top ?? plan.header.top;
    for (let r = h.area.bottom + 1; r < end; r++) {
      const f = numberAt(view, r, scoreAbove);
      if (f) return { where: "topRight", row: r, score: f };
    }
  }
  return undefined;
}

/** `项目总得分99分` in the title. */
function totalInTitle(view: SheetView, plan: EvalPlan): TotalPlace | undefined {
  if (!plan.title) return undefined;
  const field = view.field(plan.title.row, plan.title.col);
  const m = /总得分\s*[:：]?\s*(\d+(?:\.\d+)?)\s*分/.exec(field.text.normalize("NFKC"));
  return m ? { where: "title", row: plan.title.row, score: field, scoreInText: m[1] } : undefined;
}

function titleOf(view: SheetView, plan: EvalPlan): Field | undefined {
  const name = plan.identity.projectName ?? plan.identity.unitName;
  const named = identityValue(view, plan, name);
  if (named) return named;
  // A 部门整体 table names its unit as 主管部门 only (重庆); a form without names has its title.
  const department = plan.kind === "department" ? identityValue(view, plan, plan.identity.department) : undefined;
  if (department) return department;
  return plan.title ? view.field(plan.title.row, plan.title.col) : undefined;
}

/** The table's name: the 项目名称 or unit as written, or, from a title row, the title without the form's own name
 *  (`服务贸易项目绩效自评表` → 服务贸易项目) unless nothing but the form's name is left. */
function nameOf(field: Field, plan: EvalPlan): string {
  const text = flatLabel(field.text);
  if (!plan.title || field.ref.row !== plan.title.row || field.ref.col !== plan.title.col) return text;
  const name = text.replace(/(?:绩效目标|绩效)?(?:自评表|评分细则|评分表|自评价)[\s\S]*$/, "").trim();
  return /^(?:(?:部门整体|财政|部门|部门预算)?(?:项目)?支出)?$/.test(name) ? text : name;
}

function identityValue(view: SheetView, plan: EvalPlan, hit: Hit | undefined): Field | undefined {
  if (!hit) return undefined;
  if (hit.inline !== undefined) {
    const field = view.field(hit.row, hit.col);
    return { ...field, text: hit.inline };
  }
  const isLabel = (row: number, col: number) =>
    !!meaningAt(view, row, col)?.labels?.some(
      (l) => (IDENTITY as readonly string[]).includes(l) || l === "headerTotal",
    );
  return view.valueRightOf(hit.row, hit.col, plan.right, isLabel);
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

/** What of its form the table has, in the order of LAYOUT_PARTS. */
function partsOf(t: EvalTable, cols: ReadonlyMap<IndicatorRole, number>, plan: EvalPlan): LayoutPart[] {
  const has = new Set<LayoutPart>();
  if (cols.has("level1") || cols.has("level2")) has.add("levels");
  for (const part of COLUMN_PARTS) if (cols.has(part)) has.add(part);
  const b = t.budget;
  if (b) {
    has.add("budget");
    if (plan.budget?.cols.has("initial")) has.add("initialBudget");
    if (!b.sumOfSources) has.add("budgetTotalRow");
    if (b.total.weight || b.points) has.add("budgetWeight");
    if (b.total.score) has.add("budgetScore");
  }
  if (plan.goals) has.add("goals");
  if (t.total) has.add("total");
  if (t.total?.where === "bottomRow") has.add("totalRow");
  return LAYOUT_PARTS.filter((p) => has.has(p));
}
