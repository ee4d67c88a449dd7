// The light exceljs entry must be exceljs as far as any caller can tell, minus the eager streaming modules.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { BUILD, ROOT, ensureCliBuilt } from "./support/cli";

// Run in a plain node process: jest keeps its own module registry, and this is about Node's.
function inNode(script: string): unknown {
  return JSON.parse(execFileSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" }));
}

beforeAll(() => ensureCliBuilt());

describe("light exceljs entry", () => {
  it("has exactly exceljs's exports, with the streaming modules loaded only on use", () => {
    const light = path.join(BUILD, "light-exceljs.js");
    const seen = inNode(`
      const full = Object.keys(require("exceljs")).sort();
      for (const k of Object.keys(require.cache)) delete require.cache[k];
      require(${JSON.stringify(light)}).preferLightExcelJs();
      const E = require("exceljs");
      const streamLoaded = () => Object.keys(require.cache).some((k) => k.includes("workbook-reader"));
      const before = streamLoaded();
      const reader = typeof E.stream.xlsx.WorkbookReader;
      console.log(JSON.stringify({
        same: JSON.stringify(Object.keys(E).sort()) === JSON.stringify(full),
        before, after: streamLoaded(), reader,
        workbook: E.Workbook === require("exceljs/lib/doc/workbook"),
        formula: E.ValueType.Formula,
      }));
    `);
    expect(seen).toEqual({ same: true, before: false, after: true, reader: "function", workbook: true, formula: 6 });
  });
});
