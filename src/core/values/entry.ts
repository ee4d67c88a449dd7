// What a person entered in a cell, as one typed value: nothing, a number (as it reads, `93%`, and as the sheet
// holds it, 0.93), or text that is no usable number, with why in Chinese. Scoring reads each input cell into an
// Entry once (scoring/inputs.ts); the checks, the drafts of 偏差原因 and the report take the same value from there.
import Decimal from "decimal.js";
import { CellData } from "../grid/grid";
import { ShownCell } from "./read-cell";
import { Quantity, Reading } from "./types";

export type Entry =
  | { kind: "empty" }
  /** `value` is the number the sheet holds: a fraction for a percentage (0.93 for 93 %), as formulas see it. */
  | { kind: "number"; quantity: Quantity; value: Decimal }
  /** Text that is not a number (完成, 达标); `why` says so in Chinese. */
  | { kind: "text"; text: string; why: string }
  /** Looks like a number but cannot be read safely (7.50., an error value). */
  | { kind: "invalid"; text: string; reason: string; why: string };

/** An entry that holds something, but no usable number. */
export type BadEntry = Extract<Entry, { kind: "text" | "invalid" }>;

export const EMPTY_ENTRY: Entry = Object.freeze({ kind: "empty" });

/** The entry of a cell from its reading; `sheetValue` is what the sheet holds for a number (see `Entry`). */
export function entryOf(reading: Reading, sheetValue?: Decimal): Entry {
  switch (reading.kind) {
    case "empty":
      return EMPTY_ENTRY;
    case "number": {
      const q = reading.quantity;
      return { kind: "number", quantity: q, value: sheetValue ?? (q.percent ? q.value.div(100) : q.value) };
    }
    case "text":
      return { kind: "text", text: reading.text, why: `「${reading.text}」不是数字` };
    case "invalid":
      return { kind: "invalid", text: reading.text, reason: reading.reason, why: reading.reason };
  }
}

export function isBad(e: Entry): e is BadEntry {
  return e.kind === "text" || e.kind === "invalid";
}

/** The number of an entry as the sheet holds it, null when it is none. */
export function numberIn(e: Entry): Decimal | null {
  return e.kind === "number" ? e.value : null;
}

/**
 * An entered rate as a fraction. A percent cell or text ("93.81%") holds a fraction already; a plain number above
 * 10 (no rate is 1000 %) was typed in percent units without the % sign ("93.81" in a General cell).
 */
export function rateIn(e: Entry): Decimal | null {
  if (e.kind !== "number") return null;
  if (!e.quantity.percent && e.value.abs().gt(10)) return e.value.div(100);
  return e.value;
}

/** Whether a cell holds nothing a person typed: no value (or only spaces), no formula, no error. */
export function isBlank(cell: (ShownCell & Pick<CellData, "formula">) | undefined): boolean {
  if (!cell) return true;
  if (cell.formula || cell.error) return false;
  const v = cell.value;
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}
