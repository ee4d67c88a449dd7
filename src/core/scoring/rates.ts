// The shapes several rules share: a rate (执行率, 控制率) and a score capped by a rate (预算执行得分).
import { BLANK, Expr, Reason, because, div, iff, le, min, mul, num, round } from "./expr";

const ZERO = num(0);
const ONE = num(1);

/** numerator ÷ denominator to 4 decimals, a fraction (the sheet shows it as a percentage). */
export const ratio = (numerator: Expr, denominator: Expr): Expr => round(div(numerator, denominator), 4);

/** The ratio, or blank (never #DIV/0!) for a denominator not above 0; `why` explains either branch. */
export function rate(numerator: Expr, denominator: Expr, why: { zero: Reason; rate: Reason }): Expr {
  return iff(le(denominator, ZERO), because(why.zero, BLANK), because(why.rate, ratio(numerator, denominator)));
}

/** 分值 × min(执行率, 1) to 2 decimals: execution above 100 % earns the weight and no more. */
export const cappedScore = (weight: Expr, rate: Expr): Expr => round(mul(weight, min(rate, ONE)), 2);
