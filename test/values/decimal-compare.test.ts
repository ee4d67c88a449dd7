/** compareDecimal reads decimal.js's internal form: it must agree with decimal.js's own `cmp` everywhere. */
import Decimal from "decimal.js";
import fc from "fast-check";
import { compareDecimal, maxDecimal, minDecimal } from "../../src/core/values/decimal-compare";

// Mantissas of up to 30 digits and exponents from -30 to 30: several digit words, words of every length, and
// pairs sharing an exponent and leading words (the digit-by-digit branch).
const digits = fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 1, maxLength: 30 });
const decimal = fc
  .tuple(fc.boolean(), digits, fc.integer({ min: -30, max: 30 }))
  .map(([neg, m, e]) => new Decimal(`${neg ? "-" : ""}${m}e${e}`));
/** A value and a near neighbour: same leading words, a change in a late digit or an extra word. */
const pair = fc.oneof(
  fc.tuple(decimal, decimal),
  fc
    .tuple(decimal, fc.integer({ min: -40, max: 0 }), fc.constantFrom(-1, 1))
    .map(([d, p, sign]): [Decimal, Decimal] => [d, d.plus(new Decimal(10).pow(p).times(sign))]),
  decimal.map((d): [Decimal, Decimal] => [d, new Decimal(d.toString())]),
  // the same leading digits and then more: equal words up to the shorter one's length
  fc
    .tuple(fc.boolean(), digits, digits, fc.integer({ min: -30, max: 30 }))
    .map(([neg, m, more, e]): [Decimal, Decimal] => [
      new Decimal(`${neg ? "-" : ""}${m}e${e}`),
      new Decimal(`${neg ? "-" : ""}${m}${more}e${e - more.length}`),
    ]),
);

const EDGES = [
  "0",
  "-0",
  "1",
  "-1",
  "0.1",
  "10000000",
  "9999999",
  "10000001",
  "1e-7",
  "1e7",
  "-1e7",
  "93.38",
  "93.375",
];

describe("compareDecimal", () => {
  it("agrees with cmp on edge values, zeros of both signs included", () => {
    for (const a of EDGES)
      for (const b of EDGES) {
        const x = new Decimal(a);
        const y = new Decimal(b);
        expect([a, b, compareDecimal(x, y)]).toEqual([a, b, x.cmp(y)]);
      }
  });

  it("agrees with cmp on random pairs and near neighbours", () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(compareDecimal(a, b)).toBe(a.cmp(b));
        expect(compareDecimal(b, a)).toBe(b.cmp(a));
      }),
      { numRuns: 5000 },
    );
  });

  it("leaves NaN and infinities to decimal.js", () => {
    const values = [new Decimal(NaN), new Decimal(Infinity), new Decimal(-Infinity), new Decimal(3)];
    for (const a of values) for (const b of values) expect(compareDecimal(a, b)).toEqual(a.cmp(b));
  });

  it("min and max pick what Decimal.min and Decimal.max pick", () => {
    fc.assert(
      fc.property(fc.array(decimal, { minLength: 1, maxLength: 6 }), (xs) => {
        expect(minDecimal(xs)?.toString()).toBe(Decimal.min(...xs).toString());
        expect(maxDecimal(xs)?.toString()).toBe(Decimal.max(...xs).toString());
      }),
    );
    expect(minDecimal([])).toBeUndefined();
  });
});
