// The task pane inside Excel: the composition root that builds the Excel host and hands the pane its session.
// How Office is loaded is the Excel host's business (host/excel/office.ts); the pane never touches Office.
import { createRoot } from "react-dom/client";
import { Session } from "../app/session";
import { officeExcelHost, officeReady } from "../host/excel/office";
import { App } from "../taskpane/App";
import { StartupNotice, errorText } from "../taskpane/StartupNotice";

const element = document.getElementById("root");
if (element) {
  const root = createRoot(element);
  officeReady()
    .then((inExcel) => {
      if (!inExcel) {
        root.render(
          <StartupNotice intent="warning" title="请在 Excel 中打开">
            绩效自评助手是 Excel 加载项：请在 Excel“开始”选项卡的“绩效自评”组中点击“绩效自评助手”。想先看看效果，可运行
            npm start 打开浏览器预览。
          </StartupNotice>,
        );
        return;
      }
      const host = officeExcelHost();
      root.render(<App session={new Session(host)} goTo={(address) => host.select(address)} />);
    })
    .catch((error: unknown) =>
      root.render(
        <StartupNotice intent="error" title="绩效自评助手无法启动">
          {errorText(error)}
        </StartupNotice>,
      ),
    );
}
