// The browser preview (`npm start`): the sample workbook in the in-memory host, the real app session over it, and
// the task pane beside a drawing of the workbook. No Office, no network beyond this origin.
import { createRoot } from "react-dom/client";
import { Session } from "../app/session";
import { MemoryHost, WorkbookJson } from "../host/memory";
import { PreviewApp } from "../preview/PreviewApp";
import { StartupNotice, errorText } from "../taskpane/StartupNotice";

const SAMPLE = "hengyang-commerce-2023";

async function loadSample(): Promise<WorkbookJson> {
  const url = `samples/${SAMPLE}.json`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`无法读取示例工作簿 ${url}（HTTP ${response.status}）。请先运行 npm run build。`);
  return (await response.json()) as WorkbookJson;
}

const element = document.getElementById("root");
if (element) {
  const root = createRoot(element);
  loadSample()
    .then((json) => {
      const host = MemoryHost.fromJson(json);
      const session = new Session(host, `${SAMPLE}.xlsx`);
      root.render(<PreviewApp session={session} workbook={host} fileName={`${SAMPLE}.xlsx`} />);
    })
    .catch((error: unknown) =>
      root.render(
        <StartupNotice intent="error" title="预览无法启动">
          {errorText(error)}
        </StartupNotice>,
      ),
    );
}
