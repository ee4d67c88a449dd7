// Which rows owe a 偏差原因, with the facts a draft is written from.
import Decimal from "decimal.js";
import { buildReasonPlan, reasonNeeds } from "../../src/core/reasons";
import { basicTable, CONSISTENT_INDICATORS, evalTable, score } from "../checks/fixtures";
import { needs } from "./fixtures";

test("a consistent table owes nothing", () => {
  expect(reasonNeeds(score([basicTable(), evalTable()]))).toEqual([]);
});

test("misses and overshoots are listed, reached targets, 0 targets, 不适用 and full-score judgments are not", () => {
  expect(needs().map((n) => `${n.cell} ${n.kind}`)).toEqual([
    "招商引资!I10 missed",
    "招商引资!I11 missed",
    "招商引资!I12 overshoot",
    "招商引资!I13 missed",
    "招商引资!I14 missed",
    "招商引资!I19 missed",
  ]);
});

test("facts: target, actual, completion, the rule's score and the points lost", () => {
  const n = needs()[0];
  expect(n.facts.target).toBe("6000 万美元");
  expect(n.facts.actual).toBe("4926 万美元");
  expect(n.facts.completion?.toFixed(4)).toBe("0.8210");
  expect(n.facts.score?.toFixed(2)).toBe("9.85");
  expect(n.facts.pointsLost?.toFixed(2)).toBe("2.15");
  expect(n.indicator.row).toBe(10);
  expect(n.table.title).toBe("招商引资");
});

test("a judgment row's facts carry the person's score and the tier", () => {
  const n = needs().find((x) => x.cell === "招商引资!I14");
  expect(n?.facts.tier).toBe("partial");
  expect(n?.facts.score).toEqual(new Decimal(7));
  expect(n?.facts.pointsLost).toEqual(new Decimal(3));
});

test("what the reason cell holds: empty, a person's text, or an unfinished draft of ours", () => {
  const byCell = Object.fromEntries(needs().map((n) => [n.cell, n]));
  expect(byCell["招商引资!I10"]).toMatchObject({ text: "", hasPersonText: false, hasDraft: false });
  expect(byCell["招商引资!I11"]).toMatchObject({ text: "一是海外需求整体走弱", hasPersonText: true, hasDraft: false });
  expect(byCell["招商引资!I19"]).toMatchObject({ hasPersonText: false, hasDraft: true });
});

// Issue 15: a form without a 偏差原因 column still gets a draft, to copy from the pane; nothing is written.
test("a table without a reason column gets drafts to copy, keyed by the indicator's name cell, never written", () => {
  const t = evalTable({
    noReasonColumn: true,
    indicators: [{ ...CONSISTENT_INDICATORS[0], actual: "100 人次" }, ...CONSISTENT_INDICATORS.slice(1)],
  });
  const list = reasonNeeds(score([t]));
  expect(list.map((n) => [n.cell, n.kind, n.reason])).toEqual([["项目表!D10", "missed", undefined]]);
  expect(buildReasonPlan(list, {}).cells).toEqual([]);
});
