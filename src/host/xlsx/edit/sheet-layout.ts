// Where things are in a worksheet part's text: its top-level elements, each row and cell of <sheetData>, the
// formulas that cells share, and whether the sheet is protected. Rows and cells are numbered as the package reader
// numbers them (a row or cell without r follows the one before).
import { parseCellRef } from "../package/cell-address";
import { XmlScanner, xsdTrue } from "../package/xml";
import { PartLayout, Span, prefixOf, readLayout, selfClosing, tagEnd } from "./xml-text";

export interface CellSpan extends Span {
  col: number;
  /** After its opening tag. */
  openEnd: number;
  /** Written with r="…" (a cell without it is placed after the previous one). */
  hasRef: boolean;
}

export interface RowSpan extends Span {
  row: number;
  openEnd: number;
  /** Where </row> starts (its end when the row closes itself). */
  closeStart: number;
  hasRef: boolean;
  cells: CellSpan[];
}

/** A cell whose formula is its group's master formula, moved to the cell (<f t="shared" si="…"/>). */
export interface SharedMember {
  row: number;
  col: number;
  /** The span of its <f> element. */
  f: Span;
}

export interface SharedGroup {
  master?: { row: number; col: number; formula: string };
  members: SharedMember[];
}

export interface SheetLayout extends PartLayout {
  text: string;
  part: string;
  /** The prefix the sheet's elements carry ("x:" or ""), for the elements written into it. */
  prefix: string;
  rows: RowSpan[];
  /** Where </sheetData> starts; -1 when <sheetData/> closes itself. */
  sheetDataClose: number;
  shared: Map<string, SharedGroup>;
  /** <sheetProtection sheet="1">: Excel refuses to write into its cells. */
  protected: boolean;
}

export function readSheetLayout(text: string, part: string): SheetLayout {
  const x = new XmlScanner(text, part);
  let rows: RowSpan[] = [];
  const shared = new Map<string, SharedGroup>();
  let sheetDataClose = -1;
  let locked = false;
  // Markup the quick reading of rows does not follow (comments, CDATA, processing instructions), and shared
  // formulas (whose members an edit may have to rewrite), send the sheet down the scanner's path.
  // (The word "shared" is looked for first: a plain search is much quicker than the pattern over the whole text.)
  const plain =
    text.indexOf("<!", 0) < 0 &&
    text.indexOf("<?", 5) < 0 &&
    (text.indexOf("shared") < 0 || !/\st\s*=\s*["']shared["']/.test(text));
  const layout = readLayout(x, (name, x) => {
    if (name === "sheetProtection") locked = xsdTrue(x.attr("sheet"));
    if (selfClosing(text, x.tagEnd)) return false;
    if (name !== "sheetData") return plain && LONG_LISTS.has(name) && skipQuickly(x, text);
    const quick = plain ? quickSheetData(text, x.tagEnd, prefixOf(x.qname), part) : undefined;
    if (quick) {
      rows = quick.rows;
      sheetDataClose = quick.close;
      x.resumeAt(quick.close);
      x.next();
    } else sheetDataClose = readSheetData(x, rows, shared);
    return true;
  });
  return {
    ...layout,
    text,
    part,
    prefix: prefixOf(layout.rootQname),
    rows,
    sheetDataClose,
    shared,
    protected: locked,
  };
}

/**
 * Lists of many small elements that never hold an element of their own name, so the first closing tag of their name
 * ends them (not so mc:AlternateContent, which may wrap controls wrapped in mc:AlternateContent, or extLst).
 */
const LONG_LISTS = new Set(["cols", "mergeCells", "conditionalFormatting", "dataValidations", "hyperlinks"]);

/**
 * Skips the element just opened by finding its closing tag, for a sheet the reader has already checked: the merged
 * areas and validation rules of a sheet are thousands of tags the scanner would otherwise read one by one.
 */
function skipQuickly(x: XmlScanner, text: string): boolean {
  const close = text.indexOf(`</${x.qname}>`, x.tagEnd);
  if (close < 0) return false;
  x.resumeAt(close);
  x.next();
  return true;
}

/**
 * The rows of a <sheetData> found by their tags alone, for a sheet the reader has already checked: much quicker than
 * scanning every token, and enough to place edits. A row's cells are found when an edit first asks for them
 * (QuickRow): a plan writes into a few rows of each sheet. Undefined when the sheet data holds anything but rows;
 * the scanner then reads it.
 */
function quickSheetData(
  text: string,
  from: number,
  p: string,
  part: string,
): { rows: RowSpan[]; close: number } | undefined {
  const rowOpen = `<${p}row`;
  const rowClose = `</${p}row>`;
  const end = `</${p}sheetData>`;
  const rows: RowSpan[] = [];
  let previousRow = 0;
  for (let i = text.indexOf("<", from); i >= 0;) {
    if (text.startsWith(end, i)) return { rows, close: i };
    if (!tagNamed(text, i, rowOpen)) return undefined;
    const openEnd = tagEnd(text, i);
    const r = refIn(text, i, openEnd);
    const number = r !== undefined ? Number(r) : previousRow + 1;
    let closeStart = openEnd;
    let rowEnd = openEnd;
    if (!selfClosing(text, openEnd)) {
      // No comment or CDATA in the sheet (else it would not be read here), so a row's first </row> closes it.
      closeStart = text.indexOf(rowClose, openEnd);
      if (closeStart < 0) return undefined;
      rowEnd = closeStart + rowClose.length;
    }
    rows.push(new QuickRow(text, p, part, number, r !== undefined, i, openEnd, closeStart, rowEnd));
    previousRow = number;
    i = text.indexOf("<", rowEnd);
  }
  return undefined;
}

/** A row of the quick reading, its cells read on first use. */
class QuickRow implements RowSpan {
  private read?: CellSpan[];

  constructor(
    private readonly text: string,
    private readonly prefix: string,
    private readonly part: string,
    readonly row: number,
    readonly hasRef: boolean,
    readonly start: number,
    readonly openEnd: number,
    readonly closeStart: number,
    readonly end: number,
  ) {}

  get cells(): CellSpan[] {
    return (this.read ??= quickCells(this.text, this.prefix, this) ?? this.scannedCells());
  }

  /** A row holding more than cells (an extLst) is read by the scanner, as the reader read it. */
  private scannedCells(): CellSpan[] {
    const x = new XmlScanner(this.text.slice(this.start, this.end), this.part);
    x.next();
    // Offsets in the row's own text: the row starts at 0.
    const row: RowSpan = { row: this.row, hasRef: this.hasRef, start: 0, openEnd: 0, closeStart: 0, end: 0, cells: [] };
    readRow(x, row, new Map());
    const shift = this.start;
    return row.cells.map((c) => ({ ...c, start: c.start + shift, openEnd: c.openEnd + shift, end: c.end + shift }));
  }
}

/** The cells of a row by their tags alone; undefined when the row holds anything but cells. */
function quickCells(text: string, p: string, row: RowSpan): CellSpan[] | undefined {
  const cellOpen = `<${p}c`;
  const cellClose = `</${p}c>`;
  const cells: CellSpan[] = [];
  let previousCol = 0;
  for (let j = text.indexOf("<", row.openEnd); j >= 0 && j < row.closeStart;) {
    if (!tagNamed(text, j, cellOpen)) return undefined;
    const cellOpenEnd = tagEnd(text, j);
    const cellEnd = selfClosing(text, cellOpenEnd)
      ? cellOpenEnd
      : text.indexOf(cellClose, cellOpenEnd) + cellClose.length;
    if (cellEnd < cellOpenEnd || cellEnd > row.closeStart) return undefined;
    const ref = refIn(text, j, cellOpenEnd);
    const at = ref !== undefined ? parseCellRef(ref) : null;
    const col = at ? at.col : previousCol + 1;
    previousCol = col;
    cells.push({ col, hasRef: ref !== undefined, start: j, openEnd: cellOpenEnd, end: cellEnd });
    j = text.indexOf("<", cellEnd);
  }
  return cells;
}

/**
 * The r attribute of the tag from `start` to `end`. Writers put it as ` r="…"` almost always, found without copying
 * the tag; any other spelling (quotes, spaces around =) is read by the pattern.
 */
function refIn(text: string, start: number, end: number): string | undefined {
  const k = text.indexOf(' r="', start);
  if (k >= 0 && k < end) {
    const close = text.indexOf('"', k + 4);
    if (close >= 0 && close < end) return text.slice(k + 4, close);
  }
  const m = /\sr\s*=\s*["']([^"']*)["']/.exec(text.slice(start, end));
  return m ? m[1] : undefined;
}

/** Whether the tag at `i` is `name` (followed by a space, `>` or `/`, not a longer name). */
function tagNamed(text: string, i: number, name: string): boolean {
  if (!text.startsWith(name, i)) return false;
  const c = text.charCodeAt(i + name.length);
  return c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;
}

/** Reads the rows of the <sheetData> just opened; returns where its closing tag starts. */
function readSheetData(x: XmlScanner, rows: RowSpan[], shared: Map<string, SharedGroup>): number {
  let previousRow = 0;
  return x.children("row", () => {
    const r = x.attr("r");
    const row: RowSpan = {
      row: r !== undefined ? Number(r) : previousRow + 1,
      hasRef: r !== undefined,
      start: x.tagStart,
      openEnd: x.tagEnd,
      closeStart: x.tagEnd,
      end: x.tagEnd,
      cells: [],
    };
    readRow(x, row, shared);
    rows.push(row);
    previousRow = row.row;
  });
}

function readRow(x: XmlScanner, row: RowSpan, shared: Map<string, SharedGroup>): void {
  let previousCol = 0;
  const close = x.children("c", () => {
    const ref = x.attr("r");
    const at = ref !== undefined ? parseCellRef(ref) : null;
    // The reader has refused a sheet whose addresses it cannot place; the same rule applies here.
    const col = at ? at.col : previousCol + 1;
    previousCol = col;
    const cell: CellSpan = { col, hasRef: ref !== undefined, start: x.tagStart, openEnd: x.tagEnd, end: x.tagEnd };
    readCell(x, row.row, col, shared);
    cell.end = x.tagEnd;
    row.cells.push(cell);
  });
  // A row that closes itself shares its one tag: its end is where it "closes".
  row.closeStart = close === row.start ? x.tagEnd : close;
  row.end = x.tagEnd;
}

function readCell(x: XmlScanner, row: number, col: number, shared: Map<string, SharedGroup>): void {
  x.children("f", () => {
    if (x.attr("t") !== "shared") return;
    const si = x.attr("si") ?? "";
    const isMaster = x.attr("ref") !== undefined;
    const start = x.tagStart;
    const formula = x.textContent();
    const group = shared.get(si) ?? shared.set(si, { members: [] }).get(si)!;
    if (isMaster) group.master = { row, col, formula };
    // As the reader reads them: a member takes the master's formula only when it has none of its own and follows a
    // master of its group.
    else if (!formula && group.master) group.members.push({ row, col, f: { start, end: x.tagEnd } });
  });
}
