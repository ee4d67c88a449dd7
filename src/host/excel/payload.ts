// Excel on the web refuses a request or a response over 5 MB. The host estimates what each queued read or write
// adds to a sync and starts a new sync when the next item would pass the budget. Below the budget a whole read or
// a whole plan is one batch per phase, so the number of syncs does not grow with the number of tables.

/** Stays clear of the 5 MB limit: the estimates below are rough and the JSON envelope adds its own bytes. */
export const DEFAULT_PAYLOAD_BUDGET = 4 * 1024 * 1024;

/** A cell read as values, formulas, numberFormat and valueTypes: four short JSON strings or numbers. */
export const READ_BYTES_PER_CELL = 100;

/** One queued action (object path, method, arguments) before its own text. */
const ACTION_BYTES = 160;

/** Bytes `text` takes in a JSON request, counting every non-ASCII character as a `\uXXXX` escape. */
export function textBytes(text: string | null | undefined): number {
  if (!text) return 0;
  let n = text.length;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) n += 5;
  return n + 2;
}

export function valueBytes(value: unknown): number {
  return typeof value === "string" ? textBytes(value) : 24;
}

/** `count` queued actions, each carrying the given text. */
export function actionBytes(count: number, ...texts: (string | null | undefined)[]): number {
  return count * ACTION_BYTES + texts.reduce((n, t) => n + textBytes(t), 0);
}

/** Splits items, in order, into groups whose estimated size stays within `budget` (an item larger than the budget goes alone). */
export function packByBudget<T>(items: readonly T[], sizeOf: (item: T) => number, budget: number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    const s = sizeOf(item);
    if (current.length && size + s > budget) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += s;
  }
  if (current.length) groups.push(current);
  return groups;
}
