/** Header and label keys: the same words however they were typed. */
import { headerKey, labelKey } from "../../src/core/layout";
import { splitLevelWeight } from "../../src/core/layout/normalize";
import { isTemplateText } from "../../src/core/values/template-text";
import { BUDGET_HEADERS, INDICATOR_HEADERS } from "../../src/core/layout/synonyms";

describe("headerKey", () => {
  it.each([
    ["全年预算数\n（万元）", "全年预算数"],
    ["执行率（B/A）", "执行率"],
    ["年度指标值(A)", "年度指标值"],
    ["分　值", "分值"],
    [" 实际完成值\r\n（B） ", "实际完成值"],
    ["偏差原因分析\n及改进措施", "偏差原因分析及改进措施"],
    ["批复规模\n（㎡）", "批复规模"],
    ["【得分】系数", "系数"],
  ])("%p → %p", (text, key) => expect(headerKey(text)).toBe(key));
});

describe("labelKey", () => {
  it.each([
    ["3、本级专项资金（一个专项一行）", "本级专项资金"],
    ["其中：公车购置", "公车购置"],
    ["其中:基本支出：", "基本支出"],
    ["项目支出：", "项目支出"],
    ["2023年社零、市场监测", "2023年社零、市场监测"],
    ["一、三公经费", "三公经费"],
  ])("%p → %p", (text, key) => expect(labelKey(text)).toBe(key));
});

describe("the synonym tables", () => {
  it("give every synonym one role within a table", () => {
    for (const table of [INDICATOR_HEADERS, BUDGET_HEADERS]) {
      const seen = new Map<string, string>();
      for (const spec of table)
        for (const s of spec.synonyms) {
          const k = headerKey(s);
          expect([k, seen.get(k) ?? spec.role]).toEqual([k, spec.role]);
          seen.set(k, spec.role);
        }
    }
  });
});

describe("splitLevelWeight", () => {
  it.each([
    ["产出指标（50分）", { label: "产出指标", weight: 50 }],
    ["产出指标(50分)", { label: "产出指标", weight: 50 }],
    ["效益指标\n（30）", { label: "效益指标", weight: 30 }],
    ["满意度\n指标", { label: "满意度指标" }],
    ["（50分）", { label: "（50分）" }],
  ])("%p → %p", (text, out) => expect(splitLevelWeight(text)).toEqual(out));
});

describe("isTemplateText", () => {
  it.each(["指标2", "指标 3", "……", "...", "…", "请填写", "请输入指标名称"])("%p is filler", (t) =>
    expect(isTemplateText(t)).toBe(true),
  );
  it.each(["", "指标", "质量指标", "不适用", "有效保障", "2.5"])("%p is not", (t) =>
    expect(isTemplateText(t)).toBe(false),
  );
});
