import { ExcelHost, HostError } from "../../src/host/excel";
import { WritePlan, emptyPlan } from "../../src/core/plan/write-plan";
import { Grid } from "../../src/core/grid/grid";
import { Area, areaA1 } from "../../src/core/grid/address";
import { mergePieces } from "../../src/host/excel/read";
import { FakeExcel, FakeValidation, FakeValue, FakeWorkbookInit } from "./fake-excel";
import { fakeWorkbook, recalcPlan } from "./workbooks";

function hostOn(excel: FakeExcel, options: { syncTimeoutMs?: number; payloadBudgetBytes?: number } = {}): ExcelHost {
  return new ExcelHost({ run: excel.run, isSetSupported: excel.isSetSupported, hasClass: excel.hasClass, ...options });
}

/** Counts the syncs one call makes. */
async function syncsOf<T>(excel: FakeExcel, call: () => Promise<T>): Promise<{ syncs: number; result: T }> {
  const before = excel.syncs;
  const result = await call();
  return { syncs: excel.syncs - before, result };
}

function smallWorkbook(apiVersion = "1.18"): FakeWorkbookInit {
  return {
    apiVersion,
    sheets: [
      {
        name: "自评表",
        rows: [
          ["项目支出绩效自评表"],
          [64.53, 60.26, { value: 0.93, numFmt: "0.00%" }, { value: 0.9338, formula: "=B2/A2", numFmt: "0.00%" }],
          ["6000 万美元", { value: null, error: "#DIV/0!", formula: "=1/0" }, true],
        ],
        merges: ["A1:D1"],
        notes: { A3: "单位换算见附表" },
      },
      { name: "Other Sheet", rows: [[undefined], [undefined, "x"]] },
    ],
    names: [{ name: "JX_T01_PROJECT", ref: "自评表!A1:D3" }],
    settings: { "jixiao.profile": "platform", "jixiao.count": 3 },
  };
}

function cells(grid: Grid | undefined) {
  return grid ? [...grid.cells()] : [];
}

describe("ExcelHost.read", () => {
  it("reads values, formulas, number formats, errors, merges, notes, names and settings", async () => {
    const excel = new FakeExcel(smallWorkbook());
    const data = await hostOn(excel).read();

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
    // The used range of the other sheet starts at B2: positions stay absolute.
    expect(cells(data.sheets[1])).toEqual([{ row: 2, col: 2, cell: { value: "x" } }]);
    expect(data.names).toEqual([
      { name: "JX_T01_PROJECT", sheet: "自评表", area: { top: 1, left: 1, bottom: 3, right: 4 } },
    ]);
    expect(data.settings).toEqual({ "jixiao.profile": "platform", "jixiao.count": "3" });
  });

  it("reads only the sheets asked for", async () => {
    const data = await hostOn(new FakeExcel(smallWorkbook())).read(["Other Sheet"]);
    expect(data.sheets.map((g) => g.name)).toEqual(["Other Sheet"]);
  });

  it("takes the settings a workbook carries from the CLI, with Excel's own settings winning", async () => {
    const init = smallWorkbook();
    init.sheets.push({
      name: "_jixiao",
      rows: [
        ["jixiao.profile", "strict"],
        ["jixiao.cliOnly", "yes"],
      ],
    });
    const data = await hostOn(new FakeExcel(init)).read();
    expect(data.sheets.map((g) => g.name)).not.toContain("_jixiao");
    expect(data.settings).toMatchObject({ "jixiao.profile": "platform", "jixiao.cliOnly": "yes" });
  });

  it("reads an Office 2016 volume edition (ExcelApi 1.1): cells and names, no merges, no settings", async () => {
    const excel = new FakeExcel(smallWorkbook("1.1"));
    const data = await hostOn(excel).read();
    expect(data.sheets[0].cell(2, 4)).toEqual({ value: 0.9338, formula: "=B2/A2", numFmt: "0.00%" });
    expect(data.sheets[0].merges).toEqual([]);
    expect(data.names).toEqual([
      { name: "JX_T01_PROJECT", sheet: "自评表", area: { top: 1, left: 1, bottom: 3, right: 4 } },
    ]);
    expect(data.settings).toEqual({});
  });
});

describe("ExcelHost.read, merged areas", () => {
  /**
   * 600 merged areas on one sheet, more than the 512 one getMergedAreasOrNullObject call may return: one per row
   * across A:B, two-row areas in C:D and in E (some across the 128-row pieces the host asks in), and a title at the
   * bottom that reaches past the last column holding a value.
   */
  function manyMerges(): { excel: FakeExcel; merges: Area[] } {
    const merges: Area[] = [];
    const rows: FakeValue[][] = [];
    const put = (area: Area, value: FakeValue) => {
      merges.push(area);
      (rows[area.top - 1] ??= [])[area.left - 1] = value;
    };
    for (let r = 1; r <= 300; r++) put({ top: r, left: 1, bottom: r, right: 2 }, `指标${r}`);
    for (let r = 1; r <= 299; r += 2) put({ top: r, left: 3, bottom: r + 1, right: 4 }, r);
    for (let r = 2; r <= 298; r += 2) put({ top: r, left: 5, bottom: r + 1, right: 5 }, "达标");
    put({ top: 301, left: 1, bottom: 301, right: 8 }, "合计");
    for (const row of rows) for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
    const excel = new FakeExcel({
      sheets: [
        { name: "项目汇总", rows, merges: merges.map((m) => areaA1(m)) },
        { name: "说明", rows: [["说明"]], merges: ["A1:C1"] },
      ],
    });
    return { excel, merges };
  }

  const sorted = (areas: readonly Area[]) => areas.map((a) => areaA1(a)).sort();

  it("reads a sheet with 600 merged areas, every one once and whole, in the syncs of any other read", async () => {
    const { excel, merges } = manyMerges();
    expect(merges).toHaveLength(600);
    const { syncs, result } = await syncsOf(excel, () => hostOn(excel).read());
    expect(sorted(result.sheets[0].merges)).toEqual(sorted(merges));
    expect(result.sheets[1].merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }]);
    expect(result.sheets[0].shown(301, 8)).toEqual({ value: "合计" });
    const small = fakeWorkbook(1);
    expect(syncs).toBe((await syncsOf(small, () => hostOn(small).read())).syncs);
  });

  it("takes each merged area from RangeAreas.areas, never from parsing the one address string of them all", async () => {
    const excel = fakeWorkbook(3);
    const data = await hostOn(excel).read();
    expect(excel.loads.get("RangeAreas.address")).toBeUndefined();
    expect(sorted(data.sheets.find((g) => g.name === "项目2")!.merges)).toEqual(sorted(excel.sheet("项目2").merges));
  });

  it("asks in pieces of at most 512 cells that cover the area exactly once", () => {
    const areas: Area[] = [
      { top: 1, left: 1, bottom: 300, right: 4 },
      { top: 7, left: 3, bottom: 7, right: 3 },
      { top: 1, left: 1, bottom: 3, right: 1300 },
      { top: 5, left: 2, bottom: 1000, right: 600 },
    ];
    for (const area of areas) {
      const pieces = mergePieces(area);
      const seen = new Map<string, number>();
      for (const p of pieces) {
        expect((p.bottom - p.top + 1) * (p.right - p.left + 1)).toBeLessThanOrEqual(512);
        for (let r = p.top; r <= p.bottom; r++)
          for (let c = p.left; c <= p.right; c++) seen.set(`${r},${c}`, (seen.get(`${r},${c}`) ?? 0) + 1);
      }
      expect(seen.size).toBe((area.bottom - area.top + 1) * (area.right - area.left + 1));
      expect([...seen.values()].every((n) => n === 1)).toBe(true);
      expect(
        [...seen.keys()].every((k) => {
          const [r, c] = k.split(",").map(Number);
          return r >= area.top && r <= area.bottom && c >= area.left && c <= area.right;
        }),
      ).toBe(true);
    }
  });
});

describe("an office.js older than the Excel it runs in (the npm copy, 1.1.110, in Microsoft 365)", () => {
  const OLD_LIBRARY = { ...smallWorkbook(), officeJsApi: "1.17" };

  it("says notes are left out because of the office.js, though Excel reports ExcelApi 1.18", () => {
    const excel = new FakeExcel(OLD_LIBRARY);
    expect(excel.isSetSupported("ExcelApi", "1.18")).toBe(true);
    const caps = hostOn(excel).capabilities();
    expect(caps).toMatchObject({ notes: false, dataValidation: true, mergedAreas: true });
    expect(caps.limits).toEqual([
      "加载项自带的 office.js 版本较旧，不含单元格备注功能（ExcelApi 1.18），已跳过备注，其余功能正常。管理员可改为从微软 CDN 加载 office.js（构建时加 --env cdn）。",
    ]);
  });

  it("reads and writes everything else, and lists the notes it skipped instead of failing with a TypeError", async () => {
    const excel = new FakeExcel(OLD_LIBRARY);
    const host = hostOn(excel);
    const data = await host.read();
    expect(data.sheets[0].cell(2, 4)).toEqual({ value: 0.9338, formula: "=B2/A2", numFmt: "0.00%" });
    const plan = emptyPlan();
    plan.cells.push(
      { ref: { sheet: "自评表", row: 5, col: 1 }, expected: { value: null }, value: "6000", purpose: "t" },
      {
        ref: { sheet: "自评表", row: 5, col: 2 },
        expected: { value: null },
        value: "单位为万美元",
        note: "原文：6000 万美元",
        purpose: "t",
      },
    );
    const result = await host.apply(plan);
    expect(result.applied).toBe(true);
    expect(excel.cell("自评表", "A5")).toEqual({ value: "6000" });
    expect(excel.cell("自评表", "B5")).toEqual({ value: "单位为万美元" });
    expect(excel.note("自评表", "B5")).toBeUndefined();
    expect(result.skipped).toEqual([
      "已跳过 1 条单元格备注：加载项自带的 office.js 版本较旧，不含备注功能（ExcelApi 1.18）。",
    ]);
  });

  it("with the office.js of the CDN the same Excel reads and writes notes", async () => {
    const excel = new FakeExcel(smallWorkbook());
    const host = hostOn(excel);
    expect(host.capabilities().notes).toBe(true);
    expect((await host.read()).sheets[0].cell(3, 1)?.note).toBe("单位换算见附表");
  });
});

describe("ExcelHost.apply", () => {
  it("writes formulas through Range.formulas, values as typed text, formats, notes, validation, names and settings", async () => {
    const excel = fakeWorkbook(2);
    const host = hostOn(excel);
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
    const result = await host.apply(plan);

    expect(result).toMatchObject({ applied: true, written: plan.cells.length, conflicts: [], skipped: [] });
    // Excel keeps function names in upper case, whatever the plan wrote.
    expect(excel.cell("项目1", "G6")).toEqual({
      value: null,
      formula: "=IF(F6>=E6,D6,ROUND(D6*F6,2))",
      numFmt: "0.00",
    });
    expect(excel.cell("项目1", "H6")?.value).toBe("受疫情影响，部分采购延后至次年。");
    expect(excel.note("项目1", "H6")).toBe("由绩效自评助手起草，请核对。");
    expect(excel.cell("项目1", "A14")).toEqual({ value: "001" });
    expect(excel.cell("项目1", "B14")).toEqual({ value: "93.00%" });
    expect(excel.cell("项目1", "C14")).toEqual({ value: 93.38, numFmt: "0.00" });
    expect(excel.sheet("项目1").validations).toEqual([
      {
        area: { top: 6, left: 4, bottom: 12, right: 4 },
        rule: { decimal: { operator: "Between", formula1: "0", formula2: "100" } },
        prompt: { title: "分值", message: "请输入 0 到 100 之间的分值。", showPrompt: true },
        errorAlert: { title: "分值超出范围", message: "分值应在 0 到 100 之间。", showAlert: true, style: "Stop" },
        ignoreBlanks: true,
      },
    ]);
    // The add-in's old binding is replaced; a person's own name stays.
    expect(excel.names.map((n) => n.name).sort()).toEqual(["JX_部门整体支出", "JX_项目1", "打印区域备份"].sort());
    expect(Object.fromEntries(excel.settings)).toEqual({
      "jixiao.profile": "platform",
      "jixiao.lastRun": "2024-03-01",
    });

    const after = await host.read();
    expect(after.names).toContainEqual({
      name: "JX_项目1",
      sheet: "项目1",
      area: { top: 1, left: 1, bottom: 13, right: 8 },
    });
    expect(after.sheets.find((g) => g.name === "项目1")?.cell(6, 8)?.note).toBe("由绩效自评助手起草，请核对。");
  });

  it("keeps as text what a zh-CN Excel would turn into a date, a fraction, an error or a boolean", async () => {
    const excel = fakeWorkbook(1);
    const host = hostOn(excel);
    await host.read();
    const texts = ["3月5日", "2023年3月5日", "1 1/2", "#N/A", "TRUE", "1/2", "9:30", "１２３", "12月前完成"];
    const plan = emptyPlan();
    texts.forEach((value, i) =>
      plan.cells.push({
        ref: { sheet: "部门整体支出", row: 20 + i, col: 1 },
        expected: { value: null },
        value,
        purpose: "t",
      }),
    );
    const result = await host.apply(plan);
    expect(result.applied).toBe(true);
    expect(texts.map((_, i) => excel.cell("部门整体支出", `A${20 + i}`))).toEqual(texts.map((value) => ({ value })));
    // What the undo expects is what Excel stored: the same text.
    expect(result.undo.cells.map((c) => c.expected.value).reverse()).toEqual(texts);
  });

  it("writes a custom validation rule with its formula", async () => {
    const excel = fakeWorkbook(1);
    const plan = emptyPlan();
    plan.validations.push({
      sheet: "部门整体支出",
      area: { top: 6, left: 7, bottom: 12, right: 7 },
      rule: { type: "custom", formula: "AND(G6>=0,G6<=D6)" },
      prompt: { title: "得分", message: "得分不超过分值。" },
      error: { title: "这是一个超过三十二个字符的很长很长很长很长很长很长的标题啊", message: "得分不能超过分值。" },
    });
    await hostOn(excel).apply(plan);
    const [v] = excel.sheet("部门整体支出").validations;
    expect(v.rule).toEqual({ custom: { formula: "=AND(G6>=0,G6<=D6)" } });
    expect(v.errorAlert?.title.length).toBeLessThanOrEqual(32);
  });

  it("refuses the whole plan when one cell changed since it was read", async () => {
    const excel = fakeWorkbook(3);
    const host = hostOn(excel);
    const plan = recalcPlan(await host.read());
    excel.type("项目2", "G9", 8.5); // a person's own score, typed after the read
    const before = structuredClone(excel.sheets.map((s) => [...s.cells]));

    const { syncs, result } = await syncsOf(excel, () => host.apply(plan));

    expect(result.applied).toBe(false);
    expect(result.written).toBe(0);
    expect(result.conflicts).toHaveLength(1);
    expect(result.conflicts[0].write.ref).toEqual({ sheet: "项目2", row: 9, col: 7 });
    expect(result.conflicts[0].found).toEqual({ value: 8.5 });
    expect(excel.sheets.map((s) => [...s.cells])).toEqual(before);
    expect(excel.sheets.flatMap((s) => s.validations)).toEqual([]);
    expect(excel.names.map((n) => n.name)).toContain("JX_OLD_BINDING");
    expect(excel.settings.has("jixiao.lastRun")).toBe(false);
    expect(syncs).toBe(1); // the check, and no write
  });

  it("returns an undo plan that puts back every value, formula, number format and note", async () => {
    const excel = fakeWorkbook(2);
    excel.type("项目1", "H6", "原有的说明"); // text a person wrote is replaced only because the plan expects it
    const host = hostOn(excel);
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
    expect(excel.note("项目1", "B2")).toBeUndefined();
    // The same plan again is stale now: it conflicts and writes nothing.
    expect((await host.apply(plan)).applied).toBe(false);

    const undone = await host.apply(result.undo);
    expect(undone.applied).toBe(true);
    expect(undone.conflicts).toEqual([]);
    const restored = await host.read();
    for (const grid of original.sheets)
      expect(cells(restored.sheets.find((g) => g.name === grid.name))).toEqual(cells(grid));
    expect(excel.note("项目1", "B2")).toBe("项目负责人：张三");
    expect(excel.note("项目1", "H6")).toBeUndefined();
  });

  it("undo puts back each area's validation: none, a person's own rule, and a rule on some cells only", async () => {
    const excel = fakeWorkbook(2);
    const host = hostOn(excel);
    // A person's own list on 项目1!E6:E12, and a rule of theirs on one cell of 项目1!F6:F12.
    const list: FakeValidation = {
      area: { top: 6, left: 5, bottom: 12, right: 5 },
      rule: { list: { inCellDropDown: true, source: "是,否" } },
      prompt: { showPrompt: true, title: "是否完成", message: "请选择" },
      errorAlert: { showAlert: true, style: "Warning", title: "提示", message: "请从列表中选择" },
      ignoreBlanks: false,
    };
    const one: FakeValidation = {
      area: { top: 6, left: 6, bottom: 6, right: 6 },
      rule: { wholeNumber: { operator: "GreaterThan", formula1: "0" } },
    };
    excel.sheet("项目1").validations.push(structuredClone(list), structuredClone(one));
    const plan = recalcPlan(await host.read()); // D6:D12, which has no validation
    const rule = (area: { left: number }) => ({
      sheet: "项目1",
      area: { top: 6, left: area.left, bottom: 12, right: area.left },
      rule: { type: "decimal" as const, operator: "greaterThanOrEqual" as const, formula1: "0" },
      prompt: { title: "指标值", message: "请输入数值。" },
      error: { title: "不是数值", message: "请输入数值。" },
    });
    plan.validations.push(rule({ left: 5 }), rule({ left: 6 }));

    const { syncs, result } = await syncsOf(excel, () => host.apply(plan));
    // What the validations replace is read in the check's sync; F6:F12's cells differ and are read in a third.
    expect(syncs).toBe(3);
    expect(excel.sheet("项目1").validations.map((v) => Object.keys(v.rule ?? {})[0])).toEqual([
      "decimal",
      "decimal",
      "decimal",
    ]);
    // F6:F12 cell by cell; E6:E12 its one rule; D6:D12 of both sheets had none.
    expect(result.undo.restoreValidations?.map((r) => `${r.sheet}:${r.area.left}:${!!r.previous}`)).toEqual([
      "项目1:6:true",
      "项目1:5:true",
      "项目1:4:false",
      "部门整体支出:4:false",
    ]);

    expect((await host.apply(result.undo)).applied).toBe(true);
    const after = excel.sheet("项目1").validations;
    expect(after.find((v) => v.area.left === 4)).toBeUndefined();
    expect(after.find((v) => v.area.left === 5)).toEqual(list);
    expect(after.filter((v) => v.area.left === 6).map((v) => [v.area, v.rule])).toEqual([[one.area, one.rule]]);
    expect(excel.sheet("部门整体支出").validations).toEqual([]);
  });

  it("writing the very validation an area has leaves nothing to put back", async () => {
    const excel = fakeWorkbook(1);
    const host = hostOn(excel);
    const plan = emptyPlan();
    plan.validations = recalcPlan(await host.read()).validations;
    expect((await host.apply(plan)).undo.restoreValidations).toHaveLength(1);
    const again = await host.apply(plan);
    expect(again.undo.restoreValidations).toEqual([]);
    expect(excel.sheet("部门整体支出").validations).toHaveLength(1);
  });

  it("hands back an undo for what may have reached Excel when a write fails halfway", async () => {
    const excel = fakeWorkbook(2);
    const host = hostOn(excel);
    const plan = recalcPlan(await host.read());
    // The sheet gets protected between the check and the write.
    const start = excel.syncs;
    excel.onSync = (n) => {
      if (n === start + 2) excel.sheet("项目1").protected = true;
    };
    const error = (await host.apply(plan).catch((e) => e)) as HostError;
    expect(error).toBeInstanceOf(HostError);
    expect(error.code).toBe("AccessDenied");
    expect(error.message).toMatch(/受保护/);
    expect(error.undo?.cells.length).toBe(plan.cells.length);
  });
});

describe("what stops a run before anything is written", () => {
  it("a protected sheet: a clear message naming it, and nothing written on any sheet", async () => {
    const excel = fakeWorkbook(3);
    const host = hostOn(excel);
    const plan = recalcPlan(await host.read());
    excel.sheet("项目2").protected = true;
    const before = structuredClone(excel.sheets.map((s) => [...s.cells]));

    const error = (await host.apply(plan).catch((e) => e)) as HostError;
    expect(error).toBeInstanceOf(HostError);
    expect(error.code).toBe("SheetProtected");
    expect(error.message).toBe("工作表「项目2」受保护，未写入任何内容。请在「审阅」选项卡中撤销工作表保护后重试。");
    expect(excel.sheets.map((s) => [...s.cells])).toEqual(before);
    expect(excel.settings.has("jixiao.lastRun")).toBe(false);
  });

  it("a sheet deleted while the run is under way", async () => {
    const excel = fakeWorkbook(3);
    const host = hostOn(excel);
    const plan = recalcPlan(await host.read());
    const start = excel.syncs;
    excel.onSync = (n) => {
      if (n === start + 1) excel.deleteSheet("项目1");
    };
    const error = (await host.apply(plan).catch((e) => e)) as HostError;
    expect(error.code).toBe("SheetMissing");
    expect(error.message).toMatch(/^找不到工作表「项目1」，它可能已被删除或改名。未写入任何内容/);
    expect(excel.cell("项目2", "G6")).toBeUndefined();
  });

  it("a cell being edited", async () => {
    const excel = fakeWorkbook(1);
    const host = hostOn(excel);
    const plan = recalcPlan(await host.read());
    excel.editing = true;
    const error = (await host.apply(plan).catch((e) => e)) as HostError;
    expect(error.code).toBe("InvalidOperationInCellEditMode");
    expect(error.message).toBe("Excel 正在编辑单元格，无法写入。请先按 Enter 或 Esc 结束编辑，然后重试。");
    await expect(host.read()).rejects.toThrow("无法读取");
    expect(excel.cell("部门整体支出", "G6")).toBeUndefined();
  });

  it("a sync Excel does not answer ends in a timeout with a clear message", async () => {
    const excel = fakeWorkbook(1);
    excel.syncDelayMs = 150;
    const error = (await hostOn(excel, { syncTimeoutMs: 20 })
      .read()
      .catch((e) => e)) as HostError;
    expect(error.code).toBe("Timeout");
    expect(error.message).toMatch(/^Excel 未响应（等待超过 1 秒）/);
    await new Promise((r) => setTimeout(r, 200)); // let the fake's late answer land inside this test
  });
});

describe("capabilities from requirement sets", () => {
  const caps = (version: string) => hostOn(fakeWorkbook(1, version)).capabilities();

  it("ExcelApi 1.7 (Office 2019): no data validation, no merged areas, each said in Chinese", () => {
    const c = caps("1.7");
    expect(c).toMatchObject({ dataValidation: false, mergedAreas: false, notes: false, select: true });
    expect(c.limits).toContain("此版本 Excel 不支持数据验证（需要 ExcelApi 1.8），已跳过数据验证，其余功能正常。");
    expect(c.limits.some((l) => l.includes("ExcelApi 1.13"))).toBe(true);
  });

  it("ExcelApi 1.8: data validation; ExcelApi 1.13: merged areas too; 1.18: notes", () => {
    expect(caps("1.8")).toMatchObject({ dataValidation: true, mergedAreas: false, notes: false });
    expect(caps("1.13")).toMatchObject({ dataValidation: true, mergedAreas: true, notes: false });
    expect(caps("1.18")).toMatchObject({ dataValidation: true, mergedAreas: true, notes: true, limits: [] });
  });

  it("at ExcelApi 1.7 apply writes the cells and lists the validations and notes it skipped", async () => {
    const excel = fakeWorkbook(2, "1.7");
    const host = hostOn(excel);
    const data = await host.read();
    expect(data.sheets.every((g) => g.merges.length === 0)).toBe(true);
    const result = await host.apply(recalcPlan(data));
    expect(result.applied).toBe(true);
    expect(excel.cell("项目1", "G6")?.formula).toBe("=IF(F6>=E6,D6,ROUND(D6*F6,2))");
    expect(excel.sheets.flatMap((s) => s.validations)).toEqual([]);
    expect(result.skipped).toEqual([
      "已跳过 2 处数据验证：此版本 Excel 不支持数据验证（需要 ExcelApi 1.8）。",
      "已跳过 2 条单元格备注：此版本 Excel 不支持备注（需要 ExcelApi 1.18）。",
    ]);
  });

  it("at ExcelApi 1.8 validations are written; merged areas wait for 1.13", async () => {
    const at18 = fakeWorkbook(1, "1.8");
    const host18 = hostOn(at18);
    expect((await host18.read()).sheets[0].merges).toEqual([]);
    await host18.apply(recalcPlan(await host18.read()));
    expect(at18.sheet("部门整体支出").validations).toHaveLength(1);

    const at113 = fakeWorkbook(1, "1.13");
    expect((await hostOn(at113).read()).sheets[0].merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 4 }]);
  });

  it("at ExcelApi 1.1 names and settings are skipped with a message, cells still written", async () => {
    const excel = fakeWorkbook(1, "1.1");
    const host = hostOn(excel);
    const result = await host.apply(recalcPlan(await host.read()));
    expect(result.applied).toBe(true);
    expect(result.skipped).toContain(
      "已跳过 1 个名称和 2 项设置：此版本 Excel 不支持在工作簿中保存名称和设置（需要 ExcelApi 1.4）。",
    );
    expect(host.capabilities().limits.some((l) => l.includes("ExcelApi 1.2"))).toBe(true);
  });
});

describe("round trips: a constant number of syncs", () => {
  it("reading and applying take the same syncs for 1 table and for 60 tables (at most 3 each)", async () => {
    const measure = async (tables: number) => {
      const excel = fakeWorkbook(tables);
      const host = hostOn(excel);
      const read = await syncsOf(excel, () => host.read());
      expect(read.result.sheets).toHaveLength(tables + 1);
      const apply = await syncsOf(excel, () => host.apply(recalcPlan(read.result)));
      expect(apply.result.applied).toBe(true);
      expect(apply.result.written).toBe(tables * 8);
      return { read: read.syncs, apply: apply.syncs };
    };
    const one = await measure(1);
    const sixty = await measure(60);
    expect(sixty).toEqual(one);
    expect(one.read).toBeLessThanOrEqual(3);
    expect(one.apply).toBeLessThanOrEqual(3);
  });

  it("beyond the payload budget a read is split into row blocks and gives the same grids", async () => {
    const big = (): FakeExcel => {
      const rows = Array.from({ length: 1500 }, (_, r) =>
        Array.from({ length: 8 }, (_, c) => `第${r + 1}行第${c + 1}列`),
      );
      return new FakeExcel({
        sheets: [
          { name: "明细", rows },
          { name: "汇总", rows: [["合计", 1]] },
        ],
      });
    };
    const plain = await hostOn(big()).read();

    const limited = big();
    limited.payloadLimit = 200_000;
    const split = await syncsOf(limited, () => hostOn(limited, { payloadBudgetBytes: 150_000 }).read());
    expect(limited.payloadErrors).toBe(0);
    expect(limited.largestResponse).toBeLessThanOrEqual(200_000);
    expect(split.syncs).toBeGreaterThan(3);
    expect(split.result.sheets.map(cells)).toEqual(plain.sheets.map(cells));

    // An estimate that is too low is caught by Excel's refusal and the block is halved until it fits.
    const underestimated = big();
    underestimated.payloadLimit = 200_000;
    const halved = await hostOn(underestimated, { payloadBudgetBytes: 50_000_000 }).read();
    expect(underestimated.payloadErrors).toBeGreaterThan(0);
    expect(halved.sheets.map(cells)).toEqual(plain.sheets.map(cells));
  });

  it("beyond the payload budget a plan is checked and written over several syncs", async () => {
    const excel = fakeWorkbook(60);
    excel.payloadLimit = 60_000;
    const host = hostOn(excel, { payloadBudgetBytes: 40_000 });
    const plan: WritePlan = recalcPlan(await host.read());
    const { syncs, result } = await syncsOf(excel, () => host.apply(plan));
    expect(result.applied).toBe(true);
    expect(excel.payloadErrors).toBe(0);
    expect(syncs).toBeGreaterThan(2);
    expect(excel.cell("项目59", "G12")?.formula).toBe("=IF(F12>=E12,D12,ROUND(D12*F12,2))");
  });
});

describe("ExcelHost.apply, validations beyond the payload budget", () => {
  it("reads what the validations replace within the budget too", async () => {
    const excel = fakeWorkbook(60);
    const host = hostOn(excel, { payloadBudgetBytes: 40_000 });
    const plan = emptyPlan();
    plan.validations = recalcPlan(await host.read()).validations;
    // Each area has a person's own list with a long prompt and alert, which the check reads back.
    const long = "请从下拉列表中选择本项指标的完成情况，".repeat(13).slice(0, 255);
    for (const v of plan.validations)
      excel.sheet(v.sheet).validations.push({
        area: v.area,
        rule: { list: { inCellDropDown: true, source: "是,否" } },
        prompt: { showPrompt: true, title: "完成情况", message: long },
        errorAlert: { showAlert: true, style: "Stop", title: "完成情况", message: long },
      });
    excel.payloadLimit = 60_000; // one sync reading back all 61 areas would take ~100 KB
    const result = await host.apply(plan);
    expect(excel.payloadErrors).toBe(0);
    expect(result.undo.restoreValidations).toHaveLength(plan.validations.length);
    expect((await host.apply(result.undo)).applied).toBe(true);
    expect(excel.sheet("项目7").validations[0].prompt?.message).toBe(long);
  });
});

describe("ExcelHost.select", () => {
  it("activates the sheet and selects the cell", async () => {
    const excel = fakeWorkbook(3);
    await hostOn(excel).select("项目2!G9");
    expect(excel.activeSheet).toBe("项目2");
    expect(excel.selection).toBe("项目2!G9");
  });

  it("names a sheet that is gone", async () => {
    await expect(hostOn(fakeWorkbook(1)).select("'Gone Sheet'!A1")).rejects.toThrow(
      "找不到工作表「Gone Sheet」，它可能已被删除或改名。",
    );
  });
});
