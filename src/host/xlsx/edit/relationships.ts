// Relationship parts (_rels/*.rels) when the file host adds a part (a notes part, the settings sheet) or drops one
// (the calculation chain): relationships are added and removed as elements, the rest of the part stays as written.
import { PackageParts } from "../package/parts";
import { XmlScanner } from "../package/xml";
import { Splice, applySplices, escapeAttr, insertChild, prefixOf, readLayout } from "./xml-text";

const PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
const TRANSITIONAL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function relsPartOf(source: string): string {
  const slash = source.lastIndexOf("/");
  return `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
}

/**
 * The namespace of the workbook's relationship types (also the `r:` namespace of its parts): transitional, or
 * strict when the workbook was saved so. New relationships follow the workbook.
 */
export function relationshipNamespace(parts: PackageParts): string {
  const text = parts.text(relsPartOf("xl/workbook.xml")) ?? "";
  const type = /Type\s*=\s*["']([^"']*)\/worksheet["']/.exec(text)?.[1];
  return type ?? TRANSITIONAL;
}

/** `target` (a part name) as a relationship target from `source`: relative to the source's folder. */
export function relativeTarget(source: string, target: string): string {
  const from = source.split("/").slice(0, -1);
  const to = target.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array<string>(from.length - common).fill(".."), ...to.slice(common)].join("/");
}

/** Adds a relationship from `source` to the part `target`; returns its id. */
export function addRelationship(parts: PackageParts, source: string, type: string, target: string): string {
  const relsPart = relsPartOf(source);
  const text =
    parts.text(relsPart) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"></Relationships>`;
  const ids = new Set<string>();
  const x = new XmlScanner(text, relsPart);
  const layout = readLayout(x, (name, x) => {
    if (name === "Relationship") ids.add(x.attr("Id") ?? "");
    return false;
  });
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const prefix = prefixOf(layout.rootQname);
  const element =
    `<${prefix}Relationship Id="${id}" Type="${escapeAttr(type)}" ` +
    `Target="${escapeAttr(relativeTarget(source, target))}"/>`;
  parts.write(relsPart, insertChild(text, layout, layout.rootClose, element));
  return id;
}

/** Removes the relationships of `source` whose type ends with `/${typeName}`. */
export function removeRelationships(parts: PackageParts, source: string, typeName: string): void {
  const relsPart = relsPartOf(source);
  const text = parts.text(relsPart);
  if (text === undefined) return;
  const splices: Splice[] = [];
  const x = new XmlScanner(text, relsPart);
  readLayout(x, (name, x) => {
    if (name === "Relationship" && (x.attr("Type") ?? "").endsWith(`/${typeName}`)) {
      const start = x.tagStart;
      x.skip();
      splices.push({ start, end: x.tagEnd, text: "" });
      return true;
    }
    return false;
  });
  if (splices.length) parts.write(relsPart, applySplices(text, splices));
}
