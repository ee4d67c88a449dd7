// What a cell of the browser preview shows: the value through its number format, as Excel would.
import { cellText, formatNumber } from "../../src/preview/cell-text";

describe("formatNumber", () => {
  test.each([
    [0.9338, "0.00%", "93.38%"],
    [0.93, "0%", "93%"],
    [12.3246, "0.00", "12.32"],
    [3666.39, "#,##0.00", "3,666.39"],
    [6000, '0"万美元"', "6000万美元"],
    [0.9, '"≥"0%', "≥90%"],
    [4926, "General", "4926"],
    [0.1, undefined, "0.1"],
  ])("%p in %p shows %p", (value, format, shown) => {
    expect(formatNumber(value, format)).toBe(shown);
  });
});

describe("cellText", () => {
  test("an empty cell shows nothing, an error its code, text itself", () => {
    expect(cellText(undefined)).toBe("");
    expect(cellText({ value: null, error: "#DIV/0!" })).toBe("#DIV/0!");
    expect(cellText({ value: "原因为全市外资工作发展不够" })).toBe("原因为全市外资工作发展不够");
  });

  test("a formula shows its value when there is one, else its own text", () => {
    expect(cellText({ value: 12.32, formula: "=ROUND(H12*E12/D12,2)", numFmt: "0.00" })).toBe("12.32");
    expect(cellText({ value: null, formula: "=SUM(H8:H19)" })).toBe("=SUM(H8:H19)");
  });
});
