// A1 addresses. Rows and columns are 1-based everywhere in the core, as in Excel.

/** The last row and column (XFD) of an Excel sheet. */
export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_384;

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

export function colLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(row: number, col: number, absolute = false): string {
  return absolute ? `$${colLetters(col)}$${row}` : `${colLetters(col)}${row}`;
}

export function areaA1(area: Area, absolute = false): string {
  return `${a1(area.top, area.left, absolute)}:${a1(area.bottom, area.right, absolute)}`;
}

const A1_RE = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

export function parseA1(text: string): { row: number; col: number } | null {
  const m = A1_RE.exec(text.trim());
  return m ? { row: Number(m[2]), col: colNumber(m[1]) } : null;
}

export function parseAreaA1(text: string): Area | null {
  const [from, to = from] = text.split(":");
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) return null;
  return areaBetween(a, b);
}

/** The area with these two cells at opposite corners, in either order. */
export function areaBetween(a: { row: number; col: number }, b: { row: number; col: number }): Area {
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** Sheet names that are not plain identifiers are quoted in formulas: 'My Sheet'!A1. */
export function quoteSheet(sheet: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff.]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet)
    ? sheet
    : `'${sheet.replace(/'/g, "''")}'`;
}

/** `Sheet!A1`, the address form of the report contract. */
export function refA1(ref: CellRef): string {
  return `${quoteSheet(ref.sheet)}!${a1(ref.row, ref.col)}`;
}

/** Parses `Sheet!A1` or `'My Sheet'!$A$1`. */
export function parseRefA1(text: string): CellRef | null {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(text.trim());
  if (!m) return null;
  const cell = parseA1(m[3]);
  if (!cell) return null;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], ...cell };
}

export function sameRef(a: CellRef, b: CellRef): boolean {
  return a.sheet === b.sheet && a.row === b.row && a.col === b.col;
}

/** The same rectangle. */
export function sameArea(a: Area, b: Area): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

/** Every cell of an area, row by row. */
export function areaCells(area: Area): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (let row = area.top; row <= area.bottom; row++)
    for (let col = area.left; col <= area.right; col++) out.push({ row, col });
  return out;
}

/** Two areas share at least one cell. */
export function areasIntersect(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function areaContains(area: Area, row: number, col: number): boolean {
  return row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;
}
