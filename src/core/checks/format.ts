// How numbers appear in findings: rates as percentages with 2 decimals, scores and money with 2 decimals (RULES.md),
// numbers beyond any real figure in exponent form so a message stays readable.
import Decimal from "decimal.js";

const HUGE = new Decimal("1e15");

function fixed(d: Decimal, places: number): string {
  if (d.abs().gte(HUGE)) return d.toSignificantDigits(6).toString();
  return d.toFixed(places, Decimal.ROUND_HALF_UP);
}

/** A fraction as a percentage: 0.9338 → 93.38%. */
export function percent(fraction: Decimal): string {
  return fixed(fraction.times(100), 2) + "%";
}

/** Points: 9.3 → 9.30. */
export function points(d: Decimal): string {
  return fixed(d, 2);
}

/** Money in 万元: 64.53. */
export function money(d: Decimal): string {
  return fixed(d, 2);
}

/** A plain number as short as it is exact: 6000, -8.7, 0.25. */
export function plain(d: Decimal): string {
  return d.abs().gte(HUGE) ? d.toSignificantDigits(6).toString() : d.toFixed();
}
