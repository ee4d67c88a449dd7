/**
 * The package reader's scanner reads a tag's attributes character by character. It must read them exactly as the
 * pattern it replaced did (`ATTRIBUTE` below, and the loop around it): the same names and values, and a refusal of
 * the same malformed tags. Random attribute texts, made of the pieces that matter (spaces of every kind, `=`, both
 * quotes, prefixes, entities, line breaks in values, stray characters), go through both.
 */
import fc from "fast-check";
import { XmlScanner } from "../../src/host/xlsx/package/xml";

const ATTRIBUTE = /\s*([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;

/** The former reading: name/value pairs (values without decoding), or null where the tag was refused. */
function byPattern(region: string): [string, string][] | null {
  const out: [string, string][] = [];
  ATTRIBUTE.lastIndex = 0;
  while (ATTRIBUTE.lastIndex < region.length) {
    const from = ATTRIBUTE.lastIndex;
    const m = ATTRIBUTE.exec(region);
    if (!m || ATTRIBUTE.lastIndex > region.length) return /\S/.test(region.slice(from)) ? null : out;
    const raw = m[2] ?? m[3];
    out.push([m[1].replace(/^[^:]*:/, ""), /[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, " ") : raw]);
  }
  return out;
}

/** The scanner's reading of `<a REGION>`: the value of each name, or null where it refused the tag. */
function byScanner(region: string, names: string[]): (string | undefined)[] | null {
  const x = new XmlScanner(`<a ${region}></a>`, "test.xml");
  x.next();
  try {
    return names.map((n) => x.attr(n));
  } catch {
    return null;
  }
}

const space = fc.constantFrom(" ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u3000", "");
const name = fc.constantFrom("r", "s", "t", "x:r", "r:id", "xml:space", "a:b:c", "a-b", "numFmtId", "");
const value = fc
  .array(fc.constantFrom("1", "A1", " ", "\t", "\n", "&amp;", "中文", "'", '"', "=", "/", ">", "x"), { maxLength: 5 })
  .map((parts) => parts.join(""));
const attribute = fc
  .tuple(name, space, fc.constantFrom("=", "", "=="), space, fc.constantFrom('"', "'"), value, space)
  .map(([n, s1, eq, s2, q, v, s3]) => `${n}${s1}${eq}${s2}${q}${v.split(q).join("")}${q}${s3}`);
const stray = fc.constantFrom("", "", "", "/", "x", '"', "=");
const region = fc
  .tuple(fc.array(fc.tuple(attribute, stray), { maxLength: 4 }), space)
  .map(([attrs, tail]) => attrs.map(([a, s]) => a + s).join("") + tail)
  // The tag must still be one tag: no `>` outside quotes ends it early, no quote is left open, no `/` before its
  // `>` closes it (the scanner finds a tag's end as this does).
  .filter((r) => !r.endsWith("/") && oneTag(r));

function oneTag(r: string): boolean {
  let quote = "";
  for (const c of r) {
    if (quote) quote = c === quote ? "" : quote;
    else if (c === '"' || c === "'") quote = c;
    else if (c === ">" || c === "<") return false;
  }
  return quote === "";
}

describe("a tag's attributes", () => {
  it("are read as the pattern read them, malformed ones refused alike", () => {
    fc.assert(
      fc.property(region, (r) => {
        const expected = byPattern(r);
        if (expected === null) {
          expect(byScanner(r, ["zz"])).toBeNull();
          return;
        }
        const names = [...new Set(expected.map(([n]) => n)), "zz"];
        const first = (n: string) => expected.find(([k]) => k === n)?.[1];
        // Values with entities are decoded by the scanner; the pattern's reading has them as written.
        const decoded = (v: string | undefined) => v?.replace(/&amp;/g, "&");
        expect(byScanner(r, names)).toEqual(names.map((n) => decoded(first(n))));
      }),
      { numRuns: 3000 },
    );
  });

  it("refuses what is no attribute", () => {
    for (const bad of ['r"1"', "r=1", '="1"', 'r="1" s', 'r="1" =', "r = "]) expect(byScanner(bad, ["r"])).toBeNull();
    expect(byScanner(" r = \"1\"  s='2'\t", ["r", "s"])).toEqual(["1", "2"]);
    expect(byScanner('r="a\tb\r\nc"', ["r"])).toEqual(["a b c"]);
  });
});
