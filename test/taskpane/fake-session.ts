// A stand-in for the app's Session, for testing the pane alone: it records every call and answers with what the
// test put in. Typed against the pane's view of Session, so a renamed method fails to compile.
import type { Outcome, PaneSession, ProfileInfo, ReasonPlanChoice, ReasonRow, Report } from "../../src/taskpane/types";

type Answer<T> = T | Error | (() => Promise<T>);

function answer<T>(a: Answer<T>): Promise<T> {
  if (a instanceof Error) return Promise.reject(a);
  if (typeof a === "function") return (a as () => Promise<T>)();
  return Promise.resolve(a);
}

export interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export class FakeSession implements PaneSession {
  profileId = "default";
  setProfile(id: string): void {
    this.calls.push({ method: "setProfile", args: [id] });
    this.profileId = id;
  }
  calls: { method: string; args: unknown[] }[] = [];
  revertable = false;

  recognizeAnswer: Answer<Report>;
  checkAnswer: Answer<Report>;
  recalcAnswer: Answer<Outcome>;
  fillAnswer: Answer<Outcome>;
  revertAnswer: Answer<Outcome>;
  rows: ReasonRow[] = [];
  previewText = (cell: string, choice: ReasonPlanChoice) =>
    `${cell}：${choice.cause ?? "auto"}/${choice.measure ?? "auto"}${choice.replace ? "（替换）" : ""}`;

  constructor(report: Report) {
    this.recognizeAnswer = report;
    this.checkAnswer = report;
    const outcome: Outcome = { report, written: 0, conflicts: [], skipped: [], message: "完成" };
    this.recalcAnswer = outcome;
    this.fillAnswer = outcome;
    this.revertAnswer = outcome;
  }

  private record(method: string, ...args: unknown[]) {
    this.calls.push({ method, args });
  }

  callsOf(method: string): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  profiles(): ProfileInfo[] {
    return [
      { id: "default", name: "通用规则", description: "财政部门通用评分规则" },
      { id: "hunan", name: "湖南省规则", description: "执行率封顶" },
    ];
  }
  recognize() {
    this.record("recognize");
    return answer(this.recognizeAnswer);
  }
  recalc(opts?: { normalizeUnits?: boolean }) {
    this.record("recalc", opts);
    return answer(this.recalcAnswer);
  }
  check() {
    this.record("check");
    return answer(this.checkAnswer);
  }
  reasonRows() {
    this.record("reasonRows");
    return Promise.resolve(this.rows);
  }
  causes() {
    return [
      { id: "external", label: "外部环境变化" },
      { id: "planning", label: "目标设定偏高" },
    ];
  }
  measures() {
    return [{ id: "track", label: "加强跟踪调度" }];
  }
  previewReason(cell: string, choice: ReasonPlanChoice) {
    this.record("previewReason", cell, choice);
    return Promise.resolve(this.previewText(cell, choice));
  }
  fillReasons(choices: Record<string, ReasonPlanChoice>) {
    this.record("fillReasons", choices);
    return answer(this.fillAnswer);
  }
  canRevert() {
    return this.revertable;
  }
  revert() {
    this.record("revert");
    return answer(this.revertAnswer);
  }
}

/** A report shaped like the seed department's: one department table, one project table, a basic table. */
export function sampleReport(): Report {
  return {
    file: "sample.xlsx",
    profile: "default",
    tables: [
      {
        kind: "basic",
        sheet: "基础表",
        range: "A1:F58",
        staffing: { authorized: 64, actual: 59, controlRate: 0.9219 },
      },
      {
        kind: "department",
        sheet: "自评表",
        range: "A1:I40",
        title: "衡阳市商务局",
        layout: { family: "central-department", name: "部门整体支出绩效自评表", has: [] },
        budget: {
          initial: 1374.58,
          annual: 3666.39,
          executed: 3439.59,
          weight: 10,
          rate: 0.9381,
          score: 9.38,
          enteredRate: 0.9381,
          enteredScore: 9.38,
          cells: { rate: "自评表!F5", score: "自评表!G5" },
        },
        indicators: [],
        total: { weight: 100, score: 81.7, enteredScore: 90.88, grade: "良", cells: { score: "自评表!H20" } },
      },
      {
        kind: "project",
        sheet: "招商引资",
        range: "A1:I30",
        title: "招商引资专项",
        layout: { family: "central", name: "财政部项目支出绩效自评表", has: [] },
        budget: {
          initial: 60,
          annual: 100,
          executed: 93.38,
          weight: 10,
          rate: 0.9338,
          score: 9.34,
          enteredRate: 0.93,
          enteredScore: 9.3,
          cells: { rate: "招商引资!G6" },
        },
        indicators: [],
        total: { weight: 100, score: 95.5, enteredScore: 95.5, grade: "优", cells: {} },
      },
    ],
    findings: [
      {
        severity: "info",
        code: "DIRECTION_GUESSED",
        cell: "自评表!E14",
        message: "未写比较符，按指标名称推断为正向指标",
      },
      {
        severity: "error",
        code: "BUDGET_RATE_MISMATCH",
        cell: "招商引资!G6",
        message: "执行率填报为93.00%，按全年执行数÷全年预算数应为93.38%",
      },
      { severity: "warning", code: "SCORE_MISMATCH", cell: "自评表!H12", message: "得分填报为10，按规则应为12.32" },
      { severity: "error", code: "WEIGHT_SUM", cell: null, message: "分值合计为95，应为100" },
    ],
  };
}

export function emptyReport(): Report {
  return {
    file: "empty.xlsx",
    profile: "default",
    tables: [],
    findings: [{ severity: "error", code: "NO_TABLES", cell: null, message: "工作簿中没有找到自评表或基础表" }],
  };
}

export function sampleRows(): ReasonRow[] {
  return [
    {
      cell: "自评表!I12",
      table: "自评表",
      indicator: "实际利用外资额",
      kind: "missed",
      facts: "年度指标值6000万美元，实际完成4926万美元，完成82.10%",
      current: "",
      hasPersonText: false,
      copyOnly: false,
    },
    {
      cell: "自评表!I13",
      table: "自评表",
      indicator: "进出口总额",
      kind: "missed",
      facts: "年度指标值500亿元，实际完成446.1亿元",
      current: "原因为全市外贸形势严峻",
      hasPersonText: true,
      copyOnly: false,
    },
  ];
}
