// All tables of one region of a sheet (the whole sheet, or one bound area). Header rows are found first; each
// indicator header collects the parts above it, each run of 基础表 parts makes a 基础表, and every table's
// open-ended list (indicators, 经费 rows) stops where the next table in the same columns begins.
import { Area, CellRef, refA1 } from "../grid/address";
import { Finding, finding } from "../finding";
import { BasicPlan, planBasic, readBasic } from "./basic-table";
import { readEval } from "./eval-table";
import { EvalPlan, planEval, withLabelColumn } from "./eval-plan";
import { BUDGET_RULES, INDICATOR_RULES } from "./header-rules";
import { HeaderSegment, headerSegments } from "./headers";
import { incomplete, NOT_READ } from "./messages";
import { Table } from "./model";
import { scan } from "./scan";
import { BUDGET_AMOUNT_ROLES, BudgetRole, CORE_INDICATOR_ROLES, INDICATOR_NAME_ROLES, IndicatorRole } from "./synonyms";
import { overlaps, SheetView } from "./view";

export interface RegionResult {
  tables: Table[];
  findings: Finding[];
}

// An indicator header: a name column and one of the figures a form scores by (the core of REPORT.md), three roles
// at least. A money header: three roles with 预算 or 执行 among them, or 预算 and 执行 alone (预算数: | 执行数:).
const acceptIndicator = (roles: ReadonlyMap<IndicatorRole, number>) =>
  roles.size >= 3 && INDICATOR_NAME_ROLES.some((r) => roles.has(r)) && CORE_INDICATOR_ROLES.some((r) => roles.has(r));
/** Names with none of the figures: a block that looks like an indicator header but lacks its core. */
const namesOnly = (roles: ReadonlyMap<IndicatorRole, number>) =>
  INDICATOR_NAME_ROLES.filter((r) => roles.has(r)).length >= 2 && !CORE_INDICATOR_ROLES.some((r) => roles.has(r));
const acceptBudget = (roles: ReadonlyMap<BudgetRole, number>) =>
  (roles.size >= 3 && BUDGET_AMOUNT_ROLES.some((r) => roles.has(r))) || BUDGET_AMOUNT_ROLES.every((r) => roles.has(r));

interface Placed {
  top: number;
  left: number;
  right: number;
  /** The row from which the table's open-ended list is read; later tables below it end that list. */
  from: number;
  read: (limit: number) => RegionResult;
}

/**
 * `headerOnly`: the region holds one 自评表 (a bound area), so the scan for anchors may stop at its indicator header,
 * which is what makes a run over bound areas faster than a full scan.
 */
export function recognizeRegion(view: SheetView, region: Area, headerOnly = false): RegionResult {
  const s = scan(view, region, headerOnly);
  // One reading of the candidate rows serves both the headers with their core and those with names alone.
  const headers = headerSegments(
    view,
    s.indicatorRows,
    region,
    INDICATOR_RULES,
    (roles) => acceptIndicator(roles) || namesOnly(roles),
  );
  const indicators = headers
    .filter((seg) => acceptIndicator(seg.cols))
    .map((seg) => withLabelColumn(view, seg, region));
  const coreless = headers.filter((seg) => !acceptIndicator(seg.cols));
  const budgets = headerSegments(view, s.budgetRows, region, BUDGET_RULES, acceptBudget);

  const placed: Placed[] = [];
  const claimed = new Set<HeaderSegment<BudgetRole>>();
  for (const seg of [...indicators, ...coreless]) {
    const above = indicators.filter((o) => o !== seg && o.bottom < seg.top && overlaps(o, seg));
    const lo = above.length ? Math.max(...above.map((o) => o.bottom)) + 1 : region.top;
    const plan: EvalPlan = planEval(seg, s.hits, budgets, lo);
    if (plan.budget) claimed.add(plan.budget);
    const read = indicators.includes(seg)
      ? (limit: number) => toRegion(readEval(view, plan, limit))
      : () => ({ tables: [], findings: [lacksCore(view, plan)] });
    placed.push({ ...plan, from: seg.top, read });
  }
  const titleFloor = (row: number, cols: { left: number; right: number }) => {
    const above = indicators.filter((o) => o.bottom < row && overlaps(o, cols));
    return above.length ? Math.max(...above.map((o) => o.bottom)) + 1 : region.top;
  };
  for (const plan of planBasic(s.hits, titleFloor)) {
    const from = plan.parts.expenses?.row ?? plan.top;
    placed.push({ ...plan, from, read: (limit) => toRegion(readBasic(view, plan as BasicPlan, limit)) });
  }
  for (const b of budgets) {
    if (claimed.has(b)) continue;
    const start: CellRef = { sheet: view.sheet, row: b.top, col: b.left };
    placed.push({ top: b.top, left: b.left, right: b.right, from: b.top, read: () => orphanBudget(start) });
  }

  const tables: Table[] = [];
  const findings: Finding[] = [];
  for (const p of placed) {
    const next = placed.filter((o) => o !== p && o.top > p.from && overlaps(o, p)).map((o) => o.top);
    const limit = next.length ? Math.min(...next) - 1 : region.bottom;
    try {
      const r = p.read(limit);
      tables.push(...r.tables);
      findings.push(...r.findings);
    } catch (error) {
      // A table this code cannot read is reported like any other unreadable table, never thrown at the caller.
      const at: CellRef = { sheet: view.sheet, row: p.top, col: p.left };
      findings.push(
        finding(
          "error",
          "LAYOUT_INCOMPLETE",
          at,
          `${refA1(at)} 起的表格无法识别（${String((error as Error)?.message ?? error)}）`,
        ),
      );
    }
  }
  tables.sort((a, b) => a.area.top - b.area.top || a.area.left - b.area.left);
  return { tables, findings };
}

function toRegion(r: { table?: Table; findings: Finding[] }): RegionResult {
  return { tables: r.table ? [r.table] : [], findings: r.findings };
}

/** LAYOUT_INCOMPLETE for an indicator header with names but none of 年度指标值 / 实际完成值 / 分值 / 得分. */
function lacksCore(view: SheetView, plan: EvalPlan): Finding {
  return incomplete(
    plan.kind ?? "project",
    view.ref(plan.top, plan.left),
    "",
    `“年度指标值”“实际完成值”“分值”“得分”列（指标表头在第${plan.header.top}行只有指标名称）`,
    NOT_READ,
  );
}

function orphanBudget(start: CellRef): RegionResult {
  return {
    tables: [],
    findings: [
      finding(
        "error",
        "LAYOUT_INCOMPLETE",
        start,
        `${refA1(start)} 起有预算执行情况表头，但其下缺少绩效指标表头（“一级指标”“二级指标”“三级指标”“年度指标值”“实际完成值”“分值”“得分”），未能识别该表`,
      ),
    ],
  };
}
