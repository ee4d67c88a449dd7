/** Numbers in explanations read exactly as decimal.js would print them, however they are formatted. */
import Decimal from "decimal.js";
import fc from "fast-check";
import { showNumber, showRate, showScore } from "../../src/core/scoring/explain";

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
