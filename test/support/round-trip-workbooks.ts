/**
 * The workbooks `recalc` must copy faithfully, as a list the round-trip test walks: the sample, every variant, the
 * sample with content exceljs used to drop (a chart and a text box, a pivot table, sparklines, a drop-down list
 * from another sheet, custom document properties, macros), the sample as LibreOffice, WPS and Excel write it, and
 * every workbook under samples/specimens/ (the provinces' specimen workbooks), whichever are there.
 *
 * The hand-made parts are written as Excel writes them, each part with its relationship and content type, so a
 * copy that loses or garbles one is caught.
 */
import fs from "node:fs";
import path from "node:path";
import { ZipInput, readZip, writeZip } from "../cli/support/zip";
import { recalcWithLibreOffice } from "./libreoffice";
import { VARIANTS } from "./variants";
import { prefixElements, withChartAndTextBox } from "./xlsx-package";

const ROOT = path.join(__dirname, "..", "..");
export const SAMPLE = path.join(ROOT, "samples", "hengyang-commerce-2023.xlsx");
const SPECIMENS = path.join(ROOT, "samples", "specimens");

export interface RoundTripWorkbook {
  name: string;
  bytes: () => Promise<Buffer>;
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XM = "http://schemas.microsoft.com/office/excel/2006/main";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const sample = () => fs.readFileSync(SAMPLE);

/** Edits some parts' text, adds parts, and declares content types (`<Override>`/`<Default>` elements). */
function withParts(
  xlsx: Buffer,
  edits: Record<string, (text: string) => string>,
  added: Record<string, string | Buffer> = {},
  types: string[] = [],
): Buffer {
  const entries = readZip(xlsx).map((e): ZipInput => {
    let text: string | undefined;
    if (edits[e.name]) text = edits[e.name](e.data.toString("utf8"));
    if (e.name === "[Content_Types].xml" && types.length)
      text = (text ?? e.data.toString("utf8")).replace("</Types>", `${types.join("")}</Types>`);
    return text === undefined ? e : { name: e.name, data: Buffer.from(text, "utf8") };
  });
  for (const [name, data] of Object.entries(added))
    entries.push({ name, data: typeof data === "string" ? Buffer.from(data, "utf8") : data });
  return writeZip(entries);
}

const override = (part: string, type: string) => `<Override PartName="/${part}" ContentType="${type}"/>`;
const relationship = (id: string, type: string, target: string) =>
  `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
const rels = (...list: string[]) =>
  `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${list.join("")}</Relationships>`;
const addRel = (rel: string) => (text: string) => text.replace("</Relationships>", `${rel}</Relationships>`);

/** A pivot table on the 基础表 (K2:L5) over its first rows, with its cache and records, as Excel writes one. */
export function withPivotTable(xlsx: Buffer): Buffer {
  const cache =
    `${XML_HEAD}<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${REL}" r:id="rId1" refreshOnLoad="1" ` +
    'recordCount="2"><cacheSource type="worksheet"><worksheetSource ref="A5:B7" sheet="基础表"/></cacheSource>' +
    '<cacheFields count="2"><cacheField name="项目" numFmtId="0"><sharedItems count="2"><s v="甲"/><s v="乙"/>' +
    '</sharedItems></cacheField><cacheField name="金额" numFmtId="0"><sharedItems containsSemiMixedTypes="0" ' +
    'containsString="0" containsNumber="1" containsInteger="1" minValue="1" maxValue="2"/></cacheField>' +
    "</cacheFields></pivotCacheDefinition>";
  const records =
    `${XML_HEAD}<pivotCacheRecords xmlns="${MAIN}" count="2"><r><x v="0"/><n v="1"/></r><r><x v="1"/><n v="2"/>` +
    "</r></pivotCacheRecords>";
  const table =
    `${XML_HEAD}<pivotTableDefinition xmlns="${MAIN}" name="数据透视表1" cacheId="9" applyNumberFormats="0" ` +
    'applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" ' +
    'applyWidthHeightFormats="1" dataCaption="值" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" ' +
    'indent="0" outline="1" outlineData="1"><location ref="K2:L5" firstHeaderRow="1" firstDataRow="1" ' +
    'firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="3">' +
    '<item x="0"/><item x="1"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/>' +
    '</pivotFields><rowFields count="1"><field x="0"/></rowFields><rowItems count="3"><i><x/></i><i><x v="1"/>' +
    '</i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems><dataFields count="1">' +
    '<dataField name="求和项:金额" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>';
  const pivot = "application/vnd.openxmlformats-officedocument.spreadsheetml.pivot";
  return withParts(
    xlsx,
    {
      "xl/workbook.xml": (t) =>
        t.replace(/(<calcPr[^>]*\/>)/, '$1<pivotCaches><pivotCache cacheId="9" r:id="rIdJxPivot"/></pivotCaches>'),
      "xl/_rels/workbook.xml.rels": addRel(
        relationship("rIdJxPivot", `${REL}/pivotCacheDefinition`, "pivotCache/pivotCacheDefinition1.xml"),
      ),
    },
    {
      "xl/pivotCache/pivotCacheDefinition1.xml": cache,
      "xl/pivotCache/pivotCacheRecords1.xml": records,
      "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels": rels(
        relationship("rId1", `${REL}/pivotCacheRecords`, "pivotCacheRecords1.xml"),
      ),
      "xl/pivotTables/pivotTable1.xml": table,
      "xl/pivotTables/_rels/pivotTable1.xml.rels": rels(
        relationship("rId1", `${REL}/pivotCacheDefinition`, "../pivotCache/pivotCacheDefinition1.xml"),
      ),
      "xl/worksheets/_rels/sheet1.xml.rels": rels(
        relationship("rId1", `${REL}/pivotTable`, "../pivotTables/pivotTable1.xml"),
      ),
    },
    [
      override("xl/pivotCache/pivotCacheDefinition1.xml", `${pivot}CacheDefinition+xml`),
      override("xl/pivotCache/pivotCacheRecords1.xml", `${pivot}CacheRecords+xml`),
      override("xl/pivotTables/pivotTable1.xml", `${pivot}Table+xml`),
    ],
  );
}

/** Excel 2010's sheet extensions on 自评表: a drop-down list whose items are on 基础表 (J5:J9, K5), sparklines (L5). */
export const X14_EXTENSIONS =
  `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}"><x14:dataValidations count="2" ` +
  `xmlns:xm="${XM}"><x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1">` +
  "<x14:formula1><xm:f>基础表!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>J5:J9</xm:sqref></x14:dataValidation>" +
  '<x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>基础表!$B$1:$B$3</xm:f></x14:formula1>' +
  "<xm:sqref>K5</xm:sqref></x14:dataValidation></x14:dataValidations></ext>" +
  `<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${X14}"><x14:sparklineGroups xmlns:xm="${XM}">` +
  '<x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:sparklines>' +
  "<x14:sparkline><xm:f>自评表!E5:F5</xm:f><xm:sqref>L5</xm:sqref></x14:sparkline></x14:sparklines>" +
  "</x14:sparklineGroup></x14:sparklineGroups></ext></extLst>";

export function withX14Extensions(xlsx: Buffer): Buffer {
  return withParts(xlsx, {
    "xl/worksheets/sheet2.xml": (t) => t.replace("</worksheet>", `${X14_EXTENSIONS}</worksheet>`),
  });
}

/** Custom document properties: WPS's own bookkeeping, and one a person set. */
export function withCustomProperties(xlsx: Buffer): Buffer {
  const props =
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ` +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer">' +
    "<vt:lpwstr>2052-12.1.0.16250</vt:lpwstr></property>" +
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="填报人"><vt:lpwstr>张三</vt:lpwstr>' +
    "</property></Properties>";
  return withParts(
    xlsx,
    { "_rels/.rels": addRel(relationship("rIdJxCustom", `${REL}/custom-properties`, "docProps/custom.xml")) },
    { "docProps/custom.xml": props },
    [override("docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml")],
  );
}

/** A macro-enabled workbook (.xlsm): its VBA project (a stand-in, copied as bytes) and content type. */
export const VBA_PROJECT = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256));

export function withMacros(xlsx: Buffer): Buffer {
  return withParts(
    xlsx,
    {
      "[Content_Types].xml": (t) =>
        t.replace(
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
          "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
        ),
      "xl/_rels/workbook.xml.rels": addRel(
        relationship("rIdJxVba", "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin"),
      ),
    },
    { "xl/vbaProject.bin": VBA_PROJECT },
    ['<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'],
  );
}

/**
 * The sample as WPS and other writers save it: every string inline (no shared strings), a shared formula whose
 * master (招商引资!H9) the plan replaces and whose other cell (K9) lies outside the table, every element with an
 * `x:` prefix, the 1904 date system, and WPS's custom properties.
 */
export function wpsStyle(xlsx: Buffer): Buffer {
  const strings = readZip(xlsx)
    .find((e) => e.name === "xl/sharedStrings.xml")!
    .data.toString("utf8")
    .match(/<si>[\s\S]*?<\/si>/g)!
    .map((si) => si.slice(4, -5));
  const inline = (sheet: string) =>
    sheet.replace(/<c ([^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g, (_, a, b, i) => {
      return `<c ${a}t="inlineStr"${b}><is>${strings[Number(i)]}</is></c>`;
    });
  const sheets: Record<string, (t: string) => string> = {};
  for (const n of [1, 2, 3, 4]) sheets[`xl/worksheets/sheet${n}.xml`] = (t) => prefixElements(inline(t));
  sheets["xl/worksheets/sheet3.xml"] = (t) =>
    prefixElements(
      inline(t)
        .replace(
          /<c r="H9"( s="\d+")?[^>]*>[\s\S]*?<\/c>/,
          '<c r="H9"$1><f t="shared" ref="H9:K9" si="0">F9/E9</f><v>0.9338</v></c>',
        )
        .replace(/(<row r="9"[^>]*>[\s\S]*?)<\/row>/, '$1<c r="K9"><f t="shared" si="0"/><v>0.9338</v></c></row>'),
    );
  const dropped = withParts(xlsx, {
    ...sheets,
    "xl/workbook.xml": (t) => prefixElements(t.replace(/<workbookPr /, '<workbookPr date1904="1" ')),
    "xl/styles.xml": prefixElements,
    "xl/_rels/workbook.xml.rels": (t) => t.replace(/<Relationship [^>]*sharedStrings[^>]*\/>/, ""),
    "[Content_Types].xml": (t) => t.replace(/<Override [^>]*sharedStrings[^>]*\/>/, ""),
  });
  return withCustomProperties(writeZip(readZip(dropped).filter((e) => e.name !== "xl/sharedStrings.xml")));
}

/**
 * The sample as Excel 365 saves it: revision ids and the markup-compatibility namespaces it declares, a locked
 * structure, an absolute path in an AlternateContent, a calculation chain listing a formula the plan replaces (招商引资!I9), and an
 * x14 conditional format in the sheet's extensions.
 */
export function excelStyle(xlsx: Buffer): Buffer {
  const xr = "http://schemas.microsoft.com/office/spreadsheetml/2014/revision";
  const x14cf =
    `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${X14}"><x14:conditionalFormattings>` +
    `<x14:conditionalFormatting xmlns:xm="${XM}"><x14:cfRule type="dataBar" id="{00000000-000E-0000-0000-000001000000}">` +
    '<x14:dataBar minLength="0" maxLength="100" gradient="0"><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/>' +
    '<x14:negativeFillColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/></x14:dataBar></x14:cfRule>' +
    "<xm:sqref>E5:E9</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>";
  return withParts(
    xlsx,
    {
      "xl/workbook.xml": (t) =>
        t
          .replace(
            /<workbook ([^>]*)>/,
            `<workbook $1 xmlns:xr="${xr}" xr:uid="{00000000-0001-0000-0000-000000000000}">`,
          )
          .replace(/(<workbookPr[^>]*\/>)/, '$1<workbookProtection lockStructure="1"/>')
          .replace(
            "<sheets>",
            '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">' +
              '<mc:Choice Requires="x15"><x15ac:absPath url="D:\\绩效\\" ' +
              'xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"/></mc:Choice>' +
              "</mc:AlternateContent><bookViews><workbookView/></bookViews><sheets>",
          ),
      "xl/worksheets/sheet3.xml": (t) =>
        t
          .replace(
            /<worksheet ([^>]*)>/,
            `<worksheet $1 xmlns:xr="${xr}" xr:uid="{00000000-0001-0000-0200-000000000000}">`,
          )
          .replace(/<c r="I9"( s="\d+")?[^>]*>[\s\S]*?<\/c>/, '<c r="I9"$1><f>G9*H9</f><v>9.3</v></c>')
          .replace("</worksheet>", `${x14cf}</worksheet>`),
      "xl/_rels/workbook.xml.rels": addRel(relationship("rIdJxChain", `${REL}/calcChain`, "calcChain.xml")),
    },
    { "xl/calcChain.xml": `${XML_HEAD}<calcChain xmlns="${MAIN}"><c r="I9" i="3"/></calcChain>` },
    [override("xl/calcChain.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml")],
  );
}

function specimens(): RoundTripWorkbook[] {
  if (!fs.existsSync(SPECIMENS)) return [];
  return fs
    .readdirSync(SPECIMENS)
    .filter((f) => /\.xls[xm]$/i.test(f))
    .sort()
    .map((f) => ({ name: `specimen ${f}`, bytes: async () => fs.readFileSync(path.join(SPECIMENS, f)) }));
}

export const ROUND_TRIP_WORKBOOKS: RoundTripWorkbook[] = [
  { name: "sample", bytes: async () => sample() },
  ...VARIANTS.map((v) => ({
    name: `variant ${v.name}`,
    bytes: async () => Buffer.from(await v.build().workbook.xlsx.writeBuffer()),
  })),
  { name: "with a chart and a text box", bytes: async () => withChartAndTextBox(sample()) },
  { name: "with a pivot table", bytes: async () => withPivotTable(sample()) },
  { name: "with sparklines and a drop-down list from another sheet", bytes: async () => withX14Extensions(sample()) },
  { name: "with custom document properties", bytes: async () => withCustomProperties(sample()) },
  { name: "with macros (.xlsm)", bytes: async () => withMacros(sample()) },
  { name: "as LibreOffice saves it", bytes: async () => fs.readFileSync(await recalcWithLibreOffice(SAMPLE)) },
  { name: "as WPS-style writers save it", bytes: async () => wpsStyle(sample()) },
  { name: "as Excel saves it", bytes: async () => excelStyle(sample()) },
  ...specimens(),
];
