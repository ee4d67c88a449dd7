// A rule's tree evaluated the way Excel would compute its formula, in decimal arithmetic: blank is 0 in arithmetic,
// SUM and COUNT skip text in references, ROUND halves away from zero, IF evaluates only the branch it takes.
import Decimal from "decimal.js";
import { DECIMAL_ZERO, compareDecimal, maxDecimal, minDecimal } from "../../values/decimal-compare";
import { BinaryOp, Env, ExcelError, Expr, Fn, NO_ENV, Reason, Value } from "./tree";

/** Where evaluating a rule notes the reason of the branch it took (the innermost `because` met). */
export interface Trace {
  reason: Reason | null;
}

export function evaluate(expr: Expr, env: Env = NO_ENV, trace: Trace | null = null): Value {
  switch (expr.kind) {
    case "num":
    case "str":
    case "ref":
      return expr.value;
    case "slot":
      return evaluate(env[expr.index]);
    case "bound":
      // another rule's result read here: its reasons are its own
      return evaluate(expr.template, expr.env);
    case "cell": {
      const v = expr.known.value;
      if (v instanceof ExcelError) throw v;
      return v === null ? D0 : v; // a formula returning a blank reference shows 0
    }
    case "because":
      if (trace) trace.reason = expr.reason;
      return evaluate(expr.body, env, trace);
    case "op":
      return evaluateOp(expr.op, evaluate(expr.left, env, trace), evaluate(expr.right, env, trace));
    case "call":
      return evaluateCall(expr.fn, expr.args, env, trace);
  }
}

/** The number `expr` comes to; null for anything else, an Excel error included. */
export function numberOf(expr: Expr): Decimal | null {
  try {
    const v = evaluate(expr);
    return v instanceof Decimal ? v : null;
  } catch (e) {
    if (e instanceof ExcelError) return null;
    throw e;
  }
}

const D0 = DECIMAL_ZERO;
const D1 = new Decimal(1);

function toNumber(v: Value): Decimal {
  if (v === null) return D0;
  if (typeof v === "boolean") return v ? D1 : D0;
  if (typeof v === "string") throw new ExcelError("#VALUE!");
  return v;
}

function truthy(v: Value): boolean {
  if (typeof v === "boolean") return v;
  if (typeof v === "string") throw new ExcelError("#VALUE!");
  return !toNumber(v).isZero();
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Excel orders numbers < text < logicals; a blank compares as 0 with numbers and as "" with text. */
function compare(a: Value, b: Value): number {
  if (a === null && b === null) return 0;
  if (a instanceof Decimal && b instanceof Decimal) return compareDecimal(a, b);
  if (typeof a === "string" && typeof b === "string") return compareText(a, b);
  if (a === null) a = typeof b === "string" ? "" : typeof b === "boolean" ? false : D0;
  if (b === null) b = typeof a === "string" ? "" : typeof a === "boolean" ? false : D0;
  const rank = (v: Value) => (v instanceof Decimal ? 0 : typeof v === "string" ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (a instanceof Decimal) return compareDecimal(a, b as Decimal);
  if (typeof a === "string") return compareText(a, b as string);
  return Number(a) - Number(b as boolean);
}

function evaluateOp(o: BinaryOp, a: Value, b: Value): Value {
  switch (o) {
    case "+":
      return toNumber(a).plus(toNumber(b));
    case "-":
      return toNumber(a).minus(toNumber(b));
    case "*":
      return toNumber(a).times(toNumber(b));
    case "/": {
      const d = toNumber(b);
      if (d.isZero()) throw new ExcelError("#DIV/0!");
      return toNumber(a).div(d);
    }
    case ">=":
      return compare(a, b) >= 0;
    case "<=":
      return compare(a, b) <= 0;
    case ">":
      return compare(a, b) > 0;
    case "<":
      return compare(a, b) < 0;
    case "=":
      return compare(a, b) === 0;
    case "<>":
      return compare(a, b) !== 0;
  }
}

/** Numbers among the arguments the way SUM, MIN, MAX and COUNT see them: text in a referenced cell is skipped,
 *  text given directly is an error (COUNT merely skips it). */
function numbersOf(args: Expr[], env: Env, trace: Trace | null): Decimal[] {
  const out: Decimal[] = [];
  for (const arg of args) {
    const v = evaluate(arg, env, trace);
    if (v instanceof Decimal) out.push(v);
    else if (!isReference(arg, env)) out.push(toNumber(v));
  }
  return out;
}

function isReference(e: Expr, env: Env): boolean {
  const leaf = e.kind === "slot" ? env[e.index] : e;
  return leaf.kind === "ref" || leaf.kind === "cell";
}

function evaluateCall(fn: Fn, args: Expr[], env: Env, trace: Trace | null): Value {
  switch (fn) {
    case "IF":
      return truthy(evaluate(args[0], env, trace))
        ? evaluate(args[1], env, trace)
        : args.length > 2
          ? evaluate(args[2], env, trace)
          : false;
    case "AND": {
      let all = true;
      for (let i = 0; i < args.length; i++) if (!truthy(evaluate(args[i], env, trace))) all = false; // Excel evaluates every argument
      return all;
    }
    case "OR": {
      let some = false;
      for (let i = 0; i < args.length; i++) if (truthy(evaluate(args[i], env, trace))) some = true;
      return some;
    }
    case "MIN":
      return minDecimal(numbersOf(args, env, trace)) ?? D0;
    case "MAX":
      return maxDecimal(numbersOf(args, env, trace)) ?? D0;
    case "SUM": {
      let total = D0;
      for (const x of numbersOf(args, env, trace)) total = total.plus(x);
      return total;
    }
    case "COUNT": {
      let c = 0;
      for (let i = 0; i < args.length; i++) if (evaluate(args[i], env, trace) instanceof Decimal) c++;
      return new Decimal(c);
    }
    case "ROUND": {
      const places = args[1].kind === "num" ? args[1].number : toNumber(evaluate(args[1], env, trace)).toNumber();
      return toNumber(evaluate(args[0], env, trace)).toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
    }
    case "TRIM": {
      const v = evaluate(args[0], env, trace);
      const s =
        v === null ? "" : v instanceof Decimal ? v.toString() : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : v;
      return s.includes(" ") ? s.replace(/ +/g, " ").replace(/^ | $/g, "") : s;
    }
    case "N": {
      const v = evaluate(args[0], env, trace);
      return v instanceof Decimal ? v : typeof v === "boolean" ? (v ? D1 : D0) : D0;
    }
    case "IFERROR":
      try {
        return evaluate(args[0], env, trace);
      } catch (error) {
        if (error instanceof ExcelError) return evaluate(args[1], env, trace);
        throw error;
      }
  }
}
