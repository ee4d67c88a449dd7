// What a page shows when it cannot start (no Excel, no sample, an error before the pane exists): one Fluent
// message bar, so the person sees why instead of a blank page.
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from "@fluentui/react-components";

export function StartupNotice(props: { title: string; intent: "warning" | "error"; children: string }) {
  return (
    <FluentProvider theme={webLightTheme} lang="zh-CN">
      <MessageBar intent={props.intent}>
        <MessageBarBody>
          <MessageBarTitle>{props.title}</MessageBarTitle>
          {props.children}
        </MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
