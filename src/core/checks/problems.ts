// Inputs scoring could not use (empty, not a number, template text, units that differ) become findings at their cells.
// Rows of the template nobody filled are no indicators: their empty cells are not "required".
import { EvalTableScore, TableScore, InputProblem } from "../scoring/types";
import { isBlankIndicator } from "../reasons/kind";
import { Finding } from "../finding";
import { CheckContext } from "./context";

export function problemFindings(table: TableScore, ctx: CheckContext): Finding[] {
  return problemsOf(table).map((p) => ctx.at(p.code, p.field.ref, p.message));
}

function problemsOf(table: TableScore): InputProblem[] {
  if (table.kind === "basic") return table.problems;
  return [...table.budget.problems, ...indicatorProblems(table)];
}

function indicatorProblems(table: EvalTableScore): InputProblem[] {
  return table.indicators
    .filter((s) => s.direction !== "notApplicable" && !isBlankIndicator(s.indicator))
    .flatMap((s) => s.problems);
}
