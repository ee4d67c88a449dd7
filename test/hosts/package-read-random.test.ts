// Random workbooks written with exceljs (values of every type, number formats, notes, merges, shared formulas)
// read by the package reader and by exceljs: both must agree on every cell.
import ExcelJS from "exceljs";
import fc from "fast-check";
import { diffReaders } from "../support/workbook-diff";

const DATES = new Set(["yyyy-mm-dd", 'yyyy"年"m"月"d"日"', "h:mm:ss"]);
const FORMATS = ["General", "0.00", "0.00%", "#,##0", "yyyy-mm-dd", 'yyyy"年"m"月"d"日"', "h:mm:ss", "@", '0.0" 万元"'];

// Text without the five XML entity names: exceljs decodes a formula's text result twice (see worksheet-cell.ts).
const text = fc.string({ maxLength: 12, unit: "grapheme" }).filter((s) => !/&[a-z]*;/.test(s));
const value: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  // Within ±1e7 days, so that a date format gives a real date (beyond, exceljs's invalid Date fails exceljs-reader.ts).
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e7, max: 1e7 }),
  fc.integer({ min: -100000, max: 100000 }),
  text,
  fc.boolean(),
  fc.constantFrom({ error: "#DIV/0!" }, { error: "#N/A" }, { error: "#REF!" }),
  // fast-check's records have no prototype, which exceljs's writer needs: plain objects instead.
  fc.array(text, { minLength: 1, maxLength: 3 }).map((runs) => ({ richText: runs.map((t) => ({ text: t })) })),
  fc.date({ min: new Date(Date.UTC(1910, 0, 1)), max: new Date(Date.UTC(2090, 0, 1)), noInvalidDate: true }),
  fc
    .tuple(fc.constantFrom("A1+1", "SUM(A1:B2)", '"x"&A1', "1/0"), fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), text))
    .map(([formula, result]) => ({ formula, result })),
);

const cell = fc.record({
  row: fc.integer({ min: 1, max: 12 }),
  col: fc.integer({ min: 1, max: 8 }),
  value,
  numFmt: fc.option(fc.constantFrom(...FORMATS), { nil: undefined }),
  note: fc.option(
    text.filter((s) => s.trim() !== ""),
    { nil: undefined },
  ),
});

const merge = fc
  .record({ top: fc.integer({ min: 1, max: 14 }), left: fc.integer({ min: 1, max: 9 }), h: fc.nat(2), w: fc.nat(2) })
  .map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w }));

const workbook = fc.record({
  date1904: fc.boolean(),
  cells: fc.array(cell, { maxLength: 40 }),
  merges: fc.array(merge, { maxLength: 4 }),
  shared: fc.option(fc.record({ col: fc.integer({ min: 9, max: 10 }), rows: fc.integer({ min: 1, max: 6 }) }), {
    nil: undefined,
  }),
});

async function write(spec: typeof workbook extends fc.Arbitrary<infer T> ? T : never): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = spec.date1904;
  const ws = wb.addWorksheet("随机");
  for (const c of spec.cells) {
    const target = ws.getCell(c.row, c.col);
    target.value = c.value;
    // A text result in a date-formatted cell is where the readers differ on purpose (package-read-xml.test.ts).
    const textResult = typeof (c.value as ExcelJS.CellFormulaValue | null)?.result === "string";
    if (c.numFmt && !(textResult && DATES.has(c.numFmt))) target.numFmt = c.numFmt;
    if (c.note) target.note = c.note;
  }
  const taken: { top: number; left: number; bottom: number; right: number }[] = [];
  for (const m of spec.merges) {
    const overlaps = taken.some(
      (t) => t.top <= m.bottom && m.top <= t.bottom && t.left <= m.right && m.left <= t.right,
    );
    if (overlaps) continue;
    taken.push(m);
    ws.mergeCells(m.top, m.left, m.bottom, m.right);
  }
  if (spec.shared) {
    const { col, rows } = spec.shared;
    const letter = String.fromCharCode(64 + col);
    ws.getCell(20, col).value = {
      formula: "A1*$B$2+C1",
      result: 1,
      shareType: "shared",
      ref: `${letter}20:${letter}${20 + rows}`,
    } as ExcelJS.CellFormulaValue;
    for (let r = 21; r <= 20 + rows; r++) ws.getCell(r, col).value = { sharedFormula: `${letter}20`, result: r };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("package reader on random workbooks", () => {
  it("agrees with exceljs on every cell", async () => {
    await fc.assert(
      fc.asyncProperty(workbook, async (spec) => {
        expect(await diffReaders(await write(spec))).toEqual([]);
      }),
      { numRuns: 150, seed: 20231231 },
    );
  });
});
