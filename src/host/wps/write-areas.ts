// A plan's cell writes as rectangles, so that WPS is called once per area and not once per cell: the 得分 column of
// a table (G6:G12) is one `Range.Formula = [[…], …]`. Cells go into one area only when they are written alike (all
// given content, or all only a number format) and get the same number format, so one `NumberFormat` serves the area.
import { Area } from "../../core/grid/address";
import { CellWrite } from "../../core/plan/write-plan";

export interface WriteArea {
  sheet: string;
  area: Area;
  /** The writes, row by row: `writes[i][j]` is the cell (area.top + i, area.left + j). */
  writes: CellWrite[][];
}

/** What makes two writes go into one area. */
function kindOf(w: CellWrite): string {
  const content = w.formula !== undefined || w.value !== undefined ? "content" : "format";
  return `${content}\u0000${w.numFmt ?? ""}`;
}

interface Run {
  sheet: string;
  kind: string;
  col: number;
  top: number;
  writes: CellWrite[];
}

/**
 * The writes of a plan as areas: first each column's runs of consecutive rows written alike, then runs over the
 * same rows of neighbouring columns side by side. A cell the plan writes twice goes into an area of its own, after
 * the others, so the later write still wins as it would cell by cell.
 */
export function writeAreas(writes: readonly CellWrite[]): WriteArea[] {
  const seen = new Set<string>();
  const first: CellWrite[] = [];
  const again: CellWrite[] = [];
  for (const w of writes) {
    const key = `${w.ref.sheet}\u0000${w.ref.row}\u0000${w.ref.col}`;
    (seen.has(key) ? again : first).push(w);
    seen.add(key);
  }
  const sorted = [...first].sort(
    (a, b) => a.ref.sheet.localeCompare(b.ref.sheet) || a.ref.col - b.ref.col || a.ref.row - b.ref.row,
  );
  const runs: Run[] = [];
  for (const w of sorted) {
    const last = runs[runs.length - 1];
    const kind = kindOf(w);
    if (
      last &&
      last.sheet === w.ref.sheet &&
      last.col === w.ref.col &&
      last.kind === kind &&
      last.top + last.writes.length === w.ref.row
    )
      last.writes.push(w);
    else runs.push({ sheet: w.ref.sheet, kind, col: w.ref.col, top: w.ref.row, writes: [w] });
  }
  const areas: (WriteArea & { kind: string })[] = [];
  const open = new Map<string, WriteArea & { kind: string }>();
  for (const run of runs) {
    const bottom = run.top + run.writes.length - 1;
    const key = `${run.sheet}\u0000${run.kind}\u0000${run.top}\u0000${bottom}`;
    const beside = open.get(key);
    if (beside && beside.area.right === run.col - 1) {
      beside.area.right = run.col;
      run.writes.forEach((w, i) => beside.writes[i].push(w));
      continue;
    }
    const area: WriteArea & { kind: string } = {
      sheet: run.sheet,
      kind: run.kind,
      area: { top: run.top, left: run.col, bottom, right: run.col },
      writes: run.writes.map((w) => [w]),
    };
    areas.push(area);
    open.set(key, area);
  }
  const singles = again.map((w): WriteArea => ({
    sheet: w.ref.sheet,
    area: { top: w.ref.row, left: w.ref.col, bottom: w.ref.row, right: w.ref.col },
    writes: [[w]],
  }));
  return [...areas.map(({ sheet, area, writes }) => ({ sheet, area, writes })), ...singles];
}
