import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { TaskPane } from "./TaskPane";
import type { PaneProps } from "./types";

/** The task pane as Excel and the preview show it: the Fluent theme around the pane. */
export function App(props: PaneProps) {
  return (
    <FluentProvider theme={webLightTheme} lang="zh-CN">
      <TaskPane {...props} />
    </FluentProvider>
  );
}
