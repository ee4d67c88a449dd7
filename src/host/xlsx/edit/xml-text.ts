// Text-level editing of an XML part: the file host rewrites an element by replacing its span of text, so every
// byte outside the elements a plan changes stays as the writer of the workbook wrote it (its prefixes, quoting,
// whitespace and extensions included).
import { CLOSE, OPEN, XmlScanner } from "../package/xml";

/** A span of a part's text: [start, end). */
export interface Span {
  start: number;
  end: number;
}

/** A replacement of `[start, end)` by `text`; start === end inserts. */
export interface Splice extends Span {
  text: string;
}

/** An element directly under the root: its local name and where it lies. */
export interface Child extends Span {
  name: string;
  /** After its opening tag. */
  openEnd: number;
  /** Where its closing tag starts (its `end` when it closes itself). */
  closeStart: number;
}

/**
 * The text with every splice applied. Splices must not overlap; inserts at one place keep their order and come
 * before a replacement that starts there (a row inserted before the row whose opening tag is rewritten).
 */
export function applySplices(text: string, splices: Splice[]): string {
  if (!splices.length) return text;
  const inserts = (s: Splice) => (s.end > s.start ? 1 : 0);
  const sorted = splices
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.start - b.s.start || inserts(a.s) - inserts(b.s) || a.i - b.i);
  let out = "";
  let at = 0;
  for (const { s } of sorted) {
    if (s.start < at) throw new Error(`overlapping edits at ${s.start}`);
    out += text.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + text.slice(at);
}

/** Text for an element's content: `&`, `<`, `>` escaped. */
export function escapeText(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
}

/** Text for a double-quoted attribute; tabs and line breaks as references, so attribute normalization keeps them. */
export function escapeAttr(s: string): string {
  return s.replace(/[&<>"\t\n\r]/g, (c) => ATTR_ESCAPES[c]);
}

const ATTR_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/**
 * Text as ST_Xstring (cell text, notes): characters XML 1.0 cannot carry become _xHHHH_, and text that already reads
 * like such an escape gets its underscore escaped (_x005F_), so a reader gives back exactly what was written.
 */
export function xstring(s: string): string {
  return (
    s
      .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
      // eslint-disable-next-line no-control-regex -- these are the characters XML cannot carry
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) => `_x${hex4(c.charCodeAt(0))}_`)
  );
}

function hex4(n: number): string {
  return n.toString(16).toUpperCase().padStart(4, "0");
}

/** The prefix (with its colon) an element's qualified name carries: "x:" for `x:worksheet`, "" for none. */
export function prefixOf(qname: string): string {
  const colon = qname.indexOf(":");
  return colon < 0 ? "" : qname.slice(0, colon + 1);
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*("[^"]*"|'[^']*')/g;

/** The raw (still escaped) value of an attribute of an opening tag, by its name as written (`r:id`). */
export function rawAttribute(tag: string, qname: string): string | undefined {
  for (const m of tag.matchAll(ATTRIBUTE)) if (m[1] === qname) return m[2].slice(1, -1);
  return undefined;
}

/** The opening tag with the attribute set to `value` (already escaped), added before the tag's end if absent. */
export function setAttribute(tag: string, qname: string, value: string): string {
  let found = false;
  const out = tag.replace(ATTRIBUTE, (m, name: string) => {
    if (name !== qname || found) return m;
    found = true;
    return `${name}="${value}"`;
  });
  return found ? out : tag.replace(/\s*(\/?>)$/, ` ${qname}="${value}"$1`);
}

export function removeAttribute(tag: string, qname: string): string {
  return tag.replace(new RegExp(`\\s+${qname.replace(/[.:]/g, "\\$&")}\\s*=\\s*("[^"]*"|'[^']*')`), "");
}

/** After the `>` of the tag that starts at `from`, quotes respected (an attribute value may hold a `>`). */
export function tagEnd(text: string, from: number): number {
  let quote = 0;
  for (let k = from + 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return k + 1;
  }
  return text.length;
}

/** Whether the tag that ends at `tagEnd` closes itself (`<x/>`). */
export function selfClosing(text: string, tagEnd: number): boolean {
  return text.charCodeAt(tagEnd - 2) === 47;
}

/** The root element of a part and the elements directly under it. */
export interface PartLayout {
  rootQname: string;
  /** The root's opening tag. */
  rootTag: Span;
  /** Where the root's closing tag starts; the root tag's end when it closes itself (`<Types/>`). */
  rootClose: number;
  children: Child[];
}

/**
 * Reads the root and its children; `enter` is called for each child just opened and may read into it (it must
 * leave the scanner at the child's end, or return false to have the child skipped).
 */
export function readLayout(x: XmlScanner, enter?: (name: string, x: XmlScanner) => boolean): PartLayout {
  let t = x.next();
  while (t !== OPEN) t = x.next();
  const layout: PartLayout = {
    rootQname: x.qname,
    rootTag: { start: x.tagStart, end: x.tagEnd },
    rootClose: x.tagEnd,
    children: [],
  };
  const rootDepth = x.depth;
  for (t = x.next(); t; t = x.next()) {
    if (t === CLOSE && x.depth < rootDepth) {
      layout.rootClose = x.tagStart === layout.rootTag.start ? layout.rootTag.end : x.tagStart;
      break;
    }
    if (t !== OPEN) continue;
    const name = x.name;
    const start = x.tagStart;
    const openEnd = x.tagEnd;
    if (!enter?.(name, x)) x.skip();
    const end = x.tagEnd;
    layout.children.push({ name, start, openEnd, end, closeStart: end === openEnd ? end : x.tagStart });
  }
  return layout;
}

/**
 * Where an element `name` goes among the root's children so that the schema's order (`order`, the names of the
 * root's sequence) holds: before the first child that the schema puts after it, else before the root's end.
 * Children the schema does not list (extensions, mc:AlternateContent) do not move the place.
 */
export function insertionPoint(layout: PartLayout, order: readonly string[], name: string): number {
  const rank = order.indexOf(name);
  for (const c of layout.children) if (order.indexOf(c.name) > rank) return c.start;
  return layout.rootClose;
}

/** The text with `element` inserted at `at`, a place among the root's children; a root that closes itself is opened. */
export function insertChild(text: string, layout: PartLayout, at: number, element: string): string {
  const { rootTag, rootQname } = layout;
  if (selfClosing(text, rootTag.end)) {
    const open = text.slice(rootTag.start, rootTag.end).replace(/\s*\/>$/, ">");
    return `${text.slice(0, rootTag.start)}${open}${element}</${rootQname}>${text.slice(rootTag.end)}`;
  }
  return text.slice(0, at) + element + text.slice(at);
}

/** The namespace of a part's SpreadsheetML elements, from its root's declaration (default, or its prefix's). */
export function mainNamespace(text: string): string {
  const root = /<([^\s>/?!]+)[^>]*>/.exec(text.replace(/^\uFEFF?(<\?[^>]*\?>\s*)?/, ""));
  const prefix = root ? prefixOf(root[1]) : "";
  const attr = prefix ? `xmlns:${prefix.slice(0, -1)}` : "xmlns";
  return (root && rawAttribute(root[0], attr)) ?? "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
}

export function child(layout: PartLayout, name: string): Child | undefined {
  return layout.children.find((c) => c.name === name);
}
