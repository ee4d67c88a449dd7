// The tree a rule is written as, and the builders rules are written with. One tree, three readers: it evaluates in
// decimal arithmetic with Excel's semantics (evaluate.ts), prints as the Excel formula that computes the same thing
// from the sheet's own cells (print.ts), and compiles to both at once (compile.ts). The value and the formula
// therefore cannot drift apart.
//
// A rule used for hundreds of rows (an indicator's score) is built once as a template whose inputs are slots;
// each row binds the slots to its own cells (`env`). Evaluating and printing walk the same template.
import Decimal from "decimal.js";
import { CellRef, sameRef } from "../../grid/address";
import { Field } from "../../layout/model";

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
  | { kind: "bound"; template: Expr; env: Env }
  /** `body`, with the words that explain why the rule came to it (see `because`). */
  | { kind: "because"; reason: Reason; body: Expr };

/** The inputs a template's slots stand for, in slot order. */
export type Env = readonly Expr[];
export const NO_ENV: Env = [];

/**
 * Why a rule gives what it gives: Chinese text in which `{name}` stands for a figure of the rule (a cell's number
 * as written, the result), filled in from the `Facts` the rule's user names (see `explain.ts`).
 */
export type Reason = string;
export type Facts = Readonly<Record<string, string>>;

/** An Excel error value met while evaluating; rules guard against all of them, so one means a bug in a rule. */
export class ExcelError extends Error {
  constructor(readonly code: "#DIV/0!" | "#VALUE!") {
    super(code);
  }
}

/** What a filled cell will hold, and whether the plan writes it at all (else why not). */
export interface CellOutcome {
  value: Value | ExcelError;
  written: boolean;
  blocker?: string;
}

export function num(value: Decimal.Value): Expr {
  const d = new Decimal(value);
  const text = d.toFixed();
  return { kind: "num", value: d, text: d.isNeg() ? `(${text})` : text, number: d.toNumber() };
}
export const slot = (index: number): Expr => ({ kind: "slot", index });
export const bound = (template: Expr, env: Env): Expr => ({ kind: "bound", template, env });
export const str = (value: string): Expr => ({ kind: "str", value, text: `"${value.replace(/"/g, '""')}"` });

/** `body`, taken because of `reason`: evaluating the rule tells which reason its value came from (the innermost
 *  one met), so the explanation is the branch the rule took, not a second copy of its conditions. The formula
 *  does not show it. */
export const because = (reason: Reason, body: Expr): Expr => ({ kind: "because", reason, body });

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

/** `body`, or "" while any referenced input is empty or not a number (so no #VALUE! ever shows); `missing` says
 *  why there is no result then. */
export function whenNumbers(inputs: Expr[], body: Expr, missing?: Reason): Expr {
  const refs = inputs.filter((e) => e.kind === "ref" || e.kind === "cell" || e.kind === "slot");
  const unique = refs.filter((e, i) => refs.findIndex((f) => sameInput(e, f)) === i);
  if (unique.length === 0) return body;
  return iff(lt(count(...unique), num(unique.length)), missing === undefined ? BLANK : because(missing, BLANK), body);
}

function sameInput(a: Expr, b: Expr): boolean {
  if (a.kind === "slot" || b.kind === "slot") return a.kind === "slot" && b.kind === "slot" && a.index === b.index;
  if ((a.kind !== "ref" && a.kind !== "cell") || (b.kind !== "ref" && b.kind !== "cell")) return false;
  return sameRef(a.ref, b.ref);
}
