// The report's texts are the cells as a person sees them (values/show.ts shownText), like every message: an error
// value shows its code, a number its formatted text.
import { buildReport } from "../../src/core/report/build-report";
import { EvalTableReport } from "../../src/core/report/report";
import { DEFAULT_PROFILE } from "../../src/core/profile";
import { CONSISTENT_INDICATORS, divZero, evalTable, score } from "../checks/fixtures";

test("an indicator's cells read as shown: #DIV/0! for an error value, the formatted figure, the reason's text", () => {
  const t = evalTable({
    indicators: [
      { ...CONSISTENT_INDICATORS[0], target: divZero, reason: "受疫情影响" },
      ...CONSISTENT_INDICATORS.slice(1),
    ],
  });
  const report = buildReport("a.xlsx", DEFAULT_PROFILE, score([t]), []);
  const rows = (report.tables[0] as EvalTableReport).indicators;
  expect(rows[0]).toMatchObject({ name: "培训人次", target: "#DIV/0!", actual: "520 人次", reason: "受疫情影响" });
  expect(rows[1]).toMatchObject({ target: "95%", actual: "98%", reason: "" });
});
