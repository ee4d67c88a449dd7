// How entered figures are compared with computed ones: a difference within the profile's tolerance — or one that is
// only the rounding of the computed value to the places the sheet shows — is not a finding. (What was entered is
// scoring's reading of the cell: CheckContext.entry.)
import Decimal from "decimal.js";

/** Whether `entered` differs from `computed` by more than `tolerance`, both as it stands and once `computed` is
 *  rounded to `places` (the places the sheet shows: 2 for scores and money, 4 for a rate as a fraction). */
export function differs(entered: Decimal, computed: Decimal, tolerance: Decimal, places: number): boolean {
  const rounded = computed.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  return entered.minus(computed).abs().gt(tolerance) && entered.minus(rounded).abs().gt(tolerance);
}
