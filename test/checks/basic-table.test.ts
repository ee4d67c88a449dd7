// 基础表: 控制率, the sums of 经费控制情况, the 其中 rows, and amounts that cannot be negative.
import { DEFAULT_PROFILE, PLATFORM_PROFILE } from "../../src/core/profile";
import { basicTable, check, codes, CONSISTENT_EXPENSES, ExpenseSpec, money, pct } from "./fixtures";

function withRow(label: string, amounts: ExpenseSpec["amounts"]): ExpenseSpec[] {
  return CONSISTENT_EXPENSES.map((e) => (e.label === label ? { ...e, amounts } : e));
}

describe("控制率", () => {
  test("59 ÷ 64 entered as 92.19 % is no finding", () => {
    expect(check([basicTable()])).toEqual([]);
  });

  test("a rate that is off is CONTROL_RATE_MISMATCH with the right value", () => {
    const f = check([basicTable({ staffing: { authorized: 64, actual: 59, controlRate: pct(0.92) } })]);
    expect(codes(f)).toEqual(["CONTROL_RATE_MISMATCH@基础表!D3"]);
    expect(f[0].message).toBe("控制率填报为92.00%，按实际在职人数÷编制数应为92.19%");
  });

  test("an empty 编制数 is REQUIRED_EMPTY", () => {
    const f = check([basicTable({ staffing: { authorized: null, actual: 59, controlRate: null } })]);
    expect(codes(f)).toEqual(["REQUIRED_EMPTY@基础表!B3"]);
  });

  test("above 100 % is fine by default and an error under the platform profile", () => {
    const t = basicTable({ staffing: { authorized: 50, actual: 55, controlRate: pct(1.1) } });
    expect(check([t], DEFAULT_PROFILE)).toEqual([]);
    expect(codes(check([t], PLATFORM_PROFILE))).toEqual(["CONTROL_RATE_OVER_100@基础表!D3"]);
  });

  test("规模控制率 is checked where filled", () => {
    const t = basicTable({ buildings: { approvedSize: 1000, actualSize: 950, sizeRate: pct(0.9) } });
    const f = check([t]);
    expect(codes(f)).toHaveLength(1);
    expect(f[0].code).toBe("CONTROL_RATE_MISMATCH");
    expect(f[0].message).toBe("规模控制率填报为90.00%，按实际规模÷批复规模应为95.00%");
  });
});

describe("sums", () => {
  test("三公经费 that is not the sum of its parts is SUM_MISMATCH at the total", () => {
    const f = check([basicTable({ expenses: withRow("三公经费", [money(11.96), money(54.56), money(55)]) })]);
    expect(codes(f)).toEqual(["SUM_MISMATCH@基础表!E6"]);
    expect(f[0].message).toBe("「三公经费」2023年决算数填报为55.00，按各分项之和应为54.56");
  });

  test("a difference within 0.005 is rounding, not a finding", () => {
    expect(check([basicTable({ expenses: withRow("三公经费", [money(11.96), money(54.56), 54.564]) })])).toEqual([]);
  });

  test("an empty total over filled parts names the sum", () => {
    const f = check([basicTable({ expenses: withRow("项目支出：", [money(150), money(214.53), null]) })]);
    expect(codes(f)).toEqual(["SUM_MISMATCH@基础表!E12"]);
    expect(f[0].message).toBe("「项目支出」2023年决算数未填写，按各分项之和应为210.26");
  });

  test("the 专项 total is the sum of its items", () => {
    expect(
      codes(check([basicTable({ expenses: withRow("招商引资", [money(22.5), money(64.53), money(61)]) })])),
    ).toEqual(["SUM_MISMATCH@基础表!E15"]);
  });

  test("a part that is not a number is reported there, and the sum waits", () => {
    const f = check([basicTable({ expenses: withRow("2、出国经费", [0, "四十七", money(47.28)]) })]);
    expect(codes(f)).toEqual(["NOT_A_NUMBER@基础表!D10"]);
  });

  test("其中 rows may add up to less than 公用经费, not to more", () => {
    expect(
      codes(check([basicTable({ expenses: withRow("公用经费：", [money(217.2), money(40), money(288.84)]) })])),
    ).toEqual(["SUBITEMS_EXCEED@基础表!D18"]);
  });

  test("a negative amount is out of range; a negative 预算调整 is a cut, not an error", () => {
    expect(codes(check([basicTable({ expenses: withRow("政府采购金额", [0, 0, 0]) })]))).toEqual([]);
    const negative = [
      ...CONSISTENT_EXPENSES,
      { key: "procurement" as const, label: "政府采购金额", amounts: [money(-1), 0, 0] as ExpenseSpec["amounts"] },
    ];
    expect(codes(check([basicTable({ expenses: negative })]))).toEqual(["VALUE_OUT_OF_RANGE@基础表!C22"]);
    const cut = withRow("部门基本支出预算调整", [null, money(-20), null]);
    expect(check([basicTable({ expenses: cut })])).toEqual([]);
  });
});

describe("template text", () => {
  test("厉行节约保障措施 left as 请填写… is TEMPLATE_TEXT_LEFT", () => {
    expect(codes(check([basicTable({ frugality: "请填写厉行节约保障措施" })]))).toEqual([
      "TEMPLATE_TEXT_LEFT@基础表!B25",
    ]);
  });
});

test("a negative head count is reported where it is, not again as a negative 控制率", () => {
  const f = check([basicTable({ staffing: { authorized: 64, actual: -59, controlRate: pct(0.9219) } })]);
  expect(codes(f)).toEqual(["VALUE_OUT_OF_RANGE@基础表!C3"]);
});
