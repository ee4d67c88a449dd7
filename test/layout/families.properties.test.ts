/**
 * Property tests over the layout families (the specimen workbooks): reorder the indicator block's columns, drop an
 * optional column, write a header over two rows, glue a separate comparator onto its value — the model keeps every
 * field that is still there, and no LAYOUT_INCOMPLETE appears while the core (names and one of 年度指标值 / 实际完成值
 * / 分值 / 得分) remains.
 */
import fc from "fast-check";
import { readdirSync } from "fs";
import { join } from "path";
import { Area } from "../../src/core/grid/address";
import { CellData, Grid } from "../../src/core/grid/grid";
import { recognize } from "../../src/core/layout";
import { EvalTable, Field, Indicator } from "../../src/core/layout/model";
import { DEFAULT_PROFILE } from "../../src/core/profile";
import { scoreWorkbook } from "../../src/core/scoring";
import { readWorkbookFile } from "../../src/host/xlsx";

const DIR = join(__dirname, "..", "..", "samples", "specimens");
const RUNS = { numRuns: 60 };

/** A sheet as cells and merges that can be rearranged. */
interface Sheet {
  name: string;
  cells: Map<string, CellData>;
  merges: Area[];
}

const key = (r: number, c: number) => `${r},${c}`;

function sheetOf(g: Grid): Sheet {
  const cells = new Map<string, CellData>();
  for (const { row, col, cell } of g.cells()) cells.set(key(row, col), { ...cell });
  return { name: g.name, cells, merges: g.merges.map((m) => ({ ...m })) };
}

function gridOf(s: Sheet): Grid {
  const rows: (CellData | undefined)[][] = [];
  for (const [k, cell] of s.cells) {
    const [r, c] = k.split(",").map(Number);
    (rows[r - 1] ??= [])[c - 1] = cell;
  }
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return new Grid(s.name, rows, s.merges);
}

/** The columns of a table whose cells, from the header down, no merged area shares with another column. */
function plainColumns(s: Sheet, t: EvalTable, top: number, cols: number[]): number[] {
  return cols.filter(
    (c) =>
      !s.merges.some(
        (m) => m.left <= c && c <= m.right && m.left !== m.right && m.bottom >= top && m.top <= t.area.bottom,
      ),
  );
}

const ROLES = ["target", "actual", "weight", "score", "reason", "nature", "unit"] as const;
type Role = (typeof ROLES)[number];

/** What each indicator says, by row: the text of every field the form has. */
function fieldsOf(t: EvalTable): Map<number, Partial<Record<Role | "name", string>>> {
  const out = new Map<number, Partial<Record<Role | "name", string>>>();
  for (const ind of t.indicators) {
    const f: Partial<Record<Role | "name", string>> = { name: ind.name.text };
    for (const r of ROLES) if (ind[r]) f[r] = (ind[r] as Field).text;
    out.set(ind.row, f);
  }
  return out;
}

interface Case {
  file: string;
  sheet: Sheet;
  table: EvalTable;
  /** The header row: the row above the first indicator. */
  header: number;
}

const cases: Case[] = [];

beforeAll(async () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith(".xlsx"));
  for (const file of files) {
    const data = await readWorkbookFile(join(DIR, file));
    const r = recognize({ sheets: data.sheets });
    for (const t of r.tables) {
      if (t.kind === "basic" || t.indicators.length === 0) continue;
      const grid = data.sheets.find((g) => g.name === t.sheet)!;
      const first = Math.min(
        ...t.indicators.map((i) => i.row),
        ...t.groups.filter((g) => g.kind === "row").map((g) => g.row),
        ...t.subRows.map((r) => r.row),
        ...t.fillerRows.map((r) => r.row),
      );
      cases.push({ file, sheet: sheetOf(grid), table: t, header: first - 1 });
    }
  }
});

/** The one table of `sheet` recognized where `original` was, and the findings. */
function again(s: Sheet, original: EvalTable) {
  const r = recognize({ sheets: [gridOf(s)] });
  const table = r.tables.find(
    (t): t is EvalTable => t.kind !== "basic" && t.area.left === original.area.left && t.title === original.title,
  );
  return { table, findings: r.findings };
}

/** The roles of a table whose column is headed in the indicator header (not at the table's top, as 区域绩效目标自评表's
 *  自评得分), with their columns. */
function roleColumns(t: EvalTable, s?: Sheet, header?: number): [Role, number][] {
  const anchor = (r: number, col: number) => {
    const m = s!.merges.find((a) => a.top <= r && r <= a.bottom && a.left <= col && col <= a.right);
    return m ? key(m.top, m.left) : key(r, col);
  };
  const headed = (col: number) =>
    !s ||
    header === undefined ||
    [header - 2, header - 1, header].some((r) => typeof s.cells.get(anchor(r, col))?.value === "string");
  return ROLES.filter((r) => t.columns[r] !== undefined && headed(t.columns[r])).map(
    (r) => [r, t.columns[r]] as [Role, number],
  );
}

describe("the families keep their fields however the indicator block is rearranged", () => {
  it("has every specimen's tables to rearrange", () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  it("two columns of the indicator block swapped: the same fields, now in each other's columns", () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.nat(), (which, a, b) => {
        const c = cases[which % cases.length];
        const cols = plainColumns(
          c.sheet,
          c.table,
          c.header - 2,
          roleColumns(c.table).map(([, col]) => col),
        );
        if (cols.length < 2) return;
        const [x, y] = [cols[a % cols.length], cols[(a + 1 + (b % (cols.length - 1))) % cols.length]];
        if (x === y) return;
        const s: Sheet = { ...c.sheet, cells: new Map(c.sheet.cells) };
        for (let r = c.header; r <= c.table.area.bottom; r++) {
          const cx = s.cells.get(key(r, x));
          const cy = s.cells.get(key(r, y));
          s.cells.delete(key(r, x));
          s.cells.delete(key(r, y));
          if (cx) s.cells.set(key(r, y), cx);
          if (cy) s.cells.set(key(r, x), cy);
        }
        const { table, findings } = again(s, c.table);
        expect(findings.filter((f) => f.code === "LAYOUT_INCOMPLETE")).toEqual([]);
        expect(table).toBeDefined();
        expect(fieldsOf(table!)).toEqual(fieldsOf(c.table));
      }),
      RUNS,
    );
  });

  it("an optional column dropped: every other field kept, and no LAYOUT_INCOMPLETE while the core remains", () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (which, pick) => {
        const c = cases[which % cases.length];
        const roles = roleColumns(c.table, c.sheet, c.header);
        const core = roles.filter(([r]) => ["target", "actual", "weight", "score"].includes(r));
        // The column to drop: anything but the last core column.
        const droppable = roles.filter(([r]) => !(core.length === 1 && core[0][0] === r));
        const cols = plainColumns(
          c.sheet,
          c.table,
          c.header - 2,
          droppable.map(([, col]) => col),
        );
        if (cols.length === 0) return;
        const col = cols[pick % cols.length];
        const role = droppable.find(([, x]) => x === col)![0];
        const s: Sheet = { ...c.sheet, cells: new Map(c.sheet.cells) };
        for (let r = c.header - 2; r <= c.table.area.bottom; r++) s.cells.delete(key(r, col));
        const { table, findings } = again(s, c.table);
        expect(findings.filter((f) => f.code === "LAYOUT_INCOMPLETE")).toEqual([]);
        expect(table).toBeDefined();
        const expected = fieldsOf(c.table);
        for (const f of expected.values()) delete f[role];
        expect(fieldsOf(table!)).toEqual(expected);
      }),
      RUNS,
    );
  });

  it("the indicator header written over two rows, every cell merged down and one split in two: the same fields", () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (which, pick) => {
        const c = cases[which % cases.length];
        const h = c.header;
        // Only a one-row header can be written over two: its cells are each one row high.
        if (c.sheet.merges.some((m) => m.bottom === h && m.top < h)) return;
        const s: Sheet = { name: c.sheet.name, cells: new Map(), merges: [] };
        const shift = (r: number) => (r > h ? r + 1 : r);
        for (const [k, cell] of c.sheet.cells) {
          const [r, col] = k.split(",").map(Number);
          s.cells.set(key(shift(r), col), cell);
        }
        for (const m of c.sheet.merges)
          s.merges.push({
            ...m,
            top: shift(m.top),
            bottom: m.top <= h && m.bottom >= h ? m.bottom + 1 : shift(m.bottom),
          });
        const heads = roleColumns(c.table).map(([, col]) => col);
        const split = heads[pick % heads.length];
        for (let col = c.table.area.left; col <= c.table.area.right; col++) {
          const cell = s.cells.get(key(h, col));
          if (!cell || typeof cell.value !== "string") continue;
          const inMerge = s.merges.some((m) => m.top <= h && h <= m.bottom && m.left <= col && col <= m.right);
          if (col === split && cell.value.length >= 3 && !inMerge) {
            const cut = cell.value.length - 1;
            s.cells.set(key(h, col), { value: cell.value.slice(0, cut) });
            s.cells.set(key(h + 1, col), { value: cell.value.slice(cut) });
          } else if (!inMerge) s.merges.push({ top: h, left: col, bottom: h + 1, right: col });
        }
        const { table, findings } = again(s, c.table);
        expect(findings.filter((f) => f.code === "LAYOUT_INCOMPLETE")).toEqual([]);
        expect(table).toBeDefined();
        const byName = (t: EvalTable) => [...fieldsOf(t).values()];
        expect(byName(table!)).toEqual(byName(c.table));
      }),
      RUNS,
    );
  });

  it("a comparator in its own column glued onto the value: the same direction", () => {
    const withNature = () =>
      cases.filter((c) => c.table.columns.nature !== undefined && c.table.columns.target !== undefined);
    expect(withNature().length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.nat(), (which) => {
        const list = withNature();
        const c = list[which % list.length];
        const s: Sheet = { ...c.sheet, cells: new Map(c.sheet.cells) };
        const moved: Indicator[] = [];
        for (const ind of c.table.indicators) {
          const nature = ind.nature?.text.trim() ?? "";
          if (!ind.target || !/^(≥|≤|>|<|=|﹦|>=|<=)$/.test(nature)) continue;
          const t = s.cells.get(key(ind.target.ref.row, ind.target.ref.col));
          if (!t || t.value === null) continue;
          s.cells.set(key(ind.target.ref.row, ind.target.ref.col), { value: `${nature}${ind.target.text}` });
          s.cells.delete(key(ind.nature!.ref.row, ind.nature!.ref.col));
          moved.push(ind);
        }
        if (moved.length === 0) return;
        const before = recognize({ sheets: [gridOf(c.sheet)] });
        const after = recognize({ sheets: [gridOf(s)] });
        // Which way each moved row counts, as scoring decides it.
        const directions = (tables: typeof before.tables) =>
          scoreWorkbook(tables, DEFAULT_PROFILE)
            .tables.flatMap((t) => (t.kind === "basic" ? [] : t.indicators))
            .filter((i) => moved.some((m) => m.row === i.indicator.row))
            .map((i) => `${i.indicator.row} ${i.direction}`);
        expect(after.findings.filter((f) => f.code === "LAYOUT_INCOMPLETE")).toEqual([]);
        expect(directions(after.tables)).toHaveLength(moved.length);
        expect(directions(after.tables)).toEqual(directions(before.tables));
      }),
      RUNS,
    );
  });

  it("a unit in its own column glued onto the target and the actual: the same direction and the same misses", () => {
    const withUnit = () =>
      cases.filter((c) => c.table.columns.unit !== undefined && c.table.columns.target !== undefined);
    expect(withUnit().length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.nat(), (which) => {
        const list = withUnit();
        const c = list[which % list.length];
        const s: Sheet = { ...c.sheet, cells: new Map(c.sheet.cells) };
        const moved: Indicator[] = [];
        for (const ind of c.table.indicators) {
          const unit = ind.unit?.text.trim() ?? "";
          if (!unit || !ind.target || !ind.actual || typeof ind.target.value !== "number") continue;
          if (typeof ind.actual.value !== "number") continue;
          for (const f of [ind.target, ind.actual])
            s.cells.set(key(f.ref.row, f.ref.col), { value: `${f.text}${unit}` });
          s.cells.delete(key(ind.unit!.ref.row, ind.unit!.ref.col));
          moved.push(ind);
        }
        if (moved.length === 0) return;
        const outcome = (sheet: Sheet) =>
          scoreWorkbook(recognize({ sheets: [gridOf(sheet)] }).tables, DEFAULT_PROFILE)
            .tables.flatMap((t) => (t.kind === "basic" ? [] : t.indicators))
            .filter((i) => moved.some((m) => m.row === i.indicator.row))
            .map((i) => `${i.indicator.row} ${i.direction} ${i.missed}`);
        expect(outcome(s)).toHaveLength(moved.length);
        expect(outcome(s)).toEqual(outcome(c.sheet));
      }),
      RUNS,
    );
  });
});
