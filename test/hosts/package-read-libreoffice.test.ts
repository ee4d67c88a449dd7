// The workbooks of the differential tests after a round trip through LibreOffice, which writes its packages its
// own way (its own styles, shared strings, notes and names): both readers must still agree.
import fs from "fs";
import os from "os";
import path from "path";
import { readWorkbookPackage } from "../../src/host/xlsx/package";
import { zipText } from "../cli/support/zip";
import { recalcAllWithLibreOffice } from "../support/libreoffice";
import { VARIANTS } from "../support/variants";
import { diffReaders } from "../support/workbook-diff";
import { featureWorkbook, projectsWorkbook } from "./support/feature-workbooks";

const SAMPLE = path.join(__dirname, "..", "..", "samples", "hengyang-commerce-2023.xlsx");
const VARIANT_NAMES = ["one-sheet", "synonyms-b", "sources-below"];

let dir: string;
const converted = new Map<string, string>();

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jx-pkg-lo-"));
  const inputs: Record<string, Buffer> = {
    sample: fs.readFileSync(SAMPLE),
    features: await featureWorkbook(false),
    features1904: await featureWorkbook(true),
    projects: await projectsWorkbook(12),
  };
  for (const name of VARIANT_NAMES) {
    const v = VARIANTS.find((x) => x.name === name)!.build();
    inputs[`variant-${name}`] = Buffer.from(await v.workbook.xlsx.writeBuffer());
  }
  const files = Object.entries(inputs).map(([name, buf]) => {
    const file = path.join(dir, `${name}.xlsx`);
    fs.writeFileSync(file, buf);
    return file;
  });
  const outs = await recalcAllWithLibreOffice(files);
  Object.keys(inputs).forEach((name, i) => converted.set(name, outs[i]));
}, 300_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("package reader after a LibreOffice round trip", () => {
  it.each(["sample", "features", "projects", ...VARIANT_NAMES.map((n) => `variant-${n}`)])("%s", async (name) => {
    const buf = fs.readFileSync(converted.get(name)!);
    expect(await diffReaders(buf)).toEqual([]);
    expect(readWorkbookPackage(buf).sheets.length).toBeGreaterThan(0);
  });

  it('the 1904 date system, which LibreOffice writes as date1904="true" (exceljs needs the host\'s repair)', async () => {
    const buf = fs.readFileSync(converted.get("features1904")!);
    expect(zipText(buf, "xl/workbook.xml")).toMatch(/date1904="true"/);
    expect(await diffReaders(buf)).toEqual([]);
    // The feature workbook's date, read in the 1904 system and not four years early.
    expect(
      readWorkbookPackage(buf)
        .sheets.find((s) => s.name === "功能")!
        .cell(1, 5)?.value,
    ).toBe("2023-12-31");
  });
});
