// runChecks as a whole: no finding on a consistent workbook, one finding per problem and cell, errors first and then
// reading order, every code of REPORT.md reachable, Chinese messages that name what is right.
import { readFileSync } from "fs";
import { join } from "path";
import { runChecks } from "../../src/core/checks";
import { gridFromValues } from "../../src/core/grid/grid";
import { recognize } from "../../src/core/layout";
import { EvalTable } from "../../src/core/layout/model";
import { Finding, FindingCode } from "../../src/core/checks/finding";
import { DEFAULT_SEVERITY } from "../../src/core/checks/severity";
import { DEFAULT_PROFILE, PLATFORM_PROFILE } from "../../src/core/profile";
import { scoreWorkbook } from "../../src/core/scoring";
import {
  basicTable,
  check,
  codes,
  CONSISTENT_EXPENSES,
  CONSISTENT_INDICATORS,
  evalTable,
  money,
  pct,
  score,
} from "./fixtures";

test("a consistent workbook gets no error and no warning (and here no note either)", () => {
  const tables = [
    basicTable(),
    evalTable({ sheet: "自评表", kind: "department", title: "衡阳市商务局" }),
    evalTable({
      sheet: "招商引资",
      title: "招商引资",
      budget: { annual: money(64.53), executed: money(60.26), rate: pct(0.9338), score: money(9.34) },
      total: { score: money(99.34) },
    }),
  ];
  expect(check(tables)).toEqual([]);
  expect(check(tables, PLATFORM_PROFILE)).toEqual([]);
});

test("an empty workbook has nothing to check", () => {
  expect(runChecks(scoreWorkbook([], DEFAULT_PROFILE), DEFAULT_PROFILE)).toEqual([]);
});

test("errors come first, then warnings, then notes; within each, sheet order and reading order", () => {
  const project = evalTable({
    sheet: "招商引资",
    title: "展会补贴",
    indicators: [
      { ...CONSISTENT_INDICATORS[0], target: "100 人次", actual: "520 人次" }, // OVERSHOOT (warning), row 10
      { ...CONSISTENT_INDICATORS[1], score: 25 }, // SCORE_OVER_WEIGHT (error), row 11
      { ...CONSISTENT_INDICATORS[2], name: "投诉发生率" }, // DIRECTION_GUESSED (info), row 12
      ...CONSISTENT_INDICATORS.slice(3),
    ],
    total: { score: null },
  });
  const basic = basicTable({ staffing: { authorized: 64, actual: 59, controlRate: pct(0.9) } }); // error
  const f = check([basic, project]);
  expect(codes(f)).toEqual([
    "CONTROL_RATE_MISMATCH@基础表!D3",
    "SCORE_OVER_WEIGHT@招商引资!H11",
    "OVERSHOOT@招商引资!I10",
    "DIRECTION_GUESSED@招商引资!E12",
  ]);
});

test("sheet order follows the workbook, not the alphabet", () => {
  const a = evalTable({ sheet: "乙表", title: "乙", total: { score: 1 } });
  const b = evalTable({ sheet: "甲表", title: "甲", total: { score: 1 } });
  expect(codes(check([a, b]))).toEqual(["TOTAL_MISMATCH@乙表!H15", "TOTAL_MISMATCH@甲表!H15"]);
  expect(codes(check([b, a]))).toEqual(["TOTAL_MISMATCH@甲表!H15", "TOTAL_MISMATCH@乙表!H15"]);
});

test("a sheet name that needs quotes is quoted in the cell address", () => {
  const t = evalTable({ sheet: "铁路维运、打私治理、口岸工作经费", title: "铁路", total: { score: 1 } });
  expect(codes(check([t]))).toEqual(["TOTAL_MISMATCH@'铁路维运、打私治理、口岸工作经费'!H15"]);
});

test("a profile's severity wins over the default", () => {
  const profile = { ...DEFAULT_PROFILE, severities: { OVERSHOOT: "error" as const, TOTAL_MISMATCH: "info" as const } };
  const t = evalTable({
    indicators: [
      { ...CONSISTENT_INDICATORS[0], target: "100 人次", actual: "520 人次" },
      ...CONSISTENT_INDICATORS.slice(1),
    ],
    total: { score: 1 },
  });
  expect(check([t], profile).map((f) => `${f.severity}:${f.code}`)).toEqual(["error:OVERSHOOT", "info:TOTAL_MISMATCH"]);
});

/** One small workbook per code; together they must reach every code of REPORT.md the checks own. */
const SCENARIOS: Record<string, () => Finding[]> = {
  inputs: () =>
    check([
      evalTable({
        indicators: [
          { ...CONSISTENT_INDICATORS[0], target: null },
          { ...CONSISTENT_INDICATORS[1], actual: "7.50." },
          { ...CONSISTENT_INDICATORS[2], name: "指标2", target: "≥100 件", actual: "≥100 件" },
          { ...CONSISTENT_INDICATORS[3], actual: "部分达成", score: 19.9 },
          { ...CONSISTENT_INDICATORS[4], name: "投诉发生率", target: "5 个", actual: "6 万个", score: 20 },
        ],
      }),
    ]),
  budget: () =>
    check([
      evalTable({
        budget: { rate: pct(0.9), score: 9 },
        sources: [{ label: "当年财政拨款", initial: 1, annual: 1, executed: 1 }],
      }),
      evalTable({ sheet: "零预算", budget: { annual: 0, executed: 5, rate: null, score: null } }),
      evalTable({ sheet: "自评表", kind: "department", income: [["一般公共预算：", 1]], total: { score: 1 } }),
    ]),
  weights: () =>
    check([
      evalTable({
        indicators: [
          { ...CONSISTENT_INDICATORS[0], weight: 20, score: 25, actual: "100 人次" },
          ...CONSISTENT_INDICATORS.slice(1),
        ],
      }),
      evalTable({
        sheet: "表二",
        indicators: [
          { ...CONSISTENT_INDICATORS[0], reason: "【请补充原因】", score: 20 },
          ...CONSISTENT_INDICATORS.slice(1),
        ],
      }),
      evalTable({
        sheet: "表三",
        indicators: [
          { ...CONSISTENT_INDICATORS[0], actual: "9999 人次", weight: -1 },
          ...CONSISTENT_INDICATORS.slice(1),
        ],
      }),
    ]),
  basic: () =>
    check(
      [
        basicTable({
          staffing: { authorized: 50, actual: 60, controlRate: pct(1.1) },
          expenses: CONSISTENT_EXPENSES.map((e) =>
            e.key === "officialTotal"
              ? { ...e, amounts: [1, 1, 1] }
              : e.key === "publicFunds"
                ? { ...e, amounts: [1, 1, 1] }
                : e,
          ),
        }),
        evalTable({ sheet: "招商引资", title: "招商引资" }),
      ],
      PLATFORM_PROFILE,
    ),
};

test("every finding code of REPORT.md that the checks own is reachable", () => {
  const report = readFileSync(join(__dirname, "../../../shared/design/REPORT.md"), "utf8");
  const documented = [...report.matchAll(/^\| ([A-Z_]+) \|/gm)].map((m) => m[1]);
  expect(documented.length).toBeGreaterThanOrEqual(24);
  const reached = new Set(Object.values(SCENARIOS).flatMap((run) => run().map((f) => f.code)));
  // LAYOUT_INCOMPLETE and NO_TABLES come from the layout recognizer, not from runChecks; UNREADABLE and CHECK_FAILED
  // from the CLI, which reports them for a file it could not check (src/cli/file-report.ts), outside the core.
  const cli = ["UNREADABLE", "CHECK_FAILED"];
  const owned = documented.filter((c) => !["LAYOUT_INCOMPLETE", "NO_TABLES", ...cli].includes(c));
  expect(owned.filter((c) => !reached.has(c as FindingCode))).toEqual([]);
  for (const code of documented.filter((c) => !cli.includes(c)))
    expect(DEFAULT_SEVERITY[code as FindingCode]).toBeDefined();
});

test("every finding has a Chinese message and a Sheet!A1 cell, and states severities from the defaults", () => {
  const all = Object.values(SCENARIOS).flatMap((run) => run());
  expect(all.length).toBeGreaterThan(20);
  for (const f of all) {
    expect(f.message).toMatch(/[\u4e00-\u9fff]/);
    expect(f.cell).toMatch(/^(?:'[^']+'|[^!]+)![A-Z]{1,3}\d+$/);
  }
});

test("the same workbook gives the same list", () => {
  const tables = [basicTable(), evalTable({ total: { score: 1 }, budget: { rate: pct(0.5) } })];
  expect(runChecks(score(tables), DEFAULT_PROFILE)).toEqual(runChecks(score(tables), DEFAULT_PROFILE));
});

test("runChecks merges the recognizer's findings into the same order, by the workbook's sheet order", () => {
  const layout: Finding = { severity: "error", code: "LAYOUT_INCOMPLETE", cell: "甲表!A1", message: "缺少“得分”列" };
  const none: Finding = { severity: "error", code: "NO_TABLES", cell: null, message: "未找到表格" };
  const s = score([evalTable({ sheet: "乙表", title: "乙", total: { score: 1 } })]);
  const merged = runChecks(s, DEFAULT_PROFILE, { recognized: [layout, none, layout], sheets: ["甲表", "乙表"] });
  expect(codes(merged)).toEqual(["NO_TABLES@null", "LAYOUT_INCOMPLETE@甲表!A1", "TOTAL_MISMATCH@乙表!H15"]);
  // Without the sheets, the order the scored tables come in (甲表 has none, so it sorts after them).
  expect(codes(runChecks(s, DEFAULT_PROFILE, { recognized: [layout] }))).toEqual([
    "TOTAL_MISMATCH@乙表!H15",
    "LAYOUT_INCOMPLETE@甲表!A1",
  ]);
});

test("input problems that meet at one cell are one finding: the first one read", () => {
  // One merged cell under 年度指标值 and 分值, holding filler: template text for the one, not a number for the other.
  const t = evalTable({
    indicators: [{ ...CONSISTENT_INDICATORS[0], target: "……" }, ...CONSISTENT_INDICATORS.slice(1)],
  });
  t.indicators[0].weight = t.indicators[0].target;
  const s = score([t]);
  if (s.tables[0].kind === "basic") throw new Error("an eval table");
  const problems = s.tables[0].indicators[0].problems.map((p) => `${p.code}@${p.field.ref.col}`);
  expect(problems).toEqual(["TEMPLATE_TEXT_LEFT@5", "NOT_A_NUMBER@5"]);
  expect(codes(runChecks(s, DEFAULT_PROFILE))).toEqual(["TEMPLATE_TEXT_LEFT@项目表!E10"]);
  // A recognizer's finding of the same kind at that cell comes first and stays.
  const recognized: Finding = { severity: "error", code: "NOT_A_NUMBER", cell: "项目表!E10", message: "不是数字" };
  expect(runChecks(s, DEFAULT_PROFILE, { recognized: [recognized] })).toEqual([recognized]);
});

test("a total written in the title (项目总得分99分) is read from its text: one TOTAL_MISMATCH, no NOT_A_NUMBER", () => {
  const sheet = (title: string) =>
    gridFromValues("衔接", [
      [title],
      ["项目名称", "产业发展"],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "未完成原因及拟采取的改进措施"],
      ["产出指标", "数量指标", "培训人次", "500人次", "520人次", 50, 50, ""],
      ["效益指标", "社会效益指标", "带动增收", "100户", "90户", 50, 45, "部分农户未参与"],
    ]);
  const run = (title: string) => {
    const grid = sheet(title);
    const recognition = recognize({ sheets: [grid] });
    expect((recognition.tables[0] as EvalTable).total).toMatchObject({
      where: "title",
      scoreInText: expect.any(String),
    });
    const s = scoreWorkbook(recognition.tables, DEFAULT_PROFILE);
    return runChecks(s, DEFAULT_PROFILE, { recognized: recognition.findings, sheets: [grid.name] });
  };
  const wrong = run("衔接资金绩效目标自评表（项目总得分99分）");
  expect(codes(wrong)).toEqual(["TOTAL_MISMATCH@衔接!A1"]);
  expect(wrong[0].message).toBe("总分填报为99.00分，各项得分合计为95.00分");
  expect(run("衔接资金绩效目标自评表（项目总得分95分）")).toEqual([]);
});
