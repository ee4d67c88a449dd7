/**
 * Properties over random targets, actuals, weights and directions (LibreOffice checks the formulas of such rows in
 * libreoffice.test.ts): a score lies within [0, weight]; it is blank exactly when an input is missing; and a
 * recalculated workbook needs no second run.
 */
import fc from "fast-check";
import { buildRecalcPlan } from "../../src/core/recalc";
import { PROFILES } from "../../src/core/profile";
import { Profile } from "../../src/core/profile/types";
import { scoreEvalTable, scoreWorkbook } from "../../src/core/scoring";
import { hostOf } from "../support/host-of";
import { budgetBlock, indicatorRow } from "./support/random-rows";
import { buildEvalTable } from "./support/tables";
import { refreshed, workbookOf } from "./support/workbook";

const profiles = fc.constantFrom<Profile>(PROFILES.default, PROFILES.platform, {
  ...PROFILES.default,
  reverse: "linear",
  overshootDeduction: 5,
});

describe("random indicator rows", () => {
  it("score within [0, weight], never an Excel error, blank only for a missing input", () => {
    fc.assert(
      fc.property(
        fc.array(indicatorRow, { minLength: 1, maxLength: 8 }),
        budgetBlock,
        profiles,
        (rows, budget, profile) => {
          const { table } = buildEvalTable({ sheet: "S", budget, indicators: rows });
          const scored = scoreEvalTable(table, profile);
          for (const s of scored.indicators) {
            const v = s.score.value;
            if (v === null) {
              expect(s.target === null || s.actual === null || s.weight === null).toBe(true);
              continue;
            }
            expect(s.weight).not.toBeNull();
            expect(v.gte(0) && v.lte(s.weight!)).toBe(true);
            expect(v.decimalPlaces()).toBeLessThanOrEqual(2);
            expect(s.score.formula ?? s.score.note).toBeTruthy();
          }
          const b = scored.budget;
          if (b.score.value !== null) expect(b.score.value.lte(budget.weight) && b.score.value.gte(0)).toBe(true);
          if (budget.annual === 0) expect(b.rate.value).toBeNull();
          expect(scored.total.value).not.toBeNull();
        },
      ),
      { numRuns: 400 },
    );
  });

  it("a recalculated workbook needs no second run", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(indicatorRow, { minLength: 1, maxLength: 12 }),
        budgetBlock,
        profiles,
        async (rows, budget, profile) => {
          const { table, sheet } = buildEvalTable({ sheet: "S", budget, indicators: rows });
          const host = await hostOf(workbookOf([sheet]));
          const first = refreshed([table], (await host.read()).sheets);
          const plan = buildRecalcPlan(scoreWorkbook(first, profile), profile, { normalizeUnits: true });
          expect((await host.apply(plan)).applied).toBe(true);
          const again = refreshed([table], (await host.read()).sheets);
          expect(buildRecalcPlan(scoreWorkbook(again, profile), profile, { normalizeUnits: true }).cells).toEqual([]);
        },
      ),
      { numRuns: 25 },
    );
  });
});
