// Domain words as data: how 指标性质 is written, which names hint at a reverse indicator, the qualitative tier
// words, and what marks a row as 不适用 (template filler is values/template-text.ts).
import { QualitativeTier } from "./types";

export type NatureDirection = "positive" | "reverse" | "equal" | "qualitative";

/** 指标性质 cell text (normalised: no spaces, half-width) → direction; first match wins. */
export const NATURE_WORDS: ReadonlyArray<[RegExp, NatureDirection]> = [
  [/^(≥|>=|>|＞|≧|大于等于|大于|不低于|不少于|正向|正向指标)$/, "positive"],
  [/^(≤|<=|<|＜|≦|小于等于|小于|不高于|不超过|反向|反向指标)$/, "reverse"],
  [/^(=|＝|等于)$/, "equal"],
  [/^(定性|定性指标)$/, "qualitative"],
];

/** Name fragments that suggest "smaller is better"; a DIRECTION_GUESSED note asks a person to confirm. */
export const REVERSE_HINTS = [
  "成本",
  "费用",
  "超支",
  "投诉",
  "事故",
  "发生率",
  "差错",
  "失误",
  "违规",
  "违纪",
  "逾期",
  "延误",
  "损失",
  "返工",
  "故障",
  "超标",
  "误差",
  "不合格",
  "退库",
  "漏报",
];

/** Fragments that turn such a name back to "larger is better" (成本节约率, 事故下降率). */
export const POSITIVE_OVERRIDES = ["节约", "降低", "下降", "减少", "压缩", "控制"];

/** Tier words of the actual value, most specific first (未达成 contains 达成). */
export const TIER_WORDS: ReadonlyArray<[RegExp, QualitativeTier]> = [
  [/部分达成|部分完成|基本达成|基本完成|一定效果/, "partial"],
  [/未达成|未完成|未达到|效果较差|没有达成|没有完成/, "failed"],
  [/达成|达到|已完成|全部完成|完成年度指标|完成预期指标/, "achieved"],
];

export const NOT_APPLICABLE = /不适用/;

export function normalizeWord(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "");
}
