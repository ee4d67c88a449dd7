// The sentences every host refuses a whole plan with (core/plan/refusals).
import { missingSheetsMessage, protectedSheetsMessage } from "../../src/core/plan/refusals";

describe("refusals", () => {
  it("name each protected sheet and say where the protection is lifted", () => {
    expect(protectedSheetsMessage(["项目1", "项目2"])).toBe(
      "工作表「项目1」「项目2」受保护，未写入任何内容。请在「审阅」选项卡中撤销工作表保护后重试。",
    );
    expect(protectedSheetsMessage(["招商引资"], "Excel")).toBe(
      "工作表「招商引资」受保护，未写入任何内容。请在 Excel 的「审阅」选项卡中撤销工作表保护后重试。",
    );
  });

  it("name each sheet that is gone", () => {
    expect(missingSheetsMessage(["项目1"])).toBe(
      "找不到工作表「项目1」，它可能已被删除或改名。未写入任何内容，请重新识别后再试。",
    );
  });
});
