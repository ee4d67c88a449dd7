// The merged areas of a sheet without visiting its cells one by one. A merged area shows its value in its top-left
// cell; its other cells are empty. So after the sheet's values are read, the runs of empty cells in each row are
// asked about: `Range.MergeCells` answers false (no merged cell in the run), true (every cell of it is merged) or
// null (some are). Where it is true, the first cell's `MergeArea` names the merged area, whose other cells (below,
// and to the right) are then known and not asked about again; where it is null the run is cut in two. Then the
// cells that hold something are asked about in blocks, for a merged area whose other cells a file filled (WPS shows
// only the top-left one), which has no empty run to be found by; in a sheet without such areas each block answers
// false at once. A sheet without merged cells costs one question; otherwise each merged area costs three calls and
// each empty run and each block one question (two calls), so the cost grows with the merged areas and the gaps in
// the rows, not with the cells. A WPS that answers `MergeCells` cell by cell (an array) is taken at its word: one
// `MergeArea` per merged area.
import { Area, a1, areaA1, areaContains } from "../../core/grid/address";
import { EtWorksheet } from "./api";
import { areaOf } from "./addresses";
import { halves } from "./probe";

/**
 * The merged areas over `area`; `first` is `MergeCells` of the whole area when the caller has it, `isEmpty` says
 * which cells hold nothing (as read from `Value2` and `Formula`).
 */
export function mergedAreas(
  worksheet: EtWorksheet,
  area: Area,
  first: unknown,
  isEmpty: (row: number, col: number) => boolean,
): Area[] {
  const found: Area[] = [];
  const covered = (row: number, col: number) => found.some((m) => areaContains(m, row, col));
  const mergeAt = (row: number, col: number): void => {
    if (covered(row, col)) return;
    const merge = areaOf(worksheet.Range(a1(row, col)).MergeArea.Address(false, false));
    if (merge && (merge.bottom > merge.top || merge.right > merge.left)) found.push(merge);
  };

  const answer = first !== undefined ? first : worksheet.Range(areaA1(area)).MergeCells;
  if (answer === false) return [];
  if (Array.isArray(answer)) {
    answer.forEach((row: unknown, i) =>
      (Array.isArray(row) ? row : [row]).forEach((merged, j) => {
        if (merged === true) mergeAt(area.top + i, area.left + j);
      }),
    );
    return sorted(found);
  }

  // An area, all of whose cells are merged (known true) or to be asked about.
  const walk = (a: Area, known?: true): void => {
    const reply = known ?? worksheet.Range(areaA1(a)).MergeCells;
    if (reply === true) {
      mergeAt(a.top, a.left);
      const merge = found.find((m) => areaContains(m, a.top, a.left));
      if (!merge) return;
      // The merge covers the area's top-left corner; the rest of the area is its right part and its lower part.
      const bottom = Math.min(merge.bottom, a.bottom);
      if (merge.right < a.right) walk({ top: a.top, left: merge.right + 1, bottom, right: a.right }, true);
      if (bottom < a.bottom) walk({ ...a, top: bottom + 1 }, true);
      return;
    }
    if (reply === false || (a.top === a.bottom && a.left === a.right)) return;
    for (const half of halves(a)) walk(half);
  };
  // The empty runs of each row: where merged areas show.
  for (let row = area.top; row <= area.bottom; row++) {
    let col = area.left;
    while (col <= area.right) {
      if (!isEmpty(row, col) || covered(row, col)) {
        col++;
        continue;
      }
      let end = col;
      while (end < area.right && isEmpty(row, end + 1) && !covered(row, end + 1)) end++;
      walk({ top: row, left: col, bottom: row, right: end });
      col = end + 1;
    }
  }
  // Then the cells that hold something, in blocks: a file may keep values in the other cells of a merged area
  // (WPS shows them only in the top-left one), and such an area has no empty run to find it by.
  for (const block of blocksOf(area, (r, c) => !isEmpty(r, c) && !covered(r, c))) walk(block);
  return sorted(found);
}

/** The marked cells as blocks: each column's runs of consecutive marked cells, joined with runs beside them. */
function blocksOf(area: Area, marked: (row: number, col: number) => boolean): Area[] {
  const blocks: Area[] = [];
  let previous: Area[] = [];
  for (let col = area.left; col <= area.right; col++) {
    const runs: Area[] = [];
    for (let row = area.top; row <= area.bottom; row++) {
      if (!marked(row, col)) continue;
      const last = runs[runs.length - 1];
      if (last && last.bottom === row - 1) last.bottom = row;
      else runs.push({ top: row, left: col, bottom: row, right: col });
    }
    const current: Area[] = [];
    for (const run of runs) {
      const beside = previous.find((b) => b.top === run.top && b.bottom === run.bottom);
      if (beside) {
        beside.right = col;
        current.push(beside);
      } else {
        blocks.push(run);
        current.push(run);
      }
    }
    previous = current;
  }
  return blocks;
}

/** Row by row, so the order does not depend on the order they were found in. */
function sorted(merges: Area[]): Area[] {
  return merges.sort((x, y) => x.top - y.top || x.left - y.left);
}
