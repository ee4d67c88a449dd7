// exceljs's entry point loads its streaming reader and writer, more than half of its load time (~0.2 s of ~0.4 s),
// though the CLI never streams; every worker and every `recalc` would pay for them. This puts an entry with the
// same exports in the module cache first, loading those two on first use. exceljs is pinned (4.4.0); if its
// layout ever differs, the real entry is left to load as usual.
import Module from "node:module";

export function preferLightExcelJs(): void {
  try {
    const entry = require.resolve("exceljs");
    if (require.cache[entry]) return;
    const lib = (name: string) => require.resolve(`exceljs/lib/${name}`);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on purpose, in this order
    const load = (name: string) => require(lib(name));
    const exports: Record<string, unknown> = {
      Workbook: load("doc/workbook"),
      ModelContainer: load("doc/modelcontainer"),
      ...load("doc/enums"),
    };
    let stream: unknown;
    Object.defineProperty(exports, "stream", {
      enumerable: true,
      get: () =>
        (stream ??= {
          xlsx: {
            WorkbookWriter: load("stream/xlsx/workbook-writer"),
            WorkbookReader: load("stream/xlsx/workbook-reader"),
          },
        }),
    });
    const m = new Module(entry);
    m.filename = entry;
    m.loaded = true;
    m.exports = exports;
    require.cache[entry] = m;
  } catch {
    // The real entry loads instead.
  }
}
