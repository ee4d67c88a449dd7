// The Excel host: WorkbookHost over Office.js. It takes `run` (Excel.run) and `isSetSupported` from outside, so the
// Office globals stay in office.ts and tests drive the same code against a fake of the Excel API.
import { parseRefA1, a1 } from "../../core/grid/address";
import { WritePlan } from "../../core/plan/write-plan";
import { sheetToSelectMissing, unreadableAddress } from "../../core/plan/host-error";
import { ApplyResult, HostCapabilities, WorkbookData, WorkbookHost } from "../../app/host";
import { HasClass, IsSetSupported, RunBatch } from "./api";
import { applyPlan } from "./apply";
import { DEFAULT_SYNC_TIMEOUT_MS, hostError, syncWithin } from "./errors";
import { ExcelFeatures, capabilitiesOf, detectFeatures } from "./features";
import { DEFAULT_PAYLOAD_BUDGET } from "./payload";
import { SyncOptions, readWorkbook } from "./read";

export { HostError } from "../../core/plan/host-error";
export type { ExcelFeatures } from "./features";
export type * from "./api";

export interface ExcelHostOptions {
  /** `(batch) => Excel.run(batch)`, or a fake's. */
  run: RunBatch;
  /** `(name, version) => Office.context.requirements.isSetSupported(name, version)`, or a fake's. */
  isSetSupported: IsSetSupported;
  /** `(name) => typeof Excel[name] === "function"`, or a fake's; by default every class is taken to be there. */
  hasClass?: HasClass;
  /** How long one `context.sync()` may take before the run ends with "Excel 未响应…" (default 60 s). */
  syncTimeoutMs?: number;
  /** Estimated bytes one sync may carry before the host splits the work (default 4 MiB, under Excel's 5 MB). */
  payloadBudgetBytes?: number;
}

export class ExcelHost implements WorkbookHost {
  private features: ExcelFeatures | null = null;
  private readonly sync: SyncOptions;

  constructor(private readonly options: ExcelHostOptions) {
    this.sync = {
      timeoutMs: options.syncTimeoutMs ?? DEFAULT_SYNC_TIMEOUT_MS,
      payloadBudget: options.payloadBudgetBytes ?? DEFAULT_PAYLOAD_BUDGET,
    };
  }

  /** Read on first use, after Office.onReady, and kept: requirement sets do not change while the pane is open. */
  private feature(): ExcelFeatures {
    return (this.features ??= detectFeatures(this.options.isSetSupported, this.options.hasClass));
  }

  async read(sheetNames?: string[]): Promise<WorkbookData> {
    try {
      return await this.options.run((context) => readWorkbook(context, this.feature(), this.sync, sheetNames));
    } catch (error) {
      throw hostError(error, "读取");
    }
  }

  async apply(plan: WritePlan): Promise<ApplyResult> {
    try {
      return await this.options.run((context) => applyPlan(context, plan, this.feature(), this.sync));
    } catch (error) {
      throw hostError(error, "写入");
    }
  }

  capabilities(): HostCapabilities {
    return capabilitiesOf(this.feature());
  }

  /** Activates the sheet and selects the cell of `Sheet!A1` (the pane's "go to cell"). */
  async select(address: string): Promise<void> {
    const ref = parseRefA1(address);
    if (!ref) throw unreadableAddress(address);
    try {
      await this.options.run(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(ref.sheet);
        worksheet.activate();
        worksheet.getRange(a1(ref.row, ref.col)).select();
        await syncWithin(context, this.sync.timeoutMs);
      });
    } catch (error) {
      const failed = hostError(error, "定位");
      if (failed.code !== "ItemNotFound") throw failed;
      throw sheetToSelectMissing(ref.sheet, error);
    }
  }
}
