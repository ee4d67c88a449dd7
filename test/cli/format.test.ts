import { CSV_HEADER, csvLine, csvRows } from "../../src/cli/csv";
import { FileReport, unreadableReport } from "../../src/cli/file-report";
import { groupFindings } from "../../src/cli/group";
import { formatFile } from "../../src/cli/human";
import { displayWidth, progressBar } from "../../src/cli/progress";
import { EvalTableReport } from "../../src/core/report/report";

function evalTable(
  sheet: string,
  range: string,
  title: string,
  score: number,
  entered: number | null,
): EvalTableReport {
  return {
    kind: "project",
    sheet,
    range,
    title,
    layout: { family: "central", name: "财政部项目支出绩效自评表", has: [] },
    budget: {
      initial: null,
      annual: 10,
      executed: 9,
      weight: 10,
      rate: 0.9,
      score: 9,
      enteredRate: null,
      enteredScore: null,
      cells: {},
    },
    indicators: [],
    total: { weight: 100, score, enteredScore: entered, grade: "良", cells: {} },
  };
}

// Two project tables stacked on one sheet, findings in each and one about the whole workbook.
const report: FileReport = {
  file: 'dept,"a".xlsx',
  profile: "default",
  tables: [evalTable("项目", "A1:I20", "招商引资", 85.5, 90), evalTable("项目", "A22:I41", "口岸, 工作", 70, null)],
  findings: [
    { severity: "warning", code: "SCORE_MISMATCH", cell: "项目!H10", message: "得分不符" },
    { severity: "info", code: "DIRECTION_GUESSED", cell: "项目!D30", message: "方向推断" },
    { severity: "error", code: "REASON_MISSING", cell: "项目!I12", message: "缺少偏差原因" },
    { severity: "error", code: "WEIGHT_SUM", cell: "项目!H41", message: "分值合计不是100" },
    { severity: "error", code: "LAYOUT_INCOMPLETE", cell: null, message: "整体问题" },
  ],
};

describe("findings grouped by table", () => {
  it("puts each finding under the table whose range holds its cell, errors first", () => {
    const groups = groupFindings(report);
    expect(
      groups.map((g) => [g.table && g.table.kind !== "basic" ? g.table.title : null, g.findings.map((f) => f.code)]),
    ).toEqual([
      [null, ["LAYOUT_INCOMPLETE"]],
      ["招商引资", ["REASON_MISSING", "SCORE_MISMATCH"]],
      ["口岸, 工作", ["WEIGHT_SUM", "DIRECTION_GUESSED"]],
    ]);
  });

  it("prints errors before warnings before hints inside each table, each with its cell", () => {
    const text = formatFile(report);
    const order = [
      "整体问题",
      "招商引资",
      "项目!I12  缺少偏差原因",
      "项目!H10  得分不符",
      "口岸, 工作",
      "分值合计",
      "方向推断",
    ];
    const at = order.map((s) => text.indexOf(s));
    expect(at.every((p) => p >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain("计算总分 85.50，填报总分 90.00，等级 良");
    expect(text).toContain("计算总分 70.00，填报总分 未填");
  });
});

describe("CSV summary", () => {
  it("quotes fields with commas, quotes and line breaks, and defuses formulas", () => {
    expect(csvLine(["a", "b,c", 'd"e', "f\ng", "=SUM(A1)", "-3.5"])).toBe(
      'a,"b,c","d""e","f\ng","\'=SUM(A1)",-3.5\r\n',
    );
  });

  it("has one row per table with its own error and warning counts, workbook findings on the first", () => {
    const rows = csvRows(report);
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.length === CSV_HEADER.length)).toBe(true);
    expect(rows[0].slice(1, 9)).toEqual(["项目", "项目支出绩效自评表", "招商引资", "85.50", "90.00", "良", "2", "1"]);
    expect(rows[1].slice(3, 9)).toEqual(["口岸, 工作", "70.00", "", "良", "1", "0"]);
    expect(rows[0][9]).toBe("整体问题");
  });

  it("gives an unreadable file one row that says why", () => {
    const rows = csvRows(unreadableReport("old.xls", "default", "这是旧版 .xls 文件，请另存为 .xlsx 后再检查"));
    expect(rows).toEqual([
      ["old.xls", "", "无法读取", "", "", "", "", "1", "0", "这是旧版 .xls 文件，请另存为 .xlsx 后再检查"],
    ]);
  });
});

describe("figures", () => {
  it("shows scores as every message does (values/show.ts): two decimals, rounded half up, not by binary toFixed", () => {
    // 1.005 is 1.00499999… in binary: Number#toFixed printed 1.00; the entered 1.005 shows as 1.01 like in a finding.
    const one: FileReport = {
      ...report,
      tables: [evalTable("项目", "A1:I20", "招商引资", 2.675, 1.005)],
      findings: [],
    };
    expect(formatFile(one)).toContain("计算总分 2.68，填报总分 1.01，等级 良");
    expect(csvRows(one)[0].slice(4, 6)).toEqual(["2.68", "1.01"]);
  });
});

describe("progress bar", () => {
  function fakeStream(isTTY: boolean) {
    const written: string[] = [];
    const stream = { isTTY, columns: 60, write: (s: string) => written.push(s) > 0 } as unknown as NodeJS.WriteStream;
    return { stream, written };
  }

  it("draws on a terminal when more than one file is checked, within the terminal's width", () => {
    const { stream, written } = fakeStream(true);
    const bar = progressBar(3, stream);
    bar.update(1, 3, "/very/long/path/to/a/department/衡阳市商务局-2023年部门整体支出绩效自评表.xlsx");
    expect(written.join("")).toContain("1/3");
    const line = written.join("").split("\r").pop()!.replace("\x1b[K", "");
    expect(displayWidth(line)).toBeLessThan(60);
    expect(line).toMatch(/自评表\.xlsx$/);
  });

  it("stays quiet for one file or when stderr is not a terminal", () => {
    for (const [total, tty] of [
      [1, true],
      [3, false],
    ] as const) {
      const { stream, written } = fakeStream(tty);
      progressBar(total, stream).update(1, total, "a.xlsx");
      expect(written).toEqual([]);
    }
  });
});
