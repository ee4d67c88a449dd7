// Asking WPS about whole areas instead of cells. `NumberFormat` and `MergeCells` give one answer for a range whose
// cells agree and null where they differ, so an area is asked once and, only where its cells differ, cut in two
// in two and each half asked again. The questions asked grow with the number of regions that differ
// (number formats, merged areas) and with the logarithm of their size, never with the number of cells.
import { Area } from "../../core/grid/address";

/** An area and WPS's one answer for all its cells. */
export interface Answered<T> {
  area: Area;
  value: T;
}

/**
 * How an area is cut: across its longer side (merged areas, which run along rows as often as down columns), or
 * into columns first (number formats, which in a table mostly change from column to column and stay down it).
 */
export type Cut = "longer" | "columns";

/** The two halves of an area of more than one cell. */
export function halves(area: Area, cut: Cut = "longer"): [Area, Area] {
  const rows = area.bottom - area.top + 1;
  const cols = area.right - area.left + 1;
  if (cut === "columns" ? cols === 1 : rows >= cols) {
    const mid = area.top + (rows >> 1) - 1;
    return [
      { ...area, bottom: mid },
      { ...area, top: mid + 1 },
    ];
  }
  const mid = area.left + (cols >> 1) - 1;
  return [
    { ...area, right: mid },
    { ...area, left: mid + 1 },
  ];
}

/**
 * Every part of `area` with one answer. `ask` queries WPS; `matters` says whether an area needs an answer at all
 * (an area of empty cells does not need a number format); `first` is the answer for the whole area when the caller
 * already has it. An answer that is an array (a WPS that answers cell by cell) is taken per cell.
 */
export function probe<T>(
  area: Area,
  ask: (area: Area) => unknown,
  matters: (area: Area) => boolean,
  first?: unknown,
  cut: Cut = "longer",
): Answered<T>[] {
  const out: Answered<T>[] = [];
  const walk = (a: Area, known?: unknown): void => {
    if (!matters(a)) return;
    const answer = known !== undefined ? known : ask(a);
    if (Array.isArray(answer)) {
      perCell(a, answer, out);
      return;
    }
    if (answer !== null && answer !== undefined) {
      out.push({ area: a, value: answer as T });
      return;
    }
    if (a.top === a.bottom && a.left === a.right) return; // a single cell without an answer has none to give
    for (const half of halves(a, cut)) walk(half);
  };
  walk(area, first);
  return out;
}

function perCell<T>(area: Area, answer: unknown[], out: Answered<T>[]): void {
  const rows = Array.isArray(answer[0]) ? (answer as unknown[][]) : [answer];
  rows.forEach((row, i) =>
    row.forEach((value, j) => {
      const r = area.top + i;
      const c = area.left + j;
      if (value !== null && value !== undefined)
        out.push({ area: { top: r, left: c, bottom: r, right: c }, value: value as T });
    }),
  );
}

/** Counts of marked cells over a block, for "does this part of the block hold anything" in constant time. */
export class CellCounts {
  private readonly sums: Int32Array;
  private readonly width: number;

  constructor(
    private readonly block: Area,
    marked: (row: number, col: number) => boolean,
  ) {
    const rows = block.bottom - block.top + 1;
    this.width = block.right - block.left + 2;
    this.sums = new Int32Array((rows + 1) * this.width);
    for (let i = 1; i <= rows; i++)
      for (let j = 1; j < this.width; j++) {
        const own = marked(block.top + i - 1, block.left + j - 1) ? 1 : 0;
        this.sums[i * this.width + j] =
          own +
          this.sums[(i - 1) * this.width + j] +
          this.sums[i * this.width + j - 1] -
          this.sums[(i - 1) * this.width + j - 1];
      }
  }

  /** Marked cells in `area`, which lies within the block. */
  count(area: Area): number {
    const t = area.top - this.block.top;
    const l = area.left - this.block.left;
    const b = area.bottom - this.block.top + 1;
    const r = area.right - this.block.left + 1;
    const w = this.width;
    return this.sums[b * w + r] - this.sums[t * w + r] - this.sums[b * w + l] + this.sums[t * w + l];
  }
}
