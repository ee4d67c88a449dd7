// The ribbon of the WPS 加载项 (ribbon.xml's group 绩效自评): 绩效自评助手 opens or hides the task pane, 一键重算
// recalculates without the pane and shows the result in a WPS dialog (the notice page the Excel ribbon also uses).
// WPS calls the callbacks ribbon.xml names as global functions of the add-in's main page (index.html); src/main
// puts these there, with WPS's own object handed in, so this module touches no global.
import type { Outcome } from "../app/session";
import { Notice, noticeFromError, noticeFromOutcome, noticeQuery } from "./notice-text";

/** The part of WPS's add-in object (`window.Application` in a 加载项 page) the ribbon uses. */
export type WpsAddin = Pick<WPS.AddonRoot, "CreateTaskPane" | "GetTaskPane" | "ShowDialog" | "PluginStorage">;

/** What WPS passes a callback: the control that was clicked (its `id` in ribbon.xml). */
export interface RibbonControl {
  Id: string;
}

export interface Recalculator {
  recalc(): Promise<Outcome>;
}

export const TASKPANE_BUTTON = "JixiaoTaskpaneButton";
export const RECALC_BUTTON = "JixiaoRecalcButton";

/** Where the task pane's id is kept between clicks; PluginStorage is shared by the add-in's pages. */
const PANE_KEY = "jixiao.taskpane";

/** The dialog's size in CSS pixels, scaled as WPS wants device pixels. */
const NOTICE_SIZE = { width: 420, height: 300 };

export interface RibbonOptions {
  /** The add-in's own folder or server address, ending in "/": pages and icons are found under it. */
  base: string;
  createSession: () => Recalculator;
  /** window.devicePixelRatio, for the dialog's size. */
  pixelRatio?: number;
  /** Where a failure that cannot be shown goes (console.error). */
  log?: (message: string) => void;
}

export function wpsRibbon(wps: WpsAddin, options: RibbonOptions) {
  const log = options.log ?? (() => undefined);
  let running: Promise<void> | null = null;

  const togglePane = (): void => {
    const id = Number(wps.PluginStorage.getItem(PANE_KEY));
    if (id) {
      const pane = wps.GetTaskPane(id);
      pane.Visible = !pane.Visible;
      return;
    }
    const pane = wps.CreateTaskPane(`${options.base}taskpane.html`, "绩效自评助手");
    wps.PluginStorage.setItem(PANE_KEY, pane.ID);
    pane.Visible = true;
  };

  const show = (notice: Notice): void => {
    const ratio = options.pixelRatio ?? 1;
    wps.ShowDialog(
      `${options.base}notice.html?${noticeQuery(notice)}`,
      notice.title,
      NOTICE_SIZE.width * ratio,
      NOTICE_SIZE.height * ratio,
      false,
    );
  };

  /** 一键重算; a second click while it runs waits for the first instead of writing twice. */
  const recalc = (): Promise<void> =>
    (running ??= (async () => {
      let notice: Notice;
      try {
        notice = noticeFromOutcome(await options.createSession().recalc());
      } catch (error) {
        notice = noticeFromError(error);
      }
      try {
        show(notice);
      } catch (error) {
        log(`一键重算：${notice.message}（无法显示结果窗口：${String(error)}）`);
      }
    })().finally(() => (running = null)));

  return {
    /** ribbon.xml's onLoad. */
    OnAddinLoad(): boolean {
      return true;
    },
    /** Every button's onAction; returns at once, 一键重算 finishing in the background. */
    OnAction(control: RibbonControl): boolean {
      if (control.Id === TASKPANE_BUTTON) togglePane();
      else if (control.Id === RECALC_BUTTON) void recalc();
      return true;
    },
    /** Every button's getImage: a path under the add-in's folder. */
    GetImage(control: RibbonControl): string {
      return control.Id === RECALC_BUTTON ? "assets/recalc-32.png" : "assets/icon-32.png";
    },
    /** For tests and for a caller that wants to wait: the run in progress, if any. */
    running: (): Promise<void> | null => running,
  };
}
