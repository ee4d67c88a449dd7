// Template rows nobody filled. The official forms print more indicator rows than most units need; a row whose every
// answer is blank is no indicator, so nothing is asked of it: no input is required, no reason owed.
import { isBlank } from "../values/entry";
import { Indicator } from "./model";

export function isBlankIndicator(indicator: Indicator): boolean {
  return (
    isBlank(indicator.name) &&
    isBlank(indicator.target) &&
    isBlank(indicator.actual) &&
    isBlank(indicator.weight) &&
    isBlank(indicator.score)
  );
}
