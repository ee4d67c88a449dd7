// Where things are in a worksheet part's text: its top-level elements, each row and cell of <sheetData>, the
// formulas that cells share, and whether the sheet is protected. Rows and cells are numbered as the package reader
// numbers them (a row or cell without r follows the one before).
import { parseCellRef } from "../package/cell-address";
import { CLOSE, OPEN, XmlScanner, xsdTrue } from "../package/xml";
import { PartLayout, Span, readLayout, selfClosing } from "./xml-text";

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
  const rows: RowSpan[] = [];
  const shared = new Map<string, SharedGroup>();
  let sheetDataClose = -1;
  let locked = false;
  const layout = readLayout(x, (name, x) => {
    if (name === "sheetProtection") locked = xsdTrue(x.attr("sheet"));
    if (name !== "sheetData") return false;
    if (selfClosing(text, x.tagEnd)) return false;
    sheetDataClose = readSheetData(x, rows, shared);
    return true;
  });
  const rootQname = layout.rootQname;
  const colon = rootQname.indexOf(":");
  return {
    ...layout,
    text,
    part,
    prefix: colon < 0 ? "" : rootQname.slice(0, colon + 1),
    rows,
    sheetDataClose,
    shared,
    protected: locked,
  };
}

/** Reads the rows of the <sheetData> just opened; returns where its closing tag starts. */
function readSheetData(x: XmlScanner, rows: RowSpan[], shared: Map<string, SharedGroup>): number {
  const depth = x.depth;
  let previousRow = 0;
  for (let t = x.next(); ; t = x.next()) {
    if (t === CLOSE && x.depth < depth) return x.tagStart;
    if (t !== OPEN) continue;
    if (x.name !== "row") {
      x.skip();
      continue;
    }
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
  }
}

function readRow(x: XmlScanner, row: RowSpan, shared: Map<string, SharedGroup>): void {
  const depth = x.depth;
  let previousCol = 0;
  for (let t = x.next(); ; t = x.next()) {
    if (t === CLOSE && x.depth < depth) {
      row.closeStart = x.tagStart;
      row.end = x.tagEnd;
      return;
    }
    if (t !== OPEN) continue;
    if (x.name !== "c") {
      x.skip();
      continue;
    }
    const ref = x.attr("r");
    const at = ref !== undefined ? parseCellRef(ref) : null;
    // The reader has refused a sheet whose addresses it cannot place; the same rule applies here.
    const col = at ? at.col : previousCol + 1;
    previousCol = col;
    const cell: CellSpan = { col, hasRef: ref !== undefined, start: x.tagStart, openEnd: x.tagEnd, end: x.tagEnd };
    readCell(x, row.row, col, shared);
    cell.end = x.tagEnd;
    row.cells.push(cell);
  }
}

function readCell(x: XmlScanner, row: number, col: number, shared: Map<string, SharedGroup>): void {
  const depth = x.depth;
  for (let t = x.next(); !(t === CLOSE && x.depth < depth); t = x.next()) {
    if (t !== OPEN) continue;
    if (x.name !== "f" || x.attr("t") !== "shared") {
      x.skip();
      continue;
    }
    const si = x.attr("si") ?? "";
    const isMaster = x.attr("ref") !== undefined;
    const start = x.tagStart;
    const formula = x.textContent();
    const group = shared.get(si) ?? shared.set(si, { members: [] }).get(si)!;
    if (isMaster) group.master = { row, col, formula };
    // As the reader reads them: a member takes the master's formula only when it has none of its own and follows a
    // master of its group.
    else if (!formula && group.master) group.members.push({ row, col, f: { start, end: x.tagEnd } });
  }
}
