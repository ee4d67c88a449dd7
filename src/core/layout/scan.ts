// One pass over the text cells of a region, keeping those whose words the official tables use: the anchors from
// which tables are put together. Everything else (figures, answers) is skipped after one cached lookup. The word
// lists (synonyms.ts, basic-words.ts) become lookups by key here, once per process.
import { Area } from "../grid/address";
import { BASIC_SECTIONS, BasicSection } from "./basic-words";
import {
  BUDGET_HEADERS,
  BudgetRole,
  EVAL_LABELS,
  EvalLabel,
  HeaderSpec,
  INDICATOR_HEADERS,
  BUDGET_AMOUNT_ROLES,
  INDICATOR_NAME_ROLES,
  IndicatorRole,
  TITLE_WORDS,
} from "./synonyms";
import { headerKey, labelKey } from "./normalize";
import { MAX_LABEL_LENGTH, SheetView } from "./view";

/** A `HeaderSpec` list as a lookup from key to role. */
export function headerIndex<R extends string>(
  specs: readonly HeaderSpec<R>[],
  keyOf: (text: string) => string,
): Map<string, R> {
  const out = new Map<string, R>();
  for (const spec of specs) for (const s of spec.synonyms) if (!out.has(keyOf(s))) out.set(keyOf(s), spec.role);
  return out;
}

/** Labels by key: a key may stand for several labels (合计 is a 总分 row and a 资金总额 row). */
function labelIndex<L extends string>(
  labels: Record<L, readonly string[]>,
  keyOf: (text: string) => string,
): Map<string, L[]> {
  const out = new Map<string, L[]>();
  for (const label of Object.keys(labels) as L[])
    for (const s of labels[label]) {
      const k = keyOf(s);
      const list = out.get(k) ?? [];
      if (!list.includes(label)) list.push(label);
      out.set(k, list);
    }
  return out;
}

export const INDICATOR_INDEX = headerIndex(INDICATOR_HEADERS, headerKey);
export const BUDGET_INDEX = headerIndex(BUDGET_HEADERS, headerKey);
export const EVAL_LABEL_INDEX = labelIndex(EVAL_LABELS, labelKey);
export const BASIC_INDEX = labelIndex(BASIC_SECTIONS, labelKey);

export type TitleKind = "project" | "department" | "eval" | "basic";

export function titleKind(key: string): TitleKind | undefined {
  if (key.length > 40) return undefined;
  if (TITLE_WORDS.eval.some((w) => key.includes(w))) {
    if (TITLE_WORDS.project.some((w) => key.includes(w))) return "project";
    if (TITLE_WORDS.department.some((w) => key.includes(w))) return "department";
    return "eval";
  }
  if (TITLE_WORDS.basic.some((w) => key.includes(w))) return "basic";
  return undefined;
}

/** What a short text means: the header roles, labels, part names and title words it matches. */
export interface Meaning {
  key: string;
  labelKey: string;
  indicator?: IndicatorRole;
  budget?: BudgetRole;
  labels?: EvalLabel[];
  basic?: BasicSection;
  title?: TitleKind;
  /** A label and its value in one cell (`评价项目:2018年耕地地力保护补贴`): the value. */
  inline?: string;
}

/** `label:value` in one cell: the label is short, the value may be anything. */
export const INLINE = /^([^:：]{1,12})[:：]\s*(.*)$/s;

function classify(text: string): Meaning | null {
  const key = headerKey(text);
  if (key === "") return null;
  const lkey = labelKey(text);
  const indicator = INDICATOR_INDEX.get(key);
  const budget = BUDGET_INDEX.get(key);
  const labels = EVAL_LABEL_INDEX.get(lkey);
  const basic = BASIC_INDEX.get(lkey)?.[0];
  const title = titleKind(key);
  if (!indicator && !budget && !labels && !basic && !title) {
    const inline = INLINE.exec(text.trim());
    const value = inline?.[2].trim();
    if (!inline || !value) return null;
    // A figure beside its name in one cell (预算数: 2.38) is a money header with its value; a name label with its
    // value (评价项目:2018年…) an identity label.
    const inlineBudget = BUDGET_INDEX.get(headerKey(inline[1]));
    if (inlineBudget && /\d/.test(value)) return { key, labelKey: lkey, budget: inlineBudget, inline: value };
    const inlineLabels = EVAL_LABEL_INDEX.get(labelKey(inline[1]));
    if (!inlineLabels) return null;
    return { key, labelKey: lkey, labels: inlineLabels, inline: value };
  }
  return { key, labelKey: lkey, indicator, budget, labels, basic, title };
}

/** The meaning of a text, worked out once per distinct text and run. */
export function meaningOf(view: SheetView, text: string): Meaning | null {
  return text.length > MAX_LABEL_LENGTH ? null : view.keys.info(text, classify);
}

/** The meaning of what (row, col) shows. */
export function meaningAt(view: SheetView, row: number, col: number): Meaning | null {
  const text = view.label(row, col);
  return text === undefined ? null : view.keys.info(text, classify);
}

export function hasLabel(m: Pick<Meaning, "labels"> | null | undefined, label: EvalLabel): boolean {
  return !!m?.labels?.includes(label);
}

export interface Hit extends Meaning {
  row: number;
  col: number;
  /** The merged area (or the cell) the text sits in. */
  area: Area;
}

export interface Scan {
  hits: Hit[];
  /** Rows holding at least two indicator (or budget) header words: where header rows may be. */
  indicatorRows: number[];
  budgetRows: number[];
}

/** Up to this many positions a sheet is read position by position, which is faster than iterating its cells. */
export const DIRECT_LIMIT = 1_000_000;

/** Rows below an indicator header that may still belong to it (a header written over several rows). */
const HEADER_BAND = 3;

/**
 * The anchors of `region`, row by row. With `headerOnly` the scan stops a few rows below the first indicator header:
 * for a region known to hold one 自评表, nothing below that header is needed to put the table together.
 */
export function scan(view: SheetView, region: Area, headerOnly = false): Scan {
  const hits: Hit[] = [];
  const nameRows = new Set<number>();
  let stopAfter = Infinity;
  const visit = (row: number, col: number, value: unknown) => {
    if (typeof value !== "string" || value.length > MAX_LABEL_LENGTH) return;
    const meaning = view.keys.info(value, classify);
    if (!meaning) return;
    const m = meaning;
    hits.push({
      key: m.key,
      labelKey: m.labelKey,
      indicator: m.indicator,
      budget: m.budget,
      labels: m.labels,
      basic: m.basic,
      title: m.title,
      inline: m.inline,
      row,
      col,
      area: view.area(row, col),
    });
    const indicator = meaning.indicator;
    if (headerOnly && indicator && INDICATOR_NAME_ROLES.includes(indicator)) {
      if (nameRows.has(row) && stopAfter === Infinity) stopAfter = row + HEADER_BAND;
      nameRows.add(row);
    }
  };
  const whole = region.top === 1 && region.left === 1 && region.bottom >= view.height && region.right >= view.width;
  if (whole && view.height * view.width > DIRECT_LIMIT) {
    // A large, sparse sheet: visit only the cells there are.
    for (const { row, col, cell } of view.grid.cells()) {
      if (row > stopAfter) break;
      visit(row, col, cell.value);
    }
  } else {
    const bottom = Math.min(region.bottom, view.height);
    const right = Math.min(region.right, view.width);
    for (let r = region.top; r <= bottom && r <= stopAfter; r++)
      for (let c = region.left; c <= right; c++) {
        const cell = view.grid.cell(r, c);
        if (cell && typeof cell.value === "string") visit(r, c, cell.value);
      }
  }
  return {
    hits,
    indicatorRows: headerRows(hits, (h) => h.indicator, INDICATOR_NAME_ROLES),
    budgetRows: headerRows(hits, (h) => h.budget, BUDGET_AMOUNT_ROLES),
  };
}

/**
 * Rows that may be header rows: two roles or more, one of them a role no header of that kind goes without
 * (一级/二级/三级指标; 全年预算数/全年执行数). Hits come row by row.
 */
function headerRows<R extends string>(hits: Hit[], role: (h: Hit) => R | undefined, key: readonly R[]): number[] {
  const out: number[] = [];
  let row = 0;
  let seen: R[] = [];
  let keyed = false;
  const close = () => {
    if (seen.length >= 2 && keyed) out.push(row);
  };
  for (const h of hits) {
    const r = role(h);
    if (r === undefined) continue;
    if (h.row !== row) {
      close();
      row = h.row;
      seen = [];
      keyed = false;
    }
    if (!seen.includes(r)) seen.push(r);
    if (key.includes(r)) keyed = true;
  }
  close();
  return out;
}
