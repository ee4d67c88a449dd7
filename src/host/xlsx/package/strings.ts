// Text of SpreadsheetML string items: <si> of the shared string table, <is> of an inline string, <text> of a
// note. Rich text runs are joined; phonetic guides (<rPh>, furigana) are not part of the text.
import { CLOSE, OPEN, XmlScanner } from "./xml";

/** xl/sharedStrings.xml: the text of each item, in order. */
export function readSharedStrings(x: XmlScanner): string[] {
  const out: string[] = [];
  for (let t = x.next(); t; t = x.next()) {
    if (t === OPEN && x.name === "si") out.push(stringItem(x));
  }
  return out;
}

/** The text of the string item just opened (<si>, <is>, <text>), up to its end. */
export function stringItem(x: XmlScanner): string {
  const depth = x.depth;
  let out = "";
  for (let t = x.next(); !(t === CLOSE && x.depth < depth); t = x.next()) {
    if (t !== OPEN) continue;
    if (x.name === "t") out += unescapeXstring(x.textContent());
    else if (x.name === "rPh" || x.name === "rPr" || x.name === "phoneticPr") x.skip();
  }
  return out;
}

/** ST_Xstring escapes characters XML cannot carry as _xHHHH_ (exceljs decodes upper-case hex only). */
export function unescapeXstring(text: string): string {
  return text.indexOf("_x") < 0
    ? text
    : text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
