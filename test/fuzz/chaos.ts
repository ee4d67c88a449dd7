// Random damage for the no-exception property: cells overwritten with anything a workbook can hold (text, header words,
// template filler, numbers from tiny to huge to non-finite, error values, booleans, odd formats), columns and rows
// swapped, rows inserted and deleted, merged areas broken or unmerged with their value copied into every cell.
import fc from "fast-check";
import { CellData } from "../../src/core/grid/grid";
import { Book, setCell, sheetOf } from "./book";

export type Op =
  | { kind: "cell"; sheet: number; row: number; col: number; cell: CellData | undefined }
  | { kind: "swapColumns"; sheet: number; a: number; b: number }
  | { kind: "swapRows"; sheet: number; a: number; b: number }
  | { kind: "insertRow"; sheet: number; row: number }
  | { kind: "deleteRow"; sheet: number; row: number }
  | { kind: "breakMerges"; sheet: number; keepEvery: number }
  | { kind: "unmergeFill"; sheet: number; merge: number };

const TEXTS = [
  "",
  "   ",
  "不适用",
  "有效保障",
  "达成年度指标",
  "部分达成年度指标并具有一定效果",
  "未达成",
  "指标2",
  "……",
  "请填写",
  "≥50个",
  "≤90%",
  "=8个",
  "6000 万美元",
  "７．５",
  "１２３％",
  "abc",
  "7.50.",
  "1,2,3",
  "-0",
  "1e308",
  "NaN",
  "【请补充原因】",
  "年度指标值",
  "实际完成值",
  "全年预算数",
  "年度资金总额",
  "分值",
  "得分",
  "三级指标",
  "总分",
  "控制率",
  "项目支出",
  "三公经费",
  "招商引资",
  "x".repeat(3000),
];
const FORMATS = [undefined, "0.00%", "0%", "0.00", "0.0", '"≥"0"个"', "General", "yyyy-mm-dd", "@", '0"万元"'];
const ERRORS = ["#DIV/0!", "#VALUE!", "#N/A", "#REF!", "#NAME?", "#NUM!"];
const NUMBERS = [0, -0, 1, -1, 0.005, 1e12, -1e12, 1e308, -1e308, 5e-324, 2 ** 53 + 2, NaN, Infinity, -Infinity];

const cellArb: fc.Arbitrary<CellData | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.record({ value: fc.constantFrom(...TEXTS) }),
  fc
    .record({
      value: fc.oneof(fc.constantFrom(...NUMBERS), fc.integer({ min: -100000, max: 100000 }), fc.double()),
      numFmt: fc.constantFrom(...FORMATS),
    })
    .map(({ value, numFmt }) => (numFmt ? { value, numFmt } : { value })),
  fc.constantFrom(...ERRORS).map((error) => ({ value: null, error, formula: "=1/0" })),
  fc.boolean().map((value) => ({ value })),
);

export function opArb(book: Book): fc.Arbitrary<Op> {
  const sheets = book.sheets.length;
  const sheet = fc.integer({ min: 0, max: sheets - 1 });
  const pos = fc.integer({ min: 1, max: 60 });
  const col = fc.integer({ min: 1, max: 12 });
  return fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant("cell" as const), sheet, row: pos, col, cell: cellArb }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("swapColumns" as const), sheet, a: col, b: col }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("swapRows" as const), sheet, a: pos, b: pos }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("insertRow" as const), sheet, row: pos }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("deleteRow" as const), sheet, row: pos }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("breakMerges" as const),
        sheet,
        keepEvery: fc.integer({ min: 0, max: 3 }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant("unmergeFill" as const), sheet, merge: fc.nat({ max: 200 }) }),
    },
  );
}

export function applyOp(book: Book, op: Op): void {
  const s = sheetOf(book, book.sheets[op.sheet].name);
  switch (op.kind) {
    case "cell":
      setCell(book, s.name, op.row, op.col, op.cell);
      return;
    case "swapColumns":
      for (const row of s.rows) {
        const x = row[op.a - 1];
        const y = row[op.b - 1];
        while (row.length < Math.max(op.a, op.b)) row.push(undefined);
        row[op.a - 1] = y;
        row[op.b - 1] = x;
      }
      return;
    case "swapRows": {
      while (s.rows.length < Math.max(op.a, op.b)) s.rows.push([]);
      const x = s.rows[op.a - 1];
      s.rows[op.a - 1] = s.rows[op.b - 1];
      s.rows[op.b - 1] = x;
      return;
    }
    case "insertRow":
      if (op.row > s.rows.length + 1) return;
      s.rows.splice(op.row - 1, 0, []);
      s.merges = s.merges
        .filter((m) => !(m.top < op.row && m.bottom >= op.row))
        .map((m) => (m.top >= op.row ? { ...m, top: m.top + 1, bottom: m.bottom + 1 } : m));
      return;
    case "deleteRow":
      if (op.row > s.rows.length) return;
      s.rows.splice(op.row - 1, 1);
      s.merges = s.merges
        .filter((m) => !(m.top <= op.row && m.bottom >= op.row))
        .map((m) => (m.top > op.row ? { ...m, top: m.top - 1, bottom: m.bottom - 1 } : m));
      return;
    case "breakMerges":
      s.merges = op.keepEvery === 0 ? [] : s.merges.filter((_, i) => i % (op.keepEvery + 1) === 0);
      return;
    case "unmergeFill": {
      if (s.merges.length === 0) return;
      const i = op.merge % s.merges.length;
      const m = s.merges[i];
      s.merges = s.merges.filter((_, j) => j !== i);
      const anchor = s.rows[m.top - 1]?.[m.left - 1];
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++) setCell(book, s.name, r, c, anchor);
      return;
    }
  }
}
