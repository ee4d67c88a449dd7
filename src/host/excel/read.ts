// The whole workbook in three syncs, whatever the number of sheets and tables:
//   1. the lists: sheet names, defined names, settings, notes;
//   2. per sheet the used range's address, per name its range, per note its cell;
//   3. the cells — values, formulas, number formats, value types — of every used range, and its merged areas, in
//      one batch.
// Step 3 is sized from step 2's addresses: when the cells would pass the payload budget they are read in row
// blocks over several syncs (and a block Excel still finds too large is halved), so the count of three holds for
// workbooks below the budget (about 40 000 cells) and grows with the size of the data beyond it, never with the
// number of tables.
// Merged areas: getMergedAreasOrNullObject fails on a range with more than 512 of them and returns only those
// whose top-left cell is in the range (OfficeDev/office-js#3611). So each block is asked in pieces of at most 512
// cells — no piece can hold more than 512 top-left cells — all queued in the block's one sync, and every merged
// area is found exactly once, by the piece that holds its top-left cell. Those outside the used range hold no
// value (a merged area's value is its top-left cell's). Each area comes from `areas.items[].address`, one
// rectangle per string, never from parsing the one `address` of all of them.
import { Area, areaA1 } from "../../core/grid/address";
import { CellData, Grid } from "../../core/grid/grid";
import { DefinedName, WorkbookData } from "../../app/host";
import { XlContext, XlRange, XlRangeAreas, XlWorksheet } from "./api";
import { definedName, parseSheetArea } from "./addresses";
import { cellData } from "./cells";
import { isPayloadLimit, syncWithin } from "./errors";
import { ExcelFeatures } from "./features";
import { READ_BYTES_PER_CELL, actionBytes, packByBudget } from "./payload";

export interface SyncOptions {
  timeoutMs: number;
  payloadBudget: number;
}

/**
 * The very hidden sheet where the file host (the CLI) keeps the add-in's settings. Excel keeps them in
 * workbook.settings; a workbook that went through the CLI is read the same way here (workbook.settings win).
 */
export const FILE_SETTINGS_SHEET = "_jixiao";

interface SheetLayout {
  worksheet: XlWorksheet;
  name: string;
  used: XlRange;
}

interface Block {
  sheet: number;
  worksheet: XlWorksheet;
  area: Area;
  /** Read the merged areas too (ExcelApi 1.13). */
  merges: boolean;
}

interface LoadedBlock {
  block: Block;
  range: XlRange;
  merged: XlRangeAreas[];
}

/** getMergedAreasOrNullObject fails above this many merged areas in its range. */
export const MERGED_AREAS_PER_CALL = 512;

export async function readWorkbook(
  context: XlContext,
  features: ExcelFeatures,
  options: SyncOptions,
  sheetNames?: string[],
): Promise<WorkbookData> {
  const workbook = context.workbook;
  const worksheets = workbook.worksheets;
  worksheets.load("items/name");
  const names = workbook.names;
  names.load("items/name,items/type,items/value");
  const settings = features.settingsAndNames ? workbook.settings : undefined;
  settings?.load("items/key,items/value");
  const notes = features.notes ? workbook.notes : undefined;
  notes?.load("items/content");
  await syncWithin(context, options.timeoutMs);

  const wanted = worksheets.items.filter(
    (ws) => ws.name === FILE_SETTINGS_SHEET || !sheetNames || sheetNames.includes(ws.name),
  );
  const layouts: SheetLayout[] = wanted.map((worksheet) => {
    const used = usedRangeOf(worksheet, features);
    used.load("address");
    return { worksheet, name: worksheet.name, used };
  });
  const namedRanges = features.orNullObject
    ? names.items
        .filter((item) => item.type === "Range")
        .map((item) => {
          const range = item.getRangeOrNullObject();
          range.load("address");
          return { name: item.name, range };
        })
    : [];
  const noteCells = (notes?.items ?? []).map((note) => {
    const location = note.getLocation();
    location.load("address");
    return { content: note.content, location };
  });
  await syncWithin(context, options.timeoutMs);

  const blocks: Block[] = layouts.flatMap((layout, sheet) => {
    const area = layout.used.isNullObject ? null : parseSheetArea(layout.used.address)?.area;
    return area
      ? rowBlocks(area, options.payloadBudget, bytesPerCell(features.mergedAreas)).map((a): Block => ({
          sheet,
          worksheet: layout.worksheet,
          area: a,
          merges: features.mergedAreas,
        }))
      : [];
  });
  const loaded: LoadedBlock[] = [];
  for (const group of packByBudget(blocks, blockBytes, options.payloadBudget)) {
    loaded.push(...(await loadBlocks(context, options, group)));
  }

  const rows = layouts.map(() => [] as (CellData | undefined)[][]);
  const merges = layouts.map(() => [] as Area[]);
  for (const { block, range, merged } of loaded) {
    fillRows(rows[block.sheet], block.area, range);
    merges[block.sheet].push(...merged.flatMap(mergedAreasOf));
  }
  for (const { content, location } of noteCells) attachNote(layouts, rows, location.address, content);

  const grids = layouts.map((layout, i) => new Grid(layout.name, rows[i], merges[i]));
  const fileSettings = grids.find((g) => g.name === FILE_SETTINGS_SHEET);
  const excelSettings = Object.fromEntries((settings?.items ?? []).map((s) => [s.key, settingText(s.value)]));
  const definedNames: DefinedName[] = features.orNullObject
    ? namedRanges.flatMap(({ name, range }) => definedName(name, range.isNullObject ? "" : range.address))
    : names.items.filter((item) => item.type === "Range").flatMap((item) => definedName(item.name, String(item.value)));
  return {
    sheets: grids.filter((g) => g !== fileSettings && (!sheetNames || sheetNames.includes(g.name))),
    names: definedNames,
    settings: { ...(fileSettings ? settingsFromSheet(fileSettings) : {}), ...excelSettings },
  };
}

function usedRangeOf(worksheet: XlWorksheet, features: ExcelFeatures): XlRange {
  // valuesOnly: a column formatted to the bottom of the sheet would otherwise make the used range a million rows.
  if (features.orNullObject) return worksheet.getUsedRangeOrNullObject(true);
  return features.valuesOnlyUsedRange ? worksheet.getUsedRange(true) : worksheet.getUsedRange();
}

/** The used area cut into row blocks that each fit the budget. */
function rowBlocks(area: Area, budget: number, perCell: number): Area[] {
  const width = area.right - area.left + 1;
  const rowsPerBlock = Math.max(1, Math.floor(budget / (width * perCell)));
  const out: Area[] = [];
  for (let top = area.top; top <= area.bottom; top += rowsPerBlock)
    out.push({ ...area, top, bottom: Math.min(area.bottom, top + rowsPerBlock - 1) });
  return out;
}

/** Pieces of the area of at most MERGED_AREAS_PER_CALL cells each: whole rows where the area is narrow enough. */
export function mergePieces(area: Area): Area[] {
  const out: Area[] = [];
  for (let left = area.left; left <= area.right; left += MERGED_AREAS_PER_CALL) {
    const right = Math.min(area.right, left + MERGED_AREAS_PER_CALL - 1);
    const rowsPerPiece = Math.max(1, Math.floor(MERGED_AREAS_PER_CALL / (right - left + 1)));
    for (let top = area.top; top <= area.bottom; top += rowsPerPiece)
      out.push({ top, left, bottom: Math.min(area.bottom, top + rowsPerPiece - 1), right });
  }
  return out;
}

/**
 * At worst a merged area starts in every second cell (each covers two cells or more), and its address comes back
 * in about 40 bytes: 20 bytes per cell read.
 */
const MERGE_BYTES_PER_CELL = 20;

function bytesPerCell(merges: boolean): number {
  return READ_BYTES_PER_CELL + (merges ? MERGE_BYTES_PER_CELL : 0);
}

function blockBytes(block: Block): number {
  const cells = (block.area.bottom - block.area.top + 1) * (block.area.right - block.area.left + 1);
  const pieces = block.merges ? actionBytes(2 * mergePieces(block.area).length) : 0;
  return cells * bytesPerCell(block.merges) + pieces;
}

/** The rectangles of one piece's merged areas; a null RangeAreas (no merged area starts there) has none. */
function mergedAreasOf(merged: XlRangeAreas): Area[] {
  if (merged.isNullObject) return [];
  return merged.areas.items.flatMap((range) => parseSheetArea(range.address)?.area ?? []);
}

/** One sync for the group; when Excel still finds it too large, the group is halved and each half read alone. */
async function loadBlocks(context: XlContext, options: SyncOptions, group: Block[]): Promise<LoadedBlock[]> {
  const loaded = group.map((block): LoadedBlock => {
    const range = block.worksheet.getRange(areaA1(block.area));
    range.load("values,formulas,numberFormat,valueTypes");
    const merged = block.merges
      ? mergePieces(block.area).map((piece) => {
          const areas = block.worksheet.getRange(areaA1(piece)).getMergedAreasOrNullObject();
          areas.load("areaCount,areas/items/address");
          return areas;
        })
      : [];
    return { block, range, merged };
  });
  try {
    await syncWithin(context, options.timeoutMs);
    return loaded;
  } catch (error) {
    const halves = isPayloadLimit(error) ? halve(group) : null;
    if (!halves) throw error;
    return [...(await loadBlocks(context, options, halves[0])), ...(await loadBlocks(context, options, halves[1]))];
  }
}

function halve(group: Block[]): [Block[], Block[]] | null {
  if (group.length > 1) return [group.slice(0, group.length >> 1), group.slice(group.length >> 1)];
  const [b] = group;
  if (b.area.bottom === b.area.top) return null;
  const mid = (b.area.top + b.area.bottom) >> 1;
  return [[{ ...b, area: { ...b.area, bottom: mid } }], [{ ...b, area: { ...b.area, top: mid + 1 } }]];
}

function fillRows(rows: (CellData | undefined)[][], area: Area, range: XlRange): void {
  const values = range.values;
  const formulas = range.formulas;
  const formats = range.numberFormat;
  const types = range.valueTypes;
  for (let i = 0; i < values.length; i++) {
    for (let j = 0; j < values[i].length; j++) {
      const data = cellData({
        value: values[i][j],
        formula: formulas[i]?.[j],
        numberFormat: formats[i]?.[j],
        valueType: types[i]?.[j],
      });
      if (data) (rows[area.top + i - 1] ??= [])[area.left + j - 1] = data;
    }
  }
}

function attachNote(layouts: SheetLayout[], rows: (CellData | undefined)[][][], address: string, content: string) {
  const at = parseSheetArea(address);
  const sheet = at ? layouts.findIndex((l) => l.name === at.sheet) : -1;
  if (!at || sheet < 0 || !content) return;
  const row = (rows[sheet][at.area.top - 1] ??= []);
  row[at.area.left - 1] = { ...(row[at.area.left - 1] ?? { value: null }), note: content };
}

function settingText(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

function settingsFromSheet(grid: Grid): Record<string, string> {
  const out: Record<string, string> = {};
  for (let r = 1; r <= grid.rowCount; r++) {
    const key = grid.cell(r, 1)?.value;
    const value = grid.cell(r, 2)?.value;
    if (typeof key === "string" && value !== null && value !== undefined) out[key] = String(value);
  }
  return out;
}
