// Scores every recognized table of a workbook by one profile, reading each entered cell once (one Inputs per
// workbook, handed on with the score).
import { targetOptional } from "../layout/families";
import { EvalTable, Table } from "../layout/model";
import { Profile } from "../profile/types";
import { scoreBasic } from "./basic";
import { scoreBudget } from "./budget";
import { scoreBudgetRateRow } from "./budget-rate-row";
import { scoreIndicator } from "./indicator";
import { Inputs } from "./inputs";
import { collect } from "./problems";
import { scoreTotal } from "./total";
import { EvalTableScore, InputProblem, TableScore, WorkbookScore } from "./types";

export function scoreWorkbook(tables: Table[], profile: Profile): WorkbookScore {
  const inputs = new Inputs();
  return { profileId: profile.id, tables: tables.map((t) => scoreTable(t, profile, inputs)), inputs };
}

export function scoreTable(table: Table, profile: Profile, inputs = new Inputs()): TableScore {
  return table.kind === "basic" ? scoreBasic(table, profile, inputs) : scoreEvalTable(table, profile, inputs);
}

export function scoreEvalTable(table: EvalTable, profile: Profile, inputs = new Inputs()): EvalTableScore {
  const budget = scoreBudget(table, profile, inputs);
  const indicators = table.indicators.map((i) => {
    // A scorecard's process criteria carry no 年度指标值 on the form: an empty one is no missing input.
    const row = { profile, inputs, targetOptional: !!i.target && targetOptional(table.layout.family, i.level1) };
    return i.budgetRate ? scoreBudgetRateRow(i, row, budget) : scoreIndicator(i, row);
  });
  const { total, weightTotal, grade } = scoreTotal(table, profile, budget, indicators, inputs);
  const problems: InputProblem[] = [];
  // A total printed in the title (项目总得分99分) is read from its text: the title cell is no number to ask for.
  if (table.total?.scoreInText === undefined)
    collect(problems, inputs, table.total?.score, {
      label: "总分",
      where: "",
      required: false,
      number: true,
      hint: "应为各项得分之和",
    });
  return {
    kind: table.kind,
    table,
    budget: budget.budget,
    indicators: indicators.map((i) => i.score),
    weightTotal,
    total,
    grade,
    problems,
  };
}
