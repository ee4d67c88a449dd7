// One-click recalculation as a plan: scoring formulas (with unit text normalised unless a person opts out), data
// validation, the binding map of the tables, the chosen profile, and — when asked — drafted 偏差原因.
import { buildValidations } from "../core/checks";
import { bindingNames } from "../core/layout";
import { buildRecalcPlan } from "../core/plan/recalc-plan";
import { WritePlan } from "../core/plan/write-plan";
import { buildReasonPlan, libraryOf, reasonNeeds } from "../core/reasons";
import { buildReport } from "../core/report/build-report";
import { Report } from "../core/report/report";
import { Analysis, analyze } from "./analyze";
import { WorkbookData } from "./host";

export interface RecalcRequest {
  profileId?: string;
  /** Convert unit text (`6000 万美元`) into numbers that display the same; default true. */
  normalizeUnits?: boolean;
  /** Draft 偏差原因 (with placeholders) into empty reason cells. */
  fillReasons?: boolean;
}

export function planRecalc(
  data: WorkbookData,
  request: RecalcRequest = {},
  file = "",
): { plan: WritePlan; report: Report; analysis: Analysis } {
  const analysis = analyze(data, request.profileId);
  const { profile, recognition, score } = analysis;
  const plan = buildRecalcPlan(score, profile, { normalizeUnits: request.normalizeUnits ?? true });
  plan.validations = buildValidations(score, profile);
  plan.names = bindingNames(recognition.tables);
  plan.replaceNames = true;
  if (request.fillReasons) {
    const reasons = buildReasonPlan(reasonNeeds(score), {}, libraryOf(data.sheets));
    plan.cells.push(...reasons.cells);
  }
  return { plan, report: buildReport(file, profile, score, analysis.findings), analysis };
}
