// The defined names the add-in owns: those that start with `JX_` (the map of the tables, core/layout/binding). A
// person's own names are never touched, except one a plan sets anew. Excel compares names ignoring case (a workbook
// cannot hold both JX_T01_BASIC and jx_t01_basic), and so does every host here, through these functions.
import { NameWrite, WritePlan } from "./write-plan";

/** Prefix of the defined names the add-in owns. */
export const NAME_PREFIX = "JX_";

/** A name as Excel compares names: two names with one key are one name. */
export function nameKey(name: string): string {
  return name.toUpperCase();
}

/** Whether two names are one name to Excel: equal but for case. */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/** Whether the add-in owns the name (its prefix in any case). */
export function isOwnName(name: string): boolean {
  return nameKey(name).startsWith(NAME_PREFIX);
}

/** Whether applying the plan changes any name. */
export function changesNames(plan: Pick<WritePlan, "names" | "replaceNames">): boolean {
  return plan.names.length > 0 || !!plan.replaceNames;
}

/**
 * Which of the names a workbook has the plan takes away: each one it sets anew and, where it replaces the add-in's
 * names, every one the add-in owns. The plan's names are then added.
 */
export function replacedBy(plan: Pick<WritePlan, "names" | "replaceNames">): (name: string) => boolean {
  const planned = new Set(plan.names.map((n) => nameKey(n.name)));
  return (name) => planned.has(nameKey(name)) || (!!plan.replaceNames && isOwnName(name));
}

/**
 * The names an undo puts back: the add-in's own as they were, and any name of a person's that the plan set anew.
 * (An undo replaces the add-in's names, so those the run added go.)
 */
export function formerNames(existing: readonly NameWrite[], plan: Pick<WritePlan, "names">): NameWrite[] {
  const taken = replacedBy({ names: plan.names, replaceNames: true });
  return existing.filter((n) => taken(n.name));
}
