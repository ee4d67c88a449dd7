// Scores every recognized table of a workbook by one profile.
import { targetOptional } from "../layout/families";
import { EvalTable, Table } from "../layout/model";
import { Profile } from "../profile/types";
import { scoreBasic } from "./basic";
import { scoreBudget } from "./budget";
import { scoreBudgetRateRow } from "./budget-rate-row";
import { scoreIndicator } from "./indicator";
import { scoreTotal } from "./total";
import { EvalTableScore, TableScore, WorkbookScore } from "./types";

export function scoreWorkbook(tables: Table[], profile: Profile): WorkbookScore {
  return { profileId: profile.id, tables: tables.map((t) => scoreTable(t, profile)) };
}

export function scoreTable(table: Table, profile: Profile): TableScore {
  return table.kind === "basic" ? scoreBasic(table, profile) : scoreEvalTable(table, profile);
}

export function scoreEvalTable(table: EvalTable, profile: Profile): EvalTableScore {
  const budget = scoreBudget(table, profile);
  const indicators = table.indicators.map((i) => {
    const scored = i.budgetRate ? scoreBudgetRateRow(i, profile, budget) : scoreIndicator(i, profile);
    // A scorecard's process criteria carry no 年度指标值 on the form: an empty one is no missing input.
    if (i.target && targetOptional(table.layout.family, i.level1))
      scored.score.problems = scored.score.problems.filter(
        (p) => !(p.code === "REQUIRED_EMPTY" && p.field === i.target),
      );
    return scored;
  });
  const { total, weightTotal, grade } = scoreTotal(table, profile, budget, indicators);
  return {
    kind: table.kind,
    table,
    budget: budget.budget,
    indicators: indicators.map((i) => i.score),
    weightTotal,
    total,
    grade,
  };
}
