// Qualitative indicators. An actual value that says the same as the target (有效保障 / 有效保障) is 达成 and scores
// the weight; anything else is the person's judgment, checked against the band of the tier its words name.
import Decimal from "decimal.js";
import { Field } from "../layout/model";
import { Profile } from "../profile/types";
import { points } from "../values/show";
import { BLANK, Env, Expr, and, because, eq, evaluate, iff, ne, round, slot, trim, whenNumbers } from "./expr";
import { Input, cellLeaf } from "./inputs";
import { QualitativeTier } from "./types";
import { TIER_WORDS, normalizeWord } from "./words";

/** A cell compared as text: its value as it stands (numbers stay numbers, as TRIM sees them). */
export function textLeaf(field: Field): Expr {
  if (field.error) return { kind: "ref", ref: field.ref, value: null, unprintable: `显示错误值 ${field.error}` };
  return cellLeaf(field);
}

const T = trim(slot(0));
const A = trim(slot(1));
const SAME = and(ne(T, BLANK), eq(T, A));
/** Template over slots target, actual, weight; its reason names {actual}, the answer, and {S}, the score. */
const ACHIEVED = whenNumbers(
  [slot(2)],
  iff(SAME, because("实际完成值与年度指标值一致（{actual}），视为达成，得满分{S}", round(slot(2), 2)), BLANK),
  "实际完成值与年度指标值一致（{actual}），视为达成，但分值不是可用的数字，暂不计分",
);

/** The rule "actual says what the target says → the weight", else blank. */
export function achievedRule(target: Field, actual: Field, weight: Input): { expr: Expr; env: Env; achieved: boolean } {
  const env: Env = [textLeaf(target), textLeaf(actual), weight.expr];
  let achieved = false;
  try {
    achieved = evaluate(SAME, env) === true;
  } catch {
    achieved = false;
  }
  return { expr: ACHIEVED, env, achieved };
}

export function tierOf(actualText: string): QualitativeTier | undefined {
  const t = normalizeWord(actualText);
  for (const [pattern, tier] of TIER_WORDS) if (pattern.test(t)) return tier;
  return undefined;
}

/** The points a judgment in `tier` may take; the whole weight for an unknown tier. */
export function bandOf(tier: QualitativeTier | undefined, weight: Decimal, profile: Profile): [Decimal, Decimal] {
  const { achieved, partial } = profile.qualitativeBands;
  switch (tier) {
    case "achieved":
      return [weight.times(achieved), weight];
    case "partial":
      return [weight.times(partial), weight.times(achieved)];
    case "failed":
      return [new Decimal(0), weight.times(partial)];
    default:
      return [new Decimal(0), weight];
  }
}

/** The tiers as RULES.md names them, for explanations, findings and the prompts of data validation. */
export const TIER_NAMES: Record<QualitativeTier, string> = {
  achieved: "达成年度指标",
  partial: "部分达成年度指标并具有一定效果",
  failed: "未达成年度指标且效果较差",
};

export function explainJudgment(
  targetText: string,
  actualText: string,
  tier: QualitativeTier | undefined,
  band: [Decimal, Decimal] | undefined,
  entered: Decimal | null,
): string {
  const kept = entered !== null ? `，保留填报得分${points(entered)}` : "，请填写得分";
  const range = band ? `（${tier ? TIER_NAMES[tier] + "档" : "可在"}${points(band[0])}–${points(band[1])}分）` : "";
  return `定性指标，实际完成值「${actualText}」与年度指标值「${targetText}」不一致，得分由评价人判断${range}${kept}`;
}
