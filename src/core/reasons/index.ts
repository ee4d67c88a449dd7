// Drafted 偏差原因: which rows owe one, the phrase library, the draft text and the plan that writes it.
export { reasonNeeds, factsOf } from "./needs";
export type { ReasonNeed, ReasonFacts, ReasonKind } from "./needs";
export { reasonKind, countedScore } from "./kind";
export { draftReason } from "./draft";
export type { ReasonChoice } from "./draft";
export { CAUSES, MEASURES, DEFAULT_LIBRARY, causesFor } from "./library";
export type { Library, CausePhrase, MeasurePhrase } from "./library";
export { readLibraryExtension, libraryOf, LIBRARY_SHEET } from "./extension";
export { buildReasonPlan, REASON_PURPOSE } from "./plan";
export type { ReasonPlanChoice } from "./plan";
export { CAUSE_PLACEHOLDER, MEASURE_PLACEHOLDER, PLACEHOLDER_MARK, hasPlaceholder } from "./placeholders";
