// The same figure in two tables: warnings, never errors.
import { normalizeName, specialItemFor } from "../../src/core/checks/cross-table";
import { basicTable, check, codes, CONSISTENT_EXPENSES, evalTable, money, pct, score } from "./fixtures";
import { BasicTableScore } from "../../src/core/scoring/types";

const investment = (annual = 64.53, executed = 60.26, title = "招商引资") =>
  evalTable({
    sheet: "招商引资",
    title,
    budget: {
      annual: money(annual),
      executed: money(executed),
      rate: pct(Number((executed / annual).toFixed(4))),
      score: null,
    },
    total: { score: null },
  });

const department = (projects: number) =>
  evalTable({
    sheet: "自评表",
    kind: "department",
    title: "衡阳市商务局",
    budget: { annual: money(300), executed: money(290.26), rate: pct(0.9675), score: money(9.68) },
    expense: [
      ["其中:基本支出：", money(290.26 - projects)],
      ["项目支出：", money(projects)],
    ],
    total: { score: null },
  });

describe("project table against its 专项 row", () => {
  test("招商引资 64.53 / 60.26 equals its 基础表 row: no finding", () => {
    expect(check([basicTable(), investment()])).toEqual([]);
  });

  test("a different 全年预算数 is a warning at the project's cell, naming the 基础表 figure", () => {
    const f = check([basicTable(), investment(70, 60.26)]);
    expect(codes(f)).toEqual(["CROSS_TABLE_MISMATCH@招商引资!E6"]);
    expect(f[0].severity).toBe("warning");
    expect(f[0].message).toBe(
      "项目全年预算数为70.00万元，基础表专项「招商引资」2023年预算数为64.53万元，两表不一致：请核实",
    );
  });

  test("a different 全年执行数 is compared with the 决算 column", () => {
    expect(codes(check([basicTable(), investment(64.53, 50)]))).toEqual(["CROSS_TABLE_MISMATCH@招商引资!F6"]);
  });

  test("a project with no 专项 row of its name is not compared", () => {
    expect(check([basicTable(), investment(70, 60, "展会补贴")])).toEqual([]);
  });

  test("without a 基础表 nothing is compared", () => {
    expect(check([investment(70, 60)])).toEqual([]);
  });
});

describe("department 项目支出 against the 基础表", () => {
  test("equal to 项目支出 2023年决算数: no finding", () => {
    expect(check([basicTable(), department(210.26)])).toEqual([]);
  });

  test("different: a warning at the department's 项目支出 cell", () => {
    const f = check([basicTable(), department(200)]);
    expect(codes(f)).toEqual(["CROSS_TABLE_MISMATCH@自评表!I8"]);
    expect(f[0].severity).toBe("warning");
  });
});

describe("matching names", () => {
  test("names compare without punctuation, quotes, spaces or width", () => {
    expect(normalizeName("2023年“惠购湘车.乐享雁城” 汽车促消费活动")).toBe(
      normalizeName("2023年惠购湘车乐享雁城汽车促消费活动"),
    );
    expect(normalizeName("第六届东盟．湖南（永州）名优产品交易会")).toBe(
      normalizeName("第六届东盟.湖南(永州)名优产品交易会"),
    );
  });

  test("equal names win; a name contained in exactly one row is accepted; two candidates are none", () => {
    const basic = score([basicTable()]).tables[0] as BasicTableScore;
    expect(specialItemFor("铁路维运、打私治理、口岸工作经费", basic)?.label).toBe("铁路维运、打私治理、口岸工作经费");
    expect(specialItemFor("铁路维运打私治理口岸", basic)?.label).toBe("铁路维运、打私治理、口岸工作经费");
    const twoFairs = basicTable({
      expenses: [
        ...CONSISTENT_EXPENSES,
        { key: "specialItem", label: "2023年中国国际电子商务博览会专项工作", amounts: [0, 0, 0] },
        { key: "specialItem", label: "2023年湖南（长沙）跨境电商交易会专项工作", amounts: [0, 0, 0] },
      ],
    });
    expect(specialItemFor("专项工作", score([twoFairs]).tables[0] as BasicTableScore)).toBeUndefined();
  });
});
