// An input cell as a leaf of a rule's expression: its value as the sheet will hold it once numbers typed as text
// are converted, and whether a formula can reference it at all.
import Decimal from "decimal.js";
import { refA1 } from "../grid/address";
import { Field } from "../layout/model";
import { normalizeParts } from "../values/normalize";
import { numberQuantity, readCell, readingOf, textParts } from "../values/read-cell";
import { Quantity, Reading } from "../values/types";
import { CellValue } from "../grid/grid";
import { Expr, Value, num } from "./expr";
import { InputProblem } from "./types";

export interface Input {
  field: Field;
  reading: Reading;
  quantity: Quantity | null;
  /** The leaf: a reference whose value is what the sheet holds (a fraction for a percentage). */
  expr: Expr;
}

export function input(field: Field): Input {
  const ref = field.ref;
  if (typeof field.value === "string" && !field.error) return textInput(field, field.value);
  if (typeof field.value === "number" && !field.error && Number.isFinite(field.value)) {
    const { quantity, raw } = numberQuantity(field.value, field.numFmt);
    return { field, reading: { kind: "number", quantity }, quantity, expr: { kind: "ref", ref, value: raw } };
  }
  const reading = readCell(field);
  switch (reading.kind) {
    case "empty":
      return { field, reading, quantity: null, expr: { kind: "ref", ref, value: null } };
    case "text":
      // a figure that must be a number is text (完成, 达标): no formula can use it
      return {
        field,
        reading,
        quantity: null,
        expr: {
          kind: "ref",
          ref,
          value: asValue(field.value),
          unprintable: `「${reading.text}」不是数字`,
        },
      };
    case "invalid":
      return {
        field,
        reading,
        quantity: null,
        expr: { kind: "ref", ref, value: asValue(field.value), unprintable: reading.reason },
      };
    case "number": {
      const quantity = reading.quantity;
      if (typeof field.value === "number") {
        const sheetValue = quantity.percent ? new Decimal(field.value) : quantity.value;
        return { field, reading, quantity, expr: { kind: "ref", ref, value: sheetValue } };
      }
      // a number cell read from text never gets here: strings go through textInput
      return { field, reading, quantity, expr: { kind: "ref", ref, value: quantity.value } };
    }
  }
}

/** A cell holding text: parsed once, for both its reading and how to store it as a number. */
function textInput(field: Field, text: string): Input {
  const ref = field.ref;
  const parts = textParts(text);
  const reading = readingOf(text, parts);
  if (reading.kind !== "number" || parts === null || "reason" in parts) {
    const value = reading.kind === "empty" ? null : text;
    const why =
      reading.kind === "invalid" ? reading.reason : reading.kind === "text" ? `「${reading.text}」不是数字` : "";
    const expr: Expr = why ? { kind: "ref", ref, value, unprintable: why } : { kind: "ref", ref, value };
    return { field, reading, quantity: null, expr };
  }
  const quantity = reading.quantity;
  const normalized = normalizeParts(parts);
  if (!("reason" in normalized))
    return {
      field,
      reading,
      quantity,
      expr: {
        kind: "ref",
        ref,
        value: normalized.value,
        normalize: { field, value: normalized.value, numFmt: normalized.numFmt },
      },
    };
  const sheetValue = quantity.percent ? quantity.value.div(100) : quantity.value;
  return {
    field,
    reading,
    quantity,
    expr: { kind: "ref", ref, value: sheetValue, unprintable: `${normalized.reason}，因此写入数值而非公式` },
  };
}

/** A literal standing in for an input the table has no cell for (e.g. the profile's budget weight). */
export function literal(value: Decimal.Value): Expr {
  return num(value);
}

/** The problems of an input that must be a number (target, actual, weight, budget figures). */
export function numberProblems(inp: Input | undefined, label: string, where: string): InputProblem[] {
  if (!inp || inp.reading.kind === "number") return [];
  const at = refA1(inp.field.ref);
  switch (inp.reading.kind) {
    case "empty":
      return [{ code: "REQUIRED_EMPTY", field: inp.field, message: `${where}${label}未填写（${at}）` }];
    case "invalid":
      return [{ code: "NOT_A_NUMBER", field: inp.field, message: `${where}${label}${inp.reading.reason}（${at}）` }];
    case "text":
      return [
        {
          code: "NOT_A_NUMBER",
          field: inp.field,
          message: `${where}${label}「${inp.reading.text}」不是数字（${at}）`,
        },
      ];
    default:
      return [];
  }
}

function asValue(v: CellValue): Value {
  return typeof v === "number" ? new Decimal(v) : v;
}
