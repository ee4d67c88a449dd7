// The formula of a cell that shares its master's (<f t="shared" si="N"/>): the master's text with every relative
// reference moved by the offset between the two cells. The same translation as exceljs 4.4.0
// (lib/utils/shared-formula.js slideFormula), quirks included, so both hosts read the same formula.
import { MAX_COL, colLetters, colNumber } from "../../../core/grid/address";

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

export function slideFormula(formula: string, from: { row: number; col: number }, to: { row: number; col: number }) {
  return formula.replace(CANDIDATE, (match: string, sheet: string | undefined, _s, part: string, paren?: string) => {
    if (paren) return match;
    const m = CELL.exec(part);
    if (!m) return match;
    const [, colDollar, letters, rowDollar, rowText] = m;
    const colStr = letters.toUpperCase();
    // Past XFD the letters are a name, not a column.
    if (colStr.length > 3 || (colStr.length === 3 && colStr > "XFD")) return match;
    const col = colNumber(colStr) + (colDollar ? 0 : to.col - from.col);
    const row = parseInt(rowText, 10) + (rowDollar ? 0 : to.row - from.row);
    // exceljs throws here (and the whole workbook fails to load); Excel shows such a reference as #REF!.
    if (col < 1 || col > MAX_COL) return `${sheet ?? ""}#REF!`;
    return `${sheet ?? ""}${colDollar ?? ""}${colLetters(col)}${rowDollar ?? ""}${row}`;
  });
}
