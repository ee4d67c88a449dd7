import { Badge, Button, Checkbox, Field, Link, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { TEXT } from "./strings";
import type { ReasonRow } from "./types";
import type { Draft, DraftPatch } from "./useReasonDrafts";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: {
    listStyleType: "none",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  head: { display: "flex", flexWrap: "wrap", alignItems: "baseline", gap: tokens.spacingHorizontalS },
  facts: { color: tokens.colorNeutralForeground2 },
  current: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, wordBreak: "break-word" },
  selects: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  preview: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
    whiteSpace: "pre-wrap",
    wordBreak: "break-word",
  },
  previewError: { color: tokens.colorPaletteRedForeground1 },
});

export interface ReasonDraftsProps {
  rows: ReasonRow[];
  drafts: Record<string, Draft>;
  causes: { id: string; label: string }[];
  measures: { id: string; label: string }[];
  disabled: boolean;
  onChange: (row: ReasonRow, patch: DraftPatch) => void;
  onGoTo: (address: string) => void;
}

/** Puts a draft on the clipboard, and says whether it could: some webviews refuse, and then the draft is selected
 *  by hand from the preview above. */
function CopyDraft({ text, label }: { text: string; label: string }) {
  const [said, setSaid] = useState("");
  const copy = () => {
    const done = () => setSaid(TEXT.copied);
    const refused = () => setSaid(TEXT.copyRefused);
    if (navigator.clipboard) navigator.clipboard.writeText(text).then(done, refused);
    else refused();
  };
  return (
    <div>
      <Button size="small" onClick={copy} aria-label={`${TEXT.copyDraft} ${label}`}>
        {TEXT.copyDraft}
      </Button>{" "}
      {said && (
        <Text size={200} role="status">
          {said}
        </Text>
      )}
    </div>
  );
}

export function ReasonDrafts(props: ReasonDraftsProps) {
  const styles = useStyles();
  if (props.rows.length === 0) return <Text>{TEXT.noReasonRows}</Text>;
  return (
    <ul className={styles.list}>
      {props.rows.map((row) => {
        const draft = props.drafts[row.cell];
        if (!draft) return null;
        return (
          <li key={row.cell} className={styles.row} aria-label={`${row.indicator} ${row.cell}`} data-cell={row.cell}>
            <div className={styles.head}>
              <Text weight="semibold">{row.indicator}</Text>
              <Badge appearance="tint" color={row.kind === "missed" ? "danger" : "warning"}>
                {row.kind === "missed" ? TEXT.missed : TEXT.overshoot}
              </Badge>
              <Link as="button" onClick={() => props.onGoTo(row.cell)} aria-label={`${TEXT.goToCell} ${row.cell}`}>
                {row.cell}
              </Link>
            </div>
            <Text className={styles.facts}>{row.facts}</Text>
            {row.current && (
              <Text className={styles.current}>
                {TEXT.current}：{row.current}
              </Text>
            )}
            {row.hasPersonText && <Text className={styles.current}>{TEXT.personText}</Text>}
            {row.copyOnly ? (
              <Text className={styles.current} data-testid="copy-only">
                {TEXT.copyOnly}
              </Text>
            ) : (
              <Checkbox
                label={row.hasPersonText ? TEXT.replace : TEXT.include}
                checked={draft.include}
                disabled={props.disabled}
                onChange={(_, data) => props.onChange(row, { include: data.checked === true })}
              />
            )}
            <div className={styles.selects}>
              <Field label={TEXT.cause}>
                <Select
                  value={draft.cause}
                  disabled={props.disabled}
                  onChange={(_, data) => props.onChange(row, { cause: data.value })}
                >
                  <option value="">{TEXT.automatic}</option>
                  {props.causes.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.label}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={TEXT.measure}>
                <Select
                  value={draft.measure}
                  disabled={props.disabled}
                  onChange={(_, data) => props.onChange(row, { measure: data.value })}
                >
                  <option value="">{TEXT.automatic}</option>
                  {props.measures.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.label}
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
            <Text size={200}>{TEXT.preview}</Text>
            {draft.previewError ? (
              <p className={styles.previewError} role="alert">
                {draft.previewError}
              </p>
            ) : (
              <p className={styles.preview} data-testid="reason-preview">
                {draft.preview ?? TEXT.previewPending}
              </p>
            )}
            {row.copyOnly && draft.preview && <CopyDraft text={draft.preview} label={row.indicator} />}
          </li>
        );
      })}
    </ul>
  );
}
