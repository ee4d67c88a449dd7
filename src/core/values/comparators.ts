// Comparator words as data: how people write "at least" and "at most" in targets (≥50个, 不低于90%, 50列以上).
import { Comparator } from "./types";

/** Leading comparators, longest first so 大于等于 wins over 大于. */
export const LEADING_COMPARATORS: ReadonlyArray<[string, Comparator]> = [
  [">=", "≥"],
  ["<=", "≤"],
  ["≥", "≥"],
  ["≧", "≥"],
  ["⩾", "≥"],
  ["≤", "≤"],
  ["≦", "≤"],
  ["⩽", "≤"],
  [">", ">"],
  ["<", "<"],
  ["=", "="],
  // Forms print these for 等于 too (云南: ﹦ in the 指标性质 column).
  ["﹦", "="],
  ["═", "="],
  ["大于等于", "≥"],
  ["大于或等于", "≥"],
  ["小于等于", "≤"],
  ["小于或等于", "≤"],
  ["不低于", "≥"],
  ["不少于", "≥"],
  ["不小于", "≥"],
  ["不高于", "≤"],
  ["不超过", "≤"],
  ["不多于", "≤"],
  ["不大于", "≤"],
  ["大于", ">"],
  ["高于", ">"],
  ["超过", ">"],
  ["多于", ">"],
  ["小于", "<"],
  ["低于", "<"],
  ["少于", "<"],
  ["等于", "="],
];

/** Trailing words after the unit: 50列以上, 90%以内. */
export const TRAILING_COMPARATORS: ReadonlyArray<[string, Comparator]> = [
  ["及以上", "≥"],
  ["以上", "≥"],
  ["及以下", "≤"],
  ["以下", "≤"],
  ["以内", "≤"],
  // A deadline: 9月前, 11月以前 (at most the 9th month).
  ["以前", "≤"],
  ["前", "≤"],
];

const LONGEST_FIRST = [...LEADING_COMPARATORS].sort((a, b) => b[0].length - a[0].length);
const NONE = { length: 0 } as const;

/** Splits a leading comparator off `text` (already trimmed). */
export function leadingComparator(text: string): { comparator?: Comparator; length: number } {
  if (text === "" || /^[\d+\-.]/.test(text)) return NONE;
  for (const [word, comparator] of LONGEST_FIRST) if (text.startsWith(word)) return { comparator, length: word.length };
  return NONE;
}

/** Splits a trailing comparator word off `text` (already trimmed). */
export function trailingComparator(text: string): { comparator?: Comparator; length: number } {
  for (const [word, comparator] of TRAILING_COMPARATORS)
    if (text.endsWith(word)) return { comparator, length: word.length };
  return { length: 0 };
}
