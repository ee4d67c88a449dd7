// The fake has to answer and fail where WPS (and the VBA object model it mirrors) does, or the host's tests prove
// nothing.
import { FakeEt } from "./fake-et";

function et(): FakeEt {
  return new FakeEt({
    sheets: [
      {
        name: "自评表",
        rows: [
          ["分值", 10, { value: 0.93, numFmt: "0.00%" }],
          ["得分", "=B1*0.9", { value: null, error: "#DIV/0!", formula: "=1/0" }],
        ],
        merges: ["A3:B3"],
        notes: { A1: "批注" },
      },
      { name: "空表" },
    ],
  });
}

describe("the fake ET object model", () => {
  it("gives Value2 and Formula as rows of values for several cells and a plain value for one", () => {
    const ws = et().application.ActiveWorkbook!.Worksheets.Item("自评表");
    expect(ws.Range("A1:B2").Value2).toEqual([
      ["分值", 10],
      ["得分", undefined],
    ]);
    expect(ws.Range("A1:B2").Formula).toEqual([
      ["分值", "10"],
      ["得分", "=B1*0.9"],
    ]);
    expect(ws.Range("B1").Value2).toBe(10);
    // An error value is VBA's error code through COM: 0x800A07D7 for #DIV/0!.
    expect(ws.Range("C2").Value2).toBe(0x800a07d7 | 0);
  });

  it("answers NumberFormat, MergeCells and HasFormula for a whole range, or null where its cells differ", () => {
    const ws = et().application.ActiveWorkbook!.Worksheets.Item("自评表");
    expect(ws.Range("A1:B2").NumberFormat).toBe("General");
    expect(ws.Range("A1:C1").NumberFormat).toBeNull();
    expect(ws.Range("A3:B3").MergeCells).toBe(true);
    expect(ws.Range("A3:C3").MergeCells).toBeNull();
    expect(ws.Range("A1:C2").MergeCells).toBe(false);
    expect(ws.Range("B3").MergeArea.Address(false, false)).toBe("A3:B3");
    expect(ws.Range("B2").HasFormula).toBe(true);
    expect(ws.Range("A2:B2").HasFormula).toBeNull();
  });

  it("throws on a validation that is not there, and on SpecialCells that finds nothing", () => {
    const ws = et().application.ActiveWorkbook!.Worksheets.Item("自评表");
    expect(() => ws.Range("A1").Validation.Type).toThrow();
    expect(() => ws.Cells.SpecialCells(-4174 as Et.XlCellType)).toThrow();
    ws.Range("B1:B2").Validation.Add(2 as Et.XlDVType, 1, 1, "0", "10");
    expect(ws.Range("B1:B2").Validation.Type).toBe(2);
    expect(() => ws.Range("A1:B1").Validation.Type).toThrow();
    expect(() => ws.Range("B1").Validation.Add(2 as Et.XlDVType, 1, 1, "0", "10")).toThrow();
    expect(ws.Cells.SpecialCells(-4174 as Et.XlCellType).Address(false, false)).toBe("B1:B2");
  });

  it("takes what goes into Formula as typed", () => {
    const fake = et();
    const ws = fake.application.ActiveWorkbook!.Worksheets.Item("空表");
    ws.Range("A1:F1").Formula = [["001", "'001", "93.00%", "=round(A1,2)", "TRUE", "2024-03-01"]];
    const sheet = fake.sheet("空表");
    expect(["A1", "B1", "C1", "D1", "E1", "F1"].map((a) => sheet.cellAt(a))).toEqual([
      { value: 1 },
      { value: "001" },
      { value: 0.93, numFmt: "0.00%" },
      { value: null, formula: "=ROUND(A1,2)" },
      { value: true },
      { value: 45352, numFmt: "yyyy/m/d" },
    ]);
    expect(() => (ws.Range("A1:B1").Formula = [[1]])).toThrow();
  });

  it("refuses writes to a protected sheet and names it does not know", () => {
    const fake = et();
    fake.sheet("自评表").protected = true;
    const book = fake.application.ActiveWorkbook!;
    expect(() => (book.Worksheets.Item("自评表").Range("D1").Formula = 1)).toThrow(/受保护/);
    expect(() => book.Worksheets.Item("没有这张表")).toThrow();
  });

  it("counts every property and method that crosses into WPS", () => {
    const fake = et();
    const before = fake.calls;
    const ws = fake.application.ActiveWorkbook!.Worksheets.Item(1); // 3 calls
    void ws.Range("A1:C2").Value2; // 2 calls
    expect(fake.calls - before).toBe(5);
    expect(fake.callsTo.get("Range.Value2")).toBe(1);
  });
});
