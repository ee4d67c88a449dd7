// What every part of the add-in reports: a finding at a cell. Recognition, the checks, the report and the hosts all
// speak of findings, so the type sits at the bottom of the core, below every room that makes or reads one.
import { CellRef, refA1 } from "./grid/address";

export type Severity = "error" | "warning" | "info";

/** Finding codes of ../design/REPORT.md; more may be added, never renamed. */
export type FindingCode =
  | "LAYOUT_INCOMPLETE"
  | "NO_TABLES"
  | "REQUIRED_EMPTY"
  | "NOT_A_NUMBER"
  | "TEMPLATE_TEXT_LEFT"
  | "BUDGET_RATE_MISMATCH"
  | "BUDGET_SCORE_MISMATCH"
  | "BUDGET_TOTAL_MISMATCH"
  | "BUDGET_ZERO_DIVISOR"
  | "FUNDING_SPLIT_MISMATCH"
  | "WEIGHT_SUM"
  | "SCORE_OVER_WEIGHT"
  | "SCORE_MISMATCH"
  | "QUALITATIVE_BAND"
  | "TOTAL_MISMATCH"
  | "REASON_MISSING"
  | "REASON_PLACEHOLDER"
  | "OVERSHOOT"
  | "ACTUAL_COPIES_TARGET"
  | "UNIT_MISMATCH"
  | "DIRECTION_GUESSED"
  | "CONTROL_RATE_MISMATCH"
  | "SUM_MISMATCH"
  | "SUBITEMS_EXCEED"
  | "CROSS_TABLE_MISMATCH"
  /** A money amount below 0, or a weight outside 0–100 (what the sheet's data validation would refuse). */
  | "VALUE_OUT_OF_RANGE"
  /** 基础表 控制率 above 100 % under a profile that penalises it (`penaliseControlRateOver100`). */
  | "CONTROL_RATE_OVER_100"
  /** The table's form sets no per-indicator weights (转移支付, 区域绩效目标自评表): nothing is scored by weight. */
  | "WEIGHTS_NOT_SET";

export interface Finding {
  severity: Severity;
  code: FindingCode;
  /** `Sheet!A1` of the cell a person must look at (top-left of a merged area), null for the whole workbook. */
  cell: string | null;
  /** Chinese, for the person at the desk: what is wrong and what the right value is. */
  message: string;
}

/** Errors first, then warnings, then hints: the order findings are listed and counted in. */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function finding(severity: Severity, code: FindingCode, at: CellRef | null, message: string): Finding {
  return { severity, code, cell: at ? refA1(at) : null, message };
}
