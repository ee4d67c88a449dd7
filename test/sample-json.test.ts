import fs from "fs";
import { SAMPLE_JSON, sampleJson } from "../scripts/export-sample-json";
import { workbookFromJson } from "../src/host/memory";

describe("the sample as JSON for the browser preview", () => {
  it("is what the committed workbook holds (regenerate with scripts/export-sample-json.ts)", async () => {
    expect(fs.readFileSync(SAMPLE_JSON, "utf8")).toBe(await sampleJson());
  });
  it("rebuilds the sheets with their merges", () => {
    const grids = workbookFromJson(JSON.parse(fs.readFileSync(SAMPLE_JSON, "utf8")));
    expect(grids.map((g) => g.name)).toEqual(["基础表", "自评表", "招商引资", "铁路维运、打私治理、口岸工作经费"]);
    const project = grids[2];
    expect(project.cell(9, 8)).toMatchObject({ value: 0.93, numFmt: "0.00%" });
    expect(project.merges.length).toBeGreaterThan(5);
  });
});
