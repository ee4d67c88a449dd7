/**
 * How a specimen workbook is written down: each sheet as the grid a clerk's file shows, row by row, every cell as the
 * published table prints it. scripts/make-specimens.ts turns the grid into an .xlsx (values, number formats, merged
 * areas, borders); samples/specimens/README.md says where each specimen comes from and what was completed.
 *
 * A grid row lists every column of the table, left to right. Two markers join a cell to a neighbour into one merged
 * area, the way the printed form merges it: `L` joins it to the cell on its left, `U` to the cell above. So a label
 * over three columns is `["项目名称", L, L]`, and a vertical 一级 label over three rows is "产出指标" in the first row and
 * `U` in the two below. The anchor (top-left) cell of an area holds the text.
 */

/**
 * A cell as the specimen prints it. Figures become numbers with the decimals shown ("10.00" → 10 formatted 0.00,
 * "86.19%" → 0.8619 formatted 0.00%, "215,457.6" → a grouped number); anything else — "≧20000亩", "3359.62万",
 * "—", "及时" — stays text, as a person typed it.
 */
export type Printed = string;

/** Joins a cell to the cell on its left (same merged area). */
export const L = "←";
/** Joins a cell to the cell above it (same merged area). */
export const U = "↑";

/** A cell whose stored value differs from what the specimen prints, or that must stay text, or prints vertically. */
export type CellSpec =
  | { number: number; numFmt: string; vertical?: undefined; text?: undefined }
  | { text: string; vertical?: boolean; number?: undefined; numFmt?: undefined };

export type Entry = Printed | CellSpec;

export type Row =
  /** A heading over the whole width of the table, no borders: the title, the year line. */
  | { kind: "title"; text: string; size: number }
  /** Text outside the table's frame (单位名称:… 填报日期:…, 一、项目基本情况); `L` merges here too. */
  | { kind: "line"; cells: Entry[] }
  /** An empty row between two tables on one sheet; the page breaks after it. */
  | { kind: "gap" }
  /** A bordered row of the table; `head` makes its labels bold. */
  | { kind: "grid"; cells: Entry[]; head: boolean };

export interface SpecimenSheet {
  name: string;
  /** The top-left cell of the first row (the title): the offset of the whole block on the sheet. */
  at: string;
  /** Column widths, one per column of the grid. */
  widths: number[];
  rows: Row[];
  /** Page footer, e.g. "-&P-" where the specimen numbers its pages. */
  footer?: string;
}

export interface SpecimenWorkbook {
  /** The specimen's file name without extension; the workbook is `<file>.xlsx`. */
  file: string;
  /** Where the published table was found. */
  source: string;
  sheets: SpecimenSheet[];
}

// ---------------------------------------------------------------------------------------------------------------
// Shorthands for the data modules

export function title(text: string, size = 16): Row {
  return { kind: "title", text, size };
}

/** The year line under a title, "(2023年度)". */
export function subtitle(text: string): Row {
  return { kind: "title", text, size: 11 };
}

export function line(...cells: Entry[]): Row {
  return { kind: "line", cells };
}

export function gap(): Row {
  return { kind: "gap" };
}

export function row(...cells: Entry[]): Row {
  return { kind: "grid", cells, head: false };
}

export function head(...cells: Entry[]): Row {
  return { kind: "grid", cells, head: true };
}

/** Printed vertically in a narrow merged column (绩 效 指 标). */
export function vertical(text: string): CellSpec {
  return { text, vertical: true };
}

/** Text even where it looks like a figure. */
export function text(value: string): CellSpec {
  return { text: value };
}

/** A number stored with a format of its own, where the printed text alone would not say what the cell holds. */
export function stored(number: number, numFmt: string): CellSpec {
  return { number, numFmt };
}
