// The one error every host throws (core/plan/host-error): the code, the sentence, which action failed, the original
// and, for a write that failed halfway, the undo of what reached the workbook.
import {
  HostError,
  asHostError,
  sheetToSelectMissing,
  sheetsMissing,
  sheetsProtected,
  unreadableAddress,
} from "../../src/core/plan/host-error";
import { emptyPlan } from "../../src/core/plan/write-plan";

const word = (error: unknown, action: string) => ({
  code: "Failed",
  message: `${action}失败：${error instanceof Error ? error.message : String(error)}`,
});

describe("HostError", () => {
  it("is an Error with its code, message, action, original and undo", () => {
    const original = new Error("raw");
    const undo = emptyPlan();
    const error = new HostError("AccessDenied", "拒绝写入。", { action: "写入", original, undo });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: "HostError", code: "AccessDenied", message: "拒绝写入。", action: "写入" });
    expect(error.original).toBe(original);
    expect(error.undo).toBe(undo);
  });

  it("at a host's edge, a foreign error is worded by the host, with the action and the original kept", () => {
    const original = new TypeError("x is undefined");
    const error = asHostError(original, "读取", word);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: "Failed", message: "读取失败：x is undefined", action: "读取" });
    expect(error.original).toBe(original);
  });

  it("at a host's edge, a HostError stays itself; one that did not know its action gets it", () => {
    const known = new HostError("SheetProtected", "受保护。", { action: "写入" });
    expect(asHostError(known, "读取", word)).toBe(known);
    const undo = emptyPlan();
    const deep = new HostError("Timeout", "未响应。", { undo });
    const stamped = asHostError(deep, "定位", word);
    expect(stamped).toMatchObject({ code: "Timeout", message: "未响应。", action: "定位" });
    expect(stamped.undo).toBe(undo);
    expect(stamped.stack).toBe(deep.stack);
  });

  it("the refusals every host throws name the sheets, worded as core/plan/refusals words them", () => {
    expect(sheetsProtected(["项目1"])).toMatchObject({
      code: "SheetProtected",
      action: "写入",
      message: "工作表「项目1」受保护，未写入任何内容。请在「审阅」选项卡中撤销工作表保护后重试。",
    });
    expect(sheetsProtected(["项目1"], "Excel").message).toContain("请在 Excel 的「审阅」选项卡中");
    const original = new Error("ItemNotFound");
    const missing = sheetsMissing(["项目1", "项目2"], original);
    expect(missing).toMatchObject({
      code: "SheetMissing",
      action: "写入",
      message: "找不到工作表「项目1」「项目2」，它可能已被删除或改名。未写入任何内容，请重新识别后再试。",
    });
    expect(missing.original).toBe(original);
  });

  it("the pane's go-to-cell is refused alike in Excel and WPS", () => {
    expect(sheetToSelectMissing("Gone Sheet")).toMatchObject({
      code: "SheetMissing",
      action: "定位",
      message: "找不到工作表「Gone Sheet」，它可能已被删除或改名。",
    });
    expect(unreadableAddress("不是地址")).toMatchObject({
      code: "InvalidReference",
      action: "定位",
      message: "无法识别的单元格地址「不是地址」。",
    });
  });
});
