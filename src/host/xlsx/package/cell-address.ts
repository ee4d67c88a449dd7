// Cell and area references as a worksheet part writes them (r="B7", ref="A1:D1"), within Excel's sheet bounds.
import { Area, MAX_COL, MAX_ROW, areaBetween } from "../../../core/grid/address";

/** A1 (upper-case letters, `$` allowed) → row and column, or null when it is no cell of an Excel sheet. */
export function parseCellRef(text: string): { row: number; col: number } | null {
  let i = 0;
  let col = 0;
  let row = 0;
  const n = text.length;
  if (text.charCodeAt(i) === 36) i++;
  const lettersFrom = i;
  for (let ch = text.charCodeAt(i); ch >= 65 && ch <= 90 && i - lettersFrom < 3; ch = text.charCodeAt(++i)) {
    col = col * 26 + ch - 64;
  }
  if (i === lettersFrom) return null;
  if (text.charCodeAt(i) === 36) i++;
  const digitsFrom = i;
  for (let ch = text.charCodeAt(i); ch >= 48 && ch <= 57 && i - digitsFrom < 8; ch = text.charCodeAt(++i)) {
    row = row * 10 + ch - 48;
  }
  if (i !== n || i === digitsFrom) return null;
  return row >= 1 && row <= MAX_ROW && col <= MAX_COL ? { row, col } : null;
}

/** "A1:D3" or "A1" → the area (corners in any order), or null unless both corners are cells of a sheet. */
export function parseAreaRef(text: string): Area | null {
  const [from, to = from, ...rest] = text.split(":");
  if (rest.length) return null;
  const a = parseCellRef(from);
  const b = a && parseCellRef(to);
  return a && b ? areaBetween(a, b) : null;
}
