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
import { explained } from "./explain";
import {
  Compiled,
  Env,
  Expr,
  Facts,
  and,
  because,
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

// The reasons of the branches: {A} target, {B} actual, {W} weight as written, {S} the score, {lo} and {hi} the
// smaller and the larger of target and actual, {missing} the inputs that are not numbers.
const FULL = "完成值{B}达到年度指标值{A}，得满分{S}";
const MISSING = "{missing}不是可用的数字，暂不计分";

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
    core = iff(
      ge(B, A),
      because(FULL, W),
      iff(
        le(B, ZERO),
        because("完成值{B}不大于0，得0分", ZERO),
        because("未完成年度指标值，按完成值与指标值的比例计分：{W}×{B}÷{A}={S}", div(mul(W, B), A)),
      ),
    );
    const deduction = profile.overshootDeduction;
    if (deduction !== null && profile.overshootRatio !== null) {
      const over = new Decimal(1).plus(profile.overshootRatio);
      const ratio = new Decimal(profile.overshootRatio).times(100).toFixed();
      core = iff(
        and(gt(A, ZERO), ge(B, mul(A, num(over)))),
        because(
          `完成值{B}超出年度指标值{A}达${ratio}%及以上，扣${deduction}分：{W}−${deduction}={S}`,
          max(ZERO, sub(W, num(deduction))),
        ),
        core,
      );
    }
  } else if (direction === "reverse") {
    const full = because("反向指标，完成值{B}未超过年度指标值{A}，得满分{S}", W);
    if (profile.reverse === "ratio") {
      ruleId = RULE.reverseRatio;
      const ratio = because("反向指标超出年度指标值，按指标值与完成值的比例计分：{W}×{A}÷{B}={S}", div(mul(W, A), B));
      core = iff(le(B, A), full, iff(le(A, ZERO), because("反向指标的年度指标值{A}不大于0，超出即得0分", ZERO), ratio));
    } else {
      ruleId = RULE.reverseLinear;
      const zero = because("反向指标完成值{B}、年度指标值{A}：完成值达到指标值的2倍及以上或指标值不大于0，得0分", ZERO);
      const linear = because(
        "反向指标超出年度指标值，按超出比例扣分：{W}×(1−({B}−{A})÷{A})={S}",
        mul(W, sub(num(1), div(sub(B, A), A))),
      );
      core = iff(le(B, A), full, iff(or(le(A, ZERO), ge(B, mul(num(2), A))), zero, linear));
    }
  } else {
    ruleId = RULE.equal;
    core = iff(
      eq(B, A),
      because("完成值等于年度指标值{A}，得满分{S}", W),
      iff(
        le(min(A, B), ZERO),
        because("完成值{B}与年度指标值{A}不等且不大于0，得0分", ZERO),
        because(
          "完成值与年度指标值不等，按较小值与较大值之比计分：{W}×{lo}÷{hi}={S}",
          div(mul(W, min(A, B)), max(A, B)),
        ),
      ),
    );
  }
  const built = { expr: whenNumbers([slot(0), slot(1), slot(2)], round(core, 2), MISSING), ruleId };
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
 * The score of a quantitative rule, explained by the branch it took. A function of its own, so that the explanation
 * keeps only these few values alive, not the row's inputs.
 */
export function quantitativeScore(
  compiled: Compiled,
  ruleId: string,
  target: Quantity | null,
  actual: Quantity | null,
  weight: Quantity | null,
): Computed {
  return explained(compiled, ruleId, () => quantitativeFacts(target, actual, weight, compiled.value));
}

function quantitativeFacts(t: Quantity | null, a: Quantity | null, w: Quantity | null, score: Decimal | null): Facts {
  const missing = [t ? "" : "年度指标值", a ? "" : "实际完成值", w ? "" : "分值"].filter(Boolean).join("、");
  if (!t || !a || !w) return { missing };
  const A = figure(t);
  const B = figure(a);
  const actualLower = compareDecimal(a.value, t.value) < 0;
  return { A, B, W: figure(w), S: points(score), lo: actualLower ? B : A, hi: actualLower ? A : B, missing };
}
