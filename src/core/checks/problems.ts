// Inputs scoring could not use (empty, not a number, template text, units that differ) become findings at their cells:
// scoring decides them all, once (scoring/problems.ts), and these are the only findings of those codes.
import { Finding } from "../finding";
import { InputProblem, TableScore } from "../scoring/types";
import { CheckContext } from "./context";

export function problemFindings(table: TableScore, ctx: CheckContext): Finding[] {
  return problemsOf(table).map((p) => ctx.at(p.code, p.field.ref, p.message));
}

function problemsOf(table: TableScore): InputProblem[] {
  if (table.kind === "basic") return table.problems;
  return [...table.problems, ...table.budget.problems, ...table.indicators.flatMap((s) => s.problems)];
}
