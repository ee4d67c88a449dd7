// Which rows owe a 偏差原因, with the facts a draft is written from: target, actual, completion, points lost, and
// what the reason cell holds now (a person's text is theirs; an unfinished draft of ours may be replaced).
import Decimal from "decimal.js";
import { refA1 } from "../grid/address";
import { EvalTable, Field, Indicator } from "../layout/model";
import { Direction, IndicatorScore, QualitativeTier, WorkbookScore } from "../scoring/types";
import { shownText } from "../values/show";
import { Quantity } from "../values/types";
import { ReasonKind, countedScore, reasonKind } from "./kind";
import { hasPlaceholder } from "./placeholders";

export type { ReasonKind } from "./kind";

export interface ReasonFacts {
  /** 三级指标 name as shown, "" for a row without one. */
  name: string;
  direction: Direction;
  /** The target and actual cells as a person sees them. */
  target: string;
  actual: string;
  targetQuantity: Quantity | null;
  actualQuantity: Quantity | null;
  /** Actual ÷ target as a fraction (0.821 for 82.10 %), null where either is not a number or the target is 0. */
  completion: Decimal | null;
  weight: Decimal | null;
  /** The rule's score, or the person's where the rule leaves it to judgment; null when unknown. */
  score: Decimal | null;
  /** weight − score, null when either is unknown. */
  pointsLost: Decimal | null;
  tier?: QualitativeTier;
}

export interface ReasonNeed {
  table: EvalTable;
  indicator: Indicator;
  kind: ReasonKind;
  facts: ReasonFacts;
  /** The 偏差原因 cell; absent where the form has no 偏差原因 column (the draft is shown to copy, never written). */
  reason?: Field;
  /** `Sheet!A1` of the reason cell, or of the indicator's name where there is none: the key of a choice. */
  cell: string;
  /** What the reason cell holds now, "" when empty. */
  text: string;
  /** The cell holds a person's text (anything but nothing or an unfinished draft of ours). */
  hasPersonText: boolean;
  /** The cell holds a draft of ours that still has a placeholder. */
  hasDraft: boolean;
}

export function reasonNeeds(score: WorkbookScore): ReasonNeed[] {
  const out: ReasonNeed[] = [];
  for (const t of score.tables) {
    if (t.kind === "basic") continue;
    for (const s of t.indicators) {
      const kind = reasonKind(s);
      const reason = s.indicator.reason;
      if (!kind) continue;
      const text = reason ? cellText(reason) : "";
      const hasDraft = text !== "" && hasPlaceholder(text);
      const need: ReasonNeed = {
        table: t.table,
        indicator: s.indicator,
        kind,
        facts: factsOf(s),
        cell: refA1((reason ?? s.indicator.name).ref),
        text,
        hasPersonText: !!reason && (text !== "" || !!reason.formula || !!reason.error) && !hasDraft,
        hasDraft,
      };
      if (reason) need.reason = reason;
      out.push(need);
    }
  }
  return out;
}

function cellText(field: Field): string {
  if (typeof field.value === "string") return field.value.trim() === "" ? "" : field.value;
  if (field.value === null || field.value === undefined) return "";
  return field.text || String(field.value);
}

function shown(field: Field | undefined): string {
  return shownText(field).trim();
}

export function factsOf(s: IndicatorScore): ReasonFacts {
  const ind = s.indicator;
  const target = s.target;
  const actual = s.actual;
  const completion = target && actual && !target.value.isZero() ? actual.value.div(target.value) : null;
  const score = countedScore(s);
  const facts: ReasonFacts = {
    name: shown(ind.name),
    direction: s.direction,
    target: shown(ind.target),
    actual: shown(ind.actual),
    targetQuantity: target,
    actualQuantity: actual,
    completion,
    weight: s.weight,
    score,
    pointsLost: score !== null && s.weight !== null ? Decimal.max(s.weight.minus(score), 0) : null,
  };
  if (s.tier) facts.tier = s.tier;
  return facts;
}
