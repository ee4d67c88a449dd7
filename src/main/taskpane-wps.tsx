// The task pane inside WPS 表格: the composition root that builds the WPS host over WPS's Application and hands the
// same pane as in Excel its session. The pane never touches WPS.
import { createRoot } from "react-dom/client";
import { Session } from "../app/session";
import { WpsHost } from "../host/wps";
import { App } from "../taskpane/App";
import { StartupNotice, errorText } from "../taskpane/StartupNotice";
import { wpsApplication } from "./wps-application";

const element = document.getElementById("root");
if (element) {
  const root = createRoot(element);
  try {
    const app = wpsApplication();
    if (!app) {
      root.render(
        <StartupNotice intent="warning" title="请在 WPS 表格中打开">
          这是绩效自评助手在 WPS 表格中的任务窗格：请在 WPS
          表格的“绩效自评”选项卡中点击“绩效自评助手”。想先看看效果，可运行 npm start 打开浏览器预览。
        </StartupNotice>,
      );
    } else {
      const host = WpsHost.over(app);
      root.render(<App session={new Session(host)} goTo={(address) => host.select(address)} />);
    }
  } catch (error) {
    root.render(
      <StartupNotice intent="error" title="绩效自评助手无法启动">
        {errorText(error)}
      </StartupNotice>,
    );
  }
}
