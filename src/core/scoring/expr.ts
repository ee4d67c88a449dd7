// One rule, two outputs. A rule is written once as an expression tree; the tree evaluates in decimal arithmetic
// with Excel's semantics (blank is 0 in arithmetic, SUM and COUNT skip text in references, ROUND halves away
// from zero) and prints as the Excel formula that computes the same thing from the sheet's own cells. The value
// and the formula therefore cannot drift apart.
//
// A rule used for hundreds of rows (an indicator's score) is built once as a template whose inputs are slots;
// each row binds the slots to its own cells (`env`). Evaluating and printing walk the same template.
import Decimal from "decimal.js";
import { CellRef, colLetters, quoteSheet, refA1, sameRef } from "../grid/address";
import { DECIMAL_ZERO, compareDecimal, maxDecimal, minDecimal } from "../values/decimal-compare";
import { Field } from "../layout/model";

/** How to turn an input cell's text into a number that displays the same text. */
export interface InputNormalization {
  field: Field;
  /** The number to store: a fraction for a percentage (0.93 for 93.00%). */
  value: Decimal;
  numFmt: string;
}

/** A cell's or an expression's value: blank is null. */
export type Value = Decimal | string | boolean | null;

export type BinaryOp = "+" | "-" | "*" | "/" | ">=" | "<=" | ">" | "<" | "=" | "<>";
/** Functions every Excel from 2016 on has (no IFS, LET, LAMBDA), and LibreOffice too. */
export type Fn = "IF" | "AND" | "OR" | "MIN" | "MAX" | "ROUND" | "COUNT" | "SUM" | "TRIM" | "N" | "IFERROR";

export type Expr =
  | { kind: "num"; value: Decimal; text: string; number: number }
  | { kind: "str"; value: string; text: string }
  /** A cell read as input. `unprintable` says why a formula cannot reference it (then `value` is used as is);
   *  the cell's address is put before it where the reason is shown. */
  | { kind: "ref"; ref: CellRef; value: Value; normalize?: InputNormalization; unprintable?: string }
  /** A cell this run fills: prints as its address, evaluates as what its rule gives (worked out once, when the
   *  node is made, since a total reads every score cell). */
  | { kind: "cell"; ref: CellRef; known: CellOutcome }
  | { kind: "op"; op: BinaryOp; left: Expr; right: Expr }
  | { kind: "call"; fn: Fn; args: Expr[] }
  /** An input of a template, bound per use to `env[index]` (a ref, cell or literal, never another slot). */
  | { kind: "slot"; index: number }
  /** A template with its inputs, used inside another expression (a budget score a total adds up). */
  | { kind: "bound"; template: Expr; env: Env };

/** The inputs a template's slots stand for, in slot order. */
export type Env = readonly Expr[];
const NO_ENV: Env = [];

/** An Excel error value met while evaluating; rules guard against all of them, so one means a bug in a rule. */
export class ExcelError extends Error {
  constructor(readonly code: "#DIV/0!" | "#VALUE!") {
    super(code);
  }
}

// ---------------------------------------------------------------- builders

/** Literal nodes are immutable, so the common ones (0, 1, 2, 100, weights) are shared. */
const literals = new Map<string, Expr>();
export function num(value: Decimal.Value): Expr {
  const key = typeof value === "object" ? value.toString() : String(value);
  let e = literals.get(key);
  if (!e) {
    const d = new Decimal(value);
    const text = d.toFixed();
    e = { kind: "num", value: d, text: d.isNeg() ? `(${text})` : text, number: d.toNumber() };
    if (literals.size < 1000) literals.set(key, e);
  }
  return e;
}
export const slot = (index: number): Expr => ({ kind: "slot", index });
export const bound = (template: Expr, env: Env): Expr => ({ kind: "bound", template, env });
export const str = (value: string): Expr => ({ kind: "str", value, text: `"${value.replace(/"/g, '""')}"` });
/** What a filled cell will hold, and whether the plan writes it at all (else why not). */
export interface CellOutcome {
  value: Value | ExcelError;
  written: boolean;
  blocker?: string;
}

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
const op =
  (o: BinaryOp) =>
  (left: Expr, right: Expr): Expr => ({ kind: "op", op: o, left, right });
export const add = op("+");
export const sub = op("-");
export const mul = op("*");
export const div = op("/");
export const ge = op(">=");
export const le = op("<=");
export const gt = op(">");
export const lt = op("<");
export const eq = op("=");
export const ne = op("<>");
const call =
  (fn: Fn) =>
  (...args: Expr[]): Expr => ({ kind: "call", fn, args });
export const iff = (condition: Expr, then: Expr, otherwise: Expr): Expr => call("IF")(condition, then, otherwise);
export const and = call("AND");
export const or = call("OR");
export const min = call("MIN");
export const max = call("MAX");
export const count = call("COUNT");
export const sum = call("SUM");
export const trim = call("TRIM");
export const n = call("N");
const PLACES = [0, 1, 2, 3, 4].map((p) => num(p));
export const round = (x: Expr, places: number): Expr => call("ROUND")(x, PLACES[places] ?? num(places));
export const BLANK = str("");

/** `body`, or "" while any referenced input is empty or not a number (so no #VALUE! ever shows). */
export function whenNumbers(inputs: Expr[], body: Expr): Expr {
  const refs = inputs.filter((e) => e.kind === "ref" || e.kind === "cell" || e.kind === "slot");
  const unique = refs.filter((e, i) => refs.findIndex((f) => sameInput(e, f)) === i);
  if (unique.length === 0) return body;
  return iff(lt(count(...unique), num(unique.length)), BLANK, body);
}

function sameInput(a: Expr, b: Expr): boolean {
  if (a.kind === "slot" || b.kind === "slot") return a.kind === "slot" && b.kind === "slot" && a.index === b.index;
  if ((a.kind !== "ref" && a.kind !== "cell") || (b.kind !== "ref" && b.kind !== "cell")) return false;
  return sameRef(a.ref, b.ref);
}

// ---------------------------------------------------------------- evaluation

export function evaluate(expr: Expr, env: Env = NO_ENV): Value {
  switch (expr.kind) {
    case "num":
    case "str":
    case "ref":
      return expr.value;
    case "slot":
      return evaluate(env[expr.index]);
    case "bound":
      return evaluate(expr.template, expr.env);
    case "cell": {
      const v = expr.known.value;
      if (v instanceof ExcelError) throw v;
      return v === null ? D0 : v; // a formula returning a blank reference shows 0
    }
    case "op":
      return evaluateOp(expr.op, evaluate(expr.left, env), evaluate(expr.right, env));
    case "call":
      return evaluateCall(expr.fn, expr.args, env);
  }
}

const D0 = DECIMAL_ZERO;
const D1 = new Decimal(1);
/** COUNT results: a rule counts a handful of inputs. */
const SMALL = Array.from({ length: 16 }, (_, i) => new Decimal(i));

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

/** Excel orders numbers < text < logicals; a blank compares as 0 with numbers and as "" with text. */
function compare(a: Value, b: Value): number {
  if (a === null && b === null) return 0;
  if (a instanceof Decimal && b instanceof Decimal) return compareDecimal(a, b);
  if (typeof a === "string" && typeof b === "string") {
    if (a === b) return 0;
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (a === null) a = typeof b === "string" ? "" : typeof b === "boolean" ? false : D0;
  if (b === null) b = typeof a === "string" ? "" : typeof a === "boolean" ? false : D0;
  const rank = (v: Value) => (v instanceof Decimal ? 0 : typeof v === "string" ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (a instanceof Decimal) return compareDecimal(a, b as Decimal);
  if (typeof a === "string") {
    const x = a.toLowerCase();
    const y = (b as string).toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
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
function numbersOf(args: Expr[], env: Env): Decimal[] {
  const out: Decimal[] = [];
  for (const arg of args) {
    const v = evaluate(arg, env);
    if (v instanceof Decimal) out.push(v);
    else if (!isReference(arg, env)) out.push(toNumber(v));
  }
  return out;
}

function isReference(e: Expr, env: Env): boolean {
  const leaf = e.kind === "slot" ? env[e.index] : e;
  return leaf.kind === "ref" || leaf.kind === "cell";
}

function evaluateCall(fn: Fn, args: Expr[], env: Env): Value {
  switch (fn) {
    case "IF":
      return truthy(evaluate(args[0], env)) ? evaluate(args[1], env) : args.length > 2 ? evaluate(args[2], env) : false;
    case "AND": {
      let all = true;
      for (let i = 0; i < args.length; i++) if (!truthy(evaluate(args[i], env))) all = false; // Excel evaluates every argument
      return all;
    }
    case "OR": {
      let some = false;
      for (let i = 0; i < args.length; i++) if (truthy(evaluate(args[i], env))) some = true;
      return some;
    }
    case "MIN": {
      const xs = numbersOf(args, env);
      return minDecimal(xs) ?? D0;
    }
    case "MAX": {
      const xs = numbersOf(args, env);
      return maxDecimal(xs) ?? D0;
    }
    case "SUM": {
      let total = D0;
      for (const x of numbersOf(args, env)) total = total.plus(x);
      return total;
    }
    case "COUNT": {
      let c = 0;
      for (let i = 0; i < args.length; i++) if (evaluate(args[i], env) instanceof Decimal) c++;
      return SMALL[c] ?? new Decimal(c);
    }
    case "ROUND": {
      const places = args[1].kind === "num" ? args[1].number : toNumber(evaluate(args[1], env)).toNumber();
      return toNumber(evaluate(args[0], env)).toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
    }
    case "TRIM": {
      const v = evaluate(args[0], env);
      const s =
        v === null ? "" : v instanceof Decimal ? v.toString() : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : v;
      return s.includes(" ") ? s.replace(/ +/g, " ").replace(/^ | $/g, "") : s;
    }
    case "N": {
      const v = evaluate(args[0], env);
      return v instanceof Decimal ? v : typeof v === "boolean" ? (v ? D1 : D0) : D0;
    }
    case "IFERROR":
      try {
        return evaluate(args[0], env);
      } catch (error) {
        if (error instanceof ExcelError) return evaluate(args[1], env);
        throw error;
      }
  }
}

// ---------------------------------------------------------------- printing

const PRECEDENCE: Record<BinaryOp, number> = {
  ">=": 1,
  "<=": 1,
  ">": 1,
  "<": 1,
  "=": 1,
  "<>": 1,
  "+": 2,
  "-": 2,
  "*": 3,
  "/": 3,
};

const columnNames: string[] = [];
function columnName(col: number): string {
  return (columnNames[col] ??= colLetters(col));
}

/** The formula text (without "=") of `expr` for a cell on sheet `home`; English names, comma separators. */
export function print(expr: Expr, home: string, env: Env = NO_ENV): string {
  return printAfter("", expr, home, env);
}

// Joined from parts rather than added up piece by piece: `+` makes a tree of string pieces that a score keeps
// alive (one per piece), while join makes one flat string.
function printAfter(lead: string, expr: Expr, home: string, env: Env): string {
  if (env.length === 0) {
    const out: string[] = lead ? [lead] : [];
    write(expr, home, out, NO_ENV);
    return out.join("");
  }
  // A template prints the same text around its slots every time: split once, then fill in the slots (into an
  // array of the final length: one grown by push is copied as it grows).
  let skeleton = skeletons.get(expr);
  if (!skeleton) skeletons.set(expr, (skeleton = skeletonOf(expr)));
  const out = new Array<string>(skeleton.length + 1);
  out[0] = lead;
  for (let i = 0; i < skeleton.length; i++) {
    const part = skeleton[i];
    out[i + 1] = typeof part === "string" ? part : leafText(env[part], home);
  }
  return out.join("");
}

function leafText(leaf: Expr, home: string): string {
  if ((leaf.kind === "ref" || leaf.kind === "cell") && leaf.ref.sheet === home)
    return columnName(leaf.ref.col) + leaf.ref.row;
  const out: string[] = [];
  write(leaf, home, out, NO_ENV);
  return out.join("");
}

type Skeleton = (string | number)[];
const skeletons = new WeakMap<Expr, Skeleton>();

function skeletonOf(template: Expr): Skeleton {
  const out: string[] = [];
  const slots = new Map<string, number>();
  write(template, "", out, NO_ENV, slots);
  const skeleton: Skeleton = [];
  let text = "";
  for (const piece of out) {
    const index = slots.get(piece);
    if (index === undefined) text += piece;
    else {
      skeleton.push(text, index);
      text = "";
    }
  }
  skeleton.push(text);
  return skeleton;
}

function write(expr: Expr, home: string, out: string[], env: Env, slots?: Map<string, number>): void {
  switch (expr.kind) {
    case "num":
      out.push(expr.text);
      return;
    case "str":
      out.push(expr.text);
      return;
    case "bound":
      write(expr.template, home, out, expr.env);
      return;
    case "slot": {
      if (slots) {
        const marker = `\u0000slot${expr.index}\u0000`;
        slots.set(marker, expr.index);
        out.push(marker);
      } else write(env[expr.index], home, out, NO_ENV);
      return;
    }
    case "ref":
    case "cell":
      if (expr.ref.sheet !== home) out.push(quoteSheet(expr.ref.sheet), "!");
      out.push(columnName(expr.ref.col), String(expr.ref.row));
      return;
    case "op": {
      const p = PRECEDENCE[expr.op];
      const l = expr.left;
      const r = expr.right;
      const lp = l.kind === "op" && PRECEDENCE[l.op] < p;
      const rp =
        r.kind === "op" &&
        (PRECEDENCE[r.op] < p || (PRECEDENCE[r.op] === p && (expr.op === "-" || expr.op === "/" || p === 1)));
      if (lp) out.push("(");
      write(l, home, out, env, slots);
      out.push(lp ? ")" + expr.op : expr.op);
      if (rp) out.push("(");
      write(r, home, out, env, slots);
      if (rp) out.push(")");
      return;
    }
    case "call":
      out.push(expr.fn, "(");
      for (let i = 0; i < expr.args.length; i++) {
        if (i) out.push(",");
        write(expr.args[i], home, out, env, slots);
      }
      out.push(")");
      return;
  }
}

// ---------------------------------------------------------------- compiling a rule

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
}

/** Value and formula of a rule (a template with its `env`, or a plain tree) for a cell on sheet `home`. */
export function compile(expr: Expr, home: string, env: Env = NO_ENV): Compiled {
  let value: Decimal | null = null;
  let error: string | undefined;
  try {
    const v = evaluate(expr, env);
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
  return result;
}

/** Shared by every rule without inputs to convert; frozen, since it is shared. */
const NO_NORMALIZES: InputNormalization[] = Object.freeze([]) as unknown as InputNormalization[];

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

/** Formula text compared the way Excel sees it: no leading "=", no spaces or $ outside strings, upper case. */
export function canonicalFormula(formula: string | undefined | null): string {
  if (!formula) return "";
  let out = "";
  let inString = false;
  for (const ch of formula.replace(/^\s*=/, "")) {
    if (ch === '"') inString = !inString;
    if (inString || ch === '"') out += ch;
    else if (ch !== " " && ch !== "$") out += ch.toUpperCase();
  }
  return out;
}
