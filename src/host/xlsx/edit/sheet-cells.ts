// The cells a plan writes, as edits of a worksheet's text: a written cell's element is replaced (or added, in
// address order, with its row when the row is missing); every other row and cell keeps its element as written.
import { CellValue } from "../../../core/grid/grid";
import { a1, colLetters } from "../../../core/grid/address";
import { parseAreaRef } from "../package/cell-address";
import { slideFormula } from "../package/shared-formula";
import { CellSpan, RowSpan, SheetLayout } from "./sheet-layout";
import { Splice, escapeText, rawAttribute, setAttribute, xstring } from "./xml-text";

export interface CellEdit {
  row: number;
  col: number;
  /** What the cell holds from now on: a formula (without "=", with the engine's value as its cached result) or a
   * value; undefined keeps what it holds. */
  content?: { formula?: string; value?: CellValue };
  /** The cell format (s) from now on; undefined keeps it. */
  style?: number;
}

/** The cell at (row, col) as the reader takes it: the last element written for that address. */
export function findCell(layout: SheetLayout, row: number, col: number): CellSpan | undefined {
  const r = findRow(layout, row);
  if (!r) return undefined;
  for (let i = r.cells.length - 1; i >= 0; i--) if (r.cells[i].col === col) return r.cells[i];
  return undefined;
}

function findRow(layout: SheetLayout, row: number): RowSpan | undefined {
  for (let i = layout.rows.length - 1; i >= 0; i--) if (layout.rows[i].row === row) return layout.rows[i];
  return undefined;
}

/** The cell format (s) of a cell; 0 when it has none or does not exist. */
export function cellStyle(layout: SheetLayout, row: number, col: number): number {
  const cell = findCell(layout, row, col);
  if (!cell) return 0;
  return parseInt(rawAttribute(layout.text.slice(cell.start, cell.openEnd), "s") ?? "0", 10) || 0;
}

export function cellSplices(layout: SheetLayout, edits: CellEdit[]): Splice[] {
  if (!edits.length) return [];
  const p = layout.prefix;
  const text = layout.text;
  const byRow = new Map<number, CellEdit[]>();
  for (const e of edits) (byRow.get(e.row) ?? byRow.set(e.row, []).get(e.row)!).push(e);
  for (const list of byRow.values()) list.sort((a, b) => a.col - b.col);
  const splices: Splice[] = [];
  /** Cells whose element is rewritten (their content changes), and cells whose opening tag is. */
  const replaced = new Set<CellSpan>();
  const retagged = new Set<CellSpan>();

  // Rows the sheet has: their cells replaced in place, new ones inserted in address order.
  const existing = new Map<number, RowSpan>();
  for (const r of layout.rows) existing.set(r.row, r);
  const newRows = [...byRow.keys()].filter((n) => !existing.has(n)).sort((a, b) => a - b);
  // Rows or cells written without r are placed by what precedes them; anything inserted before them would move
  // them, so they get their address written out.
  const addressRows = newRows.length > 0 && layout.rows.some((r) => !r.hasRef);
  for (const row of layout.rows) {
    const list = existing.get(row.row) === row ? byRow.get(row.row) : undefined;
    const addressed = addressRows && !row.hasRef;
    // Most rows of a sheet are neither written nor addressed: not even their tag is copied.
    if (!list && !addressed) continue;
    const tag = text.slice(row.start, row.openEnd);
    let open = addressed ? setAttribute(tag, "r", String(row.row)) : tag;
    if (!list) {
      splices.push({ start: row.start, end: row.openEnd, text: open });
      continue;
    }
    open = widenSpans(open, list);
    if (row.closeStart === row.end) {
      // <row r="5"/>: written out with its cells.
      const cells = list.map((e) => cellXml(p, e, undefined, text)).join("");
      splices.push({ start: row.start, end: row.end, text: `${open.replace(/\s*\/>$/, ">")}${cells}</${p}row>` });
      continue;
    }
    if (open !== tag) splices.push({ start: row.start, end: row.openEnd, text: open });
    const inserting = list.some((e) => !findCellIn(row, e.col));
    for (const e of list) {
      const cell = findCellIn(row, e.col);
      if (cell) {
        (e.content === undefined ? retagged : replaced).add(cell);
        splices.push(cellReplacement(p, e, cell, text, inserting));
        continue;
      }
      const next = row.cells.find((c) => c.col > e.col);
      const at = next ? next.start : row.closeStart;
      splices.push({ start: at, end: at, text: cellXml(p, e, undefined, text) });
    }
    if (inserting)
      for (const c of row.cells)
        if (!c.hasRef && !replaced.has(c) && !retagged.has(c))
          splices.push({
            start: c.start,
            end: c.openEnd,
            text: setAttribute(text.slice(c.start, c.openEnd), "r", a1(row.row, c.col)),
          });
  }

  for (const n of newRows) {
    const cells = byRow
      .get(n)!
      .map((e) => cellXml(p, e, undefined, text))
      .join("");
    const element = `<${p}row r="${n}">${cells}</${p}row>`;
    const next = layout.rows.find((r) => r.row > n);
    if (next) splices.push({ start: next.start, end: next.start, text: element });
    else if (layout.sheetDataClose >= 0)
      splices.push({ start: layout.sheetDataClose, end: layout.sheetDataClose, text: element });
    else splices.push(...openSheetData(layout, element));
  }
  splices.push(...unshare(layout, edits, replaced));
  const dimension = widenDimension(layout, edits);
  if (dimension) splices.push(dimension);
  return splices;
}

function findCellIn(row: RowSpan, col: number): CellSpan | undefined {
  for (let i = row.cells.length - 1; i >= 0; i--) if (row.cells[i].col === col) return row.cells[i];
  return undefined;
}

/** <sheetData/> written out, holding `rows`. */
function openSheetData(layout: SheetLayout, rows: string): Splice[] {
  const el = layout.children.find((c) => c.name === "sheetData")!;
  const p = layout.prefix;
  const open = layout.text.slice(el.start, el.openEnd).replace(/\s*\/>$/, ">");
  return [{ start: el.start, end: el.end, text: `${open}${rows}</${p}sheetData>` }];
}

function cellReplacement(p: string, e: CellEdit, cell: CellSpan, text: string, address: boolean): Splice {
  if (e.content === undefined) {
    // Only the format changes: the element keeps its content and every other attribute.
    let open = setAttribute(text.slice(cell.start, cell.openEnd), "s", String(e.style ?? 0));
    if (address && !cell.hasRef) open = setAttribute(open, "r", a1(e.row, e.col));
    return { start: cell.start, end: cell.openEnd, text: open };
  }
  return { start: cell.start, end: cell.end, text: cellXml(p, e, cell, text) };
}

/** The element of a written cell. A cell that keeps its content but is new gets only its format. */
function cellXml(p: string, e: CellEdit, cell: CellSpan | undefined, text: string): string {
  const ref = a1(e.row, e.col);
  const old = cell ? text.slice(cell.start, cell.openEnd) : undefined;
  const style = e.style ?? (old ? parseInt(rawAttribute(old, "s") ?? "0", 10) || 0 : 0);
  const s = style ? ` s="${style}"` : "";
  const content = e.content ?? {};
  if (content.formula !== undefined) {
    const f = `<${p}f>${escapeText(content.formula)}</${p}f>`;
    const v = content.value;
    if (typeof v === "number") return `<${p}c r="${ref}"${s}>${f}<${p}v>${number(v)}</${p}v></${p}c>`;
    if (typeof v === "string")
      return `<${p}c r="${ref}"${s} t="str">${f}<${p}v>${escapeText(xstring(v))}</${p}v></${p}c>`;
    if (typeof v === "boolean") return `<${p}c r="${ref}"${s} t="b">${f}<${p}v>${v ? 1 : 0}</${p}v></${p}c>`;
    return `<${p}c r="${ref}"${s}>${f}</${p}c>`;
  }
  const v = content.value;
  if (typeof v === "number") return `<${p}c r="${ref}"${s}><${p}v>${number(v)}</${p}v></${p}c>`;
  if (typeof v === "boolean") return `<${p}c r="${ref}"${s} t="b"><${p}v>${v ? 1 : 0}</${p}v></${p}c>`;
  if (typeof v === "string" && v !== "") {
    // An inline string: the shared string table stays as it was.
    const space = /^\s|\s$|\n/.test(v) ? ' xml:space="preserve"' : "";
    return `<${p}c r="${ref}"${s} t="inlineStr"><${p}is><${p}t${space}>${escapeText(xstring(v))}</${p}t></${p}is></${p}c>`;
  }
  // Empty: the cell keeps its format only; without one it is not written at all.
  return s ? `<${p}c r="${ref}"${s}/>` : "";
}

function number(v: number): string {
  if (!Number.isFinite(v)) throw new Error(`cannot write ${v} into a cell`);
  return String(v);
}

/** A row's spans (a hint of its first and last column) widened to the written cells. */
function widenSpans(open: string, list: CellEdit[]): string {
  const spans = rawAttribute(open, "spans");
  const m = spans && /^(\d+):(\d+)$/.exec(spans);
  if (!m) return open;
  const from = Math.min(Number(m[1]), ...list.map((e) => e.col));
  const to = Math.max(Number(m[2]), ...list.map((e) => e.col));
  return from === Number(m[1]) && to === Number(m[2]) ? open : setAttribute(open, "spans", `${from}:${to}`);
}

/** <dimension> widened to the written cells, when they lie outside it. */
function widenDimension(layout: SheetLayout, edits: CellEdit[]): Splice | undefined {
  const el = layout.children.find((c) => c.name === "dimension");
  if (!el) return undefined;
  const open = layout.text.slice(el.start, el.openEnd);
  const area = parseAreaRef(rawAttribute(open, "ref") ?? "");
  if (!area) return undefined;
  const written = edits.filter((e) => e.content?.value !== undefined || e.content?.formula !== undefined);
  if (!written.length) return undefined;
  const top = Math.min(area.top, ...written.map((e) => e.row));
  const left = Math.min(area.left, ...written.map((e) => e.col));
  const bottom = Math.max(area.bottom, ...written.map((e) => e.row));
  const right = Math.max(area.right, ...written.map((e) => e.col));
  if (top === area.top && left === area.left && bottom === area.bottom && right === area.right) return undefined;
  const ref = `${colLetters(left)}${top}:${colLetters(right)}${bottom}`;
  return { start: el.start, end: el.openEnd, text: setAttribute(open, "ref", ref) };
}

/**
 * Cells that take their formula from a shared formula's master whose content the plan replaces get that formula
 * written out, as the reader reads it, so they keep computing what they did.
 */
function unshare(layout: SheetLayout, edits: CellEdit[], replaced: Set<CellSpan>): Splice[] {
  const out: Splice[] = [];
  const rewritten = new Set(edits.filter((e) => e.content !== undefined).map((e) => `${e.row},${e.col}`));
  for (const group of layout.shared.values()) {
    const master = group.master;
    if (!master?.formula || !rewritten.has(`${master.row},${master.col}`)) continue;
    for (const m of group.members) {
      if (rewritten.has(`${m.row},${m.col}`)) continue;
      const cell = findCell(layout, m.row, m.col);
      if (cell && replaced.has(cell)) continue;
      const formula = slideFormula(master.formula, master, m);
      out.push({
        start: m.f.start,
        end: m.f.end,
        text: `<${layout.prefix}f>${escapeText(formula)}</${layout.prefix}f>`,
      });
    }
  }
  return out;
}
