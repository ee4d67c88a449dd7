export * from "./types";
export { scoreWorkbook, scoreTable, scoreEvalTable } from "./score-workbook";
export { RULE, NORMALIZE_PURPOSE } from "./rules";
export type { RuleId } from "./rules";
export { gradeOf } from "./total";
export { decideDirection, nameSuggestsReverse, isNotApplicable } from "./direction";
export { canonicalFormula } from "./expr";
