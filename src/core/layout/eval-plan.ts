// Where the parts of a 自评表 are. A table is found from its indicator header; its other parts sit above it in the
// same columns, nearest first: 年度总体目标, the money block, the project or unit name (项目名称 / 部门, 主管部门,
// 实施单位), a total printed beside a label (自评得分 98), the title. Any of them may be missing.
import { Area } from "../grid/address";
import { HeaderSegment } from "./headers";
import { hasLabel, Hit } from "./scan";
import { BudgetRole, IndicatorRole, VALUE_ROLES } from "./synonyms";
import { overlaps, SheetView } from "./view";

export type IdentityLabel = "projectName" | "unitName" | "department" | "implementer";
export const IDENTITY: readonly IdentityLabel[] = ["projectName", "unitName", "department", "implementer"];

export interface EvalPlan {
  /** The kind the names or the title say; undefined where neither does (the family decides). */
  kind?: "department" | "project";
  header: HeaderSegment<IndicatorRole>;
  budget?: HeaderSegment<BudgetRole>;
  goals?: Hit;
  identity: Partial<Record<IdentityLabel, Hit>>;
  title?: Hit;
  /** Labels above the indicators that may carry the total (自评得分, 自评总分): the reader checks for a number. */
  totalLabels: Hit[];
  /** A 得分 column headed at the top of the table, right of the indicator header (区域绩效目标自评表). */
  scoreAbove?: Hit;
  /** First row the parts were looked for in. */
  lo: number;
  top: number;
  left: number;
  right: number;
}

/** Extends a header to the column on its left when that holds a vertical label (绩效指标, 年度绩效目标(80分)). */
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
    for (const label of IDENTITY) if (hasLabel(h, label) && !identity[label]) identity[label] = h;
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
  const goals = last(
    hits.filter((h) => hasLabel(h, "goals") && !h.inline && within(h, budget ? budget.bottom + 1 : lo, header.top)),
  );

  // The 得分 column of 区域绩效目标自评表 is headed by 自评得分 in the table's first rows, right of every column the
  // indicator header names; its cell on the header row holds the block's score, not a header.
  const lastRole = Math.max(...[...header.cols].filter(([r]) => VALUE_ROLES.includes(r)).map(([, c]) => c), 0);
  const scoreAbove = header.cols.has("score")
    ? undefined
    : hits.find(
        (h) =>
          h.indicator === "score" &&
          h.row >= lo &&
          h.row < header.top &&
          h.col > lastRole &&
          h.col <= cols.right + 3 &&
          // The money block's own 得分 heads the money block's score, not the indicators'.
          !(budget && h.row >= budget.top && h.row <= budget.bottom),
      );
  if (scoreAbove) cols.right = Math.max(cols.right, scoreAbove.area.right);
  // A total beside a label sits among the names (自评得分 98 on the 项目名称 row, 自评总分 on the 主管部门 row); a 总分
  // further up belongs to the table above.
  const namesFrom = Math.min(...identityRows, title?.row ?? Infinity);
  const totalLabels = hits.filter(
    (h) => hasLabel(h, "headerTotal") && h !== scoreAbove && within(h, namesFrom, identityBelow) && h.row >= namesFrom,
  );

  let kind: EvalPlan["kind"];
  if (identity.projectName) kind = "project";
  else if (identity.unitName) kind = "department";
  else if (title?.title === "project" || title?.title === "department") kind = title.title;
  else {
    // No name and no title: the 按收入性质分 / 按支出性质分 parts belong to the 部门整体 table only.
    const from = budget ? budget.bottom + 1 : lo;
    const funding = hits.some((h) => (hasLabel(h, "income") || hasLabel(h, "expense")) && within(h, from, header.top));
    if (funding) kind = "department";
  }

  const parts: Area[] = [header, ...(budget ? [budget] : [])];
  for (const h of [goals, title, scoreAbove, ...totalLabels, ...Object.values(identity)]) if (h) parts.push(h.area);
  const top = Math.min(...parts.map((p) => p.top));
  const left = Math.min(...parts.map((p) => p.left));
  const right = Math.max(cols.right, ...parts.map((p) => p.right));
  return { kind, header, budget, goals, identity, title, totalLabels, scoreAbove, lo, top, left, right };
}
