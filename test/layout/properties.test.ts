/**
 * Property tests: however a table is placed and reshaped, the recognized model is the drawn model, moved and
 * shifted the same way. Tables are drawn in memory (test/support/variants.ts) so each run builds its grid directly.
 */
import fc from "fast-check";
import { BASIC, DEPARTMENT, INVESTMENT, RAILWAY } from "../../samples/hengyang-2023.data";
import { recognize } from "../../src/core/layout";
import { Table } from "../../src/core/layout/model";
import {
  BlockSink,
  drawBasic,
  drawEval,
  EvalStyle,
  gridOfBlocks,
  IndicatorColumn,
  provincialRows,
  SYNONYMS_B,
  withExtras,
  withFiller,
} from "../support/variants";
import { insertCols, insertRows, mapModel, mergeAt, move, setMerge, setText, Shaped, textAt } from "./reshape";

const SHEET = "表";
const RUNS = { numRuns: 100 };

const EXTRA_ORDER: IndicatorColumn[] = [
  "level1",
  "level2",
  "name",
  "nature",
  "weight",
  "target",
  "actual",
  "score",
  "unit",
  "reason",
];

/** Tables drawn at A1, each a different layout of the seed's content. */
const BASES: Record<string, () => Shaped> = {
  department: () => evalBase(DEPARTMENT, {}),
  investment: () => evalBase(INVESTMENT, { indicators: withFiller(INVESTMENT.indicators) }),
  railway: () => evalBase(RAILWAY, { sourcesBelow: true, ...SYNONYMS_B }),
  extras: () =>
    evalBase(DEPARTMENT, { order: EXTRA_ORDER, indicators: withExtras(DEPARTMENT.indicators), title: false }),
  weighted: () => evalBase(INVESTMENT, { level1Weights: { 成本指标: 20, 产出指标: 40, 效益指标: 20, 满意度指标: 10 } }),
  basic: () => {
    const sink = new BlockSink();
    const d = drawBasic(sink, BASIC, { sheet: SHEET, origin: { row: 1, col: 1 } });
    return { block: sink, table: d.table, written: d.written, blockRows: d.blockRows };
  },
  provincial: () => {
    const sink = new BlockSink();
    const d = drawBasic(sink, BASIC, {
      sheet: SHEET,
      origin: { row: 1, col: 1 },
      pairs: false,
      rows: provincialRows(),
    });
    return { block: sink, table: d.table, written: d.written, blockRows: d.blockRows };
  },
};
const BASE_NAMES = Object.keys(BASES);
const EVAL_NAMES = BASE_NAMES.filter((n) => n !== "basic" && n !== "provincial");

function evalBase(data: typeof DEPARTMENT | typeof INVESTMENT, style: Partial<EvalStyle>): Shaped {
  const sink = new BlockSink();
  const d = drawEval(sink, data, { sheet: SHEET, origin: { row: 1, col: 1 }, ...style });
  return {
    block: sink,
    table: d.table,
    written: d.written,
    blockRows: d.blockRows,
    headerRow: d.indicatorHeaderRow,
    headerCols: d.headerCols,
  };
}

function recognized(shapes: Shaped[]) {
  const r = recognize({
    sheets: [
      gridOfBlocks(
        SHEET,
        shapes.map((s) => s.block),
      ),
    ],
  });
  return { ...r, expected: inOrder(shapes.map((s) => s.table)) };
}

const inOrder = (tables: Table[]) => [...tables].sort((a, b) => a.area.top - b.area.top || a.area.left - b.area.left);
const width = (s: Shaped) => s.table.area.right - s.table.area.left + 1;

/** Blank rows before some of the table's blocks and blank columns inside it. */
const inserts = fc.record({
  rows: fc.array(fc.record({ block: fc.nat(), count: fc.integer({ min: 1, max: 2 }) }), { maxLength: 3 }),
  cols: fc.array(fc.record({ at: fc.nat(), count: fc.integer({ min: 1, max: 2 }) }), { maxLength: 2 }),
});

function withInserts(
  s: Shaped,
  ins: { rows: { block: number; count: number }[]; cols: { at: number; count: number }[] },
) {
  for (const { block, count } of ins.rows) s = insertRows(s, s.blockRows[block % s.blockRows.length], count);
  for (const { at, count } of ins.cols) s = insertCols(s, s.table.area.left + 1 + (at % (width(s) - 1)), count);
  return s;
}

describe("recognition does not depend on where a table is or how it is spaced", () => {
  it("finds each table moved to a random cell, stacked or side by side, with blank rows and columns", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...BASE_NAMES), { minLength: 1, maxLength: 4 }),
        fc.array(inserts, { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 12 }),
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 4, maxLength: 4 }),
        fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
        (names, ins, top, left, gaps, sideGap) => {
          const shapes = names.map((n, i) => withInserts(BASES[n](), ins[i]));
          const placed: Shaped[] = [];
          let row = top;
          let i = 0;
          // Two 自评表 side by side first, when asked for and available.
          if (
            sideGap !== null &&
            shapes.length >= 2 &&
            EVAL_NAMES.includes(names[0]) &&
            EVAL_NAMES.includes(names[1])
          ) {
            placed.push(move(shapes[0], row, left));
            placed.push(move(shapes[1], row, left + width(shapes[0]) + sideGap));
            row = Math.max(...placed.map((p) => p.table.area.bottom)) + 1 + gaps[0];
            i = 2;
          }
          for (; i < shapes.length; i++) {
            const p = move(shapes[i], row - 1 + (i ? gaps[i] : 1), left);
            placed.push(p);
            row = p.table.area.bottom + 1;
          }
          const r = recognized(placed);
          expect(r.findings).toEqual([]);
          expect(r.tables).toEqual(r.expected);
        },
      ),
      RUNS,
    );
  });
});

/** Respellings that change nothing for a reader: line breaks, spaces, full-width characters, a unit in brackets. */
const respell = fc.record({
  kind: fc.constantFrom("break", "space", "ideographicSpace", "fullWidth", "unit"),
  at: fc.nat(),
});

function respelled(text: string, how: { kind: string; at: number }): string {
  const i = how.at % (text.length + 1);
  switch (how.kind) {
    case "break":
      return text.slice(0, i) + "\n" + text.slice(i);
    case "space":
      return text.slice(0, i) + " " + text.slice(i);
    case "ideographicSpace":
      return text.slice(0, i) + "\u3000" + text.slice(i);
    case "fullWidth":
      return text.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
    default:
      return text + "（万元）";
  }
}

describe("recognition does not depend on how headers are written", () => {
  it("reads the same model when header texts carry line breaks, spaces, full-width characters or units", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BASE_NAMES),
        fc.array(fc.tuple(fc.nat(), respell), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 8 }),
        (name, edits, dr, dc) => {
          const s = BASES[name]();
          const headers = s.written.filter((w) => w.header);
          for (const [pick, how] of edits) {
            const w = headers[pick % headers.length];
            setText(s, w.row, w.col, respelled(textAt(s, w.row, w.col) ?? w.text, how));
          }
          const r = recognized([move(s, dr, dc)]);
          expect(r.findings).toEqual([]);
          expect(r.tables).toEqual(r.expected);
        },
      ),
      RUNS,
    );
  });

  it("reads the same model when indicator headers are split over two rows or merged with a blank column", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EVAL_NAMES),
        fc.option(fc.nat(), { nil: null }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 2 }),
        fc.boolean(),
        (name, mergePick, splits, twoRows) => {
          let s = BASES[name]();
          const cols = () => s.headerCols!;
          if (mergePick !== null) {
            // A header merged with a blank column inserted on its right (never the last column: that would widen the table).
            const c = cols()[mergePick % (cols().length - 1)];
            s = insertCols(s, c + 1, 1);
            const hr = s.headerRow!;
            setMerge(s, hr, c, { top: hr, left: c, bottom: hr, right: c + 1 });
          }
          if (twoRows || splits.length) {
            const hr = s.headerRow!;
            s = insertRows(s, hr + 1, 1);
            const split = new Set(splits.map(([pick]) => cols()[pick % cols().length]));
            for (const c of cols()) {
              const m = mergeAt(s, hr, c) ?? { top: hr, left: c, bottom: hr, right: c };
              const text = textAt(s, hr, c) ?? "";
              if (split.has(c) && m.left === m.right && text.length >= 2) {
                const cut = 1 + (splits.find(([pick]) => cols()[pick % cols().length] === c)![1] % (text.length - 1));
                setText(s, hr, c, text.slice(0, cut));
                setText(s, hr + 1, c, text.slice(cut));
              } else setMerge(s, hr, c, { ...m, bottom: hr + 1 });
            }
          }
          const r = recognized([s]);
          expect(r.findings).toEqual([]);
          expect(r.tables).toEqual(r.expected);
        },
      ),
      RUNS,
    );
  });
});

describe("a model moved is the model with every address moved", () => {
  it("mapModel shifts rows, columns and areas and nothing else", () => {
    const s = BASES.investment();
    const moved = mapModel(
      s.table,
      (r) => r + 3,
      (c) => c + 2,
      "X",
    );
    expect(moved.area).toEqual({ top: 4, left: 3, bottom: s.table.area.bottom + 3, right: s.table.area.right + 2 });
    if (moved.kind === "basic" || s.table.kind === "basic") throw new Error("expected a project table");
    const [before, after] = [s.table.indicators[0], moved.indicators[0]];
    expect(after.weight).toEqual({
      ...before.weight,
      ref: { sheet: "X", row: before.weight!.ref.row + 3, col: before.weight!.ref.col + 2 },
    });
    expect(after.row).toBe(before.row + 3);
    expect(moved.columns.weight).toBe(s.table.columns.weight + 2);
  });
});
