import { parseSheetArea, parseSheetAreas } from "./addresses";

describe("Office.js addresses", () => {
  it("reads a used range address with and without a quoted sheet name", () => {
    expect(parseSheetArea("项目表1!B2:H40")).toEqual({
      sheet: "项目表1",
      area: { top: 2, left: 2, bottom: 40, right: 8 },
    });
    expect(parseSheetArea("'My Sheet'!$C$3")).toEqual({
      sheet: "My Sheet",
      area: { top: 3, left: 3, bottom: 3, right: 3 },
    });
    expect(parseSheetArea("'It''s, 2023'!A1:B2")?.sheet).toBe("It's, 2023");
  });

  it("splits a RangeAreas list of merged areas", () => {
    expect(parseSheetAreas("自评表!A1:D1, 自评表!A3:A5,'a, b'!B2:C2")).toEqual([
      { sheet: "自评表", area: { top: 1, left: 1, bottom: 1, right: 4 } },
      { sheet: "自评表", area: { top: 3, left: 1, bottom: 5, right: 1 } },
      { sheet: "a, b", area: { top: 2, left: 2, bottom: 2, right: 3 } },
    ]);
  });

  it("reads a defined name's formula and ignores what is not a range", () => {
    expect(parseSheetArea("=基础表!$A$1:$F$20")?.area).toEqual({ top: 1, left: 1, bottom: 20, right: 6 });
    expect(parseSheetArea("=#REF!")).toBeNull();
    expect(parseSheetArea("42")).toBeNull();
    expect(parseSheetArea("A!A1,B!B2")).toBeNull();
  });
});
