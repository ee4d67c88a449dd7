/** Numbers in explanations read exactly as decimal.js would print them, however they are formatted. */
import Decimal from "decimal.js";
import fc from "fast-check";
import { RuleResult } from "../../src/core/scoring/explain";
import { percent as showRate, plain as showNumber, points as showScore } from "../../src/core/values/show";

const decimal = fc
  .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 8 }))
  .map(([n, places]) => new Decimal(n).div(10 ** places));

describe("explanation numbers", () => {
  it("rates: 0.9381 → 93.81%, as times(100).toFixed(2)", () => {
    expect(showRate(new Decimal("0.9381"))).toBe("93.81%");
    expect(showRate(new Decimal("1.2"))).toBe("120.00%");
    fc.assert(fc.property(decimal, (d) => expect(showRate(d)).toBe(d.times(100).toFixed(2) + "%")));
  });

  it("scores: two decimals, as toFixed(2)", () => {
    expect(showScore(new Decimal("9.3"))).toBe("9.30");
    expect(showScore(null)).toBe("—");
    fc.assert(fc.property(decimal, (d) => expect(showScore(d)).toBe(d.toFixed(2))));
  });

  it("numbers: as toFixed(), never in exponent notation", () => {
    expect(showNumber(new Decimal("1e-9"))).toBe("0.000000001");
    fc.assert(fc.property(decimal, (d) => expect(showNumber(d)).toBe(d.toFixed())));
  });
});

describe("RuleResult: a rule's result explained on first read", () => {
  const compiled = { value: new Decimal("12.32"), formula: "=ROUND(H5*G5/F5,2)", normalizes: [] };

  it("writes the explanation once, when first read, and not at all when never read", () => {
    let calls = 0;
    const explain = () => `第${++calls}次`;
    const r = new RuleResult(compiled, "test.rule", explain);
    expect(calls).toBe(0);
    expect(r.explanation).toBe("第1次");
    expect(r.explanation).toBe("第1次");
    expect(calls).toBe(1);
    new RuleResult(compiled, "test.rule", explain);
    expect(calls).toBe(1);
  });

  it("keeps the explanation in JSON, and leaves out what the rule did not find", () => {
    const json = JSON.parse(JSON.stringify(new RuleResult(compiled, "test.rule", () => "说明")));
    expect(json).toEqual({ value: "12.32", formula: "=ROUND(H5*G5/F5,2)", ruleId: "test.rule", explanation: "说明" });
  });

  it("keeps a note only with a value, as the plan writes notes only beside values", () => {
    const note = "E5「达标」不是数字";
    expect(new RuleResult({ ...compiled, note }, "r", () => "").note).toBe(note);
    expect(new RuleResult({ ...compiled, value: null, note }, "r", () => "").note).toBeUndefined();
  });
});
