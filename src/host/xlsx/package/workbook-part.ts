// xl/workbook.xml: the sheets in tab order, the date system, the defined names.
import { OPEN, XmlScanner, xsdTrue } from "./xml";

export interface SheetEntry {
  name: string;
  relId: string;
}

export interface DefinedNameEntry {
  name: string;
  /** The formula text, e.g. `'基础表'!$A$1:$H$20,'基础表'!$A$30:$H$40`. */
  text: string;
}

export interface WorkbookPart {
  sheets: SheetEntry[];
  date1904: boolean;
  names: DefinedNameEntry[];
}

export function readWorkbookPart(x: XmlScanner): WorkbookPart {
  const out: WorkbookPart = { sheets: [], date1904: false, names: [] };
  for (let t = x.next(); t; t = x.next()) {
    if (t !== OPEN) continue;
    if (x.name === "sheet") {
      const name = x.attr("name");
      const relId = x.attr("id");
      if (name !== undefined && relId !== undefined) out.sheets.push({ name, relId });
    } else if (x.name === "workbookPr") {
      out.date1904 = xsdTrue(x.attr("date1904"));
    } else if (x.name === "definedName") {
      const name = x.attr("name");
      const text = x.textContent();
      if (name !== undefined) out.names.push({ name, text });
    }
  }
  return out;
}
