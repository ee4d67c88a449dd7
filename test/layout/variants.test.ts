/**
 * Every variant workbook of test/support/variants.ts, written to .xlsx and read back through the file host, is
 * recognized exactly: the whole model, every field with its address, value and shown text, as the code that drew
 * the workbook says it put them.
 */
import { readWorkbookBuffer } from "../../src/host/xlsx";
import { bindingNames, recognize } from "../../src/core/layout";
import { Variant, VARIANTS } from "../support/variants";

async function readBack(v: Variant) {
  return readWorkbookBuffer(Buffer.from(await v.workbook.xlsx.writeBuffer()));
}

describe.each(VARIANTS.map((v) => [v.name, v] as const))("variant %s", (_name, entry) => {
  const v = entry.build();

  it(`is recognized exactly (${v.covers})`, async () => {
    const data = await readBack(v);
    const r = recognize({ sheets: data.sheets });
    expect(r.fromBinding).toBe(false);
    expect(r.tables).toEqual(v.expected.tables);
    expect(r.findings.map((f) => ({ code: f.code, severity: f.severity, cell: f.cell }))).toEqual(
      v.expected.findings.map((f) => ({ code: f.code, severity: f.severity, cell: f.cell })),
    );
    r.findings.forEach((f, i) => {
      for (const word of v.expected.findings[i].includes) expect(f.message).toContain(word);
    });
  });

  if (v.expected.tables.length) {
    it("is recognized from its bound areas the same way", async () => {
      const data = await readBack(v);
      const first = recognize({ sheets: data.sheets });
      const again = recognize({ sheets: data.sheets, names: bindingNames(first.tables) });
      // Only a workbook whose every table-like block was recognized can be served from the map.
      expect(again.fromBinding).toBe(v.expected.findings.length === 0);
      expect(again.tables).toEqual(v.expected.tables);
    });
  }
});
