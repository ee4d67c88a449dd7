// Writing drafts: only into a reason cell that is empty, holds an unfinished draft of ours (a placeholder), or whose
// row the person chose to replace. A person's text is never overwritten otherwise.
import { CellContent, CellWrite, WritePlan, emptyPlan } from "../plan/write-plan";
import { ReasonChoice, draftReason } from "./draft";
import { DEFAULT_LIBRARY, Library } from "./library";
import { ReasonNeed } from "./needs";

export const REASON_PURPOSE = "reason";

export interface ReasonPlanChoice extends ReasonChoice {
  /** Replace the person's own text in this row. */
  replace?: boolean;
}

export function buildReasonPlan(
  needs: ReadonlyArray<ReasonNeed>,
  choices: Record<string, ReasonPlanChoice> = {},
  library: Library = DEFAULT_LIBRARY,
): WritePlan {
  const plan = emptyPlan();
  const done = new Set<string>();
  for (const need of needs) {
    // Without a 偏差原因 column there is no cell to write: the pane shows that draft to copy.
    if (!need.reason || done.has(need.cell)) continue;
    done.add(need.cell);
    const choice = Object.prototype.hasOwnProperty.call(choices, need.cell) ? choices[need.cell] : {};
    if (need.hasPersonText && choice.replace !== true) continue;
    const text = draftReason(need, choice, library);
    if (text === need.text && !need.reason.formula) continue;
    const expected: CellContent = { value: need.reason.value };
    if (need.reason.formula) expected.formula = need.reason.formula;
    if (need.reason.numFmt) expected.numFmt = need.reason.numFmt;
    const write: CellWrite = { ref: need.reason.ref, expected, value: text, purpose: REASON_PURPOSE };
    plan.cells.push(write);
  }
  return plan;
}
