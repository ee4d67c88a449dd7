// Writing drafts never overwrites a person's text unless they ask for that row.
import { buildReasonPlan, CAUSE_PLACEHOLDER, REASON_PURPOSE } from "../../src/core/reasons";
import { needs } from "./fixtures";

test("no needs, an empty plan", () => {
  expect(buildReasonPlan([], {})).toMatchObject({ cells: [], validations: [], names: [] });
});

test("drafts go into empty cells and over our own unfinished drafts, never over a person's text", () => {
  const plan = buildReasonPlan(needs(), {});
  expect(plan.cells.map((w) => `${w.ref.sheet}!${w.ref.row}`)).toEqual([
    "招商引资!10",
    "招商引资!12",
    "招商引资!13",
    "招商引资!14",
    "招商引资!19",
  ]);
  for (const w of plan.cells) {
    expect(w.purpose).toBe(REASON_PURPOSE);
    expect(String(w.value)).toContain(CAUSE_PLACEHOLDER);
  }
  expect(plan.cells[0].expected).toEqual({ value: null });
  expect(plan.cells[4].expected.value).toContain("【请补充原因】");
});

test("a person's text is replaced only when they choose to replace that row", () => {
  const cell = "招商引资!I11";
  expect(buildReasonPlan(needs(), { [cell]: { cause: "外部需求变化" } }).cells.some((w) => w.ref.row === 11)).toBe(
    false,
  );
  const plan = buildReasonPlan(needs(), { [cell]: { cause: "外部需求变化", replace: true } });
  const write = plan.cells.find((w) => w.ref.row === 11);
  expect(write?.expected).toEqual({ value: "一是海外需求整体走弱" });
  expect(write?.value).toContain("受宏观经济形势和外部市场需求变化影响");
});

test("choices are applied by reason cell", () => {
  const plan = buildReasonPlan(needs(), { "招商引资!I10": { cause: "资金到位较晚", measure: "加快项目进度" } });
  const text = String(plan.cells.find((w) => w.ref.row === 10)?.value);
  expect(text).toContain("项目资金到位较晚");
  expect(text).toContain("倒排工期");
  expect(text).not.toContain("【请补充");
});

test("running again over its own output writes nothing new", () => {
  const first = buildReasonPlan(needs(), {});
  // the workbook after the first run: each written cell holds the draft
  const after = needs().map((n) => {
    const w = first.cells.find((c) => c.ref.row === n.reason!.ref.row);
    if (!w) return n;
    const text = String(w.value);
    return { ...n, reason: { ...n.reason!, value: text, text }, text, hasDraft: true, hasPersonText: false };
  });
  expect(buildReasonPlan(after, {}).cells).toEqual([]);
});
