// Quantitative indicators (A target, B actual, W weight), each rule written once as an expression:
//   positive  B ≥ A → W; B ≤ 0 → 0; else W×B÷A
//   reverse   B ≤ A → W; A ≤ 0 → 0; else W×A÷B ("ratio"), or W×(1−(B−A)÷A) and 0 from B ≥ 2A ("linear")
//   equal     B = A → W; min(A,B) ≤ 0 → 0; else W×min(A,B)÷max(A,B)
// Platform rule: an overshoot of the profile's ratio or more loses `overshootDeduction` points.
import Decimal from "decimal.js";
import { Profile } from "../profile/types";
import { DECIMAL_ZERO, compareDecimal } from "../values/decimal-compare";
import { Quantity } from "../values/types";
import { figure, points } from "../values/show";
import { RuleResult } from "./explain";
import {
  Compiled,
  Env,
  Expr,
  and,
  div,
  ge,
  gt,
  iff,
  le,
  max,
  min,
  mul,
  num,
  round,
  slot,
  sub,
  whenNumbers,
  eq,
  or,
} from "./expr";
import { Input } from "./inputs";
import { RULE } from "./rules";
import { Computed } from "./types";

export type QuantitativeDirection = "positive" | "reverse" | "equal";

export interface RuleOutcome {
  /** The rule's template; `env` binds its slots to this row's cells. */
  expr: Expr;
  env: Env;
  ruleId: string;
}

const ZERO = num(0);
const HUNDRED = num(100);

/** Whether actual overshoots target by the profile's ratio or more (positive indicators with a target above 0). */
export function overshoots(direction: string, target: Quantity | null, actual: Quantity | null, profile: Profile) {
  if (direction !== "positive" || profile.overshootRatio === null || !target || !actual) return false;
  // target and actual compare in the units they were written in: 93 for 93 % on both sides
  const a = target.value;
  return (
    compareDecimal(a, DECIMAL_ZERO) > 0 &&
    compareDecimal(actual.value, a.times(overshootFactor(profile.overshootRatio))) >= 0
  );
}

const factors = new Map<number, Decimal>();
function overshootFactor(ratio: number): Decimal {
  let f = factors.get(ratio);
  if (!f) factors.set(ratio, (f = new Decimal(1).plus(ratio)));
  return f;
}

/** Whether the target was missed. */
export function missedTarget(direction: QuantitativeDirection, target: Quantity, actual: Quantity): boolean {
  const a = target.value;
  const b = actual.value;
  const c = compareDecimal(b, a);
  return direction === "positive" ? c < 0 : direction === "reverse" ? c > 0 : c !== 0;
}

/** Which side, if any, the formula scales from a fraction to percent units. */
type Scale = "none" | "target" | "actual";

type Template = { expr: Expr; ruleId: string };
/** Per profile object, per direction and scale: a profile is plain data, so its object is the key. */
const templates = new WeakMap<Profile, Map<string, Template>>();

/**
 * The rule for one direction under one profile, as a template over slots A (target), B (actual), W (weight):
 * built once and shared by every row scored that way.
 */
function template(direction: QuantitativeDirection, scale: Scale, profile: Profile): { expr: Expr; ruleId: string } {
  let byKey = templates.get(profile);
  if (!byKey) templates.set(profile, (byKey = new Map()));
  const key = direction + scale;
  const hit = byKey.get(key);
  if (hit) return hit;
  const A = scale === "target" ? mul(slot(0), HUNDRED) : slot(0);
  const B = scale === "actual" ? mul(slot(1), HUNDRED) : slot(1);
  const W = slot(2);
  let core: Expr;
  let ruleId: string;
  if (direction === "positive") {
    ruleId = RULE.positive;
    core = iff(ge(B, A), W, iff(le(B, ZERO), ZERO, div(mul(W, B), A)));
    if (profile.overshootDeduction !== null && profile.overshootRatio !== null) {
      const limit = mul(A, num(new Decimal(1).plus(profile.overshootRatio)));
      core = iff(and(gt(A, ZERO), ge(B, limit)), max(ZERO, sub(W, num(profile.overshootDeduction))), core);
    }
  } else if (direction === "reverse" && profile.reverse === "ratio") {
    ruleId = RULE.reverseRatio;
    core = iff(le(B, A), W, iff(le(A, ZERO), ZERO, div(mul(W, A), B)));
  } else if (direction === "reverse") {
    ruleId = RULE.reverseLinear;
    core = iff(le(B, A), W, iff(or(le(A, ZERO), ge(B, mul(num(2), A))), ZERO, mul(W, sub(num(1), div(sub(B, A), A)))));
  } else {
    ruleId = RULE.equal;
    core = iff(eq(B, A), W, iff(le(min(A, B), ZERO), ZERO, div(mul(W, min(A, B)), max(A, B))));
  }
  const built = { expr: whenNumbers([slot(0), slot(1), slot(2)], round(core, 2)), ruleId };
  byKey.set(key, built);
  return built;
}

export function quantitativeRule(
  direction: QuantitativeDirection,
  target: Input,
  actual: Input,
  weight: Input,
  profile: Profile,
): RuleOutcome {
  // The sheet holds a percentage as a fraction; when only one side is a percentage, scale it to percent units.
  let scale: Scale = "none";
  if (target.quantity && actual.quantity && target.quantity.percent !== actual.quantity.percent)
    scale = target.quantity.percent ? "target" : "actual";
  const { expr, ruleId } = template(direction, scale, profile);
  return {
    expr,
    env: [target.expr, actual.expr, weight.expr],
    ruleId,
  };
}

/**
 * The score of a quantitative rule, explained on first read. A function of its own, so that the explanation
 * keeps only these few values alive, not the row's inputs.
 */
export function quantitativeScore(
  compiled: Compiled,
  ruleId: string,
  direction: QuantitativeDirection,
  target: Quantity | null,
  actual: Quantity | null,
  weight: Quantity | null,
  profile: Profile,
): Computed {
  const value = compiled.value;
  return new RuleResult(compiled, ruleId, () => explainQuantitative(direction, target, actual, weight, profile, value));
}

function explainQuantitative(
  direction: QuantitativeDirection,
  tq: Quantity | null,
  aq: Quantity | null,
  wq: Quantity | null,
  profile: Profile,
  value: Decimal | null,
): string {
  if (!tq || !aq || !wq) {
    const missing: string[] = [];
    if (!tq) missing.push("年度指标值");
    if (!aq) missing.push("实际完成值");
    if (!wq) missing.push("分值");
    return `${missing.join("、")}不是可用的数字，暂不计分`;
  }
  const a = tq.value;
  const b = aq.value;
  const A = figure(tq);
  const B = figure(aq);
  const W = figure(wq);
  const S = points(value);
  if (direction === "positive") {
    if (b.gte(a)) {
      if (profile.overshootDeduction !== null && overshoots(direction, tq, aq, profile))
        return `完成值${B}超出年度指标值${A}达${new Decimal(profile.overshootRatio ?? 0).times(100).toFixed()}%及以上，扣${profile.overshootDeduction}分：${W}−${profile.overshootDeduction}=${S}`;
      return `完成值${B}达到年度指标值${A}，得满分${S}`;
    }
    if (b.lte(0)) return `完成值${B}不大于0，得0分`;
    return `未完成年度指标值，按完成值与指标值的比例计分：${W}×${B}÷${A}=${S}`;
  }
  if (direction === "reverse") {
    if (b.lte(a)) return `反向指标，完成值${B}未超过年度指标值${A}，得满分${S}`;
    if (a.lte(0)) return `反向指标的年度指标值${A}不大于0，超出即得0分`;
    if (profile.reverse === "ratio") return `反向指标超出年度指标值，按指标值与完成值的比例计分：${W}×${A}÷${B}=${S}`;
    if (b.gte(a.times(2))) return `反向指标完成值${B}达到年度指标值${A}的2倍及以上，得0分`;
    return `反向指标超出年度指标值，按超出比例扣分：${W}×(1−(${B}−${A})÷${A})=${S}`;
  }
  if (b.eq(a)) return `完成值等于年度指标值${A}，得满分${S}`;
  const [lo, hi] = a.lt(b) ? [A, B] : [B, A];
  if (Decimal.min(a, b).lte(0)) return `完成值${B}与年度指标值${A}不等且不大于0，得0分`;
  return `完成值与年度指标值不等，按较小值与较大值之比计分：${W}×${lo}÷${hi}=${S}`;
}
