import { Grid } from "../../src/core/grid/grid";
import { WritePlan, emptyPlan } from "../../src/core/plan/write-plan";
import { WpsHost, HostError } from "../../src/host/wps";
import { recalcPlan } from "../excel-host/workbooks";
import { FakeEt, FakeEtInit, FakeRule } from "./fake-et";
import { fakeEtWorkbook } from "./workbooks";

function smallWorkbook(): FakeEtInit {
  return {
    sheets: [
      {
        name: "自评表",
        rows: [
          ["项目支出绩效自评表"],
          [64.53, 60.26, { value: 0.93, numFmt: "0.00%" }, { value: 0.9338, formula: "=B2/A2", numFmt: "0.00%" }],
          ["6000 万美元", { value: null, error: "#DIV/0!", formula: "=1/0" }, true],
        ],
        merges: ["A1:D1"],
        notes: { A3: "单位换算见附表", D5: "空单元格上的批注" },
      },
      { name: "Other Sheet", rows: [[undefined], [undefined, "x"]] },
    ],
    names: [
      { name: "JX_T01_PROJECT", ref: "自评表!A1:D3" },
      { name: "JX_MULTI", ref: "='Other Sheet'!$B$2,'Other Sheet'!$A$1:$A$2" },
      { name: "常量", ref: "=0.5" },
      { name: "自评表!Print_Area", ref: "=自评表!$A$1:$D$3" },
    ],
    settings: { "jixiao.profile": "platform", "jixiao.count": "3" },
  };
}

function cells(grid: Grid | undefined) {
  return grid ? [...grid.cells()] : [];
}

/** Counts the calls into WPS one call of the host makes. */
async function callsOf<T>(et: FakeEt, call: () => Promise<T>): Promise<{ calls: number; result: T }> {
  const before = et.calls;
  const result = await call();
  return { calls: et.calls - before, result };
}

const DECIMAL_RULE: FakeRule = {
  type: 2,
  alertStyle: 1,
  operator: 1,
  formula1: "0",
  formula2: "100",
  ignoreBlank: true,
  inCellDropdown: true,
  showInput: true,
  showError: true,
  inputTitle: "分值",
  inputMessage: "请输入 0 到 100 之间的分值。",
  errorTitle: "分值超出范围",
  errorMessage: "分值应在 0 到 100 之间。",
};

describe("WpsHost.read", () => {
  it.each([false, true])(
    "reads values, formulas, number formats, errors, merges, notes, names and settings (errors as text: %s)",
    async (errorsAsText) => {
      const et = new FakeEt(smallWorkbook());
      et.errorsAsText = errorsAsText;
      const data = await new WpsHost(et.application).read();

      expect(data.sheets.map((g) => g.name)).toEqual(["自评表", "Other Sheet"]);
      const g = data.sheets[0];
      expect(g.cell(1, 1)).toEqual({ value: "项目支出绩效自评表" });
      expect(g.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 4 }]);
      expect(g.shown(1, 3)).toEqual({ value: "项目支出绩效自评表" });
      expect(g.cell(2, 3)).toEqual({ value: 0.93, numFmt: "0.00%" });
      expect(g.cell(2, 4)).toEqual({ value: 0.9338, formula: "=B2/A2", numFmt: "0.00%" });
      expect(g.cell(3, 1)).toEqual({ value: "6000 万美元", note: "单位换算见附表" });
      expect(g.cell(3, 2)).toEqual({ value: null, error: "#DIV/0!", formula: "=1/0" });
      expect(g.cell(3, 3)).toEqual({ value: true });
      // A note on an empty cell is not part of the grid, as in the file host.
      expect(g.cell(5, 4)).toBeUndefined();
      // The used range of the other sheet starts at B2: positions stay absolute.
      expect(cells(data.sheets[1])).toEqual([{ row: 2, col: 2, cell: { value: "x" } }]);
      // Workbook names that refer to cells, one entry per area; constants and a sheet's own names are left out.
      expect(data.names).toEqual([
        { name: "JX_T01_PROJECT", sheet: "自评表", area: { top: 1, left: 1, bottom: 3, right: 4 } },
        { name: "JX_MULTI", sheet: "Other Sheet", area: { top: 2, left: 2, bottom: 2, right: 2 } },
        { name: "JX_MULTI", sheet: "Other Sheet", area: { top: 1, left: 1, bottom: 2, right: 1 } },
      ]);
      expect(data.settings).toEqual({ "jixiao.profile": "platform", "jixiao.count": "3" });
    },
  );

  it("reads only the sheets asked for, and still the settings", async () => {
    const data = await new WpsHost(new FakeEt(smallWorkbook()).application).read(["Other Sheet"]);
    expect(data.sheets.map((g) => g.name)).toEqual(["Other Sheet"]);
    expect(data.settings["jixiao.profile"]).toBe("platform");
  });

  it("reads whole ranges: a table ten times as long costs a few questions more, not ten times the calls", async () => {
    const table = (rows: number): FakeEtInit => ({
      sheets: [
        {
          name: "明细",
          rows: [
            ["指标", "分值", "完成率"],
            ...Array.from({ length: rows }, (_, i) => [`指标${i + 1}`, 10, { value: 0.9, numFmt: "0.00%" }]),
          ],
          merges: ["A1:B1"],
        },
      ],
    });
    const calls = async (rows: number) => {
      const et = new FakeEt(table(rows));
      const { calls, result } = await callsOf(et, () => new WpsHost(et.application).read());
      expect(result.sheets[0].cell(rows + 1, 3)).toEqual({ value: 0.9, numFmt: "0.00%" });
      expect(et.callsTo.get("Range.Value2")).toBe(1);
      return calls;
    };
    // One more halving of the two regions that differ (the header's format, the merged title) per doubling.
    const short = await calls(20);
    const long = await calls(200);
    expect(long).toBeLessThan(short * 1.3);
    expect(long - short).toBeLessThanOrEqual(2 * 2 * 2 * Math.ceil(Math.log2(10)));
  });

  it("cuts a used range swollen by a formatted column to the cells that hold something", async () => {
    const et = new FakeEt({
      sheets: [
        {
          name: "表",
          rows: [
            ["a", 1],
            [undefined, 2],
          ],
        },
      ],
    });
    const sheet = et.sheet("表");
    sheet.put(1_048_576, 3, { value: null, numFmt: "0.00" }); // WPS counts the formatted cell as used
    const { calls, result } = await callsOf(et, () => new WpsHost(et.application).read());
    expect(cells(result.sheets[0]).map((c) => c.cell.value)).toEqual(["a", 1, 2]);
    expect(et.callsTo.get("Range.Find")).toBe(2);
    expect(calls).toBeLessThan(60);
  });

  it("takes per-cell answers at their word: one NumberFormat and one MergeCells question a sheet", async () => {
    const read = async (perCell: boolean) => {
      const et = fakeEtWorkbook(3);
      et.answersPerCell = perCell;
      const { result } = await callsOf(et, () => new WpsHost(et.application).read());
      return { result, et };
    };
    const halving = await read(false);
    const perCell = await read(true);
    expect(perCell.result.sheets.map(cells)).toEqual(halving.result.sheets.map(cells));
    expect(perCell.result.sheets.map((g) => g.merges)).toEqual(halving.result.sheets.map((g) => g.merges));
    const sheets = perCell.result.sheets.length + 1; // and the settings sheet
    expect(perCell.et.callsTo.get("Range.NumberFormat")).toBe(sheets);
    expect(perCell.et.callsTo.get("Range.MergeCells")).toBe(sheets);
    expect(perCell.et.calls).toBeLessThan(halving.et.calls);
  });

  it("finds a merged area whose other cells a file filled, and keeps only its top-left cell, as the file host does", async () => {
    const et = new FakeEt({
      sheets: [
        {
          name: "表",
          rows: [
            ["一级指标", "二级指标", "分值"],
            ["产出指标", "数量指标", 10],
            ["产出指标", "质量指标", 10],
          ],
          merges: ["A2:A3"],
        },
      ],
    });
    const [grid] = (await new WpsHost(et.application).read()).sheets;
    expect(grid.merges).toEqual([{ top: 2, left: 1, bottom: 3, right: 1 }]);
    expect(grid.cell(2, 1)).toEqual({ value: "产出指标" });
    expect(grid.cell(3, 1)).toBeUndefined();
    expect(grid.shown(3, 1)).toEqual({ value: "产出指标" });
  });

  it("tells text that starts with = from a formula, asking only that cell", async () => {
    const et = new FakeEt({ sheets: [{ name: "表", rows: [[{ value: "=不是公式" }, "=A1", 1]] }] });
    const [grid] = (await new WpsHost(et.application).read()).sheets;
    expect(grid.cell(1, 1)).toEqual({ value: "=不是公式" });
    expect(grid.cell(1, 2)).toEqual({ value: null, formula: "=A1" });
    expect(et.callsTo.get("Range.HasFormula")).toBe(1);
  });

  it("says so when no workbook is open", async () => {
    const et = new FakeEt(smallWorkbook());
    et.noWorkbook = true;
    await expect(new WpsHost(et.application).read()).rejects.toThrow("WPS 表格中没有打开的工作簿");
  });
});

describe("WpsHost.apply", () => {
  it("writes formulas, values as typed text, formats, notes, validation, names and settings", async () => {
    const et = fakeEtWorkbook(2);
    const host = new WpsHost(et.application);
    const plan = recalcPlan(await host.read());
    plan.cells.push(
      { ref: { sheet: "项目1", row: 14, col: 1 }, expected: { value: null }, value: "001", purpose: "t" },
      { ref: { sheet: "项目1", row: 14, col: 2 }, expected: { value: null }, value: "93.00%", purpose: "t" },
      {
        ref: { sheet: "项目1", row: 14, col: 3 },
        expected: { value: null },
        value: 93.38,
        numFmt: "0.00",
        purpose: "t",
      },
    );
    et.activeSheet = "项目1";
    const result = await host.apply(plan);

    expect(result).toMatchObject({ applied: true, written: plan.cells.length, conflicts: [], skipped: [] });
    expect(et.cell("项目1", "G6")).toEqual({ value: null, formula: "=IF(F6>=E6,D6,ROUND(D6*F6,2))", numFmt: "0.00" });
    expect(et.cell("项目1", "H6")?.value).toBe("受疫情影响，部分采购延后至次年。");
    expect(et.note("项目1", "H6")).toBe("由绩效自评助手起草，请核对。");
    expect(et.cell("项目1", "A14")).toEqual({ value: "001" });
    expect(et.cell("项目1", "B14")).toEqual({ value: "93.00%" });
    expect(et.cell("项目1", "C14")).toEqual({ value: 93.38, numFmt: "0.00" });
    expect(et.sheet("项目1").ruleAt("D6")).toEqual(DECIMAL_RULE);
    expect(et.sheet("项目1").ruleAt("D12")).toEqual(DECIMAL_RULE);
    expect(et.sheet("项目1").ruleAt("D13")).toBeUndefined();
    // The add-in's old binding is replaced; a person's own name stays.
    expect(et.names.map((n) => n.name).sort()).toEqual(["JX_部门整体支出", "JX_项目1", "打印区域备份"].sort());
    expect(et.names.find((n) => n.name === "JX_项目1")?.refersTo).toBe("=项目1!$A$1:$H$13");
    // The settings sheet: found, its other keys kept, very hidden, and the person still on their sheet.
    const settings = et.sheet("_jixiao");
    expect(settings.visible).toBe(2);
    expect((await host.read()).settings).toEqual({ "jixiao.profile": "platform", "jixiao.lastRun": "2024-03-01" });
    expect(settings.cellAt("B2")).toEqual({ value: "2024-03-01" }); // text, not a date
    expect(et.activeSheet).toBe("项目1");
    // The screen stood still for the run and was given back.
    expect(et.screenUpdates).toEqual([false, true]);

    const after = await host.read();
    expect(after.names).toContainEqual({
      name: "JX_项目1",
      sheet: "项目1",
      area: { top: 1, left: 1, bottom: 13, right: 8 },
    });
    expect(after.sheets.find((g) => g.name === "项目1")?.cell(6, 8)?.note).toBe("由绩效自评助手起草，请核对。");
  });

  it("writes by areas: one Formula per column of scores, not one per cell", async () => {
    const et = fakeEtWorkbook(3);
    const host = new WpsHost(et.application);
    const plan = recalcPlan(await host.read());
    const before = et.callsTo.get("Range.Formula=") ?? 0;
    await host.apply(plan);
    // Per table: G6:G12 (formulas) and H6 (the reason) — two areas, whatever the number of indicators.
    expect((et.callsTo.get("Range.Formula=") ?? 0) - before).toBe(3 * 2 + 1); // and one for the settings
  });

  it("creates the settings sheet very hidden, after the last sheet, and leaves the active sheet", async () => {
    const init = smallWorkbook();
    delete init.settings;
    const et = new FakeEt(init);
    et.activeSheet = "Other Sheet";
    const plan = emptyPlan();
    plan.settings["jixiao.profile"] = "default";
    await new WpsHost(et.application).apply(plan);
    expect(et.sheets.map((s) => [s.name, s.visible])).toEqual([
      ["自评表", -1],
      ["Other Sheet", -1],
      ["_jixiao", 2],
    ]);
    expect(et.activeSheet).toBe("Other Sheet");
    expect((await new WpsHost(et.application).read()).settings).toEqual({ "jixiao.profile": "default" });
  });

  it("where the workbook's structure is protected, writes the cells and says the setting was not kept", async () => {
    const init = smallWorkbook();
    delete init.settings;
    const et = new FakeEt({ ...init, protectStructure: true });
    const plan = emptyPlan();
    plan.cells.push({ ref: { sheet: "自评表", row: 5, col: 1 }, expected: { value: null }, value: 1, purpose: "t" });
    plan.settings["jixiao.profile"] = "default";
    const result = await new WpsHost(et.application).apply(plan);
    expect(result.applied).toBe(true);
    expect(et.cell("自评表", "A5")).toEqual({ value: 1 });
    expect(result.skipped).toEqual([
      "工作簿结构受保护，未能在工作簿中保存所选的评分规则。请在「审阅」选项卡中撤销工作簿保护后重试。",
    ]);
  });

  it("refuses the whole plan when one cell changed since it was read", async () => {
    const et = fakeEtWorkbook(3);
    const host = new WpsHost(et.application);
    const plan = recalcPlan(await host.read());
    et.type("项目2", "G9", 8.5); // a person's own score, typed after the read
    const before = et.snapshot();

    const result = await host.apply(plan);

    expect(result.applied).toBe(false);
    expect(result.written).toBe(0);
    expect(result.conflicts).toHaveLength(1);
    expect(result.conflicts[0].write.ref).toEqual({ sheet: "项目2", row: 9, col: 7 });
    expect(result.conflicts[0].found).toEqual({ value: 8.5 });
    expect(et.snapshot()).toEqual(before);
    expect(et.screenUpdates).toEqual([false, true]);
  });

  it("returns an undo plan that puts back every value, formula, number format and note", async () => {
    const et = fakeEtWorkbook(2);
    et.type("项目1", "H6", "原有的说明"); // text a person wrote is replaced only because the plan expects it
    const host = new WpsHost(et.application);
    const original = await host.read();
    const plan = recalcPlan(original);
    plan.cells.push({
      ref: { sheet: "项目1", row: 2, col: 2 },
      expected: { value: "项目1" },
      value: "项目一",
      note: "",
      numFmt: "@",
      purpose: "normalize",
    });
    const result = await host.apply(plan);
    expect(et.note("项目1", "B2")).toBeUndefined();
    // The same plan again is stale now: it conflicts and writes nothing.
    expect((await host.apply(plan)).applied).toBe(false);

    const undone = await host.apply(result.undo);
    expect(undone).toMatchObject({ applied: true, conflicts: [] });
    const restored = await host.read();
    for (const grid of original.sheets)
      expect(cells(restored.sheets.find((g) => g.name === grid.name))).toEqual(cells(grid));
    expect(et.note("项目1", "B2")).toBe("项目负责人：张三");
    expect(et.note("项目1", "H6")).toBeUndefined();
    expect(et.cell("项目1", "G6")).toBeUndefined();
  });

  it("undo puts back each area's validation: none, a person's own rule, and a rule on some cells only", async () => {
    const et = fakeEtWorkbook(2);
    const host = new WpsHost(et.application);
    const sheet = et.sheet("项目1");
    // A person's own list on 项目1!E6:E12, and a rule of theirs on one cell of 项目1!F6:F12.
    const list: FakeRule = {
      ...DECIMAL_RULE,
      type: 3,
      operator: undefined,
      formula1: "是,否",
      formula2: undefined,
      ignoreBlank: false,
      alertStyle: 2,
      inputTitle: "是否完成",
      inputMessage: "请选择",
    };
    delete list.operator;
    delete list.formula2;
    const one: FakeRule = { ...DECIMAL_RULE, type: 1, operator: 5, formula1: "0", inputTitle: "" };
    delete one.formula2;
    sheet.setRule({ top: 6, left: 5, bottom: 12, right: 5 }, list);
    sheet.setRule({ top: 6, left: 6, bottom: 6, right: 6 }, one);
    const plan = recalcPlan(await host.read()); // D6:D12 of both sheets, which have no validation
    const rule = (left: number) => ({
      sheet: "项目1",
      area: { top: 6, left, bottom: 12, right: left },
      rule: { type: "decimal" as const, operator: "greaterThanOrEqual" as const, formula1: "0" },
      prompt: { title: "指标值", message: "请输入数值。" },
      error: { title: "不是数值", message: "请输入数值。" },
    });
    plan.validations.push(rule(5), rule(6));

    const { result } = await callsOf(et, () => host.apply(plan));
    expect(sheet.ruleAt("E6")).toMatchObject({ type: 2, operator: 7, formula1: "0" });
    expect(sheet.ruleAt("F12")).toMatchObject({ type: 2, operator: 7 });
    // F6:F12 cell by cell; E6:E12 its one rule; D6:D12 of both sheets had none.
    expect(
      result.undo.restoreValidations?.map(
        (r) => `${r.sheet}:${r.area.left}:${r.previous ? ("cells" in r.previous ? "cells" : "one") : "none"}`,
      ),
    ).toEqual(["项目1:6:cells", "项目1:5:one", "项目1:4:none", "部门整体支出:4:none"]);
    // Only the area whose cells differed was read cell by cell: 7 cells, one of them with a rule.
    expect(et.callsTo.get("Validation.Type")).toBe(2 + 1);

    expect((await host.apply(result.undo)).applied).toBe(true);
    expect(sheet.ruleAt("D6")).toBeUndefined();
    expect(sheet.ruleAt("E6")).toEqual(list);
    expect(sheet.ruleAt("E12")).toEqual(list);
    expect(sheet.ruleAt("F6")).toEqual(one);
    expect(sheet.ruleAt("F7")).toBeUndefined();
    expect(et.sheet("部门整体支出").rules.size).toBe(0);
  });

  it("writing the very validation an area has leaves nothing to put back", async () => {
    const et = fakeEtWorkbook(1);
    const host = new WpsHost(et.application);
    const plan = emptyPlan();
    plan.validations = recalcPlan(await host.read()).validations;
    expect((await host.apply(plan)).undo.restoreValidations).toHaveLength(1);
    const again = await host.apply(plan);
    expect(again.undo.restoreValidations).toEqual([]);
    expect(et.sheet("部门整体支出").ruleAt("D6")).toEqual(DECIMAL_RULE);
  });

  it("writes a custom rule with its formula and clips a title WPS would refuse", async () => {
    const et = fakeEtWorkbook(1);
    const plan = emptyPlan();
    plan.validations.push({
      sheet: "部门整体支出",
      area: { top: 6, left: 7, bottom: 12, right: 7 },
      rule: { type: "custom", formula: "AND(G6>=0,G6<=D6)" },
      prompt: { title: "得分", message: "得分不超过分值。" },
      error: { title: "这是一个超过三十二个字符的很长很长很长很长很长很长的标题啊", message: "得分不能超过分值。" },
    });
    await new WpsHost(et.application).apply(plan);
    const rule = et.sheet("部门整体支出").ruleAt("G6")!;
    expect(rule).toMatchObject({ type: 7, formula1: "=AND(G6>=0,G6<=D6)" });
    expect(rule.operator).toBeUndefined();
    expect(rule.errorTitle.length).toBeLessThanOrEqual(32);
  });

  it("hands back an undo for what was written when a write fails halfway, and gives the screen back", async () => {
    const et = fakeEtWorkbook(2);
    const host = new WpsHost(et.application);
    const plan = recalcPlan(await host.read());
    // The sheet gets protected after the first area is written.
    let writes = 0;
    et.onCall = (member) => {
      if (member === "Range.Formula=" && ++writes === 2) et.sheet("项目1").protected = true;
    };
    const error = (await host.apply(plan).catch((e) => e)) as HostError;
    expect(error).toBeInstanceOf(HostError);
    expect(error.message).toMatch(/^WPS 表格写入失败：.*受保护/);
    expect(error.undo?.cells.length).toBeGreaterThan(0);
    expect(error.undo?.cells.length).toBeLessThan(plan.cells.length);
    expect(et.screenUpdating).toBe(true);
    et.onCall = undefined;
    et.sheet("项目1").protected = false;
    expect((await host.apply(error.undo!)).applied).toBe(true);
    expect(et.cell("部门整体支出", "G6")).toBeUndefined();
  });
});

describe("what stops a run before anything is written", () => {
  it("a protected sheet: the Excel host's message, and nothing written on any sheet", async () => {
    const et = fakeEtWorkbook(3);
    const host = new WpsHost(et.application);
    const plan = recalcPlan(await host.read());
    et.sheet("项目2").protected = true;
    const before = et.snapshot();

    const error = (await host.apply(plan).catch((e) => e)) as HostError;
    expect(error).toBeInstanceOf(HostError);
    expect(error.code).toBe("SheetProtected");
    expect(error.message).toBe("工作表「项目2」受保护，未写入任何内容。请在「审阅」选项卡中撤销工作表保护后重试。");
    expect(et.snapshot()).toEqual(before);
    expect(et.screenUpdates).toEqual([false, true]);
  });

  it("a sheet deleted since the read", async () => {
    const et = fakeEtWorkbook(3);
    const host = new WpsHost(et.application);
    const plan = recalcPlan(await host.read());
    et.deleteSheet("项目1");
    const error = (await host.apply(plan).catch((e) => e)) as HostError;
    expect(error.code).toBe("SheetMissing");
    expect(error.message).toMatch(/^找不到工作表「项目1」，它可能已被删除或改名。未写入任何内容/);
    expect(et.cell("项目2", "G6")).toBeUndefined();
  });

  it("a plan with nothing to do makes no call at all", async () => {
    const et = fakeEtWorkbook(1);
    const { calls, result } = await callsOf(et, () => new WpsHost(et.application).apply(emptyPlan()));
    expect(result).toMatchObject({ applied: true, written: 0 });
    expect(calls).toBe(0);
  });
});

describe("WpsHost.select and capabilities", () => {
  it("activates the sheet and selects the cell", async () => {
    const et = fakeEtWorkbook(3);
    await new WpsHost(et.application).select("项目2!G9");
    expect(et.activeSheet).toBe("项目2");
    expect(et.selection).toBe("项目2!G9");
  });

  it("names a sheet that is gone", async () => {
    await expect(new WpsHost(fakeEtWorkbook(1).application).select("'Gone Sheet'!A1")).rejects.toThrow(
      "找不到工作表「Gone Sheet」，它可能已被删除或改名。",
    );
  });

  it("has data validation, notes and merged areas, and nothing to say about limits", () => {
    expect(new WpsHost(fakeEtWorkbook(1).application).capabilities()).toEqual({
      dataValidation: true,
      notes: true,
      mergedAreas: true,
      select: true,
      limits: [],
    });
  });
});

export type { WritePlan };
