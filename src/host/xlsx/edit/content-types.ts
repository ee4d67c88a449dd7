// [Content_Types].xml when the file host adds or drops a part: one <Override> or <Default> added or removed, the
// rest as written.
import { PackageParts } from "../package/parts";
import { XmlScanner } from "../package/xml";
import { PartLayout, Splice, applySplices, escapeAttr, insertChild, prefixOf, readLayout } from "./xml-text";

const PART = "[Content_Types].xml";

export const CONTENT_TYPES = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
};

interface Entries {
  text: string;
  layout: PartLayout;
  defaults: Map<string, string>;
  overrides: Map<string, { type: string; start: number; end: number }>;
}

function read(parts: PackageParts): Entries | undefined {
  const text = parts.text(PART);
  if (text === undefined) return undefined;
  const defaults = new Map<string, string>();
  const overrides = new Map<string, { type: string; start: number; end: number }>();
  const layout = readLayout(new XmlScanner(text, PART), (name, x) => {
    if (name === "Default") defaults.set((x.attr("Extension") ?? "").toLowerCase(), x.attr("ContentType") ?? "");
    else if (name === "Override") {
      const start = x.tagStart;
      const partName = (x.attr("PartName") ?? "").replace(/^\//, "");
      const type = x.attr("ContentType") ?? "";
      x.skip();
      overrides.set(partName, { type, start, end: x.tagEnd });
      return true;
    }
    return false;
  });
  return { text, layout, defaults, overrides };
}

/** Declares the content type of a part the host added (unless its extension's default already says so). */
export function declarePart(parts: PackageParts, partName: string, type: string): void {
  const e = read(parts);
  if (!e || e.overrides.has(partName)) return;
  const ext = partName.slice(partName.lastIndexOf(".") + 1).toLowerCase();
  if (e.defaults.get(ext) === type) return;
  const p = prefixOf(e.layout.rootQname);
  const element = `<${p}Override PartName="/${escapeAttr(partName)}" ContentType="${escapeAttr(type)}"/>`;
  parts.write(PART, insertChild(e.text, e.layout, e.layout.rootClose, element));
}

/** Declares the content type of every part with this extension (VML drawings are declared so). */
export function declareExtension(parts: PackageParts, ext: string, type: string): void {
  const e = read(parts);
  if (!e || e.defaults.has(ext)) return;
  const p = prefixOf(e.layout.rootQname);
  const element = `<${p}Default Extension="${escapeAttr(ext)}" ContentType="${escapeAttr(type)}"/>`;
  // Defaults come first, as writers put them; any order is valid.
  const first = e.layout.children[0]?.start ?? e.layout.rootClose;
  parts.write(PART, insertChild(e.text, e.layout, first, element));
}

/** The content type the package declares for a part. */
export function contentTypeOf(parts: PackageParts, partName: string): string | undefined {
  const e = read(parts);
  if (!e) return undefined;
  return e.overrides.get(partName)?.type ?? e.defaults.get(partName.slice(partName.lastIndexOf(".") + 1).toLowerCase());
}

export function forgetPart(parts: PackageParts, partName: string): void {
  const e = read(parts);
  const o = e?.overrides.get(partName);
  if (!e || !o) return;
  const splices: Splice[] = [{ start: o.start, end: o.end, text: "" }];
  parts.write(PART, applySplices(e.text, splices));
}
