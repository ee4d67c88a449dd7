// A scoring profile: every rule value of ../design/RULES.md as data. Plain and serialisable, so it can be
// stored in a workbook and shown to a person. No rule value is hard-coded elsewhere.
import { FindingCode, Severity } from "../finding";

export interface Profile {
  id: string;
  /** Chinese name for the pane's selector. */
  name: string;
  description: string;
  /** Default weight of the budget (年度资金总额) row when the sheet gives none: 10, some provinces 20. */
  budgetWeight: number;
  /** How a reverse indicator (≤, <) that misses scores: W×A÷B, or W×(1−(B−A)÷A) and 0 from B ≥ 2A. */
  reverse: "ratio" | "linear";
  /** Lower bounds of the qualitative tiers as fractions of the weight: 达成 [achieved, 1], 部分达成
   *  [partial, achieved), 未达成 [0, partial). */
  qualitativeBands: { achieved: number; partial: number };
  /** Actual ≥ target × (1 + ratio) asks for an explanation (OVERSHOOT); null turns it off. */
  overshootRatio: number | null;
  /** Leave 不适用 rows out and rescale the total to 100. */
  notApplicableRescale: boolean;
  /** Platform rule: total capped by 执行率 (rate below `below` → total at most `cap`), checked in order. */
  executionRateCaps: { below: number; cap: number }[] | null;
  /** Platform rule: points off an indicator that overshoots by overshootRatio or more; null = off. */
  overshootDeduction: number | null;
  /** 基础表 控制率 above 100 % is penalised (an old-style rule): reported as an error. */
  penaliseControlRateOver100: boolean;
  /** Tolerance for comparing entered with computed values: rates in percentage points, scores in points. */
  tolerance: { ratePoints: number; scorePoints: number };
  /** Grade thresholds: 优 ≥ excellent, 良 ≥ good, 中 ≥ pass, else 差. */
  grades: { excellent: number; good: number; pass: number };
  /** Severity overrides per finding code. */
  severities: Partial<Record<FindingCode, Severity>>;
}
