/**
 * Random indicator rows for property tests: targets, actuals and weights as people write them — plain numbers,
 * percentages (formatted or typed), numbers with units typed as text, comparators, empty cells — with actuals
 * drawn near the boundaries the rules care about (equal, 30 % over, twice the target, below zero).
 */
import Decimal from "decimal.js";
import fc from "fast-check";
import { CellSpec, IndicatorSpec } from "./tables";

/** A number with up to 2 decimals, as a Decimal (so it prints exactly as typed). */
const amount = fc.oneof(
  fc.integer({ min: 0, max: 10000 }).map((n) => new Decimal(n)),
  fc.integer({ min: -10000, max: 100000 }).map((n) => new Decimal(n).div(100)),
  fc.constantFrom(new Decimal(0), new Decimal(1), new Decimal(100)),
);

const factors = ["0", "0.5", "0.9338", "0.99", "1", "1.29", "1.3", "1.31", "2", "2.5", "-0.3"].map(
  (f) => new Decimal(f),
);

function actualFor(target: Decimal): fc.Arbitrary<Decimal> {
  return fc.oneof(
    amount,
    fc.constantFrom(...factors).map((f) => target.times(f).toDecimalPlaces(2, Decimal.ROUND_HALF_UP)),
  );
}

type Shape = "plain" | "percent" | "unitText" | "percentText" | "mixed" | "comparatorText";

const weight = fc.oneof(
  fc.integer({ min: 1, max: 30 }).map((n) => n),
  fc.integer({ min: 1, max: 60 }).map((n) => n / 2),
);

function cells(shape: Shape, t: Decimal, a: Decimal, comparator: string): [CellSpec, CellSpec] {
  const fraction = (d: Decimal) => d.div(100).toNumber();
  switch (shape) {
    case "plain":
      return [t.toNumber(), a.toNumber()];
    case "percent":
      return [
        { value: fraction(t), numFmt: "0.00%" },
        { value: fraction(a), numFmt: "0%" },
      ];
    case "unitText":
      return [`${t.toFixed()} 个`, `${a.toFixed()}个`];
    case "percentText":
      return [`${t.toFixed(2)}%`, `${a.toFixed()}%`];
    case "mixed":
      return [`${t.toFixed()}%`, a.toNumber()];
    case "comparatorText":
      return [`${comparator}${t.toFixed()}万元`, `${a.toFixed()}万元`];
  }
}

export const indicatorRow: fc.Arbitrary<IndicatorSpec> = fc
  .record({
    target: amount,
    shape: fc.constantFrom<Shape>("plain", "plain", "percent", "unitText", "percentText", "mixed", "comparatorText"),
    nature: fc.constantFrom("", "", "≥", "≤", "="),
    comparator: fc.constantFrom("≥", "≤", "="),
    weight,
    emptyActual: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  })
  .chain((r) => actualFor(r.target).map((actual) => ({ ...r, actual })))
  .map((r) => {
    const [target, actual] = cells(r.shape, r.target, r.actual, r.comparator);
    const spec: IndicatorSpec = {
      name: "随机指标",
      target,
      actual: r.emptyActual ? null : actual,
      weight: r.weight,
      score: 0,
    };
    if (r.shape !== "comparatorText" && r.nature) spec.nature = r.nature;
    return spec;
  });

export const budgetBlock = fc.record({
  annual: fc.oneof(
    fc.integer({ min: 0, max: 1000000 }).map((n) => n / 100),
    fc.constant(0),
  ),
  executed: fc.integer({ min: 0, max: 1200000 }).map((n) => n / 100),
  weight: fc.constantFrom(10, 20),
});
