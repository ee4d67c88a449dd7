/**
 * Writes one workbook per published specimen into samples/specimens/: each table the way a clerk's file of that
 * layout looks (title row, the table away from A1, merged labels and two-row headers, figures as numbers with the
 * decimals printed, units and comparators as text where the form prints them).
 *
 *   npx ts-node --transpile-only scripts/make-specimens.ts      (part of npm run sample)
 *
 * The grids are in samples/specimens/data/, one module per specimen; test/specimens/workbooks.test.ts proves the
 * committed files are exactly what this script writes.
 */
import ExcelJS from "exceljs";
import { mkdirSync } from "fs";
import { join } from "path";
import { SPECIMENS } from "../samples/specimens/data";
import { Entry, L, Row, SpecimenSheet, SpecimenWorkbook, U } from "../samples/specimens/specimen";
import { BOX, displayWidth, FONT, LINE_HEIGHT, PrintedCell, readPrinted } from "./make-sample";

export const SPECIMENS_DIR = join(__dirname, "..", "samples", "specimens");

export function specimenPath(spec: SpecimenWorkbook, dir: string = SPECIMENS_DIR): string {
  return join(dir, `${spec.file}.xlsx`);
}

// ---------------------------------------------------------------------------------------------------------------
// Printed text → cell value

/** "215,457.6", "9,034": a figure printed with thousands separators. */
const GROUPED = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

export interface SpecimenCell extends PrintedCell {
  vertical?: boolean;
}

/** What a person would have typed for a printed cell (see readPrinted), plus grouped figures and explicit cells. */
export function readSpecimenCell(entry: Entry): SpecimenCell {
  if (typeof entry !== "string") {
    if (entry.number !== undefined) return { value: entry.number, numFmt: entry.numFmt };
    return { value: entry.text === "" ? null : entry.text, vertical: entry.vertical };
  }
  const trimmed = entry.trim();
  if (GROUPED.test(trimmed)) {
    const decimals = trimmed.split(".")[1]?.length ?? 0;
    return {
      value: Number(trimmed.replace(/,/g, "")),
      numFmt: `#,##0${decimals > 0 ? `.${"0".repeat(decimals)}` : ""}`,
    };
  }
  return readPrinted(entry);
}

// ---------------------------------------------------------------------------------------------------------------
// Merged areas from the L / U markers

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * The merged areas of a sheet's rows, keyed by anchor ("r,c", 0-based within the grid), single cells included.
 * Throws where the markers do not describe rectangles, so a slip in a data module cannot produce a skewed merge.
 */
export function gridAreas(sheet: SpecimenSheet): Map<string, Area> {
  const anchorOf = new Map<string, string>();
  const areas = new Map<string, Area>();
  const counts = new Map<string, number>();
  const where = (r: number, c: number) => `${sheet.name} row ${r + 1} column ${c + 1}`;
  sheet.rows.forEach((row, r) => {
    const cells = cellsOf(row);
    if (row.kind === "grid" && cells.length !== sheet.widths.length)
      throw new Error(`${where(r, 0)}: ${cells.length} cells for ${sheet.widths.length} columns`);
    if (cells.length > sheet.widths.length) throw new Error(`${where(r, 0)}: more cells than columns`);
    cells.forEach((entry, c) => {
      let anchor = `${r},${c}`;
      if (entry === L || entry === U) {
        const from = entry === L ? `${r},${c - 1}` : `${r - 1},${c}`;
        const joined = anchorOf.get(from);
        if (!joined) throw new Error(`${where(r, c)}: ${entry} joins nothing`);
        anchor = joined;
      } else {
        areas.set(anchor, { top: r, left: c, bottom: r, right: c });
      }
      anchorOf.set(`${r},${c}`, anchor);
      const area = areas.get(anchor)!;
      area.bottom = Math.max(area.bottom, r);
      area.right = Math.max(area.right, c);
      counts.set(anchor, (counts.get(anchor) ?? 0) + 1);
    });
  });
  for (const [anchor, a] of areas) {
    if (counts.get(anchor) !== (a.bottom - a.top + 1) * (a.right - a.left + 1))
      throw new Error(`${where(a.top, a.left)}: the merged area is not a rectangle`);
  }
  return areas;
}

function cellsOf(row: Row): Entry[] {
  return row.kind === "grid" || row.kind === "line" ? row.cells : [];
}

// ---------------------------------------------------------------------------------------------------------------
// Writing

/** Columns left of the table: a narrow margin, as clerks' files have. */
const MARGIN_WIDTH = 3;

function linesFor(text: string, width: number): number {
  return text
    .split("\n")
    .reduce((n, paragraph) => n + Math.max(1, Math.ceil(displayWidth(paragraph) / Math.max(1, width - 2))), 0);
}

function writeSheet(wb: ExcelJS.Workbook, sheet: SpecimenSheet): void {
  const ws = wb.addWorksheet(sheet.name, {
    pageSetup: { paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: "normal", showGridLines: true }],
  });
  if (sheet.footer) ws.headerFooter = { oddFooter: sheet.footer };
  const origin = ws.getCell(sheet.at);
  const top = Number(origin.row);
  const left = Number(origin.col);
  for (let c = 1; c < left; c++) ws.getColumn(c).width = MARGIN_WIDTH;
  sheet.widths.forEach((w, i) => (ws.getColumn(left + i).width = w));
  const areaWidth = (a: Area) => sheet.widths.slice(a.left, a.right + 1).reduce((s, w) => s + w, 0);

  const areas = gridAreas(sheet);
  const lines = new Map<number, number>();
  sheet.rows.forEach((row, r) => {
    const sheetRow = top + r;
    if (row.kind === "gap") {
      // One break after a run of empty rows: the next table starts a page.
      if (sheet.rows[r + 1]?.kind !== "gap") ws.getRow(sheetRow).addPageBreak();
      return;
    }
    if (row.kind === "title") {
      ws.mergeCells(sheetRow, left, sheetRow, left + sheet.widths.length - 1);
      const cell = ws.getCell(sheetRow, left);
      cell.value = row.text;
      cell.font = { ...FONT, size: row.size, bold: row.size > FONT.size! };
      cell.alignment = { horizontal: "center", vertical: "middle" };
      ws.getRow(sheetRow).height = row.size * 1.8;
      return;
    }
    // Borders on every cell of a grid row before merging, so merged areas are boxed too.
    if (row.kind === "grid") {
      for (let c = 0; c < sheet.widths.length; c++) {
        const cell = ws.getCell(sheetRow, left + c);
        cell.border = BOX;
        cell.font = FONT;
      }
    }
    row.cells.forEach((entry, c) => {
      const area = areas.get(`${r},${c}`);
      if (!area) return; // a cell joined to its neighbour
      if (area.bottom > area.top || area.right > area.left)
        ws.mergeCells(top + area.top, left + area.left, top + area.bottom, left + area.right);
      const cell = ws.getCell(sheetRow, left + c);
      const { value, numFmt, vertical } = readSpecimenCell(entry);
      cell.value = value;
      if (numFmt) cell.numFmt = numFmt;
      cell.font = { ...FONT, bold: row.kind === "grid" && row.head && typeof value === "string" };
      const width = areaWidth(area);
      // Narratives wrap from the left; short labels stay centred even where they wrap in a narrow column.
      const long = typeof value === "string" && displayWidth(value) > Math.max(width - 2, 24);
      cell.alignment = vertical
        ? { horizontal: "center", vertical: "middle", wrapText: true, textRotation: "vertical" }
        : { horizontal: long && row.kind === "grid" ? "left" : "center", vertical: "middle", wrapText: true };
      if (row.kind === "line") cell.alignment = { horizontal: "left", vertical: "middle" };
      if (typeof value === "string" && !vertical && area.bottom === area.top && row.kind === "grid")
        lines.set(sheetRow, Math.max(lines.get(sheetRow) ?? 1, linesFor(value, width)));
    });
  });
  for (const [sheetRow, count] of lines) {
    if (count > 1) ws.getRow(sheetRow).height = Math.ceil(count * LINE_HEIGHT + 6);
  }
}

export function buildSpecimenWorkbook(spec: SpecimenWorkbook): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "jixiao scripts/make-specimens.ts";
  // Fixed, so that two builds differ in nothing but the zip container's own timestamps.
  wb.created = new Date(Date.UTC(2024, 0, 1));
  wb.modified = wb.created;
  for (const sheet of spec.sheets) writeSheet(wb, sheet);
  return wb;
}

/** Writes every specimen workbook into `dir`; returns the paths written. */
export async function writeSpecimens(
  dir: string = SPECIMENS_DIR,
  specs: readonly SpecimenWorkbook[] = SPECIMENS,
): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (const spec of specs) {
    const path = specimenPath(spec, dir);
    await buildSpecimenWorkbook(spec).xlsx.writeFile(path);
    paths.push(path);
  }
  return paths;
}

if (require.main === module) {
  writeSpecimens().then(
    (paths) => console.log(`wrote ${paths.length} specimen workbooks into ${SPECIMENS_DIR}`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
