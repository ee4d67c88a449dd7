import fc from "fast-check";
import { CellValue } from "../../src/core/grid/grid";
import { Field } from "../../src/core/layout/model";
import {
  buildNumberFormat,
  formatNumberLiteral,
  normalizeText,
  parseNumberFormat,
  readCell,
  readText,
  readValue,
} from "../../src/core/values";
import { Quantity, Reading } from "../../src/core/values/types";

const field = (value: CellValue, numFmt?: string, error?: string): Field => ({
  ref: { sheet: "自评表", row: 5, col: 4 },
  value,
  text: value === null ? "" : String(value),
  ...(numFmt ? { numFmt } : {}),
  ...(error ? { error } : {}),
});

/** A number reading as a plain object for comparison: "6000 万美元" → { value: "6000", unit: "万美元", … }. */
function plain(r: Reading) {
  if (r.kind !== "number") return r;
  const q: Quantity = r.quantity;
  return { value: q.value.toString(), unit: q.unit, percent: q.percent, comparator: q.comparator };
}

describe("readCell reads what a person typed", () => {
  it.each<[string, CellValue, string | undefined, ReturnType<typeof plain>]>([
    ["a number", 6000, undefined, { value: "6000", unit: "", percent: false, comparator: undefined }],
    ["a negative number", -8.7, undefined, { value: "-8.7", unit: "", percent: false, comparator: undefined }],
    [
      "a percent-formatted number as percent units",
      0.9381,
      "0.00%",
      { value: "93.81", unit: "%", percent: true, comparator: undefined },
    ],
    [
      "a number with a unit typed as text",
      "6000 万美元",
      undefined,
      { value: "6000", unit: "万美元", percent: false, comparator: undefined },
    ],
    ["≥ and a unit", "≥50个", undefined, { value: "50", unit: "个", percent: false, comparator: "≥" }],
    ["≤ and a unit", "≤90万元", undefined, { value: "90", unit: "万元", percent: false, comparator: "≤" }],
    ["= and a unit", "=8个", undefined, { value: "8", unit: "个", percent: false, comparator: "=" }],
    [
      "a percentage typed as text",
      "93.00%",
      undefined,
      { value: "93", unit: "%", percent: true, comparator: undefined },
    ],
    ["text -8.7", "-8.7", undefined, { value: "-8.7", unit: "", percent: false, comparator: undefined }],
    [
      "the minus sign U+2212",
      "\u22128.7",
      undefined,
      { value: "-8.7", unit: "", percent: false, comparator: undefined },
    ],
    ["full-width digits", "６０００", undefined, { value: "6000", unit: "", percent: false, comparator: undefined }],
    [
      "full-width digits, point and ％",
      "９３．５％",
      undefined,
      { value: "93.5", unit: "%", percent: true, comparator: undefined },
    ],
    ["full-width ≥ spelled ＞＝", "＞＝９０％", undefined, { value: "90", unit: "%", percent: true, comparator: "≥" }],
    ["thousands separators", "1,234", undefined, { value: "1234", unit: "", percent: false, comparator: undefined }],
    [
      "thousands separators with decimals and unit",
      "1,234,567.5 元",
      undefined,
      { value: "1234567.5", unit: "元", percent: false, comparator: undefined },
    ],
    ["以上 after the unit", "50列以上", undefined, { value: "50", unit: "列", percent: false, comparator: "≥" }],
    ["以内 after a percentage", "5%以内", undefined, { value: "5", unit: "%", percent: true, comparator: "≤" }],
    ["不低于", "不低于90%", undefined, { value: "90", unit: "%", percent: true, comparator: "≥" }],
    ["a space after the comparator", "≥ 95 %", undefined, { value: "95", unit: "%", percent: true, comparator: "≥" }],
    [
      "a unit made of symbols",
      "3次/年",
      undefined,
      { value: "3", unit: "次/年", percent: false, comparator: undefined },
    ],
    [
      "a number whose format carries a unit",
      6000,
      '0" 万美元"',
      { value: "6000", unit: "万美元", percent: false, comparator: undefined },
    ],
    [
      "a number whose format carries ≥ and a unit",
      50,
      '"≥"0"个"',
      { value: "50", unit: "个", percent: false, comparator: "≥" },
    ],
    ["a percent format with 以上", 0.9, '0%"以上"', { value: "90", unit: "%", percent: true, comparator: "≥" }],
    ["a currency format", 12.5, "[$¥-804]#,##0.00", { value: "12.5", unit: "", percent: false, comparator: undefined }],
  ])("%s", (_title, value, numFmt, expected) => {
    expect(plain(readCell(field(value, numFmt)))).toEqual(expected);
  });

  it.each<[CellValue, string]>([
    ["7.50.", "末尾多了小数点"],
    ["1.2.3", "多个小数点"],
    ["1,2,3", "逗号"],
    ["12,34", "逗号"],
    ["≥7.5.个", "末尾多了小数点"],
  ])("%s cannot be read safely and says why in Chinese", (value, reason) => {
    const r = readCell(field(value));
    expect(r.kind).toBe("invalid");
    if (r.kind === "invalid") {
      expect(r.reason).toContain(reason);
      expect(r.reason).toContain(String(value));
    }
  });

  it.each<CellValue>(["有效保障", "不适用", "达标", "12月底前完成", "2023年12月底前", "指标2", "1-2个", "三类500强"])(
    "%s is text",
    (value) => {
      expect(readCell(field(value)).kind).toBe("text");
    },
  );

  it("empty cells, blanks and booleans", () => {
    expect(readCell(field(null)).kind).toBe("empty");
    expect(readCell(field("   ")).kind).toBe("empty");
    expect(readCell(field(true))).toEqual({ kind: "text", text: "TRUE" });
  });

  it("an error value is invalid, naming it", () => {
    const r = readCell(field(null, undefined, "#DIV/0!"));
    expect(r).toMatchObject({ kind: "invalid", reason: expect.stringContaining("#DIV/0!") });
  });
});

describe("number formats", () => {
  it("finds the literal text around the number", () => {
    expect(parseNumberFormat('0" 万美元"')).toMatchObject({ prefix: "", suffix: " 万美元", percent: false });
    expect(parseNumberFormat('"≥"0.00"个"')).toMatchObject({ prefix: "≥", suffix: "个", decimals: 2 });
    expect(parseNumberFormat("0.00%")).toMatchObject({ percent: true, decimals: 2 });
    expect(parseNumberFormat("#,##0.0_);[Red](#,##0.0)")).toMatchObject({ grouping: true, decimals: 1 });
    expect(parseNumberFormat("yyyy-mm-dd")).toBeNull();
    expect(parseNumberFormat("@")).toBeNull();
  });

  it("quotes literals, escaping a double quote", () => {
    expect(formatNumberLiteral("万美元")).toBe('"万美元"');
    expect(formatNumberLiteral('5"寸')).toBe('"5"\\""寸"');
    expect(formatNumberLiteral("")).toBe("");
  });

  it("gives negative numbers a section that keeps the prefix first", () => {
    expect(
      buildNumberFormat({ prefix: "≥", suffix: "", percent: true, decimals: 0, grouping: false, negative: true }),
    ).toBe('"≥"0%;"≥-"0%');
  });
});

describe("normalising numbers typed as text", () => {
  it.each<[string, number, string]>([
    ["6000 万美元", 6000, '0" 万美元"'],
    ["≥50个", 50, '"≥"0"个"'],
    ["≤90万元", 90, '"≤"0"万元"'],
    ["=8个", 8, '"="0"个"'],
    ["93.00%", 0.93, "0.00%"],
    ["90%以上", 0.9, '0%"以上"'],
    ["1,234.50 元", 1234.5, '#,##0.00" 元"'],
    ["-8.7", -8.7, "0.0"],
    ["≥-5%", -0.05, '"≥"0%;"≥-"0%'],
    ["+5", 5, '"+"0'],
    ["≧90个", 90, '"≧"0"个"'],
    ["6000", 6000, "0"],
  ])("%s → %d shown with %s", (text, value, numFmt) => {
    const n = normalizeText(text);
    expect(n && !("reason" in n) ? { value: n.value.toNumber(), numFmt: n.numFmt } : n).toEqual({ value, numFmt });
  });

  it.each(["６０００ 万美元", "06000", "-0", "9３％", ".5个"])(
    "%s cannot be shown exactly by a number format",
    (text) => {
      expect(normalizeText(text)).toMatchObject({ reason: expect.stringContaining(text) });
    },
  );

  it("leaves real numbers, qualitative text and unreadable text alone or explains", () => {
    expect(normalizeText(6000)).toBeNull();
    expect(normalizeText("有效保障")).toBeNull();
    expect(normalizeText("7.50.")).toMatchObject({ reason: expect.stringContaining("小数点") });
  });

  it("reads a normalised cell back as the same quantity (property)", () => {
    const comparator = fc.constantFrom("", "≥", "≤", "=", ">", "<", "不低于");
    const unit = fc.constantFrom("", "个", " 万美元", "万元", "%", " %", "列", "次/年", "亿元");
    const trailer = fc.constantFrom("", "以上", "以内");
    const digits = fc
      .tuple(fc.integer({ min: -99999, max: 99999 }), fc.integer({ min: 0, max: 3 }))
      .map(([n, places]) => (places ? (n / 10 ** places).toFixed(places) : String(n)));
    fc.assert(
      fc.property(comparator, digits, unit, trailer, (c, d, u, t) => {
        const text = c + d + u + (c ? "" : t);
        const typed = readText(text);
        const n = normalizeText(text);
        if (typed.kind !== "number" || n === null || "reason" in n) return;
        const back = readValue(n.value.toNumber(), n.numFmt);
        expect(plain(back)).toEqual(plain(typed));
      }),
      { numRuns: 500 },
    );
  });
});
