// How numbers read in every Chinese message: findings, the explanation of a score, drafted 偏差原因 and the pane's
// lines. Scores, money and rates with two decimals (RULES.md), other figures exactly as decimal.js prints them, and a
// figure beyond any real one (10^15 and up, a typo or a test's) in six significant digits, so a message stays short.
import Decimal from "decimal.js";
import { CellValue } from "../grid/grid";
import { Quantity } from "./types";

const HUGE = new Decimal("1e15");

function fixed(d: Decimal, places: number): string {
  return d.abs().gte(HUGE) ? d.toSignificantDigits(6).toString() : d.toFixed(places, Decimal.ROUND_HALF_UP);
}

/** A number as short as it is exact: 6000, -8.7, 0.25, 0.000000001 (never in exponent notation). */
export function plain(d: Decimal): string {
  return d.abs().gte(HUGE) ? d.toSignificantDigits(6).toString() : d.toFixed();
}

/** Points, and money in 万元 or 元, with two decimals: 9.3 → 9.30; "—" where there is none. */
export function points(d: Decimal | null): string {
  return d === null ? "—" : fixed(d, 2);
}

/** Money: two decimals, like points (the unit is the message's). */
export const money = points;

/** Points rounded to two decimals and no further zeros, as prose writes them: 扣减2.15分, 扣减2分. */
export function pointsInProse(d: Decimal): string {
  return plain(d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
}

/** A fraction as a percentage with two decimals: 0.9338 → 93.38%; "—" where there is none. */
export function percent(fraction: Decimal | null): string {
  return fraction === null ? "—" : fixed(fraction.times(100), 2) + "%";
}

/** A figure as arithmetic shows it: its number, and % for a percentage (93%); no unit, no comparator. */
export function figure(q: Quantity): string {
  return plain(q.value) + (q.percent ? "%" : "");
}

/** A quantity as written, with its unit (6000万美元, 93%) and, when asked, its comparator (≥90%). */
export function quantity(q: Quantity, withComparator = false): string {
  return (withComparator && q.comparator ? q.comparator : "") + plain(q.value) + (q.percent ? "%" : q.unit);
}

/** The text a person sees in a cell, for messages: its shown text (an error value, a formatted number), else its
 *  value as text; "" for nothing or no cell. */
export function shownText(cell: { text: string; value: CellValue; error?: string } | undefined): string {
  if (!cell) return "";
  if (cell.error) return cell.error;
  if (cell.text) return cell.text;
  return cell.value === null || cell.value === undefined ? "" : String(cell.value);
}
