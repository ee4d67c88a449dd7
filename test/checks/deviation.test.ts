// 偏差原因: owed for a miss, asked for an overshoot, and never left with a placeholder.
import { DEFAULT_PROFILE } from "../../src/core/profile";
import { check, codes, CONSISTENT_INDICATORS, evalTable, IndicatorSpec, pct } from "./fixtures";

function withFirst(row: Partial<IndicatorSpec>, extra: { noReasonColumn?: boolean } = {}) {
  const first = { ...CONSISTENT_INDICATORS[0], ...row };
  return evalTable({ indicators: [first, ...CONSISTENT_INDICATORS.slice(1)], total: { score: null }, ...extra });
}

describe("REASON_MISSING", () => {
  test("a missed target with an empty reason is an error at the reason cell", () => {
    const f = check([withFirst({ target: "500 人次", actual: "450 人次", score: 27 })]);
    expect(codes(f)).toEqual(["REASON_MISSING@项目表!I10"]);
    expect(f[0].message).toBe(
      "「培训人次」年度指标值500 人次，实际完成450 人次，未完成年度指标值，得分27.00分（分值30分），偏差原因未填写：请填写偏差原因分析及改进措施",
    );
  });

  test("a reason in the cell settles it", () => {
    expect(check([withFirst({ actual: "450 人次", score: 27, reason: "受疫情影响部分培训延期" })])).toEqual([]);
  });

  test("a reason made of spaces is empty", () => {
    expect(codes(check([withFirst({ actual: "450 人次", score: 27, reason: "   " })]))).toEqual([
      "REASON_MISSING@项目表!I10",
    ]);
  });

  // Issue 15: a form without a 偏差原因 column cannot be asked for one (填写偏差原因 shows the draft to copy).
  test("without a reason column there is no REASON_MISSING", () => {
    const f = check([withFirst({ actual: "450 人次", score: 27 }, { noReasonColumn: true })]);
    expect(codes(f)).toEqual([]);
    expect(codes(check([withFirst({ actual: "450 人次", score: 27 })]))).toEqual(["REASON_MISSING@项目表!I10"]);
  });

  test("a reverse indicator that exceeds its ceiling missed", () => {
    const f = check([withFirst({ name: "投诉件数", target: "≤10 件", actual: "12 件", score: 25 })]);
    expect(codes(f)).toEqual(["REASON_MISSING@项目表!I10"]);
  });

  test("a judgment row scored below its weight owes a reason; scored full it does not", () => {
    const row = { name: "生态影响", target: "达标", actual: "未造成负面影响得满分", weight: 30 };
    expect(codes(check([withFirst({ ...row, score: 25 })]))).toEqual(["REASON_MISSING@项目表!I10"]);
    expect(check([withFirst({ ...row, score: 30 })])).toEqual([]);
  });

  test("a 部分达成 tier owes a reason whatever the score", () => {
    const f = check([withFirst({ name: "生态影响", target: "达标", actual: "部分达成", weight: 30, score: 24 })]);
    expect(codes(f)).toEqual(["REASON_MISSING@项目表!I10"]);
  });
});

describe("OVERSHOOT", () => {
  test("40 against 8 with no explanation is a warning at the reason cell", () => {
    const f = check([withFirst({ name: "三类500强项目引进数", target: "8 个", actual: "40 个" })]);
    expect(codes(f)).toEqual(["OVERSHOOT@项目表!I10"]);
    expect(f[0].severity).toBe("warning");
    expect(f[0].message).toContain("超出400.00%");
  });

  test("just under the profile's 30 % is no finding; at 30 % it is", () => {
    expect(check([withFirst({ target: "500 人次", actual: "649 人次" })])).toEqual([]);
    expect(codes(check([withFirst({ target: "500 人次", actual: "650 人次" })]))).toEqual(["OVERSHOOT@项目表!I10"]);
  });

  test("an explanation in the reason cell settles it", () => {
    expect(check([withFirst({ target: "8 个", actual: "40 个", reason: "年中新增招商活动" })])).toEqual([]);
  });

  test("a 0 target (成本节约率 0 %) cannot be overshot by a ratio: no finding", () => {
    expect(check([withFirst({ name: "成本节约率", target: pct(0, "0%"), actual: pct(0.2, "0%") })])).toEqual([]);
  });

  test("a profile without an overshoot ratio asks nothing", () => {
    const off = { ...DEFAULT_PROFILE, overshootRatio: null };
    expect(check([withFirst({ target: "8 个", actual: "40 个" })], off)).toEqual([]);
  });

  test("a reverse indicator far below its ceiling is no overshoot", () => {
    expect(check([withFirst({ name: "投诉件数", target: "≤10 件", actual: "1 件" })])).toEqual([]);
  });
});

describe("REASON_PLACEHOLDER", () => {
  test("a draft that still holds 【请补充原因】 is an error, even on a row that needs no reason", () => {
    const f = check([withFirst({ reason: "年度指标值500人次，实际完成520人次。偏差原因：【请补充原因】。" })]);
    expect(codes(f)).toEqual(["REASON_PLACEHOLDER@项目表!I10"]);
  });

  test("a placeholder replaces REASON_MISSING rather than adding to it", () => {
    const f = check([withFirst({ actual: "450 人次", score: 27, reason: "改进措施：【请补充改进措施】。" })]);
    expect(codes(f)).toEqual(["REASON_PLACEHOLDER@项目表!I10"]);
  });
});

test("the message says how a reverse or an equal indicator missed", () => {
  const reverse = check([withFirst({ name: "投诉件数", target: "≤10 件", actual: "12 件", score: 25 })]);
  expect(reverse[0].message).toContain("年度指标值≤10 件，实际为12 件，超过了指标值");
  const equal = check([withFirst({ name: "培训班次", target: "=8 个", actual: "6 个", score: 22.5 })]);
  expect(equal[0].message).toContain("年度指标值=8 个，实际为6 个，与指标值不一致");
});
