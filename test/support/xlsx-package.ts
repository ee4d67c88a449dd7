/**
 * .xlsx packages written by hand, part by part, for what exceljs never writes: inline strings, prefixed elements,
 * phonetic guides, rows without addresses, broken parts. Sheets are given as the inside of <sheetData> (and
 * anything after it); the rest of each part is filled in.
 */
import { ZipInput, readZip, writeZip } from "../cli/support/zip";

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

const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const DML = "http://schemas.openxmlformats.org/drawingml/2006/main";
const CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart";

/**
 * The workbook with a drawing on its first sheet holding a column chart (a graphicFrame and its chart part) and a
 * text box (a shape), as Excel saves them: content exceljs does not model.
 */
export function withChartAndTextBox(xlsx: Buffer): Buffer {
  const anchor = (body: string) =>
    "<xdr:twoCellAnchor><xdr:from><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row>" +
    "<xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>15</xdr:col><xdr:colOff>0</xdr:colOff>" +
    `<xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${body}<xdr:clientData/></xdr:twoCellAnchor>`;
  const drawing =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${DML}">` +
    anchor(
      '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/>' +
        '</xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic>' +
        `<a:graphicData uri="${CHART}"><c:chart xmlns:c="${CHART}" xmlns:r="${REL}" r:id="rId1"/></a:graphicData>` +
        "</a:graphic></xdr:graphicFrame>",
    ) +
    anchor(
      '<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="3" name="文本框 2"/><xdr:cNvSpPr txBox="1"/>' +
        '</xdr:nvSpPr><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr><xdr:txBody>' +
        "<a:bodyPr/><a:p><a:r><a:t>数据来源：财政一体化平台</a:t></a:r></a:p></xdr:txBody></xdr:sp>",
    ) +
    "</xdr:wsDr>";
  const chart =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${CHART}" xmlns:a="${DML}">` +
    '<c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser>' +
    '<c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>Sheet1!$C$5:$C$8</c:f></c:numRef></c:val></c:ser>' +
    '<c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation ' +
    'val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/>' +
    '<c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx>' +
    "</c:plotArea></c:chart></c:chartSpace>";
  const type = (part: string, kind: string) =>
    `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.${kind}+xml"/>`;
  const entries = readZip(xlsx).map((e): ZipInput => {
    const text = e.data.toString("utf8");
    if (e.name === "[Content_Types].xml")
      return {
        name: e.name,
        data: Buffer.from(
          text.replace(
            "</Types>",
            `${type("xl/drawings/drawing1.xml", "drawing")}${type("xl/charts/chart1.xml", "drawingml.chart")}</Types>`,
          ),
        ),
      };
    if (e.name === "xl/worksheets/sheet1.xml") {
      if (text.includes("<drawing ") || text.includes("_rels/sheet1")) throw new Error("sheet1 has a drawing already");
      const ns = text.includes(`xmlns:r="${REL}"`) ? "" : ` xmlns:r="${REL}"`;
      return {
        name: e.name,
        data: Buffer.from(
          text
            .replace("<worksheet ", `<worksheet${ns} `)
            .replace("</worksheet>", '<drawing r:id="rIdJx1"/></worksheet>'),
        ),
      };
    }
    return e;
  });
  const added = (name: string, text: string): ZipInput => ({ name, data: Buffer.from(text) });
  return writeZip([
    ...entries,
    added("xl/worksheets/_rels/sheet1.xml.rels", relationships([rel("rIdJx1", "drawing", "../drawings/drawing1.xml")])),
    added("xl/drawings/drawing1.xml", drawing),
    added("xl/drawings/_rels/drawing1.xml.rels", relationships([rel("rId1", "chart", "../charts/chart1.xml")])),
    added("xl/charts/chart1.xml", chart),
  ]);
}
