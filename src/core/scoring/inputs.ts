// The entered cells of one workbook, each read once. An input is a cell's typed value (values/entry.ts) together
// with the leaf it is in a rule's expression: its value as the sheet will hold it once numbers typed as text are
// converted, and whether a formula can reference it at all. Scoring reads every cell it uses through one `Inputs`;
// the score hands that reader on (WorkbookScore.inputs), so the checks, the drafts and the report take the same
// typed values instead of reading the cells again.
import Decimal from "decimal.js";
import { CellValue } from "../grid/grid";
import { Field, Indicator } from "../layout/model";
import { EMPTY_ENTRY, Entry, entryOf } from "../values/entry";
import { normalizeParts } from "../values/normalize";
import { numberQuantity, readCell, readingOf, textParts } from "../values/read-cell";
import { Quantity } from "../values/types";
import { Expr, Value, num } from "./expr";

export interface Input {
  field: Field;
  entry: Entry;
  /** The number as it reads (93 for 93 %), null when the entry is no number. */
  quantity: Quantity | null;
  /** The leaf: a reference whose value is what the sheet holds (a fraction for a percentage). */
  expr: Expr;
}

/** The reader of one workbook's entered cells: each field is read the first time it is asked for. */
export class Inputs {
  private readonly read = new Map<Field, Input>();

  of(field: Field): Input {
    let inp = this.read.get(field);
    if (!inp) this.read.set(field, (inp = readInput(field)));
    return inp;
  }

  /** The entry of `field`; empty where the table has no such cell. */
  entry(field: Field | undefined): Entry {
    return field ? this.of(field).entry : EMPTY_ENTRY;
  }

  /** The weight of a row: its 分值 cell, or the points of a label over it alone (`效益指标(30分)`), else none. */
  weight(indicator: Indicator): Input | null {
    if (indicator.weight) return this.of(indicator.weight);
    const label = indicator.labelWeight;
    if (!label) return null;
    const value = new Decimal(label.points);
    const quantity: Quantity = { value, unit: "", percent: false };
    return { field: label.field, entry: { kind: "number", quantity, value }, quantity, expr: num(value) };
  }
}

function readInput(field: Field): Input {
  const ref = field.ref;
  if (typeof field.value === "string" && !field.error) return textInput(field, field.value);
  if (typeof field.value === "number" && !field.error && Number.isFinite(field.value)) {
    const { quantity, raw } = numberQuantity(field.value, field.numFmt);
    return { field, entry: { kind: "number", quantity, value: raw }, quantity, expr: { kind: "ref", ref, value: raw } };
  }
  // Nothing, TRUE/FALSE, an error value or a number that is not finite: no formula can use it but an empty one.
  const entry = entryOf(readCell(field));
  const value = asValue(field.value);
  const expr: Expr =
    entry.kind === "text" || entry.kind === "invalid"
      ? { kind: "ref", ref, value, unprintable: entry.why }
      : { kind: "ref", ref, value: null };
  return { field, entry, quantity: null, expr };
}

/** A cell holding text: parsed once, for both its entry and how to store it as a number. */
function textInput(field: Field, text: string): Input {
  const ref = field.ref;
  const parts = textParts(text);
  const reading = readingOf(text, parts);
  if (reading.kind !== "number" || parts === null || "reason" in parts) {
    const entry = entryOf(reading);
    const expr: Expr =
      entry.kind === "text" || entry.kind === "invalid"
        ? { kind: "ref", ref, value: text, unprintable: entry.why }
        : { kind: "ref", ref, value: null };
    return { field, entry, quantity: null, expr };
  }
  const quantity = reading.quantity;
  const normalized = normalizeParts(parts);
  const sheetValue = "reason" in normalized ? (quantity.percent ? quantity.value.div(100) : quantity.value) : null;
  const entry = entryOf(reading, sheetValue ?? (normalized as { value: Decimal }).value);
  if (!("reason" in normalized))
    return {
      field,
      entry,
      quantity,
      expr: {
        kind: "ref",
        ref,
        value: normalized.value,
        normalize: { field, value: normalized.value, numFmt: normalized.numFmt },
      },
    };
  return {
    field,
    entry,
    quantity,
    expr: { kind: "ref", ref, value: sheetValue, unprintable: `${normalized.reason}，因此写入数值而非公式` },
  };
}

/** A cell as a formula reads it where it is not an input of a rule (a score a total adds up, a text compared as
 *  text): its value as it stands, a number as a decimal. */
export function cellLeaf(field: Field): Expr {
  return { kind: "ref", ref: field.ref, value: asValue(field.value) };
}

function asValue(v: CellValue): Value {
  return typeof v === "number" ? new Decimal(v) : v;
}
