// A workbook's 偏差原因词库 sheet extends the shipped library.
import { gridFromValues } from "../../src/core/grid/grid";
import {
  CAUSES,
  DEFAULT_LIBRARY,
  draftReason,
  libraryOf,
  LIBRARY_SHEET,
  MEASURES,
  readLibraryExtension,
} from "../../src/core/reasons";
import { needs } from "./fixtures";

const sheet = (rows: (string | number | null)[][]) => gridFromValues(LIBRARY_SHEET, rows);

test("an empty or headerless sheet leaves the library as shipped, and says why", () => {
  const lib = readLibraryExtension(sheet([["随便写点什么"]]));
  expect(lib.causes).toEqual(DEFAULT_LIBRARY.causes);
  expect(lib.measures).toEqual(DEFAULT_LIBRARY.measures);
  expect(lib.skipped?.[0].message).toContain("类型、名称、文字");
});

test("rows add causes, overshoot causes and measures; a shipped name is overridden", () => {
  const lib = readLibraryExtension(
    sheet([
      ["偏差原因词库（本单位）"],
      [null, "类型", "名称", "文字"],
      [null, "原因", "疫情影响", "受突发事件影响，部分活动延期举办"],
      [null, "超额原因", "疫情影响", "延期活动集中在下半年举办"],
      [null, "措施", "加强调度", "建立月调度机制，及时研判解决问题。"],
      [null, "改进措施", "加强资金保障", "主动对接财政部门，争取资金提前下达"],
      [null, null, null, null],
      [null, "备注", "无用", "这一行类型不对"],
      [null, "原因", "", "缺名称"],
    ]),
  );
  const added = lib.causes.find((c) => c.name === "疫情影响");
  expect(added).toEqual({
    name: "疫情影响",
    group: "workbook",
    missed: "受突发事件影响，部分活动延期举办",
    overshoot: "延期活动集中在下半年举办",
  });
  expect(lib.measures.find((m) => m.name === "加强调度")?.group).toBe("workbook");
  expect(lib.measures.find((m) => m.name === "加强资金保障")?.text).toBe("主动对接财政部门，争取资金提前下达");
  expect(lib.causes).toHaveLength(CAUSES.length + 1);
  expect(lib.measures).toHaveLength(MEASURES.length + 1);
  expect(lib.skipped?.map((s) => s.cell)).toEqual(["偏差原因词库!B8", "偏差原因词库!C9"]);
  // the shipped library itself is untouched
  expect(MEASURES.find((m) => m.name === "加强资金保障")?.text).toContain("积极争取资金支持");
});

test("a workbook phrase drafts like a shipped one, its trailing 。 not doubled", () => {
  const lib = readLibraryExtension(
    sheet([
      ["类型", "名称", "文字"],
      ["措施", "加强调度", "建立月调度机制，及时研判解决问题。"],
    ]),
  );
  const text = draftReason(needs()[0], { cause: "其他", measure: "加强调度" }, lib);
  expect(text).toContain("改进措施：建立月调度机制，及时研判解决问题。");
  expect(text).not.toContain("。。");
});

test("libraryOf finds the sheet among the workbook's, or ships the default", () => {
  const other = gridFromValues("自评表", [["部门整体支出绩效自评表"]]);
  expect(libraryOf([other])).toBe(DEFAULT_LIBRARY);
  const lib = libraryOf([
    other,
    sheet([
      ["类型", "名称", "文字"],
      ["原因", "天气", "持续降雨影响施工"],
    ]),
  ]);
  expect(lib.causes.some((c) => c.name === "天气")).toBe(true);
});
