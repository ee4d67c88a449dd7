// What every family of checks shares: the profile's severities and tolerances, and one way to make a finding.
import Decimal from "decimal.js";
import { CellRef } from "../grid/address";
import { Profile } from "../profile/types";
import { Finding, FindingCode, finding } from "../finding";
import { severityOf } from "./severity";

export interface Tolerances {
  /** Rates compared as fractions: the profile's percentage points ÷ 100. */
  rate: Decimal;
  /** Scores in points. */
  score: Decimal;
  /** Money in 万元: figures with two decimals, compared with the score tolerance (both are rounded to 0.01). */
  money: Decimal;
}

export interface CheckContext {
  profile: Profile;
  tolerance: Tolerances;
  /** A finding with the profile's severity for `code`. */
  at(code: FindingCode, ref: CellRef | null, message: string): Finding;
}

export function checkContext(profile: Profile): CheckContext {
  const score = new Decimal(profile.tolerance.scorePoints);
  return {
    profile,
    tolerance: { rate: new Decimal(profile.tolerance.ratePoints).div(100), score, money: score },
    at: (code, ref, message) => finding(severityOf(code, profile), code, ref, message),
  };
}
