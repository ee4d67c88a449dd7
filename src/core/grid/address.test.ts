import { a1, colLetters, colNumber, parseAreaA1, parseRefA1, refA1 } from "./address";

describe("A1 addresses", () => {
  it("round-trips column letters", () => {
    for (const n of [1, 26, 27, 52, 702, 703, 16384]) expect(colNumber(colLetters(n))).toBe(n);
    expect(colLetters(28)).toBe("AB");
  });
  it("quotes sheet names that need it and parses them back", () => {
    expect(refA1({ sheet: "自评表", row: 5, col: 6 })).toBe("自评表!F5");
    expect(refA1({ sheet: "My Sheet", row: 1, col: 1 })).toBe("'My Sheet'!A1");
    expect(refA1({ sheet: "AB12", row: 1, col: 1 })).toBe("'AB12'!A1");
    expect(parseRefA1("'It''s'!$B$3")).toEqual({ sheet: "It's", row: 3, col: 2 });
  });
  it("normalises areas", () => {
    expect(parseAreaA1("C5:A1")).toEqual({ top: 1, left: 1, bottom: 5, right: 3 });
    expect(a1(3, 2, true)).toBe("$B$3");
  });
});
