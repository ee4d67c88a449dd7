// The merged areas of a sheet without visiting its cells. `Range.MergeCells` answers false (no merged cell in the
// range), true (every cell is part of some merged area) or null (some are); where it is true, the top-left cell's
// `MergeArea` names one merged area, and what of the range it does not cover is all merged too, so it is taken apart
// the same way without asking again. Where it is null the range is cut in two (probe.ts). Each merged area costs
// three calls; each region that mixes merged and plain cells a few questions per halving.
import { Area, a1, areaA1, areaContains, areasIntersect } from "../../core/grid/address";
import { EtWorksheet } from "./api";
import { areaOf } from "./addresses";
import { halves } from "./probe";

export function mergedAreas(worksheet: EtWorksheet, area: Area, first: unknown): Area[] {
  const found = new Map<string, Area>();
  const walk = (a: Area, known?: unknown): void => {
    const answer = known !== undefined ? known : worksheet.Range(areaA1(a)).MergeCells;
    if (answer === false) return;
    if (answer === true) {
      // The merge over the corner may be one already found from the other side of a cut.
      const merge =
        [...found.values()].find((m) => areaContains(m, a.top, a.left)) ??
        areaOf(worksheet.Range(a1(a.top, a.left)).MergeArea.Address(false, false));
      if (!merge || !areasIntersect(merge, a)) return;
      found.set(areaA1(merge), merge);
      // The merge covers the range's top-left corner; the rest of the range is its right part and its lower part.
      const bottom = Math.min(merge.bottom, a.bottom);
      const right = Math.min(merge.right, a.right);
      if (right < a.right) walk({ top: a.top, left: right + 1, bottom, right: a.right }, true);
      if (bottom < a.bottom) walk({ top: bottom + 1, left: a.left, bottom: a.bottom, right: a.right }, true);
      return;
    }
    if (a.top === a.bottom && a.left === a.right) return;
    for (const half of halves(a)) walk(half);
  };
  walk(area, first);
  // One cell "merged" with itself is no merged area. Row by row, so the order does not depend on the halving.
  return [...found.values()]
    .filter((m) => m.bottom > m.top || m.right > m.left)
    .sort((x, y) => x.top - y.top || x.left - y.left);
}
