// The 基础表: 财政供养人员情况, 经费控制情况 under three year columns, 楼堂馆所控制情况, 厉行节约保障措施, each a
// labelled part in one label column, in that order. A table is the run of parts that keeps to that order.
import { Area } from "../grid/address";
import { Finding } from "../finding";
import { BasicTable, ExpenseKey, ExpenseRow, Field, YearRole } from "./model";
import { incomplete, NOT_READ, PART_NOT_READ, quoted } from "./messages";
import { flatLabel, headerKey, labelKey } from "./normalize";
import { headerIndex, Hit } from "./scan";
import {
  BASIC_SECTION_ORDER,
  BasicSection,
  BUILDING_HEADERS,
  BuildingRole,
  EXPENSE_LABELS,
  STAFFING_HEADERS,
  StaffingRole,
  YEAR_WORDS,
} from "./basic-words";
import { overlaps, SheetView } from "./view";

export interface BasicPlan {
  parts: Partial<Record<BasicSection, Hit>>;
  title?: Hit;
  top: number;
  left: number;
  right: number;
}

const YEAR_PREFIX = /^(?:\d{4}年度?|本年度?|上年度?|当年)/;
const STAFFING_INDEX = headerIndex(STAFFING_HEADERS, (t) => headerKey(t).replace(YEAR_PREFIX, ""));
const BUILDING_INDEX = headerIndex(BUILDING_HEADERS, headerKey);
const EXPENSE_INDEX = new Map<string, ExpenseKey>();
for (const { key, synonyms } of EXPENSE_LABELS) for (const s of synonyms) EXPENSE_INDEX.set(labelKey(s), key);

/** Groups the part labels of a sheet into tables: a part that does not follow the previous one starts a new table. */
export function planBasic(
  hits: readonly Hit[],
  titleFloor: (row: number, cols: { left: number; right: number }) => number,
): BasicPlan[] {
  const plans: BasicPlan[] = [];
  let current: BasicPlan | null = null;
  let lastOrder = -1;
  for (const h of hits) {
    if (!h.basic) continue;
    const order = BASIC_SECTION_ORDER.indexOf(h.basic);
    if (!current || order <= lastOrder || !overlaps(h.area, current)) {
      current = { parts: {}, top: h.row, left: h.area.left, right: h.area.right };
      plans.push(current);
    }
    current.parts[h.basic] = h;
    lastOrder = order;
  }
  for (const plan of plans) {
    const lo = titleFloor(plan.top, plan);
    const above = hits.filter((h) => h.title === "basic" && h.row >= lo && h.row < plan.top && overlaps(h.area, plan));
    plan.title = above[above.length - 1];
    if (plan.title) plan.top = plan.title.row;
  }
  return plans;
}

export interface BasicResult {
  table?: BasicTable;
  findings: Finding[];
}

export function readBasic(view: SheetView, plan: BasicPlan, limit: number): BasicResult {
  const start = view.ref(plan.top, plan.left);
  const expensesHit = plan.parts.expenses;
  if (!expensesHit) return { findings: [incomplete("basic", start, "", "“经费控制情况”部分", NOT_READ)] };
  const findings: Finding[] = [];
  const extent: Area = { top: plan.top, left: plan.left, bottom: expensesHit.area.bottom, right: plan.right };
  const grow = (a: Area) => {
    extent.right = Math.max(extent.right, a.right);
    extent.bottom = Math.max(extent.bottom, a.bottom);
  };

  const years = readYears(view, expensesHit);
  if (years.length !== 3) {
    const found = years.map((y) => y.label).join("、") || "无";
    return {
      findings: [
        incomplete(
          "basic",
          start,
          "",
          `经费控制情况的年度列（应有上年决算数、本年预算数、本年决算数三列，找到：${found}）`,
          NOT_READ,
        ),
      ],
    };
  }
  for (const y of years) grow(view.area(expensesHit.row, y.col));

  const later = [plan.parts.buildings, plan.parts.frugality].filter((h): h is Hit => !!h).map((h) => h.row);
  const expensesEnd = later.length ? Math.min(...later) - 1 : limit;
  const headerBottom = Math.max(expensesHit.area.bottom, ...years.map((y) => view.area(expensesHit.row, y.col).bottom));
  const expenses = readExpenses(view, expensesHit, years, headerBottom + 1, expensesEnd);
  if (expenses.length) grow({ ...extent, bottom: expenses[expenses.length - 1].row });

  const table: BasicTable = { kind: "basic", sheet: view.sheet, area: extent, years, expenses };

  const s = plan.parts.staffing;
  if (s) {
    const headers = headersRightOf(view, s, STAFFING_INDEX, (t) => view.keys.header(t).replace(YEAR_PREFIX, ""));
    const missing = STAFFING_HEADERS.filter((h) => !headers.has(h.role)).map((h) => h.label);
    if (missing.length)
      findings.push(incomplete("basic", start, "", `财政供养人员情况的${quoted(missing)}列`, PART_NOT_READ));
    else {
      const valueRow = Math.max(...[...headers.values()].map((a) => a.bottom)) + 1;
      const at = (role: StaffingRole) => view.field(valueRow, headers.get(role)!.left);
      table.staffing = { authorized: at("authorized"), actual: at("actual"), controlRate: at("controlRate") };
      for (const a of headers.values()) grow({ ...a, bottom: valueRow });
    }
  }

  const b = plan.parts.buildings;
  if (b) {
    const headers = headersRightOf(view, b, BUILDING_INDEX, (t) => view.keys.header(t));
    const dataRow = Math.max(b.row, ...[...headers.values()].map((a) => a.bottom)) + 1;
    const buildings: NonNullable<BasicTable["buildings"]> = { row: dataRow };
    for (const [role, area] of headers) {
      buildings[role] = view.field(dataRow, area.left);
      grow({ ...area, bottom: dataRow });
    }
    grow({ ...b.area, bottom: Math.max(b.area.bottom, dataRow) });
    table.buildings = buildings;
  }

  const f = plan.parts.frugality;
  if (f) {
    const text = view.valueRightOf(f.row, f.col, Math.max(extent.right, f.area.right + 1));
    if (text) {
      table.frugality = text;
      grow(view.area(text.ref.row, text.ref.col));
    }
    grow(f.area);
  }
  table.area = extent;
  return { table, findings };
}

interface Year {
  label: string;
  role: YearRole;
  year?: number;
  col: number;
}

/** The year columns right of the 经费控制情况 label: 2022年决算数 | 2023年预算数 | 2023年决算数, or 上年/本年. */
function readYears(view: SheetView, hit: Hit): Year[] {
  const found: { label: string; key: string; col: number; year?: number }[] = [];
  for (let c = hit.area.right + 1; c <= view.width && found.length < 3; c++) {
    const area = view.area(hit.row, c);
    const v = view.shown(hit.row, c)?.value;
    const key = typeof v === "string" ? view.keys.header(v) : "";
    if (key.includes(YEAR_WORDS.final) || key.includes(YEAR_WORDS.budget)) {
      const year = /(\d{4})/.exec(key);
      found.push({ label: flatLabel(v as string), key, col: area.left, year: year ? Number(year[1]) : undefined });
    } else if (found.length && !view.isEmpty(hit.row, c)) break;
    c = area.right;
  }
  const isPrevious = (key: string) => YEAR_WORDS.previous.some((w) => key.startsWith(w));
  const finals = found.filter((y) => y.key.includes(YEAR_WORDS.final));
  const budgetYear = found.find((y) => !y.key.includes(YEAR_WORDS.final))?.year;
  const previous =
    finals.length === 2
      ? [...finals].sort(
          (a, b) => Number(isPrevious(b.key)) - Number(isPrevious(a.key)) || (a.year ?? 0) - (b.year ?? 0),
        )[0]
      : finals.find(
          (y) => isPrevious(y.key) || (y.year !== undefined && budgetYear !== undefined && y.year < budgetYear),
        );
  return found.map((y) => {
    const role: YearRole = !y.key.includes(YEAR_WORDS.final) ? "budget" : y === previous ? "previousFinal" : "final";
    const out: Year = { label: y.label, role, col: y.col };
    if (y.year !== undefined) out.year = y.year;
    return out;
  });
}

function readExpenses(view: SheetView, hit: Hit, years: Year[], from: number, to: number): ExpenseRow[] {
  const rows: ExpenseRow[] = [];
  let list: "special" | "public" | null = null;
  for (let r = from; r <= to; r++) {
    const labelText = view.startsHere(r, hit.col) ? flatLabel(view.text(r, hit.col)) : "";
    const amounts: Field[] = years.map((y) => view.field(r, y.col));
    if (labelText === "" && amounts.every((a) => a.text.trim() === "")) continue;
    const known = EXPENSE_INDEX.get(view.keys.label(labelText));
    let key: ExpenseKey | undefined = known;
    if (known) list = known === "specialTotal" ? "special" : known === "publicFunds" ? "public" : null;
    else if (list === "special") key = "specialItem";
    else if (list === "public") key = "publicFundsPart";
    if (!key) continue;
    rows.push({ key, label: labelText, row: r, amounts });
    if (known === "budgetAdjustment") break;
  }
  return rows;
}

/** Header cells right of a part label (same row, or merged down with it), by role. */
function headersRightOf<R extends string>(
  view: SheetView,
  hit: Hit,
  index: ReadonlyMap<string, R>,
  keyOf: (text: string) => string,
): Map<R, Area> {
  const out = new Map<R, Area>();
  for (let c = hit.area.right + 1; c <= view.width; c++) {
    const area = view.area(hit.row, c);
    const v = view.shown(hit.row, c)?.value;
    const role = typeof v === "string" ? index.get(keyOf(v)) : undefined;
    if (role && !out.has(role)) out.set(role, area);
    else if (!role && out.size && !view.isEmpty(hit.row, c)) break;
    c = area.right;
  }
  return out;
}

export type { BuildingRole };
