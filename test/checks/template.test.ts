// Template filler left in answer cells; empty template rows are not findings.
import { isTemplateText } from "../../src/core/values/template-text";
import { check, codes, CONSISTENT_INDICATORS, evalTable } from "./fixtures";

describe("what counts as template text", () => {
  test.each(["指标2", "指标 10", "……", "...", "请填写", "请填写年度目标", "xxx"])("%s is template text", (text) => {
    expect(isTemplateText(text)).toBe(true);
  });
  test.each(["", "有效保障", "指标达成", "按时完成", "2个"])("%s is not", (text) => {
    expect(isTemplateText(text)).toBe(false);
  });
});

describe("TEMPLATE_TEXT_LEFT", () => {
  test("a filler row holding 指标2 is flagged at its cell; an empty filler row is not", () => {
    const f = check([evalTable({ filler: ["指标2", ""] })]);
    expect(codes(f)).toEqual(["TEMPLATE_TEXT_LEFT@项目表!D15"]);
    // Issue 15: official forms print more rows than a unit needs; an untouched one is said as info, not an error.
    expect(f[0].severity).toBe("info");
  });

  test("请填写… in 预期目标 is flagged", () => {
    expect(codes(check([evalTable({ goals: { expected: "请填写预期目标" } })]))).toEqual([
      "TEMPLATE_TEXT_LEFT@项目表!B8",
    ]);
  });

  test("…… in the target of a filled row is flagged once, not also as a missing number", () => {
    const t = evalTable({
      indicators: [{ ...CONSISTENT_INDICATORS[0], target: "……", actual: "……" }, ...CONSISTENT_INDICATORS.slice(1)],
      total: { score: null },
    });
    const f = check([t]);
    expect(codes(f)).toEqual(["TEMPLATE_TEXT_LEFT@项目表!E10", "TEMPLATE_TEXT_LEFT@项目表!F10"]);
  });

  test("a 三级指标 name left as 指标1 is flagged", () => {
    const t = evalTable({
      indicators: [{ ...CONSISTENT_INDICATORS[0], name: "指标1" }, ...CONSISTENT_INDICATORS.slice(1)],
    });
    expect(codes(check([t]))).toEqual(["TEMPLATE_TEXT_LEFT@项目表!D10"]);
  });
});
