// The undo plan every host builds (core/plan/undo) and the check before writing (core/plan/apply-result).
import { CellData } from "../../src/core/grid/grid";
import { asksSomething, conflictsOf, contentOf, sheetsOf } from "../../src/core/plan/apply-result";
import { afterWrite, undoPlan, undoWrite } from "../../src/core/plan/undo";
import { CellWrite, emptyPlan } from "../../src/core/plan/write-plan";

const cell = (col: number, change: Partial<CellWrite> = {}): CellWrite => ({
  ref: { sheet: "表", row: 1, col },
  expected: { value: null },
  purpose: `p${col}`,
  ...change,
});

describe("the undo of one cell", () => {
  it("puts a formula back with the result it showed", () => {
    const was: CellData = { value: 2, formula: "=A1*2", numFmt: "0.00" };
    expect(undoWrite(cell(1, { value: 5 }), was, { value: 5 })).toEqual({
      ref: { sheet: "表", row: 1, col: 1 },
      expected: { value: 5 },
      formula: "=A1*2",
      value: 2,
      numFmt: "0.00",
      note: undefined,
      purpose: "undo:p1",
    });
  });

  it("puts an error value back as its text, an empty cell as empty with the General format", () => {
    expect(undoWrite(cell(1, { value: 1 }), { value: null, error: "#DIV/0!" }, { value: 1 })).toMatchObject({
      value: "#DIV/0!",
      numFmt: "General",
    });
    expect(undoWrite(cell(1, { value: 1 }), undefined, { value: 1 })).toMatchObject({ value: null, numFmt: "General" });
  });

  it("puts the note back only where the run wrote one, and not on a host without notes", () => {
    const was: CellData = { value: "x", note: "旧" };
    expect(undoWrite(cell(1, { value: "y", note: "新" }), was, { value: "y" }).note).toBe("旧");
    expect(undoWrite(cell(1, { value: "y", note: "新" }), { value: "x" }, { value: "y" }).note).toBe("");
    expect(undoWrite(cell(1, { value: "y" }), was, { value: "y" }).note).toBeUndefined();
    expect(undoWrite(cell(1, { value: "y", note: "新" }), was, { value: "y" }, false).note).toBeUndefined();
  });
});

describe("what a cell holds after a write", () => {
  it("a formula with the engine's value, a value (empty text none), or what it held; the format set or kept", () => {
    const before = { value: 3, numFmt: "0.00" };
    expect(afterWrite(before, cell(1, { formula: "=B1*2", value: 6 }))).toEqual({
      value: 6,
      formula: "=B1*2",
      numFmt: "0.00",
    });
    expect(afterWrite(before, cell(1, { formula: "=B1*2" }))).toEqual({
      value: null,
      formula: "=B1*2",
      numFmt: "0.00",
    });
    expect(afterWrite(before, cell(1, { value: "" }))).toEqual({ value: null, numFmt: "0.00" });
    expect(afterWrite(before, cell(1, { numFmt: "0.0%" }))).toEqual({ value: 3, numFmt: "0.0%" });
    expect(afterWrite(before, cell(1, { numFmt: "General" }))).toEqual({ value: 3 });
  });
});

describe("the undo plan", () => {
  it("puts cells and areas back last first, and names only where the run changed them", () => {
    const plan = emptyPlan();
    plan.cells = [cell(1), cell(2)];
    const undoCells = plan.cells.map((w) => undoWrite(w, undefined, { value: null }));
    const area = { top: 1, left: 1, bottom: 1, right: 1 };
    const restores = [
      { sheet: "表", area, previous: null },
      { sheet: "表", area: { ...area, left: 2, right: 2 }, previous: null },
    ];
    const names = [
      { name: "jx_old", sheet: "表", area },
      { name: "我的", sheet: "表", area },
    ];
    const without = undoPlan(plan, { cells: undoCells, restores, names });
    expect(without.cells.map((w) => w.purpose)).toEqual(["undo:p2", "undo:p1"]);
    expect(without.restoreValidations).toEqual([restores[1], restores[0]]);
    expect(without.names).toEqual([]);
    expect(without.replaceNames).toBeUndefined();

    plan.names = [{ name: "JX_NEW", sheet: "表", area }];
    plan.replaceNames = true;
    const withNames = undoPlan(plan, { cells: undoCells, restores, names });
    expect(withNames.names).toEqual([names[0]]);
    expect(withNames.replaceNames).toBe(true);
    expect(undoCells.map((w) => w.purpose)).toEqual(["undo:p1", "undo:p2"]); // the host's list is left as it was
  });
});

describe("the check before writing", () => {
  it("lists the conflicts in the plan's order, whatever order the host read in", () => {
    const writes = [cell(3, { expected: { value: "a" } }), cell(1), cell(2, { expected: { value: 1 } })];
    const found: Record<number, CellData | undefined> = { 1: undefined, 2: { value: 1 }, 3: { value: "b" } };
    expect(conflictsOf(writes, (w) => contentOf(found[w.ref.col]))).toEqual([
      { write: writes[0], found: { value: "b" } },
    ]);
    found[1] = { value: 7, numFmt: "General" };
    expect(conflictsOf(writes, (w) => contentOf(found[w.ref.col])).map((c) => c.write.ref.col)).toEqual([3, 1]);
  });

  it("reads a cell as value, formula and format, General being none", () => {
    expect(contentOf(undefined)).toEqual({ value: null });
    expect(contentOf({ value: 1, formula: "=A1", numFmt: "General", note: "n", error: undefined })).toEqual({
      value: 1,
      formula: "=A1",
    });
  });

  it("knows the sheets a plan touches and whether it asks anything", () => {
    const plan = emptyPlan();
    expect(asksSomething(plan)).toBe(false);
    plan.settings.k = "v";
    expect(asksSomething(plan)).toBe(true);
    expect(sheetsOf(plan)).toEqual([]);
    plan.cells = [cell(1), { ...cell(2), ref: { sheet: "乙", row: 1, col: 2 } }];
    plan.names = [{ name: "JX_A", sheet: "丙", area: { top: 1, left: 1, bottom: 1, right: 1 } }];
    plan.restoreValidations = [{ sheet: "表", area: { top: 1, left: 1, bottom: 1, right: 1 }, previous: null }];
    expect(sheetsOf(plan)).toEqual(["表", "乙", "丙"]);
  });
});
