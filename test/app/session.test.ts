import fs from "fs";
import path from "path";
import { Session } from "../../src/app/session";
import { MemoryHost } from "../../src/host/memory";
import { WorkbookJson } from "../../src/host/memory/serialize";
import { Grid } from "../../src/core/grid/grid";
import { parseRefA1 } from "../../src/core/grid/address";
import { WorkbookHost } from "../../src/app/host";
import { ExcelHost } from "../../src/host/excel";
import { fakeWorkbook } from "../excel-host/workbooks";
import { readWorkbookFile } from "../../src/host/xlsx";

const SAMPLE = path.join(__dirname, "..", "..", "samples", "hengyang-commerce-2023.json");

function sampleHost(): MemoryHost {
  return MemoryHost.fromJson(JSON.parse(fs.readFileSync(SAMPLE, "utf8")) as WorkbookJson);
}

function snapshot(grids: Grid[]): string {
  return JSON.stringify(
    grids.map((g) => {
      const out: unknown[] = [];
      for (const { row, col, cell } of g.cells())
        out.push([row, col, cell.value, cell.formula ?? null, cell.numFmt ?? null]);
      return [g.name, out];
    }),
  );
}

describe("Session on the sample workbook (in-memory host)", () => {
  it("提交前检查 finds the 招商引资 执行率 and 得分 mistakes with the right values", async () => {
    const report = await new Session(sampleHost(), "sample").check();
    const rate = report.findings.find((f) => f.code === "BUDGET_RATE_MISMATCH");
    expect(rate).toMatchObject({ severity: "error", cell: "招商引资!H9" });
    expect(rate!.message).toContain("93.38%");
    expect(report.findings.some((f) => f.code === "BUDGET_SCORE_MISMATCH" && f.cell === "招商引资!I9")).toBe(true);
    const dept = report.tables.find((t) => t.kind === "department");
    expect(dept && dept.kind !== "basic" && dept.total!.score).toBe(81.7);
  });

  it("识别表格 stores the map of the tables, and a later run reads it from there", async () => {
    const host = sampleHost();
    const session = new Session(host);
    const report = await session.recognize();
    expect(report.tables.map((t) => t.kind)).toEqual(["basic", "department", "project", "project"]);
    const data = await host.read();
    expect(data.names.filter((n) => n.name.startsWith("JX_"))).toHaveLength(4);
    expect(data.settings["jixiao.profile"]).toBe("default");
  });

  it("一键重算 writes formulas, a second run writes nothing, and 撤销本次修改 restores every cell and validation", async () => {
    const host = sampleHost();
    const before = snapshot(host.grids());
    const session = new Session(host);
    const first = await session.recalc();
    expect(first.conflicts).toEqual([]);
    expect(first.written).toBeGreaterThan(10);
    const score = host
      .grids()
      .find((g) => g.name === "自评表")!
      .cell(14, 8)!;
    expect(score.formula).toMatch(/^=.*ROUND\(.*G14\*F14\/E14/);
    expect(score.value).toBe(12.32);
    expect(session.canRevert()).toBe(true);
    const ruled = host.validations.length;
    expect(ruled).toBeGreaterThan(0);

    const second = await new Session(host).recalc();
    expect(second.written).toBe(0);

    const undone = await session.revert();
    expect(snapshot(host.grids())).toBe(before);
    expect(host.validations).toEqual([]);
    expect(undone.message).toBe(`已撤销上次修改，恢复了 ${first.written} 个单元格和 ${ruled} 处数据验证。`);
    expect(session.canRevert()).toBe(false);
  });

  it("a run that changes nothing keeps the undo of the run before it", async () => {
    const host = sampleHost();
    const before = snapshot(host.grids());
    const session = new Session(host);
    expect((await session.recalc()).written).toBeGreaterThan(10);
    expect((await session.recalc()).written).toBe(0);
    expect(session.canRevert()).toBe(true);
    await session.revert();
    expect(snapshot(host.grids())).toBe(before);
    expect(host.validations).toEqual([]);
  });

  it("refuses to write over a cell a person changed after the read (nothing is written)", async () => {
    const host = sampleHost();
    const session = new Session(host);
    const realRead = host.read.bind(host);
    let reads = 0;
    // A person types into the 招商引资 执行率 cell between the read and the write.
    host.read = async (names?: string[]) => {
      const data = await realRead(names);
      if (reads++ === 0)
        await host.apply({
          cells: [
            {
              ref: { sheet: "招商引资", row: 9, col: 8 },
              expected: { value: 0.93, numFmt: "0.00%" },
              value: 0.95,
              purpose: "person",
            },
          ],
          validations: [],
          names: [],
          settings: {},
        });
      return data;
    };
    const outcome = await session.recalc();
    expect(outcome.written).toBe(0);
    expect(outcome.conflicts[0]).toContain("招商引资!H9");
    expect(
      host
        .grids()
        .find((g) => g.name === "招商引资")!
        .cell(9, 8)!.value,
    ).toBe(0.95);
  });

  it("填写偏差原因 drafts with placeholders that the check then reports, and never touches a person's text", async () => {
    const host = sampleHost();
    const session = new Session(host);
    const rows = await session.reasonRows();
    expect(rows.length).toBeGreaterThan(0);
    const personal = rows.filter((r) => r.hasPersonText);
    const outcome = await session.fillReasons({});
    expect(outcome.written).toBe(rows.length - personal.length);
    const report = await session.check();
    expect(report.findings.filter((f) => f.code === "REASON_PLACEHOLDER")).toHaveLength(outcome.written);
    for (const r of personal) {
      const after = (await session.reasonRows()).find((x) => x.cell === r.cell)!;
      expect(after.current).toBe(r.current);
    }
  });
});

describe("填写偏差原因 reads the workbook once per action", () => {
  it("opening the list on 60 tables, previewing every row, changing one row three times and filling: one read and the apply", async () => {
    const excel = fakeWorkbook(60);
    const excelHost = new ExcelHost({ run: excel.run, isSetSupported: excel.isSetSupported, hasClass: excel.hasClass });
    const calls = { read: 0, apply: 0 };
    const host: WorkbookHost = {
      read: (names) => (calls.read++, excelHost.read(names)),
      apply: (plan) => (calls.apply++, excelHost.apply(plan)),
      capabilities: () => excelHost.capabilities(),
    };
    const session = new Session(host);
    const start = excel.syncs;

    const rows = await session.reasonRows();
    expect(rows.length).toBeGreaterThan(400);
    // What the pane does when the list opens: a preview for every row.
    for (const row of rows) await session.previewReason(row.cell, {});
    const [first, second] = session.causes();
    const [measure] = session.measures();
    const changes = [{ cause: first.id }, { cause: second.id }, { cause: second.id, measure: measure.id }];
    let shown = "";
    for (const choice of changes) shown = await session.previewReason(rows[0].cell, choice);
    const outcome = await session.fillReasons({ [rows[0].cell]: changes[2] });

    expect(calls).toEqual({ read: 1, apply: 1 });
    // One read (3 syncs, read.ts) and one apply (2 syncs, apply.ts), whatever the number of rows.
    expect(excel.syncs - start).toBe(5);
    expect(outcome.written).toBe(rows.length);
    const at = parseRefA1(rows[0].cell)!;
    expect(excel.sheet(at.sheet).get(at.row, at.col)?.value).toBe(shown);
    // The report after the run, made without a second read, is the one a fresh reading gives.
    expect(outcome.report).toEqual(await new Session(excelHost).check());
    // The list shown after the run needs no read either, and no longer offers the cells just drafted as empty.
    const after = await session.reasonRows();
    expect(calls.read).toBe(1);
    expect(after.find((r) => r.cell === rows[0].cell)?.current).toBe(shown);
  });

  it("as the pane opens it, after 提交前检查 showed its report: the list and every change cost no sync, the fill its apply", async () => {
    const excel = fakeWorkbook(60);
    const session = new Session(new ExcelHost({ run: excel.run, isSetSupported: excel.isSetSupported }));
    await session.check();
    const start = excel.syncs;
    const rows = await session.reasonRows();
    for (const row of rows) await session.previewReason(row.cell, {});
    const [cause] = session.causes();
    for (let i = 0; i < 3; i++) await session.previewReason(rows[0].cell, { cause: cause.id });
    const outcome = await session.fillReasons({ [rows[0].cell]: { cause: cause.id } });
    expect(outcome.written).toBe(rows.length);
    // The apply (2 syncs, apply.ts): its per-cell check still refuses a cell a person changed since the check read.
    expect(excel.syncs - start).toBe(2);
  });

  it("a changed profile re-scores the reading without reading again", async () => {
    const excel = fakeWorkbook(2);
    let reads = 0;
    const excelHost = new ExcelHost({ run: excel.run, isSetSupported: excel.isSetSupported });
    const session = new Session({
      ...excelHost,
      read: (n) => (reads++, excelHost.read(n)),
      apply: (p) => excelHost.apply(p),
      capabilities: () => excelHost.capabilities(),
    });
    await session.check();
    session.setProfile("default");
    const rows = await session.reasonRows();
    expect(reads).toBe(1);
    expect(rows.length).toBeGreaterThan(0);
  });
});

describe("a form without a 偏差原因 column (issue 15)", () => {
  it("lists its drafts to copy, and 填写偏差原因 writes none of them", async () => {
    const specimen = path.join(
      __dirname,
      "..",
      "..",
      "samples",
      "specimens",
      "03_yunnan-baoshan-longyang_2022_xiangmu.xlsx",
    );
    const data = await readWorkbookFile(specimen);
    const host = new MemoryHost(data.sheets, data.names, data.settings);
    const session = new Session(host, "03");
    const rows = await session.reasonRows();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.copyOnly)).toBe(true);
    // The key of a row is the indicator's name cell: there is no reason cell.
    expect(rows.map((r) => r.cell)).toContain("化肥减量增效!F20");
    expect(await session.previewReason(rows[0].cell, {})).toMatch(/改进措施/);
    const before = snapshot((await host.read()).sheets);
    const outcome = await session.fillReasons(Object.fromEntries(rows.map((r) => [r.cell, {}])));
    expect(outcome.written).toBe(0);
    expect(snapshot((await host.read()).sheets)).toBe(before);
  });
});
