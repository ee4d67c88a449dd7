// The lean reader of an .xlsx package for checking: WorkbookData straight from the zip, the same as the exceljs
// host reads (read.ts over exceljs 4.4.0) at a fraction of its time and memory. It inflates only the parts a check
// reads, each no further than its declared size; it writes nothing (recalc, which writes, still goes through
// exceljs). Where exceljs loses data or fails, this reader says so in a comment at that place.
import { Grid } from "../../../core/grid/grid";
import { WorkbookData } from "../../../app/host";
import { SETTINGS_SHEET } from "../settings-sheet";
import { readComments } from "./comments";
import { readDefinedNames } from "./names";
import { PackageError } from "./package-error";
import { PackageParts } from "./parts";
import { readSharedStrings } from "./strings";
import { readNumFmts } from "./styles";
import { readWorkbookPart } from "./workbook-part";
import { SheetContext, readWorksheet } from "./worksheet";
import { ZipLimits } from "./zip-directory";

export { PackageError } from "./package-error";
export { ZipProblem } from "./zip-directory";

const WORKBOOK = "xl/workbook.xml";

/** Throws ZipProblem for a zip that is unsound or lies about its sizes, PackageError for parts that cannot be read. */
export function readWorkbookPackage(buffer: Buffer, limits?: ZipLimits): WorkbookData {
  const parts = new PackageParts(buffer, limits);
  const workbook = readWorkbookPart(parts.xml(WORKBOOK));
  const rels = parts.relationships(WORKBOOK);
  if (workbook.sheets.length && rels.size === 0)
    throw new PackageError("xl/_rels/workbook.xml.rels", "缺少工作表的位置");
  // exceljs finds these two by name, not through the relationships; so does this reader.
  const sharedStrings = parts.has("xl/sharedStrings.xml") ? readSharedStrings(parts.xml("xl/sharedStrings.xml")) : [];
  const numFmts = parts.has("xl/styles.xml") ? readNumFmts(parts.xml("xl/styles.xml")) : [];

  const sheets: Grid[] = [];
  let settings: Record<string, string> = {};
  for (const { name, relId } of workbook.sheets) {
    const rel = rels.get(relId);
    // Chart sheets (and dialog or macro sheets) hold no cells; exceljs leaves them out too.
    if (!rel || rel.external || rel.type !== "worksheet") continue;
    if (!parts.has(rel.target)) throw new PackageError(rel.target, `工作表「${name}」的内容缺失`);
    const ctx: SheetContext = {
      sharedStrings,
      numFmts,
      date1904: workbook.date1904,
      notes: notesOf(parts, rel.target),
    };
    const grid = readWorksheet(parts.xml(rel.target), name, ctx);
    if (name === SETTINGS_SHEET) settings = settingsOf(grid);
    else sheets.push(grid);
  }
  return { sheets, names: readDefinedNames(workbook.names), settings };
}

function notesOf(parts: PackageParts, sheetPart: string): Map<string, string> {
  let notes = new Map<string, string>();
  for (const rel of parts.relationships(sheetPart).values()) {
    // exceljs fails on a comments relationship whose part is missing; without its notes the sheet still reads.
    if (rel.type === "comments" && !rel.external && parts.has(rel.target)) notes = readComments(parts.xml(rel.target));
  }
  return notes;
}

/** The settings sheet's key/value rows, as read.ts's readSettings takes them (text keys, any value as text). */
function settingsOf(grid: Grid): Record<string, string> {
  const out: Record<string, string> = {};
  for (let r = 1; r <= grid.rowCount; r++) {
    const key = grid.cell(r, 1);
    const value = grid.cell(r, 2);
    if (key && !key.formula && typeof key.value === "string" && value && !value.formula && value.value !== null) {
      out[key.value] = String(value.value);
    }
  }
  return out;
}
