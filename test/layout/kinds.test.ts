/**
 * Which table a block is: from its name label (项目支出名称 / 预算部门名称), else from its title, else from its
 * parts (only the 部门整体 table has 按收入性质分 / 按支出性质分).
 */
import { DEPARTMENT, INVESTMENT } from "../../samples/hengyang-2023.data";
import { recognize } from "../../src/core/layout";
import { EvalTable } from "../../src/core/layout/model";
import { BlockSink, drawEval, EvalStyle, gridOfBlocks } from "../support/variants";

/** A table drawn without title rows, with its name row (the first row) left out. */
function nameless(data: typeof DEPARTMENT | typeof INVESTMENT, style: Partial<EvalStyle> = {}) {
  const sink = new BlockSink();
  const d = drawEval(sink, data, { sheet: "表", origin: { row: 1, col: 1 }, title: false, ...style });
  const nameRows = data.kind === "project" ? [1, 2] : [1];
  for (const key of [...sink.cells.keys()]) if (nameRows.includes(Number(key.split(",")[0]))) sink.cells.delete(key);
  const merges = sink.merges.filter((m) => !nameRows.includes(m.top));
  sink.merges.splice(0, sink.merges.length, ...merges);
  const table = d.table as EvalTable;
  const expected: EvalTable = { ...table, title: "", area: { ...table.area, top: nameRows.length + 1 } };
  delete expected.titleField;
  delete expected.department;
  delete expected.implementer;
  return { grid: gridOfBlocks("表", [sink]), expected };
}

it("takes a block with 按收入性质分 / 按支出性质分 parts and no name for the 部门整体 table", () => {
  const { grid, expected } = nameless(DEPARTMENT);
  const r = recognize({ sheets: [grid] });
  expect(r.findings).toEqual([]);
  expect(r.tables).toEqual([expected]);
  expect(r.tables[0].kind).toBe("department");
});

it("takes a block without those parts and no name for a 项目支出绩效自评表", () => {
  const { grid, expected } = nameless(INVESTMENT);
  const r = recognize({ sheets: [grid] });
  expect(r.findings).toEqual([]);
  expect(r.tables).toEqual([expected]);
  expect(r.tables[0].kind).toBe("project");
});

// Issue 15: a form without a name label (海南's scorecard, 重庆's 部门整体) is titled by its title row, so its card in
// the pane is not blank.
it("takes the kind, and its title, from the title when a 部门整体 table has no name label", () => {
  const sink = new BlockSink();
  const d = drawEval(sink, { ...DEPARTMENT, unitLabel: "备注" }, { sheet: "表", origin: { row: 1, col: 1 } });
  const r = recognize({ sheets: [gridOfBlocks("表", [sink])] });
  expect(r.tables.map((t) => [t.kind, (t as EvalTable).title])).toEqual([["department", "部门整体支出绩效自评表"]]);
  expect((r.tables[0] as EvalTable).indicators).toEqual((d.table as EvalTable).indicators);
});
