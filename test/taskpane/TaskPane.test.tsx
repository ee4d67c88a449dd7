/**
 * @jest-environment jsdom
 */
// The task pane against a recorded stand-in for the app's Session: what a person sees and what each button asks
// of the app. The real Session and the real browser are exercised by test/e2e/preview.test.ts.
import { App } from "../../src/taskpane/App";
import { ACTION_LABEL } from "../../src/taskpane/strings";
import type { Outcome } from "../../src/taskpane/types";
import { button, buttons, choose, click, control, Mounted, mount, settle, text } from "./dom";
import { deferred, emptyReport, FakeSession, sampleReport, sampleRows } from "./fake-session";

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

async function open(session: FakeSession, goTo: (a: string) => void | Promise<void> = () => {}) {
  mounted = await mount(<App session={session} goTo={goTo} />);
  return mounted.container;
}

const status = (c: HTMLElement) => text(c.querySelector('[role="status"]'));
const alert = (c: HTMLElement) => text(c.querySelector('[role="alert"]'));
/** A card's figures as term → value. */
const figures = (card: Element) =>
  Object.fromEntries([...card.querySelectorAll("dt")].map((dt) => [text(dt), text(dt.nextElementSibling)]));

describe("the task pane", () => {
  test("offers the five actions by name, the profile selector and unit normalisation switched on", async () => {
    const c = await open(new FakeSession(sampleReport()));
    for (const name of ["识别表格", "一键重算", "提交前检查", "填写偏差原因", "撤销本次修改"]) {
      expect(button(c, name)).toBeTruthy();
    }
    const profile = control<HTMLSelectElement>(c, "评分规则");
    expect([...profile.options].map((o) => o.textContent)).toEqual(["通用规则", "湖南省规则"]);
    expect(control<HTMLInputElement>(c, "将带单位的文字转换为数字（保留原显示）").checked).toBe(true);
    // Nothing to undo or to write yet.
    expect(button(c, "撤销本次修改").disabled).toBe(true);
    expect(button(c, "填写偏差原因").disabled).toBe(true);
    expect(c.querySelector('[role="status"]')?.getAttribute("aria-live")).toBe("polite");
  });

  test("提交前检查 lists findings under 错误, 警告, 提示 with code, message and cell; a cell takes you there", async () => {
    const session = new FakeSession(sampleReport());
    const visited: string[] = [];
    const c = await open(session, (a) => {
      visited.push(a);
    });
    await click(button(c, "提交前检查"));
    expect(session.callsOf("check")).toHaveLength(1);

    const headings = [...c.querySelectorAll("h3")].map(text);
    expect(headings).toEqual(["错误 2 项", "警告 1 项", "提示 1 项"]);
    const rate = c.querySelector('li[data-code="BUDGET_RATE_MISMATCH"]');
    expect(text(rate)).toContain("BUDGET_RATE_MISMATCH");
    expect(text(rate)).toContain("应为93.38%");
    expect(text(rate)).toContain("招商引资!G6");
    // The error without a cell is listed but offers nowhere to go.
    expect(c.querySelector('li[data-code="WEIGHT_SUM"] button')).toBeNull();

    await click(button(c, "定位到单元格 招商引资!G6"));
    expect(visited).toEqual(["招商引资!G6"]);
    expect(status(c)).toBe("检查完成：错误 2 项，警告 1 项，提示 1 项。");
  });

  test("each table gets a card: kind, sheet, title, computed against entered total, grade", async () => {
    const c = await open(new FakeSession(sampleReport()));
    await click(button(c, "识别表格"));
    const cards = [...c.querySelectorAll("li[aria-label]")].filter((li) =>
      li.getAttribute("aria-label")?.includes("表"),
    );
    const department = cards.find((li) => li.getAttribute("aria-label") === "部门整体支出绩效自评表 自评表");
    expect(department).toBeDefined();
    expect(text(department!)).toContain("衡阳市商务局");
    expect(text(department!)).toContain("自评表!A1:I40");
    // The layout family the table was read as, by its Chinese name (issue 15).
    expect(text(department!.querySelector("[data-family]"))).toBe("表样：部门整体支出绩效自评表");
    expect(figures(department!)).toEqual({ 计算总分: "81.70", 填报总分: "90.88", 等级: "良", 执行率: "93.81%" });
    const basic = cards.find((li) => li.getAttribute("aria-label") === "基础表 基础表");
    expect(figures(basic!)).toEqual({ 控制率: "92.19%" });
    expect(status(c)).toBe("识别到 3 张表格。");
  });

  test("while the app works every button is disabled and the work is named; afterwards they return", async () => {
    const session = new FakeSession(sampleReport());
    const pending = deferred<Outcome>();
    session.recalcAnswer = () => pending.promise;
    const c = await open(session);
    await click(button(c, "一键重算"));
    expect(
      buttons(c)
        .filter((b) => Object.values(ACTION_LABEL).includes(text(b)))
        .every((b) => b.disabled),
    ).toBe(true);
    expect(text(c)).toContain("正在写入评分公式并重算…");
    expect(c.querySelector("main")?.getAttribute("aria-busy")).toBe("true");

    session.revertable = true;
    pending.resolve({
      report: sampleReport(),
      written: 12,
      conflicts: [],
      skipped: [],
      message: "已写入 12 个单元格。",
    });
    await settle();
    expect(button(c, "一键重算").disabled).toBe(false);
    expect(button(c, "撤销本次修改").disabled).toBe(false);
    expect(c.querySelector("main")?.getAttribute("aria-busy")).toBe("false");
    expect(status(c)).toBe("已写入 12 个单元格。");
  });

  test("一键重算 passes the unit switch; conflicts and skipped features are listed", async () => {
    const session = new FakeSession(sampleReport());
    session.recalcAnswer = {
      report: sampleReport(),
      written: 0,
      conflicts: ["自评表!H12 在读取后被修改"],
      skipped: ["数据有效性需要 ExcelApi 1.8"],
      message: "未写入：有 1 个单元格在读取后被修改。",
    };
    const c = await open(session);
    await click(button(c, "一键重算"));
    await click(control<HTMLInputElement>(c, "将带单位的文字转换为数字（保留原显示）"));
    await click(button(c, "一键重算"));
    expect(session.callsOf("recalc")).toEqual([[{ normalizeUnits: true }], [{ normalizeUnits: false }]]);
    expect(text(c)).toContain("自评表!H12 在读取后被修改");
    expect(text(c)).toContain("数据有效性需要 ExcelApi 1.8");
  });

  test("a failure is shown with the app's Chinese message, never swallowed", async () => {
    const session = new FakeSession(sampleReport());
    session.checkAnswer = new Error("无法读取工作表“自评表”：文件已损坏");
    const c = await open(session);
    await click(button(c, "提交前检查"));
    expect(alert(c)).toContain("无法读取工作表“自评表”：文件已损坏");
    expect(status(c)).toBe("提交前检查未完成。");
    expect(button(c, "提交前检查").disabled).toBe(false);
  });

  test("a table whose form prints no total says so on its card", async () => {
    const report = sampleReport();
    const project = report.tables.find((t) => t.kind === "project")!;
    if (project.kind !== "basic") {
      project.total = null;
      project.layout = {
        family: "transfer",
        name: "转移支付绩效目标自评表",
        has: ["levels", "target", "actual", "reason"],
      };
    }
    const c = await open(new FakeSession(report));
    await click(button(c, "识别表格"));
    const card = [...c.querySelectorAll("li[aria-label]")].find((li) =>
      li.getAttribute("aria-label")?.startsWith("项目支出绩效自评表"),
    )!;
    expect(text(card.querySelector("[data-family]"))).toBe("表样：转移支付绩效目标自评表");
    expect(figures(card)).toEqual({ 计算总分: "此表样不设总分", 执行率: "93.38%" });
  });

  test("a workbook without tables says so instead of showing nothing", async () => {
    const c = await open(new FakeSession(emptyReport()));
    await click(button(c, "识别表格"));
    expect(text(c)).toContain("未找到自评表或基础表…");
    expect(text(c)).toContain("工作簿中没有找到自评表或基础表");
  });

  test("choosing a profile sets it on the session", async () => {
    const session = new FakeSession(sampleReport());
    const c = await open(session);
    await choose(control<HTMLSelectElement>(c, "评分规则"), "hunan");
    expect(session.profileId).toBe("hunan");
    expect(status(c)).toContain("湖南省规则");
  });

  test("a cell that cannot be reached is reported", async () => {
    const c = await open(new FakeSession(sampleReport()), () => Promise.reject(new Error("工作表已删除")));
    await click(button(c, "提交前检查"));
    await click(button(c, "定位到单元格 自评表!H12"));
    expect(alert(c)).toContain("无法定位到 自评表!H12：工作表已删除");
  });

  test("cell text is shown as text, never as markup", async () => {
    const report = sampleReport();
    report.findings = [
      {
        severity: "error",
        code: "TEMPLATE_TEXT_LEFT",
        cell: "自评表!I12",
        message: '<img src="x" onerror="alert(1)">请填写',
      },
    ];
    const c = await open(new FakeSession(report));
    await click(button(c, "提交前检查"));
    expect(c.querySelector("img")).toBeNull();
    expect(text(c.querySelector('li[data-code="TEMPLATE_TEXT_LEFT"]'))).toContain(
      '<img src="x" onerror="alert(1)">请填写',
    );
  });
});

describe("drafting 偏差原因", () => {
  async function withRows() {
    const session = new FakeSession(sampleReport());
    session.rows = sampleRows();
    const c = await open(session);
    await click(button(c, "提交前检查"));
    return { session, c };
  }
  const row = (c: HTMLElement, cell: string) => c.querySelector(`li[data-cell="${cell}"]`) as HTMLElement;

  test("rows are listed with their facts; a person's own text starts kept", async () => {
    const { c } = await withRows();
    expect(text(row(c, "自评表!I12"))).toContain("年度指标值6000万美元，实际完成4926万美元");
    expect(control<HTMLInputElement>(row(c, "自评表!I12"), "写入此条").checked).toBe(true);
    const person = row(c, "自评表!I13");
    expect(text(person)).toContain("原因为全市外贸形势严峻");
    expect(control<HTMLInputElement>(person, "替换已填写的内容").checked).toBe(false);
    // Previews come from the app, one per row.
    expect(text(row(c, "自评表!I12").querySelector('[data-testid="reason-preview"]'))).toBe("自评表!I12：auto/auto");
  });

  test("a chosen cause and measure are previewed and written; only ticked rows are written", async () => {
    const { session, c } = await withRows();
    await choose(control<HTMLSelectElement>(row(c, "自评表!I12"), "原因类别"), "external");
    await choose(control<HTMLSelectElement>(row(c, "自评表!I12"), "改进措施"), "track");
    expect(session.callsOf("previewReason").at(-1)).toEqual(["自评表!I12", { cause: "external", measure: "track" }]);
    expect(text(row(c, "自评表!I12").querySelector('[data-testid="reason-preview"]'))).toBe(
      "自评表!I12：external/track",
    );

    await click(button(c, "填写偏差原因"));
    expect(session.callsOf("fillReasons")).toEqual([[{ "自评表!I12": { cause: "external", measure: "track" } }]]);
  });

  test("a form without a 偏差原因 column shows its draft to copy, never ticked to be written (issue 15)", async () => {
    const session = new FakeSession(sampleReport());
    session.rows = [
      {
        cell: "转移支付!D20",
        table: "医疗救助补助资金",
        indicator: "医疗救助合规率",
        kind: "missed",
        facts: "年度指标值100%，实际完成98%",
        current: "",
        hasPersonText: false,
        copyOnly: true,
      },
    ];
    const c = await open(session);
    await click(button(c, "提交前检查"));
    const only = row(c, "转移支付!D20");
    expect(text(only.querySelector('[data-testid="copy-only"]'))).toContain("此表样没有偏差原因栏");
    expect(only.querySelector('input[type="checkbox"]')).toBeNull();
    expect(text(only.querySelector('[data-testid="reason-preview"]'))).toBe("转移支付!D20：auto/auto");
    expect(button(c, "填写偏差原因").disabled).toBe(true);
    const copy = only.querySelector('button[aria-label^="复制草稿"]') as HTMLButtonElement;
    expect(copy).not.toBeNull();
    await click(copy);
    // jsdom has no clipboard: the pane says to copy by hand rather than failing silently.
    expect(text(only)).toContain("无法访问剪贴板");
  });

  test("replacing what a person wrote takes a tick, and is then asked for explicitly", async () => {
    const { session, c } = await withRows();
    await click(control<HTMLInputElement>(row(c, "自评表!I12"), "写入此条"));
    expect(button(c, "填写偏差原因").disabled).toBe(true);
    await click(control<HTMLInputElement>(row(c, "自评表!I13"), "替换已填写的内容"));
    await click(button(c, "填写偏差原因"));
    expect(session.callsOf("fillReasons")).toEqual([[{ "自评表!I13": { replace: true } }]]);
  });

  test("撤销本次修改 asks the app to revert and shows the restored report", async () => {
    const { session, c } = await withRows();
    session.revertable = true;
    await click(button(c, "一键重算"));
    session.revertAnswer = {
      report: emptyReport(),
      written: 3,
      conflicts: [],
      skipped: [],
      message: "已恢复 3 个单元格。",
    };
    session.revertable = false;
    await click(button(c, "撤销本次修改"));
    expect(session.callsOf("revert")).toHaveLength(1);
    expect(status(c)).toBe("已恢复 3 个单元格。");
    expect(button(c, "撤销本次修改").disabled).toBe(true);
  });
});

test("a failure to list the reason rows is reported without failing the action that succeeded", async () => {
  const session = new FakeSession(sampleReport());
  session.reasonRows = () => Promise.reject(new Error("偏差原因列读取失败"));
  const c = await open(session);
  await click(button(c, "提交前检查"));
  expect(status(c)).toBe("检查完成：错误 2 项，警告 1 项，提示 1 项。");
  expect(alert(c)).toContain("无法列出需要填写偏差原因的指标：偏差原因列读取失败");
});
