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
  inlineValues: true,
  // A money header is one row, or two where a heading stands over its figures (河北: 预算执行进度(%) over 100.00);
  // three would reach the 自评得分 heading of a table's top row.
  maxBand: 2,
};
