// A rule's result with its explanation: the reason of the branch the rule took (`because` in its tree), its
// `{name}`s filled with the rule's figures (numbers in it are shown by values/show.ts).
import Decimal from "decimal.js";
import { Compiled, Facts, Reason } from "./expr";
import { Computed, InputNormalization } from "./types";

/**
 * A rule's result whose explanation is written on first read. Recalculation never reads explanations and a
 * report reads each once, while writing one (several decimal-to-text conversions) costs about a tenth of scoring.
 * A class, not an object literal with a getter: V8 keeps such literals as dictionaries several times the size, and
 * a workbook has hundreds of these. The getter lives on the prototype, so copy fields by name (as the report does)
 * rather than spreading; JSON goes through `toJSON` and keeps the text. Kept: eager explanations allocate 21 % more
 * per scoring run (1.2–1.35× the time), a literal with a getter 5 % more (1.03–1.18×) (issue 18).
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

/** `reason` with each `{name}` replaced by `facts[name]`. */
export function say(reason: Reason, facts: Facts): string {
  return reason.replace(/\{([A-Za-z]+)\}/g, (_, name: string) => facts[name] ?? "");
}

/** A rule's result, explained by the reason of the branch it took, with the figures `facts` names (worked out on
 *  first read, like the explanation); `otherwise` where it took none (it ran into an Excel error). */
export function explained(compiled: Compiled, ruleId: string, facts: () => Facts, otherwise = ""): RuleResult {
  const reason = compiled.reason ?? otherwise;
  return new RuleResult(compiled, ruleId, () => say(reason, facts()));
}
