/**
 * .xlsx packages written by hand, part by part, for what exceljs never writes: inline strings, prefixed elements,
 * phonetic guides, rows without addresses, broken parts. Sheets are given as the inside of <sheetData> (and
 * anything after it); the rest of each part is filled in.
 */
import { ZipInput, writeZip } from "../cli/support/zip";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface HandSheet {
  name: string;
  /** The rows: the inside of <sheetData>. */
  rows: string;
  /** What follows <sheetData> (mergeCells, hyperlinks, …). */
  after?: string;
  /** A comments part for the sheet: the inside of <commentList>. */
  comments?: string;
}

export interface HandWorkbook {
  sheets: HandSheet[];
  sharedStrings?: string[];
  /** The inside of <styleSheet>. */
  styles?: string;
  /** Inside <workbook>, before <sheets> (e.g. <workbookPr date1904="1"/>). */
  workbookPr?: string;
  /** The inside of <definedNames>. */
  definedNames?: string;
  /** Replaces or drops (null) a part by name, after everything is written. */
  parts?: Record<string, string | null>;
}

export function handWorkbook(wb: HandWorkbook): Buffer {
  const parts = new Map<string, string>();
  const sheetList = wb.sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("");
  const names = wb.definedNames ? `<definedNames>${wb.definedNames}</definedNames>` : "";
  parts.set(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
      `${wb.workbookPr ?? ""}<sheets>${sheetList}</sheets>${names}</workbook>`,
  );
  const rels = wb.sheets.map((_, i) => rel(`rId${i + 1}`, "worksheet", `worksheets/sheet${i + 1}.xml`));
  rels.push(rel(`rId${wb.sheets.length + 1}`, "styles", "styles.xml"));
  parts.set("xl/_rels/workbook.xml.rels", relationships(rels));
  parts.set("xl/styles.xml", `<styleSheet xmlns="${MAIN}">${wb.styles ?? DEFAULT_STYLES}</styleSheet>`);
  if (wb.sharedStrings) {
    const items = wb.sharedStrings.map((s) => (s.startsWith("<") ? `<si>${s}</si>` : `<si><t>${s}</t></si>`));
    parts.set("xl/sharedStrings.xml", `<sst xmlns="${MAIN}" count="${items.length}">${items.join("")}</sst>`);
  }
  wb.sheets.forEach((s, i) => {
    parts.set(
      `xl/worksheets/sheet${i + 1}.xml`,
      `<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${s.rows}</sheetData>${s.after ?? ""}</worksheet>`,
    );
    if (s.comments !== undefined) {
      parts.set(
        `xl/comments${i + 1}.xml`,
        `<comments xmlns="${MAIN}"><authors><author>a</author></authors>` +
          `<commentList>${s.comments}</commentList></comments>`,
      );
      parts.set(
        `xl/worksheets/_rels/sheet${i + 1}.xml.rels`,
        relationships([rel("rId1", "comments", `../comments${i + 1}.xml`)]),
      );
    }
  });
  for (const [name, text] of Object.entries(wb.parts ?? {})) {
    if (text === null) parts.delete(name);
    else parts.set(name, text);
  }
  const entries: ZipInput[] = [...parts].map(([name, text]) => ({ name, data: Buffer.from(text, "utf8") }));
  return writeZip(entries);
}

/** Styles with cellXfs 0 General, 1 "0.00", 2 yyyy-mm-dd, 3 a custom "0.0%". */
export const DEFAULT_STYLES =
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/><numFmt numFmtId="165" formatCode="0.0%"/>' +
  "</numFmts>" +
  '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="2" applyNumberFormat="1"/><xf numFmtId="164"/>' +
  '<xf numFmtId="165"/></cellXfs>';

function rel(id: string, type: string, target: string): string {
  return `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;
}

function relationships(rels: string[]): string {
  return `<Relationships xmlns="${PKG}">${rels.join("")}</Relationships>`;
}

/** Every element of a part given an `x:` prefix, as some writers do. */
export function prefixElements(xml: string): string {
  return xml
    .replace(/<(\/?)(?!\?)([A-Za-z][\w.]*)(?=[\s/>])/g, "<$1x:$2")
    .replace(/xmlns="([^"]*spreadsheetml[^"]*)"/, 'xmlns:x="$1"');
}
