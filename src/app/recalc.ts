// One-click recalculation over a workbook read by a host: the analysis, and the plan the core assembles from it
// (scoring formulas with unit text normalised unless a person opts out, data validation, the binding map of the
// tables, the chosen profile, and — when asked — drafted 偏差原因).
import { buildRecalcPlan } from "../core/recalc";
import { WritePlan } from "../core/plan/write-plan";
import { libraryOf } from "../core/reasons";
import { Analysis, analyze } from "./analyze";
import { WorkbookData } from "./host";

export interface RecalcRequest {
  profileId?: string;
  /** Convert unit text (`6000 万美元`) into numbers that display the same; default true. */
  normalizeUnits?: boolean;
  /** Draft 偏差原因 (with placeholders) into empty reason cells. */
  fillReasons?: boolean;
}

/**
 * The plan, and the analysis it came from (its tables and findings are what a caller sums up; the full report is
 * not built here: on the 60-table bench workbook it cost 3 to 5 % of the recalculation, for nobody to read).
 */
export function planRecalc(data: WorkbookData, request: RecalcRequest = {}): { plan: WritePlan; analysis: Analysis } {
  const analysis = analyze(data, request.profileId);
  const { profile, score } = analysis;
  const plan = buildRecalcPlan(score, profile, {
    normalizeUnits: request.normalizeUnits ?? true,
    reasons: request.fillReasons ? libraryOf(data.sheets) : undefined,
  });
  return { plan, analysis };
}
