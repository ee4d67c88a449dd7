// How numbers appear in the Chinese explanations.
import Decimal from "decimal.js";
import { Quantity } from "../values/types";
import { Compiled } from "./expr";
import { Computed, InputNormalization } from "./types";

export function showNumber(d: Decimal): string {
  // toString is the cheaper of the two, and the same outside exponent notation
  return d.e > -7 && d.e < 21 ? d.toString() : d.toFixed();
}

export function showQuantity(q: Quantity): string {
  return showNumber(q.value) + (q.percent ? "%" : "");
}

export function showScore(d: Decimal | null): string {
  if (d === null) return "—";
  const places = d.decimalPlaces();
  if (places > 2 || d.e <= -7 || d.e >= 21 || d.isNeg()) return d.toFixed(2);
  const text = d.toString();
  return places === 2 ? text : places === 1 ? text + "0" : text + ".00";
}

/** A fraction as a percentage with 2 decimals: 0.9381 → 93.81%. */
export function showRate(d: Decimal | null): string {
  if (d === null) return "—";
  // A rate has 4 decimals: moving the point two places is all that is needed (cheaper than arithmetic)
  if (d.decimalPlaces() > 4 || d.isNeg() || d.e <= -7 || d.e >= 19) return d.times(100).toFixed(2) + "%";
  const [int, frac = ""] = d.toString().split(".");
  const digits = frac.padEnd(4, "0");
  const whole = (int + digits.slice(0, 2)).replace(/^0+(?=\d)/, "");
  return `${whole}.${digits.slice(2)}%`;
}

/**
 * A rule's result whose explanation is written on first read. Recalculation never reads explanations and a
 * report reads each once, while writing one (several decimal-to-text conversions) costs about a tenth of scoring.
 * A class, not an object literal with a getter: V8 keeps such literals as dictionaries several times the size, and
 * a workbook has hundreds of these. The getter lives on the prototype, so copy fields by name (as the report does)
 * rather than spreading; JSON goes through `toJSON` and keeps the text.
 */
export class RuleResult implements Computed {
  readonly value: Decimal | null;
  readonly formula: string | null;
  normalizes?: InputNormalization[];
  note?: string;
  private text: string | undefined = undefined;

  constructor(
    compiled: Compiled,
    readonly ruleId: string,
    private explain: (() => string) | null,
  ) {
    this.value = compiled.value;
    this.formula = compiled.formula;
    this.normalizes = compiled.normalizes.length ? compiled.normalizes : undefined;
    this.note = compiled.note !== undefined && compiled.value !== null ? compiled.note : undefined;
  }

  get explanation(): string {
    if (this.explain) {
      this.text = this.explain();
      this.explain = null;
    }
    return this.text ?? "";
  }

  toJSON(): Computed {
    const { value, formula, ruleId, explanation, normalizes, note } = this;
    return { value, formula, ruleId, explanation, normalizes, note };
  }
}
