// What a person entered in a cell, as the number the sheet holds (a fraction for a percentage), and how entered
// figures are compared with computed ones: a difference within the profile's tolerance — or one that is only the
// rounding of the computed value to the places the sheet shows — is not a finding.
import Decimal from "decimal.js";
import { Field } from "../layout/model";
import { readCell } from "../values/read-cell";
import { Quantity } from "../values/types";

export type Entry =
  | { kind: "empty" }
  | { kind: "number"; value: Decimal; quantity: Quantity }
  /** Text, an error value or a doubtful number: `why` is Chinese. */
  | { kind: "bad"; text: string; why: string };

const EMPTY: Entry = { kind: "empty" };

/** The entry of `field`; empty where the table has no such cell. */
export function entry(field: Field | undefined): Entry {
  if (!field) return EMPTY;
  const reading = readCell(field);
  switch (reading.kind) {
    case "empty":
      return EMPTY;
    case "number": {
      const q = reading.quantity;
      const value = typeof field.value === "number" ? new Decimal(field.value) : q.percent ? q.value.div(100) : q.value;
      return { kind: "number", value, quantity: q };
    }
    case "text":
      return { kind: "bad", text: reading.text, why: `「${reading.text}」不是数字` };
    case "invalid":
      return { kind: "bad", text: reading.text, why: reading.reason };
  }
}

export function numberOf(field: Field | undefined): Decimal | null {
  const e = entry(field);
  return e.kind === "number" ? e.value : null;
}

/**
 * An entered rate as a fraction. A percent cell or text ("93.81%") holds a fraction already; a plain number above
 * 10 (no rate is 1000 %) was typed in percent units without the % sign ("93.81" in a General cell).
 */
export function rateOf(field: Field | undefined): Decimal | null {
  const e = entry(field);
  if (e.kind !== "number") return null;
  if (!e.quantity.percent && e.value.abs().gt(10)) return e.value.div(100);
  return e.value;
}

/** Whether `entered` differs from `computed` by more than `tolerance`, both as it stands and once `computed` is
 *  rounded to `places` (the places the sheet shows: 2 for scores and money, 4 for a rate as a fraction). */
export function differs(entered: Decimal, computed: Decimal, tolerance: Decimal, places: number): boolean {
  const rounded = computed.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  return entered.minus(computed).abs().gt(tolerance) && entered.minus(rounded).abs().gt(tolerance);
}

/** The text a person sees in the cell, for messages. */
export function shownText(field: Field | undefined): string {
  if (!field) return "";
  if (field.error) return field.error;
  if (field.text) return field.text;
  return field.value === null || field.value === undefined ? "" : String(field.value);
}

/** Whether the cell holds nothing a person typed (no value, no formula, no error). */
export function isBlank(field: Field | undefined): boolean {
  if (!field) return true;
  if (field.formula || field.error) return false;
  return (
    field.value === null || field.value === undefined || (typeof field.value === "string" && field.value.trim() === "")
  );
}
