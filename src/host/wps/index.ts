// The WPS host: WorkbookHost over WPS 表格's object model (the ET JS API of a WPS 加载项). It takes the
// `Application` object from outside, so the WPS global stays in the composition roots (src/main) and tests drive the
// same code against a fake of the object model (test/wps-host/fake-et.ts).
//
// The guarantees are the Excel host's: a plan is checked against every cell before anything is written, nothing a
// person typed since the read is overwritten, a protected sheet is refused with the same message, and the undo plan
// puts back cells, number formats, notes and data validation. The object model is synchronous and every property or
// method crosses into WPS, so the host reads whole ranges and writes by areas, and a run keeps the screen still
// (`ScreenUpdating = false`, restored whatever happens).
import { a1, parseRefA1 } from "../../core/grid/address";
import { WritePlan } from "../../core/plan/write-plan";
import { asksSomething, nothingToApply } from "../../core/plan/apply-result";
import { sheetToSelectMissing, unreadableAddress } from "../../core/plan/host-error";
import { ApplyResult, HostCapabilities, WorkbookData, WorkbookHost } from "../../app/host";
import { EtApplication } from "./api";
import { applyPlan } from "./apply";
import { hostError } from "./errors";
import { activeWorkbook, readWorkbook } from "./read";
import { findSheet } from "./settings";

export { HostError } from "../../core/plan/host-error";
export { SETTINGS_SHEET } from "./settings";
export type * from "./api";

export class WpsHost implements WorkbookHost {
  constructor(private readonly app: EtApplication) {}

  /**
   * The host over WPS's own `Application` (et-jsapi-declare's type). Its `Worksheets.Item` is declared to give a
   * worksheet or several sheets (for an array of indexes); the host passes one index, so it gets a worksheet.
   */
  static over(app: Et.Application): WpsHost {
    return new WpsHost(app as unknown as EtApplication);
  }

  async read(sheetNames?: string[]): Promise<WorkbookData> {
    try {
      return readWorkbook(this.app, sheetNames);
    } catch (error) {
      throw hostError(error, "读取");
    }
  }

  async apply(plan: WritePlan): Promise<ApplyResult> {
    if (!asksSomething(plan)) return nothingToApply();
    try {
      return this.withScreenStill(() => applyPlan(this.app, plan));
    } catch (error) {
      throw hostError(error, "写入");
    }
  }

  capabilities(): HostCapabilities {
    // WPS 表格 has data validation, notes and merged areas in every version that runs 加载项.
    return { dataValidation: true, notes: true, mergedAreas: true, select: true, limits: [] };
  }

  /** Activates the sheet and selects the cell of `Sheet!A1` (the pane's "go to cell"). */
  async select(address: string): Promise<void> {
    const ref = parseRefA1(address);
    if (!ref) throw unreadableAddress(address);
    try {
      const worksheet = findSheet(activeWorkbook(this.app), ref.sheet);
      if (!worksheet) throw sheetToSelectMissing(ref.sheet);
      worksheet.Activate();
      worksheet.Range(a1(ref.row, ref.col)).Select();
    } catch (error) {
      throw hostError(error, "定位");
    }
  }

  /** Runs `work` with screen updating off, and puts it back as it was whatever happens. */
  private withScreenStill<T>(work: () => T): T {
    const was = this.app.ScreenUpdating;
    this.app.ScreenUpdating = false;
    try {
      return work();
    } finally {
      this.app.ScreenUpdating = was;
    }
  }
}
