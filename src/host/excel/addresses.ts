// Addresses as Office.js reports them: `Sheet1!A1:B4`, `'My Sheet'!$A$1`, and RangeAreas lists such as
// `Sheet1!A1:B4, Sheet1!D1:D4`. A sheet name with a comma or a space is always quoted, so splitting is safe.
import { Area, parseAreaA1 } from "../../core/grid/address";
import { NameWrite } from "../../core/plan/write-plan";

export interface SheetArea {
  sheet: string;
  area: Area;
}

const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const SHEET_AREA = new RegExp(String.raw`(?:'((?:[^']|'')+)'|([^!,'\s]+))!(${CELL}(?::${CELL})?)`, "g");

/** Every `sheet!area` in `text`, in order; anything else (a constant, `#REF!`) yields nothing. */
export function parseSheetAreas(text: string): SheetArea[] {
  const out: SheetArea[] = [];
  for (const m of text.replace(/^=/, "").matchAll(SHEET_AREA)) {
    const area = parseAreaA1(m[3]);
    if (area) out.push({ sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], area });
  }
  return out;
}

/** The one `sheet!area` in `text`, or null. */
export function parseSheetArea(text: string): SheetArea | null {
  const all = parseSheetAreas(text);
  return all.length === 1 ? all[0] : null;
}

/** A defined name over the one `sheet!area` of its address; none for a name that points elsewhere. */
export function definedName(name: string, address: string): NameWrite[] {
  const at = parseSheetArea(address);
  return at ? [{ name, sheet: at.sheet, area: at.area }] : [];
}
