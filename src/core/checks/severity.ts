// Default severity of every finding code (../../../../shared/design/REPORT.md); a profile may override any of them.
import { FindingCode, Severity } from "../finding";
import { Profile } from "../profile/types";

export const DEFAULT_SEVERITY: Readonly<Record<FindingCode, Severity>> = {
  LAYOUT_INCOMPLETE: "error",
  NO_TABLES: "error",
  REQUIRED_EMPTY: "error",
  NOT_A_NUMBER: "error",
  TEMPLATE_TEXT_LEFT: "error",
  BUDGET_RATE_MISMATCH: "error",
  BUDGET_SCORE_MISMATCH: "error",
  BUDGET_TOTAL_MISMATCH: "error",
  BUDGET_ZERO_DIVISOR: "error",
  FUNDING_SPLIT_MISMATCH: "warning",
  WEIGHT_SUM: "error",
  SCORE_OVER_WEIGHT: "error",
  SCORE_MISMATCH: "warning",
  QUALITATIVE_BAND: "error",
  TOTAL_MISMATCH: "error",
  REASON_MISSING: "error",
  REASON_PLACEHOLDER: "error",
  OVERSHOOT: "warning",
  ACTUAL_COPIES_TARGET: "warning",
  UNIT_MISMATCH: "warning",
  DIRECTION_GUESSED: "info",
  CONTROL_RATE_MISMATCH: "error",
  SUM_MISMATCH: "error",
  SUBITEMS_EXCEED: "error",
  CROSS_TABLE_MISMATCH: "warning",
  VALUE_OUT_OF_RANGE: "error",
  CONTROL_RATE_OVER_100: "error",
  WEIGHTS_NOT_SET: "info",
};

export function severityOf(code: FindingCode, profile: Profile): Severity {
  return profile.severities[code] ?? DEFAULT_SEVERITY[code];
}
