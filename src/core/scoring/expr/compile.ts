// A rule compiled for one cell: its value, its formula, the reason of the branch it took, and what the formula
// needs first (inputs typed as text to convert) or why there can be none (an input no formula can reference).
import Decimal from "decimal.js";
import { CellRef, refA1, sameRef } from "../../grid/address";
import { Trace, evaluate } from "./evaluate";
import { printAfter } from "./print";
import { CellOutcome, Env, ExcelError, Expr, InputNormalization, NO_ENV, Reason, Value } from "./tree";

export interface Compiled {
  /** The decimal result; null for a blank ("") result. */
  value: Decimal | null;
  /** "=..." or null when an input cannot be referenced (see `note`). */
  formula: string | null;
  /** Input cells holding numbers typed as text, which the formula needs converted to numbers first. */
  normalizes: InputNormalization[];
  /** Why the formula is null, in Chinese. */
  note?: string;
  /** An Excel error the expression ran into (a rule that forgot a guard). */
  error?: string;
  /** The reason of the branch the rule took, where it gives one. */
  reason?: Reason;
}

/** Value and formula of a rule (a template with its `env`, or a plain tree) for a cell on sheet `home`. */
export function compile(expr: Expr, home: string, env: Env = NO_ENV): Compiled {
  let value: Decimal | null = null;
  let error: string | undefined;
  const trace: Trace = { reason: null };
  try {
    const v = evaluate(expr, env, trace);
    value = v instanceof Decimal ? v : null;
  } catch (e) {
    if (!(e instanceof ExcelError)) throw e;
    error = e.code;
  }
  const found: Found = { blocker: null, normalizes: null };
  if (env.length) for (const leaf of env) collect(leaf, found);
  else collect(expr, found);
  const printable = found.blocker === null && !error;
  const result: Compiled = {
    value,
    formula: printable ? printAfter("=", expr, home, env) : null,
    normalizes: printable && found.normalizes ? found.normalizes : NO_NORMALIZES,
  };
  if (found.blocker !== null) result.note = found.blocker;
  if (error) result.error = error;
  // a rule that ran into an error took no branch to the end
  if (trace.reason !== null && !error) result.reason = trace.reason;
  return result;
}

/** Shared by every rule without inputs to convert; frozen, since it is shared. */
const NO_NORMALIZES: InputNormalization[] = Object.freeze([]) as unknown as InputNormalization[];

/** A cell filled with `expr`. */
export function cell(ref: CellRef, expr: Expr): Expr {
  return { kind: "cell", ref, known: outcomeOf(expr) };
}

/** A cell filled by a rule already compiled (see `outcomeOfCompiled`), sparing a second evaluation. */
export function filledCell(ref: CellRef, known: CellOutcome): Expr {
  return { kind: "cell", ref, known };
}

function outcomeOf(expr: Expr): CellOutcome {
  let value: Value | ExcelError;
  try {
    value = evaluate(expr);
  } catch (e) {
    if (!(e instanceof ExcelError)) throw e;
    value = e;
  }
  const found: Found = { blocker: null, normalizes: null };
  collect(expr, found);
  const printable = found.blocker === null && !(value instanceof ExcelError);
  const written = printable || value instanceof Decimal;
  return written ? { value, written } : { value, written, blocker: found.blocker ?? "引用的单元格无法计算" };
}

/** The outcome of a rule already compiled: its cell shows the value, or nothing for a blank result. */
export function outcomeOfCompiled(c: { value: Decimal | null; formula: string | null; note?: string }): CellOutcome {
  const written = c.formula !== null || c.value !== null;
  return written
    ? { value: c.value ?? "", written }
    : { value: "", written, blocker: c.note ?? "引用的单元格无法计算" };
}

/** What walking a rule's inputs found: the first reason no formula can reference them, and text to convert. Both
 *  null until found, since most rules find neither and a workbook compiles hundreds. */
interface Found {
  blocker: string | null;
  normalizes: InputNormalization[] | null;
}

function collect(expr: Expr, found: Found): void {
  switch (expr.kind) {
    case "ref":
      if (expr.unprintable) found.blocker ??= `${refA1(expr.ref)} ${expr.unprintable}`;
      else if (expr.normalize) {
        const ref = expr.ref;
        if (!found.normalizes) found.normalizes = [expr.normalize];
        else if (!found.normalizes.some((x) => sameRef(x.field.ref, ref))) found.normalizes.push(expr.normalize);
      }
      return;
    case "cell":
      if (!expr.known.written) found.blocker ??= expr.known.blocker ?? "引用的单元格无法计算";
      return;
    case "because":
      collect(expr.body, found);
      return;
    case "op":
      collect(expr.left, found);
      collect(expr.right, found);
      return;
    case "call":
      for (const a of expr.args) collect(a, found);
      return;
    case "bound":
      for (const leaf of expr.env) collect(leaf, found);
      return;
    default:
      return;
  }
}
