// Addresses as the ET object model gives them: `Range.Address(false, false)` is `B2:I26` (or `B2`, or for a range of
// several areas `A1:B2,D4`), `Name.RefersTo` a formula such as `='项目 1'!$A$1:$H$13`.
import { Area, parseAreaA1 } from "../../core/grid/address";

export interface SheetArea {
  sheet: string;
  area: Area;
}

/** The areas of an `Address` answer, in order; null when any part is not an address. */
export function areasOf(address: unknown): Area[] | null {
  if (typeof address !== "string" || !address) return null;
  const out: Area[] = [];
  for (const part of address.split(",")) {
    const area = parseAreaA1(part.replace(/\$/g, ""));
    if (!area) return null;
    out.push(area);
  }
  return out;
}

/** The one area of an `Address` answer, or null. */
export function areaOf(address: unknown): Area | null {
  const areas = areasOf(address);
  return areas?.length === 1 ? areas[0] : null;
}

/** Splits a reference list at the commas that are not inside a quoted sheet name. */
function parts(text: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "'") quoted = !quoted;
    else if (text[i] === "," && !quoted) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

/**
 * Every `sheet!area` a defined name refers to, in order; nothing for a name that is a constant, a formula, or refers
 * to another workbook or to `#REF!`.
 */
export function referencedAreas(refersTo: unknown): SheetArea[] {
  if (typeof refersTo !== "string" || !refersTo.startsWith("=")) return [];
  const out: SheetArea[] = [];
  for (const part of parts(refersTo.slice(1))) {
    const bang = part.lastIndexOf("!");
    if (bang < 0) return [];
    const sheetText = part.slice(0, bang).trim();
    const quotedName = /^'((?:[^']|'')+)'$/.exec(sheetText);
    const sheet = quotedName ? quotedName[1].replace(/''/g, "'") : sheetText;
    const area = parseAreaA1(part.slice(bang + 1).replace(/\$/g, ""));
    if (!area || !sheet || /[[\]]/.test(sheet)) return [];
    out.push({ sheet, area });
  }
  return out;
}
