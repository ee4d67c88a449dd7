import { needsQuotePrefix } from "../../core/grid/typed-text";
import { officeValue } from "./cells";

describe("text that a zh-CN Excel would turn into something else gets an apostrophe", () => {
  it.each([
    ["001", "a number"],
    ["93.00%", "a percentage"],
    ["¥1,200", "money"],
    ["(5)", "a negative number"],
    ["1 1/2", "a fraction"],
    ["0 3/4", "a fraction"],
    ["1/2", "a date"],
    ["3-5", "a date"],
    ["2023-3-5", "a date"],
    ["2023年3月5日", "a date"],
    ["2023年3月", "a month"],
    ["3月5日", "a month and day"],
    ["12月31", "a month and day"],
    ["9:30", "a time"],
    ["下午3:30", "a time"],
    ["TRUE", "a boolean"],
    ["false", "a boolean"],
    ["#N/A", "an error"],
    ["#div/0!", "an error"],
    ["#SPILL!", "an error"],
    ["=SUM(A1:A3)", "a formula"],
    ["+86", "a formula"],
    ["-", "a formula"],
    ["１２３", "a number in full-width digits"],
    ["＝1+1", "a formula with a full-width sign"],
  ])("%s (%s)", (text) => {
    expect(needsQuotePrefix(text)).toBe(true);
    expect(officeValue(text)).toBe(`'${text}`);
  });

  it.each([
    "受疫情影响，部分采购延后至次年。",
    "12月前完成",
    "≥95%",
    "6000 万美元",
    "第3季度",
    "有效提升",
    "A1",
    "#1 项目",
  ])("%s stays as it is", (text) => {
    expect(needsQuotePrefix(text)).toBe(false);
    expect(officeValue(text)).toBe(text);
  });
});
