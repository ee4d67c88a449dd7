// Draft texts: facts first, then the chosen cause and measure, placeholders where nothing was chosen.
import {
  CAUSE_PLACEHOLDER,
  CAUSES,
  DEFAULT_LIBRARY,
  draftReason,
  hasPlaceholder,
  MEASURE_PLACEHOLDER,
  MEASURES,
} from "../../src/core/reasons";
import { needs } from "./fixtures";

const need = (cell: string) => {
  const n = needs().find((x) => x.cell === cell);
  if (!n) throw new Error(`no need at ${cell}`);
  return n;
};

describe("without choices", () => {
  test("the draft states the facts and leaves both placeholders visible", () => {
    expect(draftReason(need("招商引资!I10"))).toBe(
      "年度指标值6000万美元，实际完成4926万美元，完成率82.10%，扣减2.15分。" +
        `偏差原因：${CAUSE_PLACEHOLDER}。改进措施：${MEASURE_PLACEHOLDER}。`,
    );
  });

  test("every unchosen draft is caught by REASON_PLACEHOLDER's mark", () => {
    for (const n of needs()) expect(hasPlaceholder(draftReason(n))).toBe(true);
  });

  test("a negative actual gives no negative completion rate", () => {
    expect(draftReason(need("招商引资!I11"))).toMatch(/^年度指标值15，实际完成-8\.7，未完成年度指标值，扣减15分。/);
  });

  test("a reverse indicator says by how much it exceeded its ceiling", () => {
    expect(draftReason(need("招商引资!I13"))).toMatch(/^年度指标值≤10件，实际为12件，超出指标值20\.00%，扣减2分。/);
  });

  test("a judgment row quotes target and actual and the person's score", () => {
    expect(draftReason(need("招商引资!I14"))).toMatch(
      /^年度指标值为“达标”，实际完成情况为“部分达成”，未完全达成年度指标，评定得分7分，扣减3分。/,
    );
  });

  test("an overshoot is explained, not excused", () => {
    expect(draftReason(need("招商引资!I12"))).toBe(
      "年度指标值8个，实际完成40个，为年度指标值的500.00%，超额完成年度指标。" +
        `超额原因：${CAUSE_PLACEHOLDER}。改进措施：${MEASURE_PLACEHOLDER}。`,
    );
  });
});

describe("with choices", () => {
  test("a cause and a measure from the library fill both gaps, with the indicator's name", () => {
    const text = draftReason(need("招商引资!I10"), { cause: "外部需求变化", measure: "加强监测分析" });
    expect(text).toBe(
      "年度指标值6000万美元，实际完成4926万美元，完成率82.10%，扣减2.15分。" +
        "偏差原因：受宏观经济形势和外部市场需求变化影响，“外资完成数”未达到预期。" +
        "改进措施：加强对“外资完成数”的日常监测和形势分析，及时发现问题并调整工作措施。",
    );
    expect(hasPlaceholder(text)).toBe(false);
  });

  test("an overshoot takes the cause's overshoot sentence", () => {
    expect(draftReason(need("招商引资!I12"), { cause: "外部需求变化" })).toContain(
      "超额原因：外部市场需求增长超出预期，带动“三类500强项目引进数”超额完成。",
    );
  });

  test("only a cause chosen: the measure placeholder stays", () => {
    const text = draftReason(need("招商引资!I10"), { cause: "资金到位较晚" });
    expect(text).toContain("项目资金到位较晚");
    expect(text).toContain(MEASURE_PLACEHOLDER);
    expect(text).not.toContain(CAUSE_PLACEHOLDER);
  });

  test("a person's own words are taken as they are, without a doubled full stop", () => {
    const text = draftReason(need("招商引资!I10"), { cause: "全市外资工作发展不够。", measure: "  " });
    expect(text).toContain("偏差原因：全市外资工作发展不够。改进措施：【请补充改进措施】。");
  });
});

describe("the shipped library", () => {
  test("has the four 保障 categories, 其他, and the common causes of the issue", () => {
    const names = CAUSES.map((c) => c.name);
    for (const name of [
      "经费保障",
      "制度保障",
      "人员保障",
      "硬件条件保障",
      "其他",
      "外部需求变化",
      "政策调整",
      "项目进度滞后",
      "资金到位较晚",
      "目标设定偏高",
    ])
      expect(names).toContain(name);
  });

  test("every phrase has a sentence, names are unique, and no phrase carries a placeholder or a sentence end", () => {
    const unique = (xs: string[]) => new Set(xs).size === xs.length;
    expect(unique(CAUSES.map((c) => c.name))).toBe(true);
    expect(unique(MEASURES.map((m) => m.name))).toBe(true);
    for (const c of CAUSES) {
      expect(c.missed ?? c.overshoot).toBeTruthy();
      for (const t of [c.missed, c.overshoot].filter(Boolean) as string[]) {
        expect(hasPlaceholder(t)).toBe(false);
        expect(t).not.toMatch(/[。；]$/);
      }
    }
    for (const m of MEASURES) expect(m.text).not.toMatch(/[。；]$/);
    expect(DEFAULT_LIBRARY.causes).toHaveLength(CAUSES.length);
  });

  test("every shipped cause and measure makes a complete draft for a miss", () => {
    const n = need("招商引资!I10");
    for (const c of CAUSES.filter((x) => x.missed))
      for (const m of MEASURES) {
        const text = draftReason(n, { cause: c.name, measure: m.name });
        expect(hasPlaceholder(text)).toBe(false);
        expect(text).not.toMatch(/\{|\}/);
        expect(text).not.toContain("。。");
      }
  });
});
