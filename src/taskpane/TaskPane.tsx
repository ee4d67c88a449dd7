import { useMemo, useState } from "react";
import { Divider, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { ActionBar } from "./ActionBar";
import { FindingList } from "./FindingList";
import { errorMessage } from "./format";
import { ReasonDrafts } from "./ReasonDrafts";
import { RunOptions } from "./RunOptions";
import { ACTION_LABEL, ActionId, SEVERITY_LABEL, TEXT } from "./strings";
import { SEVERITIES } from "../core/finding";
import { TableSummary } from "./TableSummary";
import type { Outcome, PaneProps, Report } from "./types";
import { useReasonDrafts } from "./useReasonDrafts";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  sectionTitle: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  status: { minHeight: tokens.lineHeightBase300 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

interface Notices {
  conflicts: string[];
  skipped: string[];
}

function summarizeCheck(report: Report): string {
  if (report.tables.length === 0) return TEXT.emptyTitle;
  const counts = SEVERITIES.map(
    (s) => `${SEVERITY_LABEL[s]} ${report.findings.filter((f) => f.severity === s).length} 项`,
  );
  return `检查完成：${counts.join("，")}。`;
}

export function TaskPane({ session, goTo }: PaneProps) {
  const styles = useStyles();
  const profiles = useMemo(() => session.profiles(), [session]);
  const causes = useMemo(() => session.causes(), [session]);
  const measures = useMemo(() => session.measures(), [session]);
  const reasons = useReasonDrafts(session);

  const [busy, setBusy] = useState<ActionId | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [status, setStatus] = useState<string>(TEXT.intro);
  const [error, setError] = useState<string | null>(null);
  const [notices, setNotices] = useState<Notices>({ conflicts: [], skipped: [] });
  const [profileId, setProfileId] = useState(session.profileId);
  const [normalizeUnits, setNormalizeUnits] = useState(true);
  const [canRevert, setCanRevert] = useState(() => session.canRevert());

  const showReport = async (next: Report) => {
    setReport(next);
    if (next.tables.length === 0) {
      reasons.clear();
      return;
    }
    // The action itself succeeded; a failure to list the rows is its own message, not the action's.
    await reasons.load().catch((e: unknown) => setError(`无法列出需要填写偏差原因的指标：${errorMessage(e)}`));
  };

  const showOutcome = async (outcome: Outcome) => {
    setNotices({ conflicts: outcome.conflicts, skipped: outcome.skipped });
    await showReport(outcome.report);
    return outcome.message;
  };

  const work: Record<ActionId, () => Promise<string>> = {
    recognize: async () => {
      const next = await session.recognize();
      setProfileId(session.profileId);
      await showReport(next);
      return next.tables.length ? `识别到 ${next.tables.length} 张表格。` : TEXT.emptyTitle;
    },
    recalc: async () => showOutcome(await session.recalc({ normalizeUnits })),
    check: async () => {
      const next = await session.check();
      await showReport(next);
      return summarizeCheck(next);
    },
    fillReasons: async () => showOutcome(await session.fillReasons(reasons.choices())),
    revert: async () => showOutcome(await session.revert()),
  };

  const run = async (id: ActionId) => {
    setBusy(id);
    setError(null);
    setNotices({ conflicts: [], skipped: [] });
    try {
      setStatus(await work[id]());
    } catch (e) {
      setError(errorMessage(e));
      setStatus(`${ACTION_LABEL[id]}未完成。`);
    } finally {
      setCanRevert(session.canRevert());
      setBusy(null);
    }
  };

  const onGoTo = (address: string) => {
    Promise.resolve()
      .then(() => goTo(address))
      .catch((e: unknown) => setError(`无法定位到 ${address}：${errorMessage(e)}`));
  };

  const onProfile = (id: string) => {
    session.setProfile(id);
    setProfileId(id);
    const name = profiles.find((p) => p.id === id)?.name ?? id;
    setStatus(`评分规则已切换为“${name}”，点击“一键重算”或“提交前检查”后生效。`);
  };

  const chosen = Object.values(reasons.drafts).some((d) => d.include);
  const noTables = report !== null && report.tables.length === 0;

  return (
    <main className={styles.pane} aria-busy={busy !== null}>
      <h1 className={styles.title}>{TEXT.paneTitle}</h1>
      <RunOptions
        profiles={profiles}
        profileId={profileId}
        onProfile={onProfile}
        normalizeUnits={normalizeUnits}
        onNormalizeUnits={setNormalizeUnits}
        disabled={busy !== null}
      />
      <ActionBar busy={busy} disabled={{ fillReasons: !chosen, revert: !canRevert }} onAction={run} />
      <div className={styles.status} role="status" aria-live="polite" data-testid="status">
        {status}
      </div>
      {error && (
        <div role="alert">
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>{TEXT.errorTitle}</MessageBarTitle>
              {error}
            </MessageBarBody>
          </MessageBar>
        </div>
      )}
      {notices.conflicts.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{TEXT.conflictsTitle}</MessageBarTitle>
            <ul className={styles.list}>
              {notices.conflicts.map((c, i) => (
                <li key={i}>{c}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {notices.skipped.length > 0 && (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>{TEXT.skippedTitle}</MessageBarTitle>
            <ul className={styles.list}>
              {notices.skipped.map((c, i) => (
                <li key={i}>{c}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {noTables && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{TEXT.emptyTitle}</MessageBarTitle>
            {TEXT.emptyBody}
          </MessageBarBody>
        </MessageBar>
      )}
      {report && report.tables.length > 0 && (
        <>
          <Divider />
          <section className={styles.section} aria-labelledby="pane-tables">
            <h2 id="pane-tables" className={styles.sectionTitle}>
              {TEXT.tablesTitle}
            </h2>
            <TableSummary tables={report.tables} />
          </section>
        </>
      )}
      {report && (report.tables.length > 0 || report.findings.length > 0) && (
        <>
          <Divider />
          <section className={styles.section} aria-labelledby="pane-findings">
            <h2 id="pane-findings" className={styles.sectionTitle}>
              {TEXT.findingsTitle}
            </h2>
            <FindingList findings={report.findings} onGoTo={onGoTo} />
          </section>
        </>
      )}
      {reasons.rows && (
        <>
          <Divider />
          <section className={styles.section} aria-labelledby="pane-reasons">
            <h2 id="pane-reasons" className={styles.sectionTitle}>
              {TEXT.reasonsTitle}
            </h2>
            <ReasonDrafts
              rows={reasons.rows}
              drafts={reasons.drafts}
              causes={causes}
              measures={measures}
              disabled={busy !== null}
              onChange={reasons.update}
              onGoTo={onGoTo}
            />
          </section>
        </>
      )}
    </main>
  );
}
