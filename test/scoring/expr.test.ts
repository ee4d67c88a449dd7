/** The expression tree behind every rule: Excel's semantics in decimal arithmetic, and the formula it prints. */
import Decimal from "decimal.js";
import {
  BLANK,
  Expr,
  add,
  because,
  canonicalFormula,
  cell,
  compile,
  count,
  div,
  evaluate,
  ExcelError,
  ge,
  iff,
  lt,
  min,
  mul,
  n,
  num,
  print,
  round,
  str,
  sub,
  sum,
  trim,
  eq,
  whenNumbers,
} from "../../src/core/scoring/expr";

const ref = (col: number, value: Decimal | string | null, sheet = "S"): Expr => ({
  kind: "ref",
  ref: { sheet, row: 2, col },
  value,
});
const d = (x: Decimal.Value) => new Decimal(x);

describe("evaluation follows Excel", () => {
  it("ROUND halves away from zero", () => {
    expect(evaluate(round(num("12.315"), 2))).toEqual(d("12.32"));
    expect(evaluate(round(num("-2.675"), 2))).toEqual(d("-2.68"));
    expect(evaluate(round(num("1.005"), 2))).toEqual(d("1.01"));
  });

  it("decimal arithmetic: 15 × 4926 ÷ 6000 is exactly 12.315", () => {
    expect(evaluate(div(mul(num(15), num(4926)), num(6000)))).toEqual(d("12.315"));
    expect(evaluate(add(num("0.1"), num("0.2")))).toEqual(d("0.3"));
  });

  it("blank is 0 in arithmetic; text is an error there, skipped by SUM and COUNT in references", () => {
    expect(evaluate(add(ref(1, null), num(2)))).toEqual(d(2));
    expect(() => evaluate(add(ref(1, "万元"), num(2)))).toThrow(ExcelError);
    expect(evaluate(sum(ref(1, "七分"), ref(2, d(3)), ref(3, null)))).toEqual(d(3));
    expect(evaluate(count(ref(1, "七分"), ref(2, d(3)), ref(3, null)))).toEqual(d(1));
    expect(() => evaluate(sum(str("x"), num(1)))).toThrow(ExcelError);
  });

  it("division by zero is #DIV/0!", () => {
    expect(() => evaluate(div(num(1), ref(1, null)))).toThrow("#DIV/0!");
  });

  it('numbers sort before text: "" < 0.5 is false', () => {
    expect(evaluate(lt(str(""), num("0.5")))).toBe(false);
    expect(evaluate(lt(ref(1, null), num("0.5")))).toBe(true);
    expect(evaluate(eq(str("有效保障"), str("有效保障")))).toBe(true);
    expect(evaluate(eq(str("ABC"), str("abc")))).toBe(true);
  });

  it("TRIM removes outer spaces and collapses inner runs", () => {
    expect(evaluate(trim(str("  有效  保障 ")))).toBe("有效 保障");
    expect(evaluate(trim(num("0.9")))).toBe("0.9");
  });

  it("IF is lazy, MIN skips text in references, N turns text into 0", () => {
    expect(evaluate(iff(ge(num(1), num(0)), num(5), div(num(1), num(0))))).toEqual(d(5));
    expect(evaluate(min(ref(1, "x"), num(3), num(2)))).toEqual(d(2));
    expect(evaluate(n(str("")))).toEqual(d(0));
  });
});

describe("printing", () => {
  it("parenthesises only where precedence needs it", () => {
    const A = ref(1, d(90));
    const B = ref(2, d(120));
    const W = ref(3, d(15));
    expect(print(mul(W, sub(num(1), div(sub(B, A), A))), "S")).toBe("C2*(1-(B2-A2)/A2)");
    expect(print(div(mul(W, B), A), "S")).toBe("C2*B2/A2");
    expect(print(sub(A, sub(B, W)), "S")).toBe("A2-(B2-C2)");
    expect(print(sub(A, num(-5)), "S")).toBe("A2-(-5)");
  });

  it("quotes strings and names other sheets", () => {
    expect(print(ref(1, null, "My Sheet"), "S")).toBe("'My Sheet'!A2");
    expect(print(ref(1, null, "招商引资"), "S")).toBe("招商引资!A2");
    expect(print(str('说"明'), "S")).toBe('"说""明"');
  });

  it("guards inputs that must be numbers", () => {
    const e = whenNumbers([ref(1, d(1)), num(3), ref(1, d(1)), ref(2, null)], BLANK);
    expect(print(e, "S")).toBe('IF(COUNT(A2,B2)<2,"","")');
  });

  it("compares formulas the way Excel reads them", () => {
    expect(canonicalFormula('= round( $A$1 , 2 )&" x "')).toBe(canonicalFormula('=ROUND(A1,2)&" x "'));
    expect(canonicalFormula('="a b"')).not.toBe(canonicalFormula('="ab"'));
  });
});

describe("compiling a rule", () => {
  it("gives the value and the formula from one tree", () => {
    const e = round(div(ref(2, d(4926)), ref(1, d(6000))), 4);
    expect(compile(e, "S")).toEqual({ value: d("0.821"), formula: "=ROUND(B2/A2,4)", normalizes: [] });
  });

  it("a blank result is a null value", () => {
    expect(compile(whenNumbers([ref(1, null)], num(1)), "S").value).toBeNull();
  });

  it("an input that cannot be referenced leaves the value and explains the missing formula", () => {
    const full: Expr = { kind: "ref", ref: { sheet: "S", row: 2, col: 1 }, value: d(6000), unprintable: "全角" };
    expect(compile(mul(full, num(2)), "S")).toMatchObject({ value: d(12000), formula: null, note: "S!A2 全角" });
  });

  it("a cell the plan fills prints as its address and evaluates as its rule", () => {
    const rate = cell({ sheet: "S", row: 3, col: 6 }, round(div(num("60.26"), num("64.53")), 4));
    expect(compile(round(mul(num(10), min(rate, num(1))), 2), "S")).toMatchObject({
      value: d("9.34"),
      formula: "=ROUND(10*MIN(F3,1),2)",
    });
  });
});

describe("reasons", () => {
  const B = ref(2, d(120));
  const A = ref(1, d(90));
  const rule = (a: Expr) =>
    whenNumbers(
      [a, B],
      iff(ge(B, a), because("完成值{B}达到{A}", num(10)), because("按比例", round(mul(num(10), div(B, a)), 2))),
      "缺少数字",
    );

  it("compiling tells the reason of the branch the rule took, and only that one", () => {
    expect(compile(rule(A), "S").reason).toBe("完成值{B}达到{A}");
    expect(compile(rule(ref(1, d(150))), "S").reason).toBe("按比例");
    expect(compile(rule(ref(1, "达标")), "S")).toMatchObject({ value: null, reason: "缺少数字" });
    expect(compile(round(num(1), 2), "S").reason).toBeUndefined();
  });

  it("are no part of the formula, nor of its parentheses", () => {
    expect(compile(rule(A), "S").formula).toBe('=IF(COUNT(A2,B2)<2,"",IF(B2>=A2,10,ROUND(10*B2/A2,2)))');
    expect(print(mul(because("和", add(A, B)), num(2)), "S")).toBe("(A2+B2)*2");
  });

  it("of another rule read inside this one stay that rule's", () => {
    const inner = whenNumbers([A], because("内层", A));
    expect(compile(add({ kind: "bound", template: inner, env: [] }, num(1)), "S").reason).toBeUndefined();
  });
});
