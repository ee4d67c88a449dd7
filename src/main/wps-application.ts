// The one place that knows how a WPS 加载项 page reaches WPS: the global `Application` (also `wps`), which WPS puts
// into every page of an add-in it loads: the main page, the task pane and the dialogs. Opened in a browser, there is
// none.

/** WPS's add-in object and ET application in one, or null outside WPS. */
export function wpsApplication(): WPSMergedRoot | null {
  const app = (window as { Application?: WPSMergedRoot }).Application;
  return typeof app === "object" && app !== null ? app : null;
}
