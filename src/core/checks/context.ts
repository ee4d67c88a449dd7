// What every family of checks shares: the profile's severities and tolerances, the entered cells as scoring read
// them, and one way to make a finding.
import Decimal from "decimal.js";
import { CellRef } from "../grid/address";
import { Field } from "../layout/model";
import { Profile } from "../profile/types";
import { Inputs } from "../scoring/inputs";
import { Entry } from "../values/entry";
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
  /** The entered cells as scoring read them. */
  inputs: Inputs;
  /** What a person entered in `field` (empty where the table has no such cell), read once by scoring. */
  entry(field: Field | undefined): Entry;
  /** A finding with the profile's severity for `code`. */
  at(code: FindingCode, ref: CellRef | null, message: string): Finding;
}

export function checkContext(profile: Profile, inputs: Inputs): CheckContext {
  const score = new Decimal(profile.tolerance.scorePoints);
  return {
    profile,
    tolerance: { rate: new Decimal(profile.tolerance.ratePoints).div(100), score, money: score },
    inputs,
    entry: (field) => inputs.entry(field),
    at: (code, ref, message) => finding(severityOf(code, profile), code, ref, message),
  };
}
