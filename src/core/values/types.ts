import Decimal from "decimal.js";

export type Comparator = "≥" | ">" | "=" | "≤" | "<";

/** A number read from a cell, with what was around it: `≥50个` → 50, unit 个, comparator ≥. */
export interface Quantity {
  value: Decimal;
  /** Unit text as written (万美元, 个, 亿元, %), "" for none. A percent-formatted number has unit "%". */
  unit: string;
  comparator?: Comparator;
  /** True when the value is a percentage in percent units (value 93 for 93 %). */
  percent: boolean;
}

/** What reading a cell gave. Never guesses silently: anything doubtful is `invalid` with a reason. */
export type Reading =
  | { kind: "empty" }
  | { kind: "number"; quantity: Quantity }
  /** Text that is not a number (有效保障, 不适用, 达标). */
  | { kind: "text"; text: string }
  /** Looks like a number but cannot be read safely (7.50., 1,2,3). `reason` is Chinese. */
  | { kind: "invalid"; text: string; reason: string };
