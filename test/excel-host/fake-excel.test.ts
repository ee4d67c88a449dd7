// The fake has to fail where Excel fails, or the host's tests prove nothing.
import { FakeExcel } from "./fake-excel";

function excel(apiVersion = "1.18"): FakeExcel {
  return new FakeExcel({
    apiVersion,
    sheets: [
      {
        name: "自评表",
        rows: [
          ["分值", 10],
          ["得分", "=B1*0.9"],
        ],
        merges: ["A3:B3"],
      },
      { name: "空表", rows: [] },
    ],
  });
}

const codeOf = (e: unknown) => (e as { code?: string }).code;

describe("the fake Excel API", () => {
  it("throws PropertyNotLoaded for a property read before load and sync, as Office does", async () => {
    const fake = excel();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("自评表").getRange("A1:B2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([
        ["分值", 10],
        ["得分", ""],
      ]);
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("knows isNullObject only after a sync, and refuses reads on a null object", async () => {
    await excel().run(async (context) => {
      const used = context.workbook.worksheets.getItem("空表").getUsedRangeOrNullObject(true);
      used.load("address");
      expect(() => used.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(used.isNullObject).toBe(true);
      expect(() => used.address).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
    });
  });

  it("fails the sync on a property name Office does not have", async () => {
    const error = await excel()
      .run(async (context) => {
        context.workbook.worksheets.getItem("自评表").getRange("A1").load("value");
        await context.sync();
      })
      .catch((e) => e);
    expect(codeOf(error)).toBe("InvalidArgument");
  });

  it("fails an API above its requirement set with ApiNotFound", async () => {
    const error = await excel("1.12")
      .run(async (context) => {
        context.workbook.worksheets.getItem("自评表").getRange().getMergedAreasOrNullObject().load("address");
        await context.sync();
      })
      .catch((e) => e);
    expect(codeOf(error)).toBe("ApiNotFound");
  });

  it("runs queued writes only at sync, keeps a failed batch's earlier steps, and counts syncs", async () => {
    const fake = excel();
    fake.sheet("空表").protected = true;
    const error = await fake
      .run(async (context) => {
        context.workbook.worksheets.getItem("自评表").getRange("C1").values = [["先写"]];
        expect(fake.cell("自评表", "C1")).toBeUndefined();
        context.workbook.worksheets.getItem("空表").getRange("A1").values = [["后写"]];
        await context.sync();
      })
      .catch((e) => e);
    expect(codeOf(error)).toBe("AccessDenied");
    expect(fake.cell("自评表", "C1")).toEqual({ value: "先写" });
    expect(fake.syncs).toBe(1);
  });

  it("syncs what a batch left queued when Excel.run returns", async () => {
    const fake = excel();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("自评表").getRange("C2").formulas = [["=sum(B1,1)"]];
    });
    expect(fake.syncs).toBe(1);
    expect(fake.cell("自评表", "C2")).toEqual({ value: null, formula: "=SUM(B1,1)" });
  });

  it("parses values as a zh-CN Excel does unless they start with an apostrophe", async () => {
    const fake = excel();
    const typed = ["001", "'001", "93%", "#N/A", "#n/a", "TRUE", "3月5日", "2023年3月5日", "2023-3-5", "1/2"];
    const more = ["1 1/2", "9:30", "１２３", "12月前完成", "≥95%"];
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("自评表");
      sheet.getRange(`D1:D${typed.length}`).values = typed.map((v) => [v]);
      sheet.getRange(`E1:E${more.length}`).values = more.map((v) => [v]);
      await context.sync();
    });
    const at = (a: string) => fake.cell("自评表", a);
    expect(at("D1")).toEqual({ value: 1 });
    expect(at("D2")).toEqual({ value: "001" });
    expect(at("D3")).toEqual({ value: 0.93, numFmt: "0%" });
    expect(at("D4")).toEqual({ value: null, error: "#N/A" });
    expect(at("D5")).toEqual({ value: null, error: "#N/A" });
    expect(at("D6")).toEqual({ value: true });
    const year = new Date().getFullYear();
    const serial = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
    expect(at("D7")).toEqual({ value: serial(year, 3, 5), numFmt: 'm"月"d"日"' });
    expect(at("D8")).toEqual({ value: 44990, numFmt: "yyyy/m/d" });
    expect(at("D9")).toEqual({ value: 44990, numFmt: "yyyy/m/d" });
    expect(at("D10")).toEqual({ value: serial(year, 1, 2), numFmt: 'm"月"d"日"' });
    expect(at("E1")).toEqual({ value: 1.5, numFmt: "# ?/?" });
    expect(at("E2")).toEqual({ value: 9.5 / 24, numFmt: "h:mm" });
    expect(at("E3")).toEqual({ value: 123 });
    expect(at("E4")).toEqual({ value: "12月前完成" });
    expect(at("E5")).toEqual({ value: "≥95%" });
  });

  it("reports a range's validation type as Excel does: one rule, None, MixedCriteria or Inconsistent", async () => {
    const fake = excel();
    const types = await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("自评表");
      sheet.getRange("B1:B2").dataValidation.rule = { decimal: { operator: "GreaterThan", formula1: "0" } };
      sheet.getRange("C1").dataValidation.rule = { custom: { formula: "=C1>0" } };
      await context.sync();
      const read = ["B1:B2", "D1:D2", "B2:B3", "B1:C1"].map((a) => sheet.getRange(a).dataValidation.load("type"));
      await context.sync();
      return read.map((v) => v.type);
    });
    expect(types).toEqual(["Decimal", "None", "MixedCriteria", "Inconsistent"]);
  });

  it("refuses a validation rule with two kinds or an unknown operator", async () => {
    const set = (rule: Excel.DataValidationRule) =>
      excel()
        .run(async (context) => {
          context.workbook.worksheets.getItem("自评表").getRange("B1").dataValidation.rule = rule;
          await context.sync();
        })
        .catch((e) => codeOf(e));
    expect(await set({ decimal: { operator: "Between", formula1: "0", formula2: "1" } })).toBeUndefined();
    expect(await set({ decimal: { operator: "between" as "Between", formula1: "0", formula2: "1" } })).toBe(
      "InvalidArgument",
    );
    expect(await set({ custom: { formula: "=A1>0" }, decimal: { operator: "EqualTo", formula1: 1 } })).toBe(
      "InvalidArgument",
    );
  });

  it("returns only the merged areas whose top-left cell is in the range, and fails above 512 of them", async () => {
    const merges = Array.from({ length: 513 }, (_, i) => `A${i + 2}:B${i + 2}`);
    const fake = new FakeExcel({ sheets: [{ name: "合并", merges: ["C1:D3", ...merges] }] });
    const read = (address: string) =>
      fake.run(async (context) => {
        const areas = context.workbook.worksheets.getItem("合并").getRange(address).getMergedAreasOrNullObject();
        areas.load("areaCount,areas/items/address");
        await context.sync();
        return areas.isNullObject ? null : areas.areas.items.map((r) => r.address);
      });
    expect(await read("C1:C3")).toEqual(["合并!C1:D3"]);
    expect(await read("D2:E9")).toBeNull(); // C1:D3 starts outside
    expect(await read("A2:B513")).toHaveLength(512);
    expect(codeOf(await read("A1:D600").catch((e) => e))).toBe("GeneralException");
  });

  it("plays an office.js older than its Excel: the host says 1.18, the library has no notes", async () => {
    const fake = new FakeExcel({ officeJsApi: "1.17", sheets: [{ name: "表", notes: { A1: "备注" } }] });
    expect(fake.isSetSupported("ExcelApi", "1.18")).toBe(true);
    expect(fake.hasClass("NoteCollection")).toBe(false);
    await fake.run(async (context) => {
      expect(context.workbook.notes).toBeUndefined();
      expect(context.workbook.worksheets.getItem("表").notes).toBeUndefined();
    });
    const current = new FakeExcel({ sheets: [{ name: "表" }] });
    expect(current.hasClass("NoteCollection")).toBe(true);
  });
});
