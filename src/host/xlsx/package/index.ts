// The lean reader of an .xlsx package: WorkbookData straight from the zip, as exceljs 4.4.0 reads it (the
// differential tests hold both to the same reading) at a fraction of its time and memory. It inflates only the
// parts it reads, each no further than its declared size. `check` reads with it, and so does the file host, which
// writes by patching the parts a plan changes (../edit). Where exceljs loses data or fails, this reader says so in
// a comment at that place.
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
import { readWorksheet } from "./worksheet";
import { SheetContext } from "./worksheet-cell";
import { ZipLimits } from "./zip-directory";

export { PackageError } from "./package-error";
export { ZipProblem } from "./zip-directory";

const WORKBOOK = "xl/workbook.xml";

/** Throws ZipProblem for a zip that is unsound or lies about its sizes, PackageError for parts that cannot be read. */
export function readWorkbookPackage(buffer: Buffer, limits?: ZipLimits): WorkbookData {
  return workbookDataOf(readWorksheets(new PackageParts(buffer, limits)));
}

/** A worksheet of the workbook: its name and part. */
export interface SheetPart {
  name: string;
  part: string;
}

/** Every worksheet read, the settings sheet among them, with the defined names. */
export interface WorkbookSheets {
  sheets: { sheet: SheetPart; grid: Grid }[];
  names: WorkbookData["names"];
}

/** The workbook as the core sees it: its sheets, but the settings sheet read as settings. */
export function workbookDataOf(read: WorkbookSheets): WorkbookData {
  const settings = read.sheets.find((s) => s.sheet.name === SETTINGS_SHEET);
  return {
    sheets: read.sheets.filter((s) => s !== settings).map((s) => s.grid),
    names: read.names,
    settings: settings ? settingsOf(settings.grid) : {},
  };
}

/** The worksheets in tab order, as parts (chart sheets and other sheets without cells left out). */
function worksheetsOf(parts: PackageParts, workbook: ReturnType<typeof readWorkbookPart>): SheetPart[] {
  const rels = parts.relationships(WORKBOOK);
  if (workbook.sheets.length && rels.size === 0)
    throw new PackageError("xl/_rels/workbook.xml.rels", "缺少工作表的位置");
  const out: SheetPart[] = [];
  for (const { name, relId } of workbook.sheets) {
    const rel = rels.get(relId);
    // Chart sheets (and dialog or macro sheets) hold no cells; exceljs leaves them out too.
    if (!rel || rel.external || rel.type !== "worksheet") continue;
    if (!parts.has(rel.target)) throw new PackageError(rel.target, `工作表「${name}」的内容缺失`);
    out.push({ name, part: rel.target });
  }
  return out;
}

export function readWorksheets(parts: PackageParts): WorkbookSheets {
  const workbook = readWorkbookPart(parts.xml(WORKBOOK));
  const worksheets = worksheetsOf(parts, workbook);
  // exceljs finds these two by name, not through the relationships; so does this reader.
  const sharedStrings = parts.has("xl/sharedStrings.xml") ? readSharedStrings(parts.xml("xl/sharedStrings.xml")) : [];
  const numFmts = parts.has("xl/styles.xml") ? readNumFmts(parts.xml("xl/styles.xml")) : [];

  const sheets = worksheets.map((sheet) => {
    const ctx: SheetContext = {
      sharedStrings,
      numFmts,
      date1904: workbook.date1904,
      notes: notesOf(parts, sheet.part),
    };
    return { sheet, grid: readWorksheet(parts.xml(sheet.part), sheet.name, ctx) };
  });
  return { sheets, names: readDefinedNames(workbook.names) };
}

function notesOf(parts: PackageParts, sheetPart: string): Map<string, string> {
  let notes = new Map<string, string>();
  for (const rel of parts.relationships(sheetPart).values()) {
    // exceljs fails on a comments relationship whose part is missing; without its notes the sheet still reads.
    if (rel.type === "comments" && !rel.external && parts.has(rel.target)) notes = readComments(parts.xml(rel.target));
  }
  return notes;
}

/** The settings sheet's key/value rows, as exceljs's reading took them (text keys, any value as text). */
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
