// A drafted 偏差原因: the facts first (target, actual, completion, points lost), then the cause and the measure the
// person chose from the library — or a visible placeholder where they have not, so nothing half-written goes out
// unnoticed (REASON_PLACEHOLDER).
import { percent, pointsInProse, quantity } from "../values/show";
import { DEFAULT_LIBRARY, Library } from "./library";
import { ReasonFacts, ReasonNeed } from "./needs";
import { CAUSE_PLACEHOLDER, MEASURE_PLACEHOLDER } from "./placeholders";

export interface ReasonChoice {
  /** A cause's name in the library, or the person's own words. */
  cause?: string;
  /** A measure's name in the library, or the person's own words. */
  measure?: string;
}

export function draftReason(
  need: Pick<ReasonNeed, "kind" | "facts">,
  choice: ReasonChoice = {},
  library: Library = DEFAULT_LIBRARY,
): string {
  const f = need.facts;
  const cause = causeText(choice.cause, need.kind, library);
  const measure = measureText(choice.measure, library);
  const label = need.kind === "overshoot" ? "超额原因" : "偏差原因";
  return (
    factsSentence(need.kind, f) +
    `${label}：${cause === null ? CAUSE_PLACEHOLDER : fill(cause, f)}。` +
    `改进措施：${measure === null ? MEASURE_PLACEHOLDER : fill(measure, f)}。`
  );
}

function causeText(choice: string | undefined, kind: "missed" | "overshoot", library: Library): string | null {
  const name = choice?.trim();
  if (!name) return null;
  const phrase = library.causes.find((c) => c.name === name);
  if (!phrase) return name;
  return (kind === "overshoot" ? (phrase.overshoot ?? phrase.missed) : (phrase.missed ?? phrase.overshoot)) ?? name;
}

function measureText(choice: string | undefined, library: Library): string | null {
  const name = choice?.trim();
  if (!name) return null;
  return library.measures.find((m) => m.name === name)?.text ?? name;
}

/** A phrase with {指标}/{指标值}/{完成值} filled in and no sentence end of its own. */
function fill(text: string, f: ReasonFacts): string {
  return text
    .replace(/\{指标\}/g, f.name ? `“${f.name}”` : "该指标")
    .replace(/\{指标值\}/g, targetText(f))
    .replace(/\{完成值\}/g, actualText(f))
    .trim()
    .replace(/[。．.；;，,\s]+$/u, "");
}

/** The target as a draft writes it: the figure with its comparator and unit (≥90%), else the cell as shown. */
function targetText(f: ReasonFacts): string {
  return f.targetQuantity ? quantity(f.targetQuantity, true) : f.target;
}

/** The actual as a draft writes it: the figure with its unit, else the cell as shown. */
function actualText(f: ReasonFacts): string {
  return f.actualQuantity ? quantity(f.actualQuantity, false) : f.actual;
}

function lost(f: ReasonFacts): string {
  return f.pointsLost && f.pointsLost.gt(0) ? `，扣减${pointsInProse(f.pointsLost)}分` : "";
}

function factsSentence(kind: "missed" | "overshoot", f: ReasonFacts): string {
  const T = targetText(f);
  const B = actualText(f);
  if (kind === "overshoot") {
    const ratio = f.completion ? `，为年度指标值的${percent(f.completion)}` : "";
    return `年度指标值${T}，实际完成${B}${ratio}，超额完成年度指标。`;
  }
  if (f.direction === "qualitative") {
    const scored = f.score !== null ? `，评定得分${pointsInProse(f.score)}分` : "";
    return `年度指标值为“${f.target}”，实际完成情况为“${f.actual}”，未完全达成年度指标${scored}${lost(f)}。`;
  }
  if (!f.targetQuantity || !f.actualQuantity) return `年度指标值${T}，实际完成${B}，未完成年度指标值${lost(f)}。`;
  if (f.direction === "reverse") {
    const over = f.completion ? `，超出指标值${percent(f.completion.minus(1))}` : "";
    return `年度指标值${T}，实际为${B}${over}${lost(f)}。`;
  }
  if (f.direction === "equal") return `年度指标值${T}，实际为${B}，与指标值不一致${lost(f)}。`;
  const rate = f.completion && !f.completion.isNeg() ? `，完成率${percent(f.completion)}` : "，未完成年度指标值";
  return `年度指标值${T}，实际完成${B}${rate}${lost(f)}。`;
}
