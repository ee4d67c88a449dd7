// recalc's copy is the original with the plan in it and nothing else changed: for every workbook of the list
// (test/support/round-trip-workbooks.ts; the provinces' specimens join it when they are in samples/specimens/),
// the one-click recalculation is applied through the file host and the copy is compared with the original entry by
// entry (test/support/package-compare.ts). Then `check` reads the copy, a second run changes no byte, and
// LibreOffice opens every copy.
import { refA1 } from "../../src/core/grid/address";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { planRecalc } from "../../src/app/recalc";
import { XlsxHost } from "../../src/host/xlsx";
import { analyze } from "../../src/cli/analyze";
import { readWorkbookPackage } from "../../src/host/xlsx/package";
import { crc32, readZip } from "../cli/support/zip";
import { inflateEntry, readCentralDirectory } from "../../src/host/xlsx/package/zip-directory";
import { compareCopy } from "../support/package-compare";
import { recalcAllWithLibreOffice } from "../support/libreoffice";
import { ROUND_TRIP_WORKBOOKS, VBA_PROJECT } from "../support/round-trip-workbooks";

let dir: string;
const copies: { name: string; file: string; sheets: string[] }[] = [];
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "jx-write-round-trip-"))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Parts a plan may rewrite, add or (the calculation chain) remove. */
const MAY_TOUCH =
  /^(xl\/worksheets\/sheet\d+\.xml|xl\/styles\.xml|xl\/workbook\.xml|\[Content_Types\]\.xml|xl\/comments\d+\.xml|xl\/drawings\/vmlDrawing\d+\.vml|xl\/calcChain\.xml|.*\.rels)$/;

async function recalculated(original: Buffer) {
  const host = await XlsxHost.load(original);
  const { plan } = planRecalc(await host.read(), { fillReasons: true });
  const result = await host.apply(plan);
  expect(result).toMatchObject({ applied: true, conflicts: [] });
  return { plan, copy: host.bytes(), extension: host.extension() };
}

describe("recalc's copy holds the original and the plan, nothing else", () => {
  it.each(ROUND_TRIP_WORKBOOKS.map((w) => [w.name, w] as const))("%s", async (name, w) => {
    const original = await w.bytes();
    const { plan, copy, extension } = await recalculated(original);
    const { touched, problems } = compareCopy(original, copy, plan);
    expect(problems).toEqual([]);
    expect(touched.filter((part) => !MAY_TOUCH.test(part))).toEqual([]);
    if (plan.cells.length) expect(touched).toContain("xl/workbook.xml");
    // Every entry's CRC is its content's (computed here, not by zlib): Excel calls a copy with a wrong one damaged.
    const badCrc = readCentralDirectory(copy).filter((e) => crc32(inflateEntry(copy, e)) !== e.crc32);
    expect(badCrc.map((e) => e.name)).toEqual([]);

    // check reads the copy, finds the same tables, and the formulas agree with it: no cell the plan wrote differs any
    // more. (A specimen keeps the mismatches of what only a person can mend: source amounts, a typed group score.)
    const tables = async (b: Buffer) =>
      (await analyze(b, name, undefined)).tables.map((t) => (t.kind === "basic" ? t.kind : t.title));
    expect(await tables(copy)).toEqual(await tables(original));
    const after = await analyze(copy, name, undefined);
    const written = new Set(plan.cells.map((w) => refA1(w.ref)));
    expect(after.findings.filter((f) => /MISMATCH/.test(f.code) && written.has(f.cell ?? ""))).toEqual([]);
    if (!name.startsWith("specimen")) expect(after.findings.filter((f) => /MISMATCH/.test(f.code))).toEqual([]);

    // A second run finds nothing to do, and its copy is the first copy, entry for entry.
    const second = await recalculated(copy);
    expect(second.plan.cells).toEqual([]);
    const entries = (b: Buffer) => readZip(b).map((e) => [e.name, e.data.toString("base64")]);
    expect(entries(second.copy)).toEqual(entries(copy));

    const file = path.join(dir, `${copies.length}${extension}`);
    fs.writeFileSync(file, copy);
    copies.push({ name, file, sheets: readWorkbookPackage(copy).sheets.map((s) => s.name) });
  });

  it("the macros of an .xlsm are in its copy, which stays an .xlsm", async () => {
    const w = ROUND_TRIP_WORKBOOKS.find((x) => x.name.includes(".xlsm"))!;
    const { copy, extension } = await recalculated(await w.bytes());
    expect(extension).toBe(".xlsm");
    expect(
      readZip(copy)
        .find((e) => e.name === "xl/vbaProject.bin")!
        .data.equals(VBA_PROJECT),
    ).toBe(true);
  });

  it("LibreOffice opens every copy", async () => {
    expect(copies.length).toBe(ROUND_TRIP_WORKBOOKS.length);
    const outs = await recalcAllWithLibreOffice(copies.map((c) => c.file));
    outs.forEach((out, i) => {
      expect({
        name: copies[i].name,
        sheets: readWorkbookPackage(fs.readFileSync(out)).sheets.map((s) => s.name),
      }).toEqual({ name: copies[i].name, sheets: copies[i].sheets });
    });
  }, 300_000);
});
