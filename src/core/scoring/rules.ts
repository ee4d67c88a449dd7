// Rule ids: each computed number carries the id of the rule that produced it (also a CellWrite's purpose).
export const RULE = {
  budgetRate: "budget.rate",
  budgetScore: "budget.score",
  positive: "indicator.positive",
  reverseRatio: "indicator.reverse.ratio",
  reverseLinear: "indicator.reverse.linear",
  equal: "indicator.equal",
  qualitativeAchieved: "indicator.qualitative.achieved",
  judgment: "indicator.qualitative.judgment",
  notApplicable: "indicator.notApplicable",
  unscorable: "indicator.unscorable",
  unweighted: "indicator.unweighted",
  budgetRateRow: "indicator.budgetRate",
  total: "total",
  controlRate: "basic.controlRate",
  sizeRate: "basic.sizeRate",
  investmentRate: "basic.investmentRate",
} as const;

export type RuleId = (typeof RULE)[keyof typeof RULE];

/** The purpose of a write that turns a number typed as text into a number (CellWrite.purpose). */
export const NORMALIZE_PURPOSE = "normalize";
