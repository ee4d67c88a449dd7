// xl/styles.xml for a write that gives cells a number format: the format and the cell format (xf) it needs are
// found among those the workbook has, or appended; no existing index moves, so every other cell keeps its look.
import { BUILT_IN_FORMATS, formatCodeAsRead } from "../package/styles";
import { XmlScanner } from "../package/xml";
import {
  Child,
  PartLayout,
  Splice,
  applySplices,
  child,
  escapeAttr,
  insertionPoint,
  prefixOf,
  readLayout,
  removeAttribute,
  setAttribute,
  tagEnd,
} from "./xml-text";

/** CT_Stylesheet's sequence. */
const STYLESHEET_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

// The first id of a format a workbook defines itself (0–163 are built in).
const FIRST_CUSTOM_FORMAT = 164;

const DEFAULT_XF = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';

/** The styles part of a workbook that has none: Excel's defaults, one cell format. */
export function minimalStyles(mainNamespace: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${mainNamespace}">` +
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
    '</fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="1">${DEFAULT_XF}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
  );
}

export class StylesEdit {
  private readonly layout: PartLayout;
  private readonly prefix: string;
  /** Custom formats: id → code as written. */
  private readonly formats = new Map<number, string>();
  private readonly addedFormats: { id: number; code: string }[] = [];
  /** Each cell format's element, and its format id. */
  private readonly xfs: { text: string; numFmtId: number }[] = [];
  private readonly existingXfs: number;
  /** First cell format by (its text without the format, format id). */
  private readonly byKey = new Map<string, number>();
  /** Format ids by code, as found or added. */
  private readonly ids = new Map<string, number>();
  /** withFormat's answers, by format and code. */
  private readonly made = new Map<string, number>();

  constructor(
    private readonly text: string,
    part: string,
  ) {
    const x = new XmlScanner(text, part);
    this.layout = readLayout(x, (name, x) => {
      if (name === "numFmts") this.readFormats(x);
      else if (name === "cellXfs") this.readXfs(x);
      else return false;
      return true;
    });
    this.prefix = prefixOf(this.layout.rootQname);
    this.existingXfs = this.xfs.length;
    this.xfs.forEach((xf, i) => this.index(xf.text, xf.numFmtId, i));
  }

  /** The cell format that is format `s` with the number format `code`; appended when the workbook has none. */
  withFormat(s: number, code: string): number {
    // A plan gives a thousand cells a few formats: each pair is worked out once (the answer never changes, since
    // formats are only appended).
    const k = `${s}\u0000${code}`;
    let index = this.made.get(k);
    if (index === undefined) this.made.set(k, (index = this.formatOf(s, code)));
    return index;
  }

  private formatOf(s: number, code: string): number {
    const id = this.formatId(code);
    const base = this.xfs[s] ?? this.xfs[0] ?? { text: this.prefixed(DEFAULT_XF), numFmtId: 0 };
    if (this.xfs[s] && base.numFmtId === id) return s;
    const found = this.byKey.get(`${id}|${xfKey(base.text)}`);
    if (found !== undefined) return found;
    const openEnd = tagEnd(base.text, 0);
    const tag = setAttribute(
      setAttribute(base.text.slice(0, openEnd), "numFmtId", String(id)),
      "applyNumberFormat",
      "1",
    );
    const text = tag + base.text.slice(openEnd);
    this.xfs.push({ text, numFmtId: id });
    const index = this.xfs.length - 1;
    this.index(text, id, index);
    return index;
  }

  changed(): boolean {
    return this.xfs.length > this.existingXfs || this.addedFormats.length > 0;
  }

  /** The part's text with what was added. */
  result(): string {
    const splices: Splice[] = [];
    const p = this.prefix;
    if (this.addedFormats.length) {
      const items = this.addedFormats
        .map((f) => `<${p}numFmt numFmtId="${f.id}" formatCode="${escapeAttr(f.code)}"/>`)
        .join("");
      this.appendTo("numFmts", items, this.formats.size + this.addedFormats.length, splices);
    }
    if (this.xfs.length > this.existingXfs) {
      const items = this.xfs
        .slice(this.existingXfs)
        .map((xf) => xf.text)
        .join("");
      this.appendTo("cellXfs", items, this.xfs.length, splices);
    }
    return applySplices(this.text, splices);
  }

  private formatId(code: string): number {
    let id = this.ids.get(code);
    if (id === undefined) this.ids.set(code, (id = this.findFormat(code)));
    return id;
  }

  private findFormat(code: string): number {
    if (code === "General") return 0;
    for (const [id, written] of this.formats) if (written === code) return id;
    for (const [id, builtIn] of Object.entries(BUILT_IN_FORMATS)) if (builtIn === code) return Number(id);
    for (const [id, written] of this.formats) if (formatCodeAsRead(written) === code) return id;
    const id = Math.max(FIRST_CUSTOM_FORMAT - 1, ...this.formats.keys()) + 1;
    this.formats.set(id, code);
    this.addedFormats.push({ id, code });
    return id;
  }

  private index(text: string, numFmtId: number, i: number): void {
    const key = `${numFmtId}|${xfKey(text)}`;
    if (!this.byKey.has(key)) this.byKey.set(key, i);
  }

  private prefixed(xml: string): string {
    return this.prefix ? xml.replace(/<(\/?)/g, `<$1${this.prefix}`) : xml;
  }

  /** Appends `items` inside the element `name` (made when missing) and sets its count. */
  private appendTo(name: string, items: string, count: number, splices: Splice[]): void {
    const p = this.prefix;
    const el: Child | undefined = child(this.layout, name);
    if (!el) {
      const at = insertionPoint(this.layout, STYLESHEET_ORDER, name);
      splices.push({ start: at, end: at, text: `<${p}${name} count="${count}">${items}</${p}${name}>` });
      return;
    }
    const tag = setAttribute(this.text.slice(el.start, el.openEnd), "count", String(count));
    if (el.closeStart === el.end) {
      // <numFmts count="0"/>: written out in full.
      splices.push({ start: el.start, end: el.end, text: `${tag.replace(/\s*\/>$/, ">")}${items}</${p}${name}>` });
      return;
    }
    splices.push({ start: el.start, end: el.openEnd, text: tag });
    splices.push({ start: el.closeStart, end: el.closeStart, text: items });
  }

  private readFormats(x: XmlScanner): void {
    x.children("numFmt", () => {
      const id = parseInt(x.attr("numFmtId") ?? "", 10);
      const code = x.attr("formatCode");
      if (Number.isInteger(id) && code !== undefined) this.formats.set(id, code);
    });
  }

  private readXfs(x: XmlScanner): void {
    x.children("xf", () => {
      const start = x.tagStart;
      const numFmtId = parseInt(x.attr("numFmtId") ?? "0", 10) || 0;
      x.skip();
      this.xfs.push({ text: this.text.slice(start, x.tagEnd), numFmtId });
    });
  }
}

/** A cell format's element without its number format: two formats alike but for that are one look. */
function xfKey(text: string): string {
  const end = tagEnd(text, 0);
  return removeAttribute(removeAttribute(text.slice(0, end), "numFmtId"), "applyNumberFormat") + text.slice(end);
}
