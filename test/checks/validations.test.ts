// Data validation for recalculation: money ≥ 0, weights 0–100, a score between 0 and its own row's weight, a judgment
// row's score within its tier's band; Chinese prompts; deterministic output.
import { buildValidations } from "../../src/core/recalc";
import { areaA1 } from "../../src/core/grid/address";
import { ValidationWrite } from "../../src/core/plan/write-plan";
import { DEFAULT_PROFILE } from "../../src/core/profile";
import { scoreWorkbook } from "../../src/core/scoring";
import { basicTable, CONSISTENT_INDICATORS, evalTable, score } from "./fixtures";

function at(list: ValidationWrite[], sheet: string, area: string): ValidationWrite | undefined {
  return list.find((v) => v.sheet === sheet && areaA1(v.area).replace(/^([A-Z]+\d+):\1$/, "$1") === area);
}

function validations(...tables: Parameters<typeof score>[0]) {
  return buildValidations(score(tables), DEFAULT_PROFILE);
}

test("nothing recognized, nothing validated", () => {
  expect(buildValidations(scoreWorkbook([], DEFAULT_PROFILE), DEFAULT_PROFILE)).toEqual([]);
});

test("a score accepts 0 to its own row's weight, by a formula over the weight cell", () => {
  const list = validations(evalTable());
  const v = at(list, "项目表", "H10");
  expect(v?.rule).toEqual({ type: "custom", formula: "=AND(ISNUMBER(H10),H10>=0,H10<=G10)" });
  expect(v?.prompt.message).toContain("G10");
  expect(v?.error.title).toBe("得分无效");
  // every indicator row gets its own, referencing its own row
  for (let row = 10; row <= 14; row++)
    expect(at(list, "项目表", `H${row}`)?.rule).toEqual({
      type: "custom",
      formula: `=AND(ISNUMBER(H${row}),H${row}>=0,H${row}<=G${row})`,
    });
});

test("the budget score references the budget weight cell", () => {
  expect(at(validations(evalTable()), "项目表", "I6")?.rule).toEqual({
    type: "custom",
    formula: "=AND(ISNUMBER(I6),I6>=0,I6<=G6)",
  });
});

test("weights accept 0–100; adjacent weight cells share one area", () => {
  const list = validations(evalTable());
  expect(at(list, "项目表", "G10:G14")?.rule).toEqual({
    type: "decimal",
    operator: "between",
    formula1: "0",
    formula2: "100",
  });
  expect(at(list, "项目表", "G6")?.prompt.title).toBe("分值");
});

test("money cells accept numbers ≥ 0, with a Chinese prompt and error", () => {
  const list = validations(evalTable());
  const v = at(list, "项目表", "D6");
  expect(v?.rule).toEqual({ type: "decimal", operator: "greaterThanOrEqual", formula1: "0" });
  expect(v?.prompt.message).toMatch(/万元/);
  expect(v?.error.message).toMatch(/不小于0/);
  expect(at(list, "项目表", "E6")).toBeDefined();
  expect(at(list, "项目表", "F6")).toBeDefined();
});

test("the 基础表's amounts are money, grouped down each year column; a 预算调整 is left free", () => {
  const list = validations(basicTable());
  // rows 6..20 are the amounts, row 21 the 预算调整
  expect(at(list, "基础表", "C6:C20")?.rule.type).toBe("decimal");
  expect(list.some((v) => v.sheet === "基础表" && v.area.bottom >= 21 && v.area.top <= 21 && v.area.left >= 3)).toBe(
    false,
  );
  expect(at(list, "基础表", "B3")?.prompt.title).toBe("数量");
});

test("a 部分达成 row's score is held to its band, 60 %–80 % of the weight", () => {
  const t = evalTable({
    indicators: [
      { ...CONSISTENT_INDICATORS[0], name: "生态影响", target: "达标", actual: "部分达成", score: 20, reason: "略" },
      ...CONSISTENT_INDICATORS.slice(1),
    ],
  });
  const v = at(validations(t), "项目表", "H10");
  expect(v?.rule).toEqual({ type: "custom", formula: "=AND(ISNUMBER(H10),H10>=G10*0.6,H10<=G10*0.8)" });
  expect(v?.prompt.message).toContain("部分达成年度指标并具有一定效果");
});

test("the same workbook gives the same list, and no cell twice", () => {
  const tables = [basicTable(), evalTable({ sheet: "自评表", kind: "department" }), evalTable()];
  const a = validations(...tables);
  expect(validations(...tables)).toEqual(a);
  const cells = new Set<string>();
  for (const v of a)
    for (let r = v.area.top; r <= v.area.bottom; r++)
      for (let c = v.area.left; c <= v.area.right; c++) {
        const key = `${v.sheet}!${r},${c}`;
        expect(cells.has(key)).toBe(false);
        cells.add(key);
      }
});

test("prompts and errors stay within Excel's limits (title 32, message 255 characters)", () => {
  const list = validations(basicTable(), evalTable());
  for (const v of list) {
    expect(v.prompt.title.length).toBeLessThanOrEqual(32);
    expect(v.error.title.length).toBeLessThanOrEqual(32);
    expect(v.prompt.message.length).toBeLessThanOrEqual(255);
    expect(v.error.message.length).toBeLessThanOrEqual(255);
  }
});
