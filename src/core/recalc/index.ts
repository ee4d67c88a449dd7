// One-click recalculation as one WritePlan, assembled here and nowhere else: the formulas of the computed cells
// (cells.ts), the data validation of the input cells (validations.ts), the defined names that map the recognized
// tables, the profile the workbook is scored by, and — when asked — drafted 偏差原因.
import { bindingNames } from "../layout";
import { Table } from "../layout/model";
import { WritePlan, emptyPlan } from "../plan/write-plan";
import { PROFILE_SETTING_KEY } from "../profile/profiles";
import { Profile } from "../profile/types";
import { Library, buildReasonPlan, reasonNeeds } from "../reasons";
import { WorkbookScore } from "../scoring/types";
import { RecalcOptions, recalcCells } from "./cells";
import { buildValidations } from "./validations";

export { RATE_FORMAT, SCORE_FORMAT, computedCells, recalcCells } from "./cells";
export type { ComputedCell, RecalcOptions } from "./cells";
export { buildValidations } from "./validations";

export interface RecalcPlanOptions extends RecalcOptions {
  /** Draft 偏差原因 (with placeholders where nothing is chosen) into empty reason cells, from this library. */
  reasons?: Library;
}

/** What 识别表格 stores: the map of the tables (defined names, replacing the add-in's earlier ones) and the profile. */
export function bindingPlan(tables: ReadonlyArray<Table>, profile: Profile): WritePlan {
  const plan = emptyPlan();
  plan.names = bindingNames([...tables]);
  plan.replaceNames = true;
  plan.settings[PROFILE_SETTING_KEY] = profile.id;
  return plan;
}

/** 一键重算: everything `bindingPlan` stores, the formulas, the validation and (when asked) the drafts. */
export function buildRecalcPlan(score: WorkbookScore, profile: Profile, options: RecalcPlanOptions): WritePlan {
  const plan = bindingPlan(
    score.tables.map((t) => t.table),
    profile,
  );
  plan.cells = recalcCells(score, options);
  plan.validations = buildValidations(score, profile);
  if (options.reasons) plan.cells.push(...buildReasonPlan(reasonNeeds(score), {}, options.reasons).cells);
  return plan;
}
