// Reading back, from a written workbook, the cells a `jixiao check` report names.
import ExcelJS from "exceljs";
import type { FileReport } from "../../../src/cli/file-report";

/** The cell at a report address (`Sheet!H9`, `'Sheet 2'!H9`). */
export function cellOf(wb: ExcelJS.Workbook, address: string): ExcelJS.Cell {
  const bang = address.lastIndexOf("!");
  return wb.getWorksheet(address.slice(0, bang).replace(/^'(.*)'$/, "$1"))!.getCell(address.slice(bang + 1));
}

/** Every score cell of the report's 自评表 with the score the check computed for it: budget, indicators, total. */
export function scoreCells(report: FileReport): [string | undefined, number | null][] {
  return report.tables.flatMap((t): [string | undefined, number | null][] =>
    t.kind === "basic"
      ? []
      : [
          [t.budget!.cells.score, t.budget!.score],
          ...t.indicators.map((ind): [string | undefined, number | null] => [ind.cells.score, ind.score]),
          [t.total!.cells.score, t.total!.score],
        ],
  );
}
