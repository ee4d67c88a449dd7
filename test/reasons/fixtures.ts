// The 招商引资-like table the reasons tests share: a miss with an empty reason, a miss with a person's text, an
// overshoot, a reverse miss, a 部分达成 judgment row, rows that need nothing.
import { evalTable, pct, score } from "../checks/fixtures";
import { reasonNeeds } from "../../src/core/reasons";

export const REASON_TABLE = evalTable({
  sheet: "招商引资",
  title: "招商引资",
  indicators: [
    { name: "外资完成数", target: "6000 万美元", actual: "4926 万美元", weight: 12, score: 11 }, // row 10: miss, empty
    {
      name: "外贸总额增长率",
      target: 15,
      actual: { value: -8.7, numFmt: "0.0" },
      weight: 15,
      score: 11.5,
      reason: "一是海外需求整体走弱",
    }, // 11
    { name: "三类500强项目引进数", target: "8 个", actual: "40 个", weight: 12, score: 12 }, // 12: overshoot
    { name: "投诉件数", target: "≤10 件", actual: "12 件", weight: 12, score: 10 }, // 13: reverse miss
    { name: "生态", target: "达标", actual: "部分达成", weight: 10, score: 7 }, // 14: judgment
    { name: "到资及时率", target: pct(1, "0%"), actual: pct(1, "0%"), weight: 8, score: 8 }, // 15: reached
    { name: "成本节约率", target: pct(0, "0%"), actual: pct(0.2, "0%"), weight: 8, score: 8 }, // 16: 0 target
    { name: null, target: "不适用", actual: "不适用", weight: null }, // 17: n/a
    { name: "质量指标", target: "达标", actual: "未造成负面影响得满分", weight: 6, score: 6 }, // 18: unknown tier, full
    {
      name: "企业满意度",
      target: pct(0.9, "0%"),
      actual: pct(0.85, "0%"),
      weight: 5,
      score: 4.72,
      reason: "年度指标值90%，实际完成85%。偏差原因：【请补充原因】。改进措施：【请补充改进措施】。",
    }, // 19: our draft
  ],
});

export const needs = () => reasonNeeds(score([REASON_TABLE]));
