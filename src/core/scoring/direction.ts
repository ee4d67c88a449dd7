// Which way an indicator counts, in the order of evidence of RULES.md: 不适用; a 指标性质 column; a comparator in
// the target text; a non-numeric target (qualitative); else positive, noting when the name suggests reverse.
import { Indicator } from "../layout/model";
import { Direction } from "./types";
import { Comparator, Reading } from "../values/types";
import { NATURE_WORDS, NOT_APPLICABLE, POSITIVE_OVERRIDES, REVERSE_HINTS, normalizeWord } from "./words";

export interface DirectionDecision {
  direction: Direction;
  guessed: boolean;
  nameSuggestsReverse: boolean;
}

const BY_COMPARATOR: Record<Comparator, Direction> = {
  "≥": "positive",
  ">": "positive",
  "=": "equal",
  "≤": "reverse",
  "<": "reverse",
};

export function isNotApplicable(indicator: Indicator): boolean {
  for (const f of [indicator.name, indicator.target, indicator.actual, indicator.nature])
    if (f && typeof f.value === "string" && NOT_APPLICABLE.test(f.value)) return true;
  return false;
}

export function nameSuggestsReverse(name: string): boolean {
  // the hints are Chinese words, which NFKC leaves alone: dropping spaces is enough
  const n = name.replace(/\s+/g, "");
  return REVERSE_HINTS.some((w) => n.includes(w)) && !POSITIVE_OVERRIDES.some((w) => n.includes(w));
}

/** The decisions that are not guesses, shared: a workbook decides hundreds of rows. */
const DECIDED = new Map<Direction, DirectionDecision>();
function decided(direction: Direction): DirectionDecision {
  let d = DECIDED.get(direction);
  if (!d) DECIDED.set(direction, (d = Object.freeze({ direction, guessed: false, nameSuggestsReverse: false })));
  return d;
}

export function decideDirection(indicator: Indicator, target: Reading, actual: Reading): DirectionDecision {
  if (isNotApplicable(indicator)) return decided("notApplicable");
  const nature = indicator.nature ? normalizeWord(indicator.nature.text || String(indicator.nature.value ?? "")) : "";
  if (nature !== "") {
    for (const [pattern, direction] of NATURE_WORDS) if (pattern.test(nature)) return decided(direction);
  }
  if (target.kind === "number" && target.quantity.comparator) return decided(BY_COMPARATOR[target.quantity.comparator]);
  if (target.kind === "text") return decided("qualitative");
  if (target.kind === "empty" && actual.kind === "text") return decided("qualitative");
  const name = indicator.name.text || String(indicator.name.value ?? "");
  return { direction: "positive", guessed: true, nameSuggestsReverse: nameSuggestsReverse(name) };
}
