import fs from "node:fs";
import path from "node:path";
import { PackageParts } from "../../src/host/xlsx/package/parts";
import { contentCounts, lostContent } from "../../src/host/xlsx/content-parts";
import { withChartAndTextBox } from "../support/xlsx-package";

const SAMPLE = path.join(__dirname, "..", "..", "samples", "hengyang-commerce-2023.xlsx");

describe("content a person made in parts of its own", () => {
  it("counts a chart and a text box, not the shape's properties, and nothing in the plain sample", () => {
    const sample = fs.readFileSync(SAMPLE);
    expect(contentCounts(new PackageParts(sample))).toEqual(new Map());
    const counts = contentCounts(new PackageParts(withChartAndTextBox(sample)));
    expect(counts).toEqual(
      new Map([
        ["个图表", 1],
        ["个形状或文本框", 1],
      ]),
    );
  });

  it("names what the copy lacks, by how many, and nothing the copy kept or gained", () => {
    const before = new Map([
      ["个图表", 2],
      ["张图片", 3],
      ["个形状或文本框", 1],
    ]);
    const after = new Map([
      ["个图表", 1],
      ["张图片", 3],
      ["个表格（列表）", 1],
    ]);
    expect(lostContent(before, after)).toEqual(["1 个图表", "1 个形状或文本框"]);
    expect(lostContent(after, after)).toEqual([]);
  });
});
