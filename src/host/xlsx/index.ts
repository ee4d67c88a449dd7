// The file host: WorkbookHost over an .xlsx (or .xlsm) file, for the CLI and the tests. It reads with the package
// reader and writes a plan by patching the parts the plan changes (./apply, ./edit); every other entry of the
// file is copied byte for byte, so a copy keeps what this host does not model (charts, pictures, pivot tables,
// macros, extensions of other writers).
import { readFile, writeFile } from "node:fs/promises";
import { ApplyResult, HostCapabilities, WorkbookData, WorkbookHost } from "../../app/host";
import { WritePlan } from "../../core/plan/write-plan";
import { applyPlan } from "./apply";
import { contentTypeOf } from "./edit/content-types";
import { readWorkbookPackage } from "./package";
import { WorkbookFile } from "./workbook-file";

export { applyPlan, SheetProtectedError } from "./apply";
export { SETTINGS_SHEET } from "./settings-sheet";

export class XlsxHost implements WorkbookHost {
  private constructor(private readonly file: WorkbookFile) {}

  static async open(path: string): Promise<XlsxHost> {
    return new XlsxHost(new WorkbookFile(await readFile(path)));
  }

  /** Throws ZipProblem or PackageError (one Chinese line) for bytes that are no readable workbook. */
  static async load(buffer: Buffer | Uint8Array | ArrayBuffer): Promise<XlsxHost> {
    const bytes = Buffer.isBuffer(buffer)
      ? buffer
      : buffer instanceof ArrayBuffer
        ? Buffer.from(buffer)
        : Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    return new XlsxHost(new WorkbookFile(bytes));
  }

  async read(sheetNames?: string[]): Promise<WorkbookData> {
    const data = this.file.data();
    return sheetNames ? { ...data, sheets: data.sheets.filter((s) => sheetNames.includes(s.name)) } : data;
  }

  async apply(plan: WritePlan): Promise<ApplyResult> {
    return applyPlan(this.file, plan);
  }

  capabilities(): HostCapabilities {
    return { dataValidation: true, notes: true, mergedAreas: true, select: false, limits: [] };
  }

  /**
   * The extension the file's kind asks for: ".xlsm" for a workbook with macros (Excel refuses to open one named
   * .xlsx), ".xltx"/".xltm" for templates, else ".xlsx".
   */
  extension(): string {
    const type = contentTypeOf(this.file.parts, "xl/workbook.xml") ?? "";
    return EXTENSIONS[type] ?? ".xlsx";
  }

  /** The file as it now is (the original's bytes for every part no plan changed). */
  bytes(): Buffer {
    return this.file.bytes();
  }

  /** Saves to `path`; resolves the bytes written, for a caller that inspects the copy. */
  async save(path: string): Promise<Buffer> {
    const bytes = this.bytes();
    await writeFile(path, bytes);
    return bytes;
  }
}

const EXTENSIONS: Record<string, string> = {
  "application/vnd.ms-excel.sheet.macroEnabled.main+xml": ".xlsm",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": ".xltx",
  "application/vnd.ms-excel.template.macroEnabled.main+xml": ".xltm",
};

export async function readWorkbookFile(path: string): Promise<WorkbookData> {
  return readWorkbookPackage(await readFile(path));
}

export async function readWorkbookBuffer(buffer: Buffer): Promise<WorkbookData> {
  return readWorkbookPackage(buffer);
}
