// Indicator rows: inputs, entered scores against weight, rule and band, copied targets, guessed directions.
import { check, codes, CONSISTENT_INDICATORS, divZero, evalTable, IndicatorSpec, loud, pct } from "./fixtures";

/** The consistent table with its first row (培训人次, weight 30, row 10) replaced. */
function withFirst(row: Partial<IndicatorSpec>, total: unknown = null) {
  const first = { ...CONSISTENT_INDICATORS[0], ...row };
  return evalTable({ indicators: [first, ...CONSISTENT_INDICATORS.slice(1)], total: { score: total as never } });
}

describe("inputs", () => {
  test.each([
    ["年度指标值", { target: null }, "E10"],
    ["实际完成值", { actual: null }, "F10"],
    ["分值", { weight: null }, "G10"],
  ])("an empty %s is REQUIRED_EMPTY at its cell, once", (_label, row, cell) => {
    const f = check([withFirst(row as Partial<IndicatorSpec>)]);
    expect(codes(f).filter((c) => c.startsWith("REQUIRED_EMPTY"))).toEqual([`REQUIRED_EMPTY@项目表!${cell}`]);
  });

  test("an empty weight does not also claim the weights fail to add up", () => {
    expect(codes(check([withFirst({ weight: null, score: null })]))).toEqual(["REQUIRED_EMPTY@项目表!G10"]);
  });

  test.each([
    ["text", "完成"],
    ["a doubtful number", "7.50."],
    ["a cached error", divZero],
  ])("%s as the actual of a quantitative row is NOT_A_NUMBER at the actual", (_what, actual) => {
    const f = check([withFirst({ actual: actual as never, score: null })]);
    expect(codes(f)).toEqual(["NOT_A_NUMBER@项目表!F10"]);
  });

  test("完成 as the target while the actual is a figure is NOT_A_NUMBER at the target", () => {
    const f = check([withFirst({ target: "完成", actual: 520 })]);
    expect(codes(f)).toEqual(["NOT_A_NUMBER@项目表!E10"]);
    expect(f[0].message).toContain("定量指标的年度指标值应填写数字");
  });

  test.each([
    ["text", "三十", "NOT_A_NUMBER"],
    ["negative", -5, "VALUE_OUT_OF_RANGE"],
    ["above 100", 130, "VALUE_OUT_OF_RANGE"],
  ])("a weight that is %s is reported at the weight", (_what, weight, code) => {
    const f = check([withFirst({ weight: weight as never, score: null })]);
    expect(codes(f)).toContain(`${code}@项目表!G10`);
  });

  test("an empty template row (every answer cell empty) is no indicator and no finding", () => {
    const t = evalTable({
      indicators: [
        ...CONSISTENT_INDICATORS,
        { level1: "成本指标", level2: "经济成本指标", name: null, target: null, actual: null, weight: null },
      ],
    });
    expect(check([t])).toEqual([]);
  });

  test("不适用 rows are left alone", () => {
    const t = evalTable({
      indicators: [
        ...CONSISTENT_INDICATORS,
        { level2: "生态效益指标", name: null, target: "不适用", actual: "不适用", weight: null },
      ],
    });
    expect(check([t])).toEqual([]);
  });
});

describe("entered scores", () => {
  test("外资完成数 11 where the rule gives 9.85 is SCORE_MISMATCH, a warning that states the rule's score", () => {
    const f = check([
      withFirst({
        name: "外资完成数",
        target: "6000 万美元",
        actual: "4926 万美元",
        weight: 12,
        score: 11,
        reason: "总量未达标",
      }),
    ]);
    expect(codes(loud(f))).toContain("SCORE_MISMATCH@项目表!H10");
    const mismatch = f.find((x) => x.code === "SCORE_MISMATCH");
    expect(mismatch?.severity).toBe("warning");
    expect(mismatch?.message).toContain("「外资完成数」得分填报为11.00分，按计分规则应为9.85分");
  });

  test.each([
    ["the rule's score", 9.85],
    ["an unrounded score", 9.852],
    ["a score within 0.005", 9.854],
  ])("%s is no finding", (_what, score) => {
    const f = check([
      withFirst({
        name: "外资完成数",
        target: "6000 万美元",
        actual: "4926 万美元",
        weight: 12,
        score,
        reason: "总量未达标",
      }),
    ]);
    expect(codes(loud(f)).filter((c) => c.startsWith("SCORE"))).toEqual([]);
  });

  test("an empty score is left to recalculation", () => {
    expect(check([withFirst({ score: null })])).toEqual([]);
  });

  test("a score above the weight is an error and not also a mismatch", () => {
    const f = check([withFirst({ score: 35 })]);
    expect(codes(f)).toEqual(["SCORE_OVER_WEIGHT@项目表!H10"]);
    expect(f[0].message).toBe("「培训人次」得分填报为35.00分，超过分值30分，按计分规则应为30.00分");
  });

  test("a negative score is an error", () => {
    expect(codes(check([withFirst({ score: -1 })]))).toEqual(["SCORE_OVER_WEIGHT@项目表!H10"]);
  });

  test("text in the score cell is NOT_A_NUMBER", () => {
    expect(codes(check([withFirst({ score: "满分" })]))).toEqual(["NOT_A_NUMBER@项目表!H10"]);
  });
});

describe("qualitative rows", () => {
  const qualitative = (actual: string, score: unknown, reason: string | null = "部分工作未完成") =>
    withFirst({ name: "保障机关正常运转", target: "有效保障", actual, weight: 30, score: score as never, reason });

  test("an actual that repeats the target is 达成: full score, no finding", () => {
    expect(check([qualitative("有效保障", 30)])).toEqual([]);
  });

  test("a 部分达成 score inside its band (18–24 of 30) is fine", () => {
    expect(codes(loud(check([qualitative("部分达成", 20)])))).toEqual([]);
  });

  test("a 部分达成 score above its band is QUALITATIVE_BAND with the band in points", () => {
    const f = check([qualitative("部分达成", 28)]);
    expect(codes(f)).toEqual(["QUALITATIVE_BAND@项目表!H10"]);
    expect(f[0].message).toContain("得分应在18.00至24.00分之间，填报为28.00分");
  });

  test("an unknown tier with the full score is the person's judgment: no finding", () => {
    expect(check([qualitative("未造成负面影响得满分", 30, null)])).toEqual([]);
  });

  test("a judgment row without a score must be scored by a person", () => {
    expect(codes(check([qualitative("部分达成", null)]))).toEqual(["REQUIRED_EMPTY@项目表!H10"]);
  });
});

describe("actual values written like targets", () => {
  test("an actual with a comparator is ACTUAL_COPIES_TARGET", () => {
    const f = check([withFirst({ target: "≥500 人次", actual: "≥500 人次" })]);
    expect(codes(f)).toEqual(["ACTUAL_COPIES_TARGET@项目表!F10"]);
    expect(f[0].message).toContain("照抄了年度指标值");
  });

  test("an actual equal to a plain target (100% / 100%) is a real result, not a copy", () => {
    expect(check([withFirst({ target: pct(1, "0%"), actual: pct(1, "0%") })])).toEqual([]);
  });
});

describe("direction", () => {
  test("a name that suggests a reverse indicator, without comparator, is an info note at the target", () => {
    const f = check([withFirst({ name: "投诉发生率", target: 5, actual: 5, score: 30 })]);
    expect(codes(f)).toEqual(["DIRECTION_GUESSED@项目表!E10"]);
    expect(f[0].severity).toBe("info");
  });

  test("成本节约率 is a positive indicator and gets no note", () => {
    expect(check([withFirst({ name: "成本节约率", target: pct(0, "0%"), actual: pct(0.2, "0%"), score: 30 })])).toEqual(
      [],
    );
  });
});
