// How header words become roles, for the indicator header and the money block's header.
import { RoleRules } from "./headers";
import { BUDGET_INDEX, INDICATOR_INDEX } from "./scan";
import { BudgetRole, IndicatorRole } from "./synonyms";

export const INDICATOR_RULES: RoleRules<IndicatorRole> = {
  index: INDICATOR_INDEX,
  splitOn: ["level1", "level2", "name"],
  levelWeights: [
    ["weight", "level1", "level1Weight"],
    ["weight", "level2", "level2Weight"],
  ],
  valueWithUnit: "unit",
};

export const BUDGET_RULES: RoleRules<BudgetRole> = {
  index: BUDGET_INDEX,
  splitOn: ["initial", "annual", "executed"],
};
