// What the pane sees of the app layer: type-only, so the pane carries no host and tests can hand it a fake.
import type { Session } from "../app/session";

export type { Outcome, ProfileInfo, ReasonChoice, ReasonPlanChoice, ReasonRow } from "../app/session";

/** The part of `Session` the pane calls. */
export type PaneSession = Pick<
  Session,
  | "profiles"
  | "profileId"
  | "setProfile"
  | "recognize"
  | "recalc"
  | "check"
  | "reasonRows"
  | "causes"
  | "measures"
  | "previewReason"
  | "fillReasons"
  | "canRevert"
  | "revert"
>;

export type Report = Awaited<ReturnType<Session["check"]>>;
export type TableReport = Report["tables"][number];
export type EvalTableReport = Extract<TableReport, { kind: "department" | "project" }>;
export type BasicTableReport = Extract<TableReport, { kind: "basic" }>;
export type Finding = Report["findings"][number];
export type Severity = Finding["severity"];

/** Takes the person to `Sheet!A1`: `host.select` in Excel, a highlighted cell in the preview. */
export type GoTo = (address: string) => void | Promise<void>;

export interface PaneProps {
  session: PaneSession;
  goTo: GoTo;
}
