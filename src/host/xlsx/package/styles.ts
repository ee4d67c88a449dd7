// xl/styles.xml, as far as a check needs it: the number format of each cell style (cellXfs), and which formats
// show dates. Both follow exceljs 4.4.0 (lib/xlsx/defaultnumformats.js, lib/utils/utils.js isDateFmt), so a cell
// reads here as exceljs reads it.
import { CLOSE, OPEN, XmlScanner } from "./xml";

/** The built-in formats exceljs knows without a locale; the locale-dependent ids (27–36, 50–58) it leaves out. */
export const BUILT_IN_FORMATS: Record<number, string | undefined> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** The number format code of each cell style index (s="N"); undefined for General or an unknown id. */
export function readNumFmts(x: XmlScanner): (string | undefined)[] {
  const custom = new Map<number, string>();
  const xfNumFmtIds: number[] = [];
  let inCellXfs = false;
  for (let t = x.next(); t; t = x.next()) {
    if (t === CLOSE) {
      if (x.name === "cellXfs") inCellXfs = false;
      continue;
    }
    if (t !== OPEN) continue;
    if (x.name === "cellXfs") inCellXfs = true;
    else if (x.name === "numFmts") readCustomFormats(x, custom);
    else if (x.name === "xf" && inCellXfs) {
      xfNumFmtIds.push(parseInt(x.attr("numFmtId") ?? "", 10));
      x.skip();
    } else if (x.name === "dxfs" || x.name === "cellStyleXfs") x.skip();
  }
  // numFmtId 0 (General) and a missing id give no format, as in exceljs.
  return xfNumFmtIds.map((id) => (id ? custom.get(id) || BUILT_IN_FORMATS[id] || undefined : undefined));
}

function readCustomFormats(x: XmlScanner, into: Map<number, string>): void {
  const depth = x.depth;
  for (let t = x.next(); !(t === CLOSE && x.depth < depth); t = x.next()) {
    if (t !== OPEN || x.name !== "numFmt") continue;
    const id = parseInt(x.attr("numFmtId") ?? "", 10);
    const code = x.attr("formatCode");
    if (code !== undefined) into.set(id, formatCodeAsRead(code));
  }
}

/** A format code as this reader gives it: exceljs drops the backslash escapes of a format code, 0.0\% reads 0.0%. */
export function formatCodeAsRead(code: string): string {
  return code.replace(/\\(.)/g, "$1");
}

/** Whether exceljs takes a number in this format for a date (it then reads the cell as a Date). */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const bare = fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(bare);
}

/** A date serial as exceljs turns it into a Date, then as the xlsx host prints a Date: YYYY-MM-DD (UTC). */
export function serialToIsoDate(serial: number, date1904: boolean): string | undefined {
  const date = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
  // exceljs would carry an invalid Date and the host would then throw; such a cell keeps its number instead.
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}
