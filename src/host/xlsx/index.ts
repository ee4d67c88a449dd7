// The file host: WorkbookHost over an exceljs workbook, for the CLI and the tests.
import { writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { ApplyResult, HostCapabilities, WorkbookData, WorkbookHost } from "../../app/host";
import { WritePlan } from "../../core/plan/write-plan";
import { applyPlan } from "./apply";
import { workbookData } from "./read";

export { readWorkbookFile, readWorkbookBuffer, workbookData, gridOf, SETTINGS_SHEET } from "./read";
export { applyPlan, NAME_PREFIX } from "./apply";

export class XlsxHost implements WorkbookHost {
  constructor(readonly workbook: ExcelJS.Workbook) {}

  static async open(path: string): Promise<XlsxHost> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    return new XlsxHost(wb);
  }

  static async load(buffer: Buffer | ArrayBuffer): Promise<XlsxHost> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as ArrayBuffer);
    return new XlsxHost(wb);
  }

  async read(sheetNames?: string[]): Promise<WorkbookData> {
    return workbookData(this.workbook, sheetNames);
  }

  async apply(plan: WritePlan): Promise<ApplyResult> {
    return applyPlan(this.workbook, plan);
  }

  capabilities(): HostCapabilities {
    return { dataValidation: true, notes: true, mergedAreas: true, select: false, limits: [] };
  }

  /**
   * Saves to `path`, asking Excel to recalculate everything on open (the file carries no cached results), and
   * resolves the bytes written, for a caller that inspects the copy.
   */
  async save(path: string): Promise<Buffer> {
    this.workbook.calcProperties = { ...this.workbook.calcProperties, fullCalcOnLoad: true };
    const bytes = Buffer.from(await this.workbook.xlsx.writeBuffer());
    await writeFile(path, bytes);
    return bytes;
  }
}
