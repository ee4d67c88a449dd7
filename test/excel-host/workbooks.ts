// Workbooks for the Excel host tests and the sync bench: a 基础表, a 部门整体支出 table and project tables, each
// table on its own sheet, with the merged titles, percentages and formulas a real 自评表 has.
import { WorkbookData } from "../../src/app/host";
import { CellWrite, WritePlan, emptyPlan } from "../../src/core/plan/write-plan";
import { FakeCell, FakeExcel, FakeSheetInit, FakeValue, FakeWorkbookInit } from "./fake-excel";

const INDICATORS: [string, string, number, string, number][] = [
  ["产出指标", "数量指标", 10, "≥95%", 0.9338],
  ["产出指标", "质量指标", 10, "100%", 1],
  ["产出指标", "时效指标", 10, "12月前完成", 1],
  ["产出指标", "成本指标", 10, "≤300万元", 2843000],
  ["效益指标", "社会效益指标", 20, "有效提升", 1],
  ["效益指标", "可持续影响指标", 10, "长期", 1],
  ["满意度指标", "服务对象满意度指标", 10, "≥90%", 0.93],
];

/** A 项目支出绩效自评表 on its own sheet: title merged across the table, header, indicators from row 6. */
export function projectSheet(name: string, project: string): FakeSheetInit {
  const pct: FakeCell = { value: 0.9338, numFmt: "0.00%" };
  const rows: (FakeValue | FakeCell | undefined)[][] = [
    ["项目支出绩效自评表"],
    ["项目名称", project, undefined, "主管部门", "某某局"],
    ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["年度资金总额", 64.53, 64.53, 60.26, 10, pct, { value: 9.34, formula: "=ROUND(F4*E4,2)" }],
    ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分", "偏差原因"],
  ];
  INDICATORS.forEach(([level1, level2, target, weight, actual], i) =>
    rows.push([level1, level2, `指标${i + 1}`, weight, target, actual, undefined, undefined]),
  );
  rows.push(["总分", undefined, undefined, 100, undefined, undefined, { value: 0, formula: "=SUM(G6:G12)" }]);
  return { name, rows, merges: ["A1:H1", "B2:C2", "A6:A9", "A10:A11"], notes: { B2: "项目负责人：张三" } };
}

/** A workbook with `tables` tables: one 部门整体支出 table and the rest project tables, plus a 基础表. */
export function selfEvaluationWorkbook(tables: number, apiVersion = "1.18"): FakeWorkbookInit {
  const sheets: FakeSheetInit[] = [
    {
      name: "基础表",
      rows: [
        ["部门整体支出绩效自评基础数据表"],
        ["项目", "年初预算数", "全年预算数", "全年执行数"],
        ["基本支出", 1200.5, 1260.75, 1250.1],
        ["项目支出", 3400, 3650.2, 3401.9],
      ],
      merges: ["A1:D1"],
    },
    { ...projectSheet("部门整体支出", "部门整体支出"), name: "部门整体支出" },
  ];
  for (let i = 1; i < tables; i++) sheets.push(projectSheet(`项目${i}`, `项目${i}`));
  return {
    sheets,
    names: [
      { name: "JX_OLD_BINDING", ref: "基础表!A1:D4" },
      { name: "打印区域备份", ref: "基础表!A1:D4" },
    ],
    settings: { "jixiao.profile": "platform" },
    apiVersion,
  };
}

export function fakeWorkbook(tables: number, apiVersion?: string): FakeExcel {
  return new FakeExcel(selfEvaluationWorkbook(tables, apiVersion));
}

/**
 * What a recalculation run plans for every table read: a score formula per indicator, the 偏差原因 of the first
 * indicator, a note, one validation for the weights, a binding name per table and the profile setting.
 */
export function recalcPlan(data: WorkbookData): WritePlan {
  const plan = emptyPlan();
  plan.replaceNames = true;
  for (const grid of data.sheets) {
    if (grid.cell(5, 1)?.value !== "一级指标") continue;
    const expected = (row: number, col: number) => {
      const cell = grid.cell(row, col);
      return { value: cell?.value ?? null, formula: cell?.formula, numFmt: cell?.numFmt };
    };
    for (let row = 6; row <= 12; row++) {
      const write: CellWrite = {
        ref: { sheet: grid.name, row, col: 7 },
        expected: expected(row, 7),
        formula: `=IF(F${row}>=E${row},D${row},round(D${row}*F${row},2))`,
        numFmt: "0.00",
        purpose: "score.indicator",
      };
      plan.cells.push(write);
    }
    plan.cells.push({
      ref: { sheet: grid.name, row: 6, col: 8 },
      expected: expected(6, 8),
      value: "受疫情影响，部分采购延后至次年。",
      note: "由绩效自评助手起草，请核对。",
      purpose: "reason.draft",
    });
    plan.validations.push({
      sheet: grid.name,
      area: { top: 6, left: 4, bottom: 12, right: 4 },
      rule: { type: "decimal", operator: "between", formula1: "0", formula2: "100" },
      prompt: { title: "分值", message: "请输入 0 到 100 之间的分值。" },
      error: { title: "分值超出范围", message: "分值应在 0 到 100 之间。" },
    });
    plan.names.push({ name: `JX_${grid.name}`, sheet: grid.name, area: { top: 1, left: 1, bottom: 13, right: 8 } });
  }
  plan.settings["jixiao.profile"] = "platform";
  plan.settings["jixiao.lastRun"] = "2024-03-01";
  return plan;
}
