/**
 * The map of tables stored in the workbook (one defined name per table): a later run reads the tables from their
 * bound areas, still after rows are inserted (Excel moves and grows the names with them), and a stale map —
 * tables moved under it, a table gone, a new table outside it — is noticed and the workbook scanned again.
 */
import { INVESTMENT, RAILWAY, DEPARTMENT, BASIC } from "../../samples/hengyang-2023.data";
import { areaA1 } from "../../src/core/grid/address";
import { bindingNames, isBindingName, recognize } from "../../src/core/layout";
import { EvalTable, Table } from "../../src/core/layout/model";
import { NameWrite } from "../../src/core/plan/write-plan";
import { BlockSink, drawBasic, drawEval, gridOfBlocks } from "../support/variants";
import { insertRows, mapModel, move, setText, Shaped } from "./reshape";

function shaped(draw: (sink: BlockSink) => { table: Table; written: Shaped["written"]; blockRows: number[] }): Shaped {
  const sink = new BlockSink();
  const d = draw(sink);
  return { block: sink, table: d.table, written: d.written, blockRows: d.blockRows };
}

/** A sheet "自评" with the 部门整体 table and a project under it, and a sheet "基础" with the 基础表. */
function workbook() {
  const dept = shaped((s) => drawEval(s, DEPARTMENT, { sheet: "自评", origin: { row: 2, col: 2 } }));
  const project = shaped((s) =>
    drawEval(s, INVESTMENT, { sheet: "自评", origin: { row: dept.table.area.bottom + 3, col: 2 } }),
  );
  const basic = shaped((s) => drawBasic(s, BASIC, { sheet: "基础", origin: { row: 1, col: 1 } }));
  return { dept, project, basic };
}

const sheetsOf = (w: { dept: Shaped; project: Shaped; basic: Shaped }, extra: Shaped[] = []) => [
  gridOfBlocks("基础", [w.basic.block]),
  gridOfBlocks("自评", [w.dept.block, w.project.block]),
  ...extra.map((s) => gridOfBlocks(s.table.sheet, [s.block])),
];

/** A defined name after `count` rows are inserted before row `at` of its sheet, as Excel adjusts it. */
function namesAfterInsert(names: NameWrite[], sheet: string, at: number, count: number): NameWrite[] {
  const rows = (r: number) => (r >= at ? r + count : r);
  return names.map((n) =>
    n.sheet === sheet ? { ...n, area: { ...n.area, top: rows(n.area.top), bottom: rows(n.area.bottom) } } : n,
  );
}

describe("bindingNames", () => {
  it("names each table JX_T<nn>_<KIND> over its area, in workbook order", () => {
    const w = workbook();
    const first = recognize({ sheets: sheetsOf(w) });
    expect(first.fromBinding).toBe(false);
    const names = bindingNames(first.tables);
    expect(names.map((n) => [n.name, n.sheet, areaA1(n.area)])).toEqual([
      ["JX_T01_BASIC", "基础", areaA1(w.basic.table.area)],
      ["JX_T02_DEPARTMENT", "自评", areaA1(w.dept.table.area)],
      ["JX_T03_PROJECT", "自评", areaA1(w.project.table.area)],
    ]);
    expect(names.every((n) => isBindingName(n.name))).toBe(true);
    expect(isBindingName("JX_PROFILE")).toBe(false);
  });
});

describe("a later run", () => {
  it("reads the tables from their bound areas", () => {
    const w = workbook();
    const names = bindingNames(recognize({ sheets: sheetsOf(w) }).tables);
    const again = recognize({
      sheets: sheetsOf(w),
      names: [{ name: "Print_Area", sheet: "自评", area: { top: 1, left: 1, bottom: 9, right: 9 } }, ...names],
    });
    expect(again.fromBinding).toBe(true);
    expect(again.tables).toEqual([w.basic.table, w.dept.table, w.project.table]);
  });

  it("still finds them after rows are inserted above a table and inside its indicator list", () => {
    const w = workbook();
    let names = bindingNames(recognize({ sheets: sheetsOf(w) }).tables);
    // Two rows above the project table, then one in the middle of the 部门整体 table's indicator list.
    const above = w.project.table.area.top;
    const inside = (w.dept.table as EvalTable).indicators[2].row;
    const shiftAbove = (s: Shaped) => insertRows(s, above, 2);
    const shiftInside = (s: Shaped) => insertRows(s, inside, 1);
    const moved = {
      dept: shiftInside(shiftAbove(w.dept)),
      project: shiftInside(shiftAbove(w.project)),
      basic: w.basic,
    };
    names = namesAfterInsert(namesAfterInsert(names, "自评", above, 2), "自评", inside, 1);

    const again = recognize({ sheets: sheetsOf(moved), names });
    expect(again.fromBinding).toBe(true);
    expect(again.findings).toEqual([]);
    expect(again.tables).toEqual([w.basic.table, moved.dept.table, moved.project.table]);
    expect(again.tables[2].area.top).toBe(w.project.table.area.top + 3);
  });

  it("reads an indicator a person typed into an inserted row", () => {
    const w = workbook();
    const names = bindingNames(recognize({ sheets: sheetsOf(w) }).tables);
    const project = w.project.table as EvalTable;
    const at = project.total!.row; // a new row just above 总分
    const grown = { ...w, project: insertRows(w.project, at, 1) };
    const cols = project.columns;
    for (const [col, text] of [
      [cols.name, "新增指标"],
      [cols.target, "≥5个"],
      [cols.actual, "6个"],
    ] as const)
      setText(grown.project, at, col, text);
    grown.project.block.cells.set(`${at},${cols.weight}`, { value: 2 });

    const again = recognize({ sheets: sheetsOf(grown), names: namesAfterInsert(names, "自评", at, 1) });
    expect(again.fromBinding).toBe(true);
    const read = again.tables[2] as EvalTable;
    expect(read.indicators).toHaveLength(project.indicators.length + 1);
    const added = read.indicators[read.indicators.length - 1];
    expect([added.row, added.level1, added.level2, added.name.text, added.target!.text, added.weight!.value]).toEqual([
      at,
      "满意度指标",
      "服务对象满意度指标",
      "新增指标",
      "≥5个",
      2,
    ]);
    expect(read.total!.row).toBe(project.total!.row + 1);
  });
});

describe("a stale map", () => {
  it("is noticed when the tables moved under it, and the workbook is scanned again", () => {
    const w = workbook();
    const names = bindingNames(recognize({ sheets: sheetsOf(w) }).tables);
    const moved = { ...w, dept: move(w.dept, 3, 0), project: move(w.project, 3, 0) };
    const again = recognize({ sheets: sheetsOf(moved), names });
    expect(again.fromBinding).toBe(false);
    expect(again.tables).toEqual([w.basic.table, moved.dept.table, moved.project.table]);
  });

  it("is noticed when a bound table is gone", () => {
    const w = workbook();
    const names = bindingNames(recognize({ sheets: sheetsOf(w) }).tables);
    const again = recognize({
      sheets: [gridOfBlocks("基础", [w.basic.block]), gridOfBlocks("自评", [w.dept.block])],
      names,
    });
    expect(again.fromBinding).toBe(false);
    expect(again.tables).toEqual([w.basic.table, w.dept.table]);
  });

  it("is noticed when a new table was added outside the bound areas", () => {
    const w = workbook();
    const names = bindingNames(recognize({ sheets: sheetsOf(w) }).tables);
    const added = shaped((s) => drawEval(s, RAILWAY, { sheet: "铁路", origin: { row: 1, col: 1 } }));
    const again = recognize({ sheets: sheetsOf(w, [added]), names });
    expect(again.fromBinding).toBe(false);
    expect(again.tables).toEqual([w.basic.table, w.dept.table, w.project.table, added.table]);
  });

  it("is noticed when a name points to another kind of table, or to a sheet that is gone", () => {
    const w = workbook();
    const names = bindingNames(recognize({ sheets: sheetsOf(w) }).tables);
    const swapped = names.map((n) => (n.name === "JX_T02_DEPARTMENT" ? { ...n, name: "JX_T02_PROJECT" } : n));
    expect(recognize({ sheets: sheetsOf(w), names: swapped }).fromBinding).toBe(false);
    const elsewhere = names.map((n) => (n.sheet === "基础" ? { ...n, sheet: "旧基础表" } : n));
    const again = recognize({ sheets: sheetsOf(w), names: elsewhere });
    expect(again.fromBinding).toBe(false);
    expect(again.tables).toHaveLength(3);
  });

  it("a map of the model moved with the table is the map of the moved table", () => {
    const w = workbook();
    const names = bindingNames([w.basic.table, w.dept.table, w.project.table]);
    const movedNames = bindingNames([
      w.basic.table,
      mapModel(
        w.dept.table,
        (r) => r + 3,
        (c) => c,
      ),
      mapModel(
        w.project.table,
        (r) => r + 3,
        (c) => c,
      ),
    ]);
    const moved = { ...w, dept: move(w.dept, 3, 0), project: move(w.project, 3, 0) };
    expect(recognize({ sheets: sheetsOf(moved), names }).fromBinding).toBe(false);
    expect(recognize({ sheets: sheetsOf(moved), names: movedNames }).fromBinding).toBe(true);
  });
});
