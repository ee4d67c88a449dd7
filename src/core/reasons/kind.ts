// Which indicators owe a 偏差原因 (RULES.md): a missed target or a score below the weight; and an explanation where
// the actual overshoots the target by the profile's ratio. Checks (REASON_MISSING, OVERSHOOT) and drafting ask the
// same question here, so the two can never disagree.
import Decimal from "decimal.js";
import { isBlankIndicator } from "../layout/blank";
import { IndicatorScore } from "../scoring/types";

export type ReasonKind = "missed" | "overshoot";

/** The score that counts: the rule's, or the person's where the rule leaves it to judgment. */
export function countedScore(s: IndicatorScore): Decimal | null {
  return s.judgment ? s.enteredScore : s.score.value;
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
    const entered = s.enteredScore;
    return entered !== null && weight !== null && entered.lt(weight);
  }
  if (s.missed) return true;
  // A score below the weight owes a reason, whether the rule or the person took the points off (a reached target
  // scored 9 of 10 by hand still asks why).
  const v = s.score.value;
  const entered = s.enteredScore;
  // (A negative entry is no score at all: SCORE_OVER_WEIGHT says so.)
  return (
    weight !== null && ((v !== null && v.lt(weight)) || (entered !== null && !entered.isNeg() && entered.lt(weight)))
  );
}
