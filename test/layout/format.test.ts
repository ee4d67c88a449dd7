/** What a cell shows: numbers through their number format, as Excel would show them. */
import { cellText, formatNumber } from "../../src/core/grid/format";

describe("formatNumber", () => {
  it.each([
    [0.93, "0.00%", "93.00%"],
    [0.9381, "0.00%", "93.81%"],
    [0.2, "0%", "20%"],
    [1, "0.00%", "100.00%"],
    [0.001, "0%", "0%"],
    [6000, undefined, "6000"],
    [6000, "General", "6000"],
    [1374.58, "0.00", "1374.58"],
    [9.3, "0.00", "9.30"],
    [0, "0.0", "0.0"],
    [-8.7, "0.0", "-8.7"],
    [2.5, "0", "3"],
    [-2.5, "0", "-3"],
    [1.005, "0.00", "1.01"],
    [1234567.891, "#,##0.00", "1,234,567.89"],
    [6000, '0" 万美元"', "6000 万美元"],
    [50, '"≥"0"个"', "≥50个"],
    [0.9, '"≥"0%', "≥90%"],
    [-5, '"≥"0;"≤"0', "≤5"],
    [0, '0;-0;"零"', "零"],
    [5, "0.##", "5."],
    [5.25, "0.##", "5.25"],
    [0.1 + 0.2, undefined, "0.3"],
    [12.5, "[Red]0.0", "12.5"],
    [3, "0\\个", "3个"],
  ])("%p in %p shows %p", (value, format, shown) => {
    expect(formatNumber(value, format)).toBe(shown);
  });

  it("falls back to General for formats it does not render (dates, text)", () => {
    expect(formatNumber(45000, "yyyy-mm-dd")).toBe("45000");
    expect(formatNumber(12.5, "@")).toBe("12.5");
  });
});

describe("cellText", () => {
  it("shows text as typed, booleans and errors as Excel does, nothing for an empty cell", () => {
    expect(cellText({ value: "有效保障" })).toBe("有效保障");
    expect(cellText({ value: true })).toBe("TRUE");
    expect(cellText({ value: null, error: "#DIV/0!" })).toBe("#DIV/0!");
    expect(cellText({ value: null, numFmt: "0.00" })).toBe("");
    expect(cellText(undefined)).toBe("");
    expect(cellText({ value: 0.9219, numFmt: "0.00%" })).toBe("92.19%");
  });
});
