// A workbook as plain, copyable rows, for mutating in memory: cheaper than writing files, and every mutation is a
// small pure function of a copy.
import { Area } from "../../src/core/grid/address";
import { CellData, Grid } from "../../src/core/grid/grid";
import { WorkbookData } from "../../src/app/host";

export interface SheetRows {
  name: string;
  rows: (CellData | undefined)[][];
  merges: Area[];
}

export interface Book {
  label: string;
  sheets: SheetRows[];
  names: WorkbookData["names"];
}

export function bookOf(label: string, data: Pick<WorkbookData, "sheets" | "names">): Book {
  return {
    label,
    names: data.names ?? [],
    sheets: data.sheets.map((g) => {
      const rows: (CellData | undefined)[][] = [];
      for (let r = 1; r <= g.rowCount; r++) {
        const row: (CellData | undefined)[] = [];
        for (let c = 1; c <= g.colCount; c++) row.push(g.cell(r, c));
        rows.push(row);
      }
      return { name: g.name, rows, merges: g.merges.map((m) => ({ ...m })) };
    }),
  };
}

export function copyBook(book: Book): Book {
  return {
    label: book.label,
    names: book.names,
    sheets: book.sheets.map((s) => ({
      name: s.name,
      rows: s.rows.map((r) => [...r]),
      merges: s.merges.map((m) => ({ ...m })),
    })),
  };
}

export function gridsOf(book: Book): Grid[] {
  return book.sheets.map((s) => new Grid(s.name, s.rows, s.merges));
}

export function sheetOf(book: Book, name: string): SheetRows {
  const s = book.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name} in ${book.label}`);
  return s;
}

export function getCell(book: Book, sheet: string, row: number, col: number): CellData | undefined {
  return sheetOf(book, sheet).rows[row - 1]?.[col - 1];
}

export function setCell(book: Book, sheet: string, row: number, col: number, cell: CellData | undefined): void {
  const s = sheetOf(book, sheet);
  while (s.rows.length < row) s.rows.push([]);
  const r = s.rows[row - 1];
  while (r.length < col) r.push(undefined);
  r[col - 1] = cell;
}
