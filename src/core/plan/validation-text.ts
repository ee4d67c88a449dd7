// A plan's data validation as a spreadsheet takes it, worded once for every host: the rule's operands (a number as
// it is, anything else a formula with its "="), and the prompt and alert clipped to what Excel accepts (WPS shares
// the limits; a file with longer ones is one Excel offers to repair). Each host turns this into its own shape: Office.js
// objects, ET's Validation.Add, or the <dataValidation> element of a sheet.
import { ValidationWrite } from "./write-plan";

/** Excel refuses a data validation prompt or alert whose title or message is longer than these. */
export const TITLE_MAX = 32;
export const MESSAGE_MAX = 255;

export interface ValidationText {
  kind: "decimal" | "custom";
  /** For a decimal rule. */
  operator?: "between" | "greaterThanOrEqual";
  /** With its "=" where it is a formula. */
  formula1: string;
  formula2?: string;
  prompt: { title: string; message: string };
  error: { title: string; message: string };
}

export function validationText(v: ValidationWrite): ValidationText {
  const rule = v.rule;
  const texts = {
    prompt: { title: clip(v.prompt.title, TITLE_MAX), message: clip(v.prompt.message, MESSAGE_MAX) },
    error: { title: clip(v.error.title, TITLE_MAX), message: clip(v.error.message, MESSAGE_MAX) },
  };
  if (rule.type === "custom") return { kind: "custom", formula1: asFormula(rule.formula), ...texts };
  return {
    kind: "decimal",
    operator: rule.operator,
    formula1: operand(rule.formula1),
    ...(rule.formula2 !== undefined ? { formula2: operand(rule.formula2) } : {}),
    ...texts,
  };
}

/** A stringified number stays as it is; anything else is a formula and needs its "=". */
function operand(text: string): string {
  return /^\s*-?\d+(\.\d+)?\s*$/.test(text) ? text.trim() : asFormula(text);
}

function asFormula(text: string): string {
  return text.startsWith("=") ? text : `=${text}`;
}

/** Cut to `max` characters, the last one an ellipsis, so a reader sees the text goes on. */
function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * Whether a rule a host read back is the one it would write: the same fields with the same values, in any order and
 * at any depth, a field that is null counting as one that is absent (Excel and WPS report unused parts either way).
 * A rule that is already there needs no undo, so a run that changed nothing leaves the last run's undo in place.
 */
export function sameFields(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  const keys = (o: object) =>
    Object.entries(o)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k]) => k);
  const ka = keys(a);
  return (
    ka.length === keys(b).length &&
    ka.every((k) => sameFields((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}
