// How every host words a plan's data validation (core/plan/validation-text) and tells a rule already there.
import { MESSAGE_MAX, TITLE_MAX, sameFields, validationText } from "../../src/core/plan/validation-text";
import { ValidationWrite } from "../../src/core/plan/write-plan";

const texts = {
  prompt: { title: "金额", message: "请输入不小于0的金额。" },
  error: { title: "金额无效", message: "金额应为不小于0的数字。" },
};
const base: Omit<ValidationWrite, "rule"> = {
  sheet: "表",
  area: { top: 1, left: 1, bottom: 3, right: 1 },
  prompt: { title: "金额", message: "请输入不小于0的金额。" },
  error: { title: "金额无效", message: "金额应为不小于0的数字。" },
};

describe("validationText", () => {
  it("keeps a number operand as it is and gives a formula operand its =", () => {
    expect(
      validationText({ ...base, rule: { type: "decimal", operator: "between", formula1: " 0 ", formula2: "D6" } }),
    ).toEqual({ kind: "decimal", operator: "between", formula1: "0", formula2: "=D6", ...texts });
    expect(
      validationText({ ...base, rule: { type: "decimal", operator: "greaterThanOrEqual", formula1: "-1.5" } }),
    ).toEqual({ kind: "decimal", operator: "greaterThanOrEqual", formula1: "-1.5", ...texts });
  });

  it("writes a custom rule's formula with one =", () => {
    const text = validationText({ ...base, rule: { type: "custom", formula: "AND(G6>=0,G6<=D6)" } });
    expect(text).toMatchObject({ kind: "custom", formula1: "=AND(G6>=0,G6<=D6)" });
    expect(text.operator).toBeUndefined();
    expect(validationText({ ...base, rule: { type: "custom", formula: "=ISNUMBER(A1)" } }).formula1).toBe(
      "=ISNUMBER(A1)",
    );
  });

  it("clips titles and messages Excel and WPS would refuse, ending them with …", () => {
    const long = "很长".repeat(200);
    const text = validationText({
      ...base,
      prompt: { title: long, message: long },
      error: { title: "短", message: long },
      rule: { type: "custom", formula: "TRUE" },
    });
    expect(TITLE_MAX).toBe(32);
    expect(MESSAGE_MAX).toBe(255);
    expect(text.prompt.title).toHaveLength(TITLE_MAX);
    expect(text.prompt.title.endsWith("…")).toBe(true);
    expect(text.prompt.message).toHaveLength(MESSAGE_MAX);
    expect(text.error).toEqual({ title: "短", message: text.prompt.message });
  });
});

describe("sameFields", () => {
  it("compares at any depth, in any key order, a null field counting as an absent one", () => {
    expect(sameFields({ a: 1, b: { c: "x", d: null } }, { b: { c: "x" }, a: 1, e: undefined })).toBe(true);
    expect(sameFields({ a: 1, b: { c: "x" } }, { a: 1, b: { c: "y" } })).toBe(false);
    expect(sameFields({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameFields(null, { a: 1 })).toBe(false);
    expect(sameFields(null, null)).toBe(true);
    expect(sameFields({ cells: [{ a: 1 }, null] }, { cells: [{ a: 1 }, null] })).toBe(true);
  });
});
