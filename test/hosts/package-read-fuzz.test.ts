// Mutated copies of the sample, byte by byte and XML by XML: the package reader either reads them or refuses them
// with its own errors (PackageError, ZipProblem), never with anything else, and never hangs.
import fc from "fast-check";
import fs from "fs";
import path from "path";
import { PackageError, ZipProblem, readWorkbookPackage } from "../../src/host/xlsx/package";
import { readZip, writeZip } from "../cli/support/zip";

const SAMPLE = fs.readFileSync(path.join(__dirname, "..", "..", "samples", "hengyang-commerce-2023.xlsx"));
const PARTS = readZip(SAMPLE);
const XML_PARTS = PARTS.filter((p) => /^xl\/.*\.(xml|rels)$/.test(p.name)).map((p) => p.name);

/** What reading `buf` does: "read", or the name of the reader's own error. Anything else is thrown. */
function outcome(buf: Buffer): string {
  try {
    readWorkbookPackage(buf);
    return "read";
  } catch (e) {
    if (e instanceof PackageError || e instanceof ZipProblem) return e.name;
    throw e;
  }
}

const SNIPPETS = [
  "<",
  ">",
  "&",
  "&amp;",
  '"',
  "'",
  "</c>",
  "<c>",
  '<c r="A0">',
  "<v>",
  "]]>",
  "<![CDATA[",
  "<!--",
  "\u0000",
  "绩效",
  "/>",
  'r="XFD9"',
  't="s"',
];

describe("package reader on mutated workbooks", () => {
  it("reads the sample unmutated", () => {
    expect(outcome(writeZip(PARTS))).toBe("read");
  });

  it("refuses flipped bytes anywhere in the file only with its own errors", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(SAMPLE.length - 1), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }),
        (flips) => {
          const buf = Buffer.from(SAMPLE);
          for (const [at, mask] of flips) buf[at] ^= mask;
          expect(["read", "PackageError", "ZipProblem"]).toContain(outcome(buf));
        },
      ),
      { numRuns: 400, seed: 7 },
    );
  });

  it("refuses mutated XML parts only with its own errors", () => {
    const edits = fc.array(
      fc.record({
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        cut: fc.nat(40),
        insert: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 6 })),
      }),
      { minLength: 1, maxLength: 5 },
    );
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.constantFrom(...XML_PARTS), edits, (name, list) => {
        const parts = PARTS.map((p) => {
          if (p.name !== name) return p;
          let xml = p.data.toString("utf8");
          for (const { at, cut, insert } of list) {
            const i = Math.floor(at * xml.length);
            xml = xml.slice(0, i) + insert + xml.slice(i + cut);
          }
          return { name, data: Buffer.from(xml, "utf8") };
        });
        const result = outcome(writeZip(parts));
        seen.add(result);
        expect(["read", "PackageError"]).toContain(result);
      }),
      { numRuns: 400, seed: 11 },
    );
    // The mutations both break parts and leave some readable: the test exercises both answers.
    expect([...seen].sort()).toEqual(["PackageError", "read"]);
  });
});
