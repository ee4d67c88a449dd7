// The main page of the WPS 加载项 (index.html, which WPS loads when it starts): puts the callbacks ribbon.xml names
// where WPS looks for them, as global functions, with a fresh WPS host and session for each click of 一键重算.
import { Session } from "../app/session";
import { wpsRibbon } from "../commands/ribbon-wps";
import { WpsHost } from "../host/wps";
import { wpsApplication } from "./wps-application";

const app = wpsApplication();
if (app) {
  const ribbon = wpsRibbon(app, {
    // The folder index.html was loaded from: a server address (在线模式) or the copied folder (离线模式).
    base: new URL(".", window.location.href).href,
    createSession: () => new Session(WpsHost.over(app)),
    pixelRatio: window.devicePixelRatio || 1,
    log: (message) => console.error(message),
  });
  Object.assign(window, { OnAddinLoad: ribbon.OnAddinLoad, OnAction: ribbon.OnAction, GetImage: ribbon.GetImage });
} else {
  console.error("绩效自评助手：此页面是 WPS 加载项的入口，只在 WPS 表格中运行。");
}
