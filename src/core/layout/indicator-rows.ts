// The indicator list of a 自评表, from its header down to the 总分/合计 row or to where the next table begins. Only
// the name column is needed; every other column is read where the form has it. 一级/二级 labels come from merged
// cells or are carried down; their points (`产出指标(50分)`, or a 分值 column of their own) make groups. Rows the form
// uses for something else are told apart: template filler (指标2, ……), unscored breakdowns (其中…), numbered
// parents whose score is the sum of the rows under them (一、示范区建立 over 1、… 2、…).

import { EvalTable, Field, Indicator, IndicatorGroup, TotalPlace } from "./model";
import { flatLabel } from "./normalize";
import { hasLabel, meaningOf } from "./scan";
import { IndicatorRole, VALUE_ROLES } from "./synonyms";
import { isEmptyCell, MAX_LABEL_LENGTH, SheetView } from "./view";

export interface IndicatorRows {
  list: Indicator[];
  groups: IndicatorGroup[];
  subRows: EvalTable["subRows"];
  filler: EvalTable["fillerRows"];
  total?: TotalPlace;
  lastRow: number;
}

export interface RowsPlan {
  cols: ReadonlyMap<IndicatorRole, number>;
  /** First data row. */
  from: number;
  left: number;
  right: number;
}

/** The value columns an indicator has a field for: all but 完成情况, read only so it is taken for nothing else. */
const FIELD_ROLES = VALUE_ROLES.filter((r) => r !== "status");
/** Names of 预算执行率 listed as an indicator. */
const BUDGET_RATE_NAMES = new Set(["预算执行率", "执行率", "预算执行"]);
const CHINESE_NUMBERED = /^\s*[一二三四五六七八九十]{1,3}\s*[、.．]/;
const ARABIC_NUMBERED = /^\s*\d{1,2}\s*[、.．]/;

export function readIndicators(view: SheetView, plan: RowsPlan, limit: number): IndicatorRows {
  const C = plan.cols;
  const nameCol = C.get("name") ?? C.get("level2") ?? C.get("level1")!;
  const l1Col = C.get("name") !== undefined || C.get("level2") !== undefined ? C.get("level1") : undefined;
  const l2Col = C.get("name") !== undefined ? C.get("level2") : undefined;
  const valueCols = VALUE_ROLES.map((r) => C.get(r)).filter((c): c is number => c !== undefined);
  const labelRight = valueCols.length ? Math.min(...valueCols) - 1 : nameCol;
  // Which cell says a row is an indicator at all when its name is missing: the 分值, else the 得分, else the figures.
  const keyCols = (["weight", "score"] as const).some((r) => C.has(r))
    ? [C.get("weight") ?? C.get("score")!]
    : [C.get("target"), C.get("actual")].filter((c): c is number => c !== undefined);
  const out: IndicatorRows = { list: [], groups: [], subRows: [], filler: [], lastRow: plan.from - 1 };
  const level = new LevelLabels(view, C, l1Col, l2Col);
  const cols = Object.fromEntries(FIELD_ROLES.map((role) => [role, C.get(role)])) as Record<
    IndicatorRole,
    number | undefined
  >;
  const scoredCols = (["weight", "score"] as const).filter((r) => C.has(r)).map((r) => C.get(r)!);
  for (let r = plan.from; r <= limit; r++) {
    const kind = rowKind(view, r, plan.left, plan.right, labelRight);
    if (kind === "total") {
      out.total = { where: "bottomRow", row: r };
      const w = C.get("weight");
      const s = C.get("score");
      if (w !== undefined) out.total.weight = view.field(r, w);
      if (s !== undefined) out.total.score = view.field(r, s);
      break;
    }
    if (kind === "blank") continue;
    out.lastRow = r;
    level.read(r);

    const name = view.field(r, nameCol);
    // One shape for every row (V8 keeps such objects fast): the columns the form lacks stay undefined.
    const at = (col: number | undefined) => (col === undefined ? undefined : view.field(r, col));
    const indicator: Indicator = {
      row: r,
      level1: level.level1,
      level2: level.level2,
      name,
      target: at(cols.target),
      actual: at(cols.actual),
      weight: at(cols.weight),
      score: at(cols.score),
      reason: at(cols.reason),
      nature: at(cols.nature),
      unit: at(cols.unit),
      scoreFactor: at(cols.scoreFactor),
      unitScore: at(cols.unitScore),
    };
    const template = isTemplate(view, name)
      ? name
      : indicator.target && isTemplate(view, indicator.target)
        ? indicator.target
        : indicator.actual && isTemplate(view, indicator.actual)
          ? indicator.actual
          : undefined;
    if (template) out.filler.push({ row: r, text: template.text, cell: template.ref });
    const nameText = name.text.trim();
    const unkeyed = keyCols.every((c) => view.isEmpty(r, c));
    if ((nameText === "" || view.keys.template(nameText)) && unkeyed) continue;
    if (nameCol === l2Col || nameCol === l1Col) {
      // A flat list read from a level column: a level label on its own is no indicator.
      if (unkeyed) continue;
    }
    if (scoredCols.length && nameText.startsWith("其中") && scoredCols.every((c) => view.isEmpty(r, c))) {
      out.subRows.push({ row: r, name });
      continue;
    }
    if (level.level1Weight !== undefined) indicator.level1Weight = level.level1Weight;
    if (level.level2Weight !== undefined) indicator.level2Weight = level.level2Weight;
    if (BUDGET_RATE_NAMES.has(view.keys.label(nameText))) indicator.budgetRate = true;
    out.list.push(indicator);
  }
  out.list = numberedParents(out.list, out.groups);
  if (!C.has("weight")) labelWeights(out.list);
  return out;
}

/** 一级/二级 labels carried down the rows, with the points their label or their own 分值 column gives. */
class LevelLabels {
  level1 = "";
  level2 = "";
  level1Weight?: number;
  level2Weight?: number;
  constructor(
    private readonly view: SheetView,
    private readonly C: ReadonlyMap<IndicatorRole, number>,
    private readonly l1Col: number | undefined,
    private readonly l2Col: number | undefined,
  ) {}

  read(r: number): void {
    const view = this.view;
    if (this.l1Col !== undefined) {
      const t1 = view.text(r, this.l1Col);
      if (t1.trim() !== "") {
        const { label, weight } = view.keys.level(t1);
        if (label !== this.level1 || view.startsHere(r, this.l1Col)) {
          if (label !== this.level1) {
            this.level2 = "";
            this.level2Weight = undefined;
          }
          this.level1 = label;
          this.level1Weight = weight ?? this.columnWeight("level1Weight", r, this.l1Col);
        }
      }
    }
    if (this.l2Col !== undefined) {
      const t2 = view.text(r, this.l2Col);
      if (t2.trim() !== "") {
        const { label, weight } = view.keys.level(t2);
        if (label !== this.level2 || view.startsHere(r, this.l2Col)) {
          this.level2 = label;
          this.level2Weight = weight ?? this.columnWeight("level2Weight", r, this.l2Col);
        }
      }
    }
  }

  /** 海南: the level's own 分值 column, read on the row where the level's label starts. */
  private columnWeight(role: IndicatorRole, r: number, labelCol: number): number | undefined {
    const col = this.C.get(role);
    if (col === undefined) return undefined;
    const v = this.view.value(this.view.anchor(r, labelCol).row, col);
    return typeof v === "number" ? v : undefined;
  }
}

/** `一、示范区建立` followed by `1、…`, `2、…`: the parent is a group whose score is its children's sum. */
function numberedParents(list: Indicator[], groups: IndicatorGroup[]): Indicator[] {
  const kept: Indicator[] = [];
  for (let i = 0; i < list.length; i++) {
    const parent = list[i];
    const next = list[i + 1];
    if (!CHINESE_NUMBERED.test(parent.name.text) || !next || !ARABIC_NUMBERED.test(next.name.text)) {
      kept.push(parent);
      continue;
    }
    const group: IndicatorGroup = {
      kind: "row",
      label: flatLabel(parent.name.text),
      row: parent.row,
      cell: parent.name.ref,
      members: [],
    };
    if (parent.weight) group.weight = parent.weight;
    if (parent.score) group.score = parent.score;
    while (
      list[i + 1] &&
      ARABIC_NUMBERED.test(list[i + 1].name.text) &&
      !CHINESE_NUMBERED.test(list[i + 1].name.text)
    ) {
      group.members.push(list[i + 1].row);
      kept.push(list[++i]);
    }
    groups.push(group);
  }
  return kept;
}

/** Where the form has no 分值 column, a 一级/二级 label with points over one row alone is that row's weight. */
function labelWeights(list: Indicator[]): void {
  for (const level of ["level1", "level2"] as const) {
    const weightKey = level === "level1" ? "level1Weight" : "level2Weight";
    for (let i = 0; i < list.length; i++) {
      const ind = list[i];
      const points = ind[weightKey];
      if (points === undefined || ind[level] === "" || ind.labelWeight) continue;
      const same = (o: Indicator | undefined) => !!o && o[level] === ind[level] && o[weightKey] === points;
      if (!same(list[i - 1]) && !same(list[i + 1])) ind.labelWeight = { points, from: "label", field: ind.name };
    }
  }
}

/**
 * One pass over a row of the indicator list: the 总分 row (a total label left of the figures), a blank row (nothing
 * starts in it), or a row to read.
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
