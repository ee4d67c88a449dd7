// The visible gaps a draft leaves where the person has not chosen yet. Anything containing the mark is an
// unfinished draft: REASON_PLACEHOLDER reports it, and a later run may replace it.
export const PLACEHOLDER_MARK = "【请补充";
export const CAUSE_PLACEHOLDER = "【请补充原因】";
export const MEASURE_PLACEHOLDER = "【请补充改进措施】";

export function hasPlaceholder(text: string): boolean {
  return text.includes(PLACEHOLDER_MARK);
}
