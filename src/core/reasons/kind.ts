// Which indicators owe a 偏差原因 (RULES.md): a missed target or a score below the weight; and an explanation where
// the actual overshoots the target by the profile's ratio. Checks (REASON_MISSING, OVERSHOOT) and drafting ask the
// same question here, so the two can never disagree.
import Decimal from "decimal.js";
import { Field, Indicator } from "../layout/model";
import { IndicatorScore } from "../scoring/types";
import { readCell } from "../values/read-cell";

export type ReasonKind = "missed" | "overshoot";

function blank(field: Field | undefined): boolean {
  if (!field) return true;
  if (field.formula || field.error) return false;
  const v = field.value;
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** A template row nobody filled (every answer cell empty): it is no indicator, and nothing is asked of it. */
export function isBlankIndicator(indicator: Indicator): boolean {
  return [indicator.name, indicator.target, indicator.actual, indicator.weight, indicator.score].every((f) => blank(f));
}

/** The score cell as a number the person entered, null when empty or not a number. */
export function enteredScore(indicator: Indicator): Decimal | null {
  if (!indicator.score) return null;
  const reading = readCell(indicator.score);
  if (reading.kind !== "number") return null;
  return typeof indicator.score.value === "number" ? new Decimal(indicator.score.value) : reading.quantity.value;
}

/** The score that counts: the rule's, or the person's where the rule leaves it to judgment. */
export function countedScore(s: IndicatorScore): Decimal | null {
  return s.judgment ? enteredScore(s.indicator) : s.score.value;
}

export function reasonKind(s: IndicatorScore): ReasonKind | null {
  if (s.direction === "notApplicable" || isBlankIndicator(s.indicator)) return null;
  if (misses(s)) return "missed";
  // A target of 0 (成本节约率 0 %) cannot be overshot "by 30 %": any actual is infinitely more, which explains nothing.
  if (s.overshoot && !s.missed && s.target !== null && s.target.value.gt(0)) return "overshoot";
  return null;
}

function misses(s: IndicatorScore): boolean {
  const weight = s.weight;
  if (s.judgment) {
    // A judgment row of unknown tier (达标 / 未造成负面影响得满分) misses only if the person scored it below the weight.
    if (s.tier === "partial" || s.tier === "failed") return true;
    if (s.tier === "achieved") return false;
    const entered = enteredScore(s.indicator);
    return entered !== null && weight !== null && entered.lt(weight);
  }
  if (s.missed) return true;
  // A score below the weight owes a reason, whether the rule or the person took the points off (a reached target
  // scored 9 of 10 by hand still asks why).
  const v = s.score.value;
  const entered = enteredScore(s.indicator);
  // (A negative entry is no score at all: SCORE_OVER_WEIGHT says so.)
  return (
    weight !== null && ((v !== null && v.lt(weight)) || (entered !== null && !entered.isNeg() && entered.lt(weight)))
  );
}
