/**
 * Input that is not (quite) one of the official tables: a clear Chinese finding at the cell where the block starts,
 * naming what is missing; a workbook with none of the tables gets NO_TABLES; nothing ever throws.
 */
import fc from "fast-check";
import { BASIC, DEPARTMENT, INVESTMENT } from "../../samples/hengyang-2023.data";
import { Grid, gridFromValues } from "../../src/core/grid/grid";
import { recognize } from "../../src/core/layout";
import { BasicTable, EvalTable } from "../../src/core/layout/model";
import { BlockSink, drawBasic, drawEval, gridOfBlocks, TEMPLATE_ORDER } from "../support/variants";

const HINT_START = "未找到自评表或基础表";

describe("a workbook with none of the tables", () => {
  it.each([
    ["no sheets", [] as Grid[]],
    ["an empty sheet", [gridFromValues("Sheet1", [])]],
    [
      "unrelated content",
      [
        gridFromValues("名单", [
          ["姓名", "得分", "合计"],
          ["张三", 90, 180],
        ]),
      ],
    ],
  ])("%s: one NO_TABLES finding with a hint", (_what, sheets) => {
    const r = recognize({ sheets });
    expect(r.tables).toEqual([]);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ code: "NO_TABLES", severity: "error", cell: null });
    expect(r.findings[0].message.startsWith(HINT_START)).toBe(true);
    expect(r.findings[0].message.length).toBeGreaterThan(HINT_START.length);
  });
});

function draw(fn: (sink: BlockSink) => void, sheet = "表"): Grid {
  const sink = new BlockSink();
  fn(sink);
  return gridOfBlocks(sheet, [sink]);
}

describe("a block that looks like a table but lacks its core", () => {
  it("names the missing figure columns of an indicator header that has only names, at the cell where the table starts", () => {
    const grid = draw((s) =>
      drawEval(s, INVESTMENT, {
        sheet: "表",
        origin: { row: 3, col: 2 },
        order: TEMPLATE_ORDER.filter((k) => !["target", "actual", "weight", "score"].includes(k)),
      }),
    );
    const r = recognize({ sheets: [grid] });
    expect(r.tables).toEqual([]);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ code: "LAYOUT_INCOMPLETE", severity: "error", cell: "表!B3" });
    expect(r.findings[0].message).toContain("“年度指标值”“实际完成值”“分值”“得分”列");
  });

  it("reports a budget header with no indicator header under it", () => {
    const grid = gridFromValues("表", [
      ["项目资金", "资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      [null, "年度资金总额", 10, 20, 18, 10, 0.9, 9],
    ]);
    const r = recognize({ sheets: [grid] });
    expect(r.tables).toEqual([]);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ code: "LAYOUT_INCOMPLETE", cell: "表!C1" });
    expect(r.findings[0].message).toContain("缺少绩效指标表头");
  });

  it("reads a money block without a 年度资金总额 row as the sum of its sources (issue 15: the Sichuan export has none)", () => {
    const withoutTotal = { ...INVESTMENT, budget: INVESTMENT.budget.filter((b) => !b.total) };
    const r = recognize({
      sheets: [draw((s) => drawEval(s, withoutTotal as never, { sheet: "表", origin: { row: 1, col: 1 } }))],
    });
    expect(r.findings).toEqual([]);
    const t = r.tables[0] as EvalTable;
    expect(t.budget?.sumOfSources).toBe(true);
    expect(t.budget?.sources.map((s) => s.label)).toEqual(["其中:当年财政拨款", "上年结转金额", "其它资金"]);
    expect(t.budget?.total.annual).toBeUndefined();
    expect(t.layout.has).not.toContain("budgetTotalRow");
  });

  it("keeps a 自评表 without a 总分 row, ending it at its last indicator, with no total and no finding (issue 15)", () => {
    const sink = new BlockSink();
    const d = drawEval(sink, DEPARTMENT, { sheet: "表", origin: { row: 1, col: 1 } });
    const total = (d.table as EvalTable).total!.row;
    for (const key of [...sink.cells.keys()]) if (key.startsWith(`${total},`)) sink.cells.delete(key);
    const r = recognize({ sheets: [gridOfBlocks("表", [sink])] });
    expect(r.tables).toHaveLength(1);
    const t = r.tables[0] as EvalTable;
    expect(t.indicators).toEqual((d.table as EvalTable).indicators);
    expect(t.total).toBeUndefined();
    expect(t.area.bottom).toBe(total - 1);
    expect(t.layout.has).not.toContain("totalRow");
    expect(r.findings).toEqual([]);
  });

  it("reports a 基础表 with fewer than three year columns", () => {
    const grid = draw((s) =>
      drawBasic(s, BASIC, {
        sheet: "表",
        origin: { row: 1, col: 1 },
        years: [
          { label: "2022年决算数", role: "previousFinal" },
          { label: "2023年预算数", role: "budget" },
          { label: "备注", role: "final" },
        ],
      }),
    );
    const r = recognize({ sheets: [grid] });
    expect(r.tables).toEqual([]);
    expect(r.findings.map((f) => [f.code, f.cell])).toEqual([["LAYOUT_INCOMPLETE", "表!A1"]]);
    expect(r.findings[0].message).toContain("年度列");
    expect(r.findings[0].message).toContain("2022年决算数、2023年预算数");
  });

  it("keeps a 基础表 whose 财政供养人员情况 lacks 控制率, without that part", () => {
    const sink = new BlockSink();
    const d = drawBasic(sink, BASIC, {
      sheet: "表",
      origin: { row: 1, col: 1 },
      staffingHeaders: ["编制数", "2023年实际在职人数", "比例"],
    });
    const r = recognize({ sheets: [gridOfBlocks("表", [sink])] });
    const expected: BasicTable = { ...(d.table as BasicTable) };
    delete expected.staffing;
    expect(r.tables).toEqual([expected]);
    expect(r.findings.map((f) => [f.code, f.cell])).toEqual([["LAYOUT_INCOMPLETE", "表!A1"]]);
    expect(r.findings[0].message).toContain("“控制率”列");
  });

  it("keeps the good tables of a workbook next to a broken one", () => {
    const good = new BlockSink();
    const d = drawEval(good, DEPARTMENT, { sheet: "好", origin: { row: 1, col: 1 } });
    const bad = draw(
      (s) =>
        drawEval(s, INVESTMENT, {
          sheet: "坏",
          origin: { row: 1, col: 1 },
          order: TEMPLATE_ORDER.filter((k) => !["target", "actual", "weight", "score"].includes(k)),
        }),
      "坏",
    );
    const r = recognize({ sheets: [gridOfBlocks("好", [good]), bad] });
    expect(r.tables).toEqual([d.table]);
    expect(r.findings.map((f) => [f.code, f.cell])).toEqual([["LAYOUT_INCOMPLETE", "坏!A1"]]);
  });
});

describe("never an exception", () => {
  const WORDS = [
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因分析及改进措施",
    "总分",
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "执行率",
    "年度资金总额",
    "按收入性质分",
    "按支出性质分",
    "年度总体目标",
    "预期目标",
    "实际完成情况",
    "项目支出名称",
    "预算部门名称",
    "主管部门",
    "实施单位",
    "项目支出绩效自评表",
    "财政供养人员情况",
    "编制数",
    "实际在职人数",
    "控制率",
    "经费控制情况",
    "2022年决算数",
    "本年预算数",
    "本年决算数",
    "楼堂馆所控制情况",
    "批复规模",
    "厉行节约保障措施",
    "三公经费",
    "公用经费",
    "本级专项资金",
    "指标2",
    "……",
  ];
  const cell = fc.oneof(
    { weight: 4, arbitrary: fc.constant(null) },
    { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
    { weight: 1, arbitrary: fc.double({ noNaN: true, min: -1e6, max: 1e6 }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  );
  const area = fc
    .tuple(
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 8 }),
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 0, max: 3 }),
    )
    .map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w }));

  it("turns any grid of header words, figures and merged cells into tables or findings", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 14 }),
        fc.array(area, { maxLength: 6 }),
        (values, merges) => {
          // Merged areas must not overlap, as in Excel.
          const kept = merges.filter(
            (m, i) =>
              !merges
                .slice(0, i)
                .some((o) => o.top <= m.bottom && m.top <= o.bottom && o.left <= m.right && m.left <= o.right),
          );
          const grid = gridFromValues("随机", values, kept);
          const r = recognize({
            sheets: [grid],
            names: [{ name: "JX_T01_PROJECT", sheet: "随机", area: { top: 1, left: 1, bottom: 5, right: 5 } }],
          });
          for (const f of r.findings) {
            expect(["LAYOUT_INCOMPLETE", "NO_TABLES"]).toContain(f.code);
            expect(f.message).toMatch(/[\u4e00-\u9fff]/);
            // The recognizer's own safety net (an internal error turned into a finding) never fires.
            expect(f.message).not.toContain("表格无法识别");
          }
          expect(r.tables.length + r.findings.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
