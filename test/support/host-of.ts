/** The file host over a workbook a test built with exceljs (written to bytes, as a saved file would be). */
import ExcelJS from "exceljs";
import { XlsxHost } from "../../src/host/xlsx";

export async function hostOf(wb: ExcelJS.Workbook): Promise<XlsxHost> {
  return XlsxHost.load(Buffer.from(await wb.xlsx.writeBuffer()));
}
