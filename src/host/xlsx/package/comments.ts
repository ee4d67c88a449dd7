// A sheet's notes (the legacy comments part, xl/commentsN.xml): the text of each, by cell address.
import { stringItem } from "./strings";
import { OPEN, XmlScanner } from "./xml";

export function readComments(x: XmlScanner): Map<string, string> {
  const out = new Map<string, string>();
  let ref: string | undefined;
  for (let t = x.next(); t; t = x.next()) {
    if (t !== OPEN) continue;
    if (x.name === "comment") ref = x.attr("ref");
    // exceljs keeps only the text of rich text runs; a note written as one plain <t> (no runs) is read too here,
    // where exceljs would lose it.
    else if (x.name === "text" && ref !== undefined) {
      const text = stringItem(x);
      if (text) out.set(ref, text);
      else out.delete(ref);
    }
  }
  return out;
}
