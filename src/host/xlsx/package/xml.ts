// A pull scanner over one XML part, just enough for SpreadsheetML: elements by local name (writers may prefix them,
// <x:c>), attributes in any order and quoting, text with entities decoded, CDATA, comments and processing
// instructions skipped. It checks what a broken or hostile part would get wrong: tags nest and close, there is one
// root, entities are known (no DOCTYPE, hence no entity expansion), so bad XML is refused rather than half read.
// It also tells where in the text each tag lies, so the file host can rewrite an element and keep every other byte.
import { PackageError } from "./package-error";

export const END = 0;
export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;
export type Token = typeof END | typeof OPEN | typeof CLOSE | typeof TEXT;

const LT = 60;
const GT = 62;
const SLASH = 47;
const QUOTE = 34;
const APOS = 39;
const EQUALS = 61;
const AMP = 38;

export class XmlScanner {
  /** Local name of the element just opened or closed. */
  name = "";
  /** Name as written, with its prefix (`x:c`), of the element just opened or closed. */
  qname = "";
  /** Where the tag just read starts (its `<`) and ends (after its `>`); a self-closing tag's CLOSE shares them. */
  tagStart = 0;
  tagEnd = 0;
  private pos = 0;
  private readonly open: string[] = [];
  private closePending = false;
  private sawRoot = false;
  private attrFrom = 0;
  private attrTo = 0;
  private attrs: string[] | null = null;
  private textFrom = 0;
  private textTo = 0;
  private cdata = false;

  constructor(
    private readonly xml: string,
    readonly part: string,
  ) {
    if (xml.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  /** Elements open around the current token (the current element included once it is opened). */
  get depth(): number {
    return this.open.length + (this.closePending ? 1 : 0);
  }

  fail(detail: string): never {
    throw new PackageError(this.part, detail);
  }

  next(): Token {
    if (this.closePending) {
      this.closePending = false;
      return CLOSE;
    }
    const s = this.xml;
    for (;;) {
      const p = this.pos;
      if (p >= s.length) {
        if (this.open.length) this.fail(`XML 不完整（<${this.open[this.open.length - 1]}> 没有结束）`);
        if (!this.sawRoot) this.fail("不是 XML 内容");
        return END;
      }
      if (s.charCodeAt(p) !== LT) {
        const lt = s.indexOf("<", p);
        this.pos = lt < 0 ? s.length : lt;
        if (this.open.length === 0) {
          if (/\S/.test(s.slice(p, this.pos))) this.fail("XML 根元素之外有多余内容");
          continue;
        }
        this.textFrom = p;
        this.textTo = this.pos;
        this.cdata = false;
        return TEXT;
      }
      const c = s.charCodeAt(p + 1);
      if (c === 63 /* ? */) {
        this.pos = this.after("?>", p + 2);
      } else if (c === 33 /* ! */) {
        if (s.startsWith("<!--", p)) this.pos = this.after("-->", p + 4);
        else if (s.startsWith("<![CDATA[", p)) {
          if (this.open.length === 0) this.fail("XML 根元素之外有多余内容");
          this.pos = this.after("]]>", p + 9);
          this.textFrom = p + 9;
          this.textTo = this.pos - 3;
          this.cdata = true;
          return TEXT;
        } else this.fail("XML 含有不支持的声明（DOCTYPE）");
      } else if (c === SLASH) {
        return this.closeTag(p);
      } else {
        return this.openTag(p);
      }
    }
  }

  /** The decoded text of the TEXT token just read. */
  text(): string {
    const raw = this.xml.slice(this.textFrom, this.textTo);
    if (this.cdata) return raw;
    const lines = raw.indexOf("\r") < 0 ? raw : raw.replace(/\r\n?/g, "\n");
    return lines.indexOf("&") < 0 ? lines : this.decode(lines);
  }

  /** An attribute of the element just opened, by local name (`r:id` answers to "id"), decoded. */
  attr(name: string): string | undefined {
    const attrs = (this.attrs ??= this.readAttributes());
    for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === name) return attrs[i + 1];
    return undefined;
  }

  /** The text inside the element just opened, up to its end (text of nested elements included). */
  textContent(): string {
    const depth = this.depth;
    let out = "";
    for (let t = this.next(); ; t = this.next()) {
      if (t === TEXT) out += this.text();
      else if (t === CLOSE && this.depth < depth) return out;
      else if (t === END) this.fail("XML 不完整");
    }
  }

  /**
   * Goes on at `pos`, the closing tag of the element just opened, whose content the caller has read by other means
   * (the file host finds cells by their tags; the reader has already checked the part).
   */
  resumeAt(pos: number): void {
    this.pos = pos;
    this.closePending = false;
    this.attrs = null;
  }

  /**
   * Walks the children of the element just opened: `visit` on each child named `name`, the scanner on its opening
   * tag (it reads the child to its end, or leaves it to the walk, which skips it), every other child skipped.
   * Returns where the element's closing tag starts (the scanner is on that tag).
   */
  children(name: string, visit: () => void): number {
    const depth = this.depth;
    for (let t = this.next(); ; t = this.next()) {
      if (t === CLOSE && this.depth < depth) return this.tagStart;
      if (t === END) this.fail("XML 不完整");
      if (t !== OPEN) continue;
      if (this.name === name) visit();
      if (this.depth > depth) this.skip();
    }
  }

  /** Skips the rest of the element just opened. */
  skip(): void {
    const depth = this.depth;
    for (let t = this.next(); !(t === CLOSE && this.depth < depth); t = this.next()) {
      if (t === END) this.fail("XML 不完整");
    }
  }

  private closeTag(p: number): Token {
    const s = this.xml;
    const gt = s.indexOf(">", p + 2);
    if (gt < 0) this.fail("XML 不完整（结束标记没有闭合）");
    const qname = s.slice(p + 2, gt).trimEnd();
    const top = this.open.pop();
    if (top !== qname) this.fail(top ? `XML 标记不匹配（<${top}> 与 </${qname}>）` : `XML 多余的结束标记 </${qname}>`);
    this.name = localName(qname);
    this.qname = qname;
    this.tagStart = p;
    this.tagEnd = gt + 1;
    this.pos = gt + 1;
    return CLOSE;
  }

  private openTag(p: number): Token {
    const s = this.xml;
    let quote = 0;
    let gt = -1;
    let nameEnd = -1;
    for (let i = p + 1; i < s.length; i++) {
      const ch = s.charCodeAt(i);
      if (quote) {
        if (ch === quote) quote = 0;
      } else if (ch === GT) {
        gt = i;
        break;
      } else if (ch === QUOTE || ch === APOS) quote = ch;
      else if (nameEnd < 0 && (ch <= 32 || ch === SLASH)) nameEnd = i;
      else if (ch === LT) this.fail("XML 标记没有闭合");
    }
    if (gt < 0) this.fail("XML 不完整（标记没有闭合）");
    const selfClosing = s.charCodeAt(gt - 1) === SLASH;
    if (nameEnd < 0) nameEnd = selfClosing ? gt - 1 : gt;
    const qname = s.slice(p + 1, nameEnd);
    if (!qname) this.fail("XML 标记没有名称");
    if (this.open.length === 0 && this.sawRoot) this.fail("XML 有多个根元素");
    this.sawRoot = true;
    this.name = localName(qname);
    this.qname = qname;
    this.tagStart = p;
    this.tagEnd = gt + 1;
    this.attrFrom = nameEnd;
    this.attrTo = selfClosing ? gt - 1 : gt;
    this.attrs = null;
    this.pos = gt + 1;
    if (selfClosing) this.closePending = true;
    else this.open.push(qname);
    return OPEN;
  }

  /**
   * The attributes of the tag just opened, as name/value pairs. Read character by character: the sticky pattern with
   * three groups this replaced made a match array and three strings per attribute, and nearly every tag of a sheet
   * has attributes (reading the 60-table bench workbook: 15.5 → 11 ms, median of 100 reads).
   * test/hosts/xml-attributes.test.ts holds the pattern and checks both agree.
   */
  private readAttributes(): string[] {
    const s = this.xml;
    const end = this.attrTo;
    const out: string[] = [];
    let i = this.attrFrom;
    for (;;) {
      i = skipSpaces(s, i, end);
      if (i >= end) return out;
      const nameStart = i;
      while (i < end && !endsName(s.charCodeAt(i))) i++;
      const nameEnd = i;
      i = skipSpaces(s, i, end);
      if (nameEnd === nameStart || i >= end || s.charCodeAt(i) !== EQUALS) this.malformed();
      i = skipSpaces(s, i + 1, end);
      const quote = i < end ? s.charCodeAt(i) : 0;
      if (quote !== QUOTE && quote !== APOS) this.malformed();
      // One pass to the closing quote, noting what the value needs: entities decoded, line breaks and tabs read as
      // spaces (attribute-value normalization; character references are not normalized, so this comes first).
      let close = i + 1;
      let entities = false;
      let breaks = false;
      for (; close < end; close++) {
        const c = s.charCodeAt(close);
        if (c === quote) break;
        if (c === AMP) entities = true;
        else if (c === 9 || c === 10 || c === 13) breaks = true;
      }
      if (close >= end) this.malformed();
      let value = s.slice(i + 1, close);
      if (breaks) value = value.replace(/\r\n|[\t\n\r]/g, " ");
      out.push(localName(s.slice(nameStart, nameEnd)), entities ? this.decode(value) : value);
      i = close + 1;
    }
  }

  private malformed(): never {
    return this.fail(`XML 属性格式有误（<${this.name}>）`);
  }

  private after(marker: string, from: number): number {
    const at = this.xml.indexOf(marker, from);
    if (at < 0) this.fail("XML 不完整");
    return at + marker.length;
  }

  private decode(raw: string): string {
    return raw.replace(/&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([a-zA-Z]+))?;?/g, (m, hex, dec, named) => {
      if (!m.endsWith(";") || m === "&;") this.fail("XML 含有未转义的 &");
      if (named !== undefined) {
        const ch = NAMED.get(named as string);
        if (ch === undefined) this.fail(`XML 含有未定义的实体 &${named};`);
        return ch;
      }
      const code = hex !== undefined ? parseInt(hex as string, 16) : parseInt(dec as string, 10);
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) this.fail(`XML 含有无效字符 ${m}`);
      return String.fromCodePoint(code);
    });
  }
}

const NAMED = new Map([
  ["amp", "&"],
  ["lt", "<"],
  ["gt", ">"],
  ["quot", '"'],
  ["apos", "'"],
]);

/** An xsd:boolean attribute: "1" or "true" (exceljs knows only "1"; LibreOffice writes "true"). */
export function xsdTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

/** What `\s` matches in a pattern (as the attribute pattern this replaced read spaces). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)));
}

/** What ends an attribute's name: a space, `=`, `/` or `>`. */
function endsName(c: number): boolean {
  return c === EQUALS || c === SLASH || c === GT || isSpace(c);
}

function skipSpaces(s: string, from: number, end: number): number {
  let i = from;
  while (i < end && isSpace(s.charCodeAt(i))) i++;
  return i;
}

function localName(qname: string): string {
  const colon = qname.indexOf(":");
  return colon < 0 ? qname : qname.slice(colon + 1);
}
