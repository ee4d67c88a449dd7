import { useId } from "react";
import { Badge, Link, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { SEVERITY_LABEL, TEXT } from "./strings";
import { SEVERITIES } from "../core/finding";
import type { Finding, Severity } from "./types";

const useStyles = makeStyles({
  group: { marginTop: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase300, margin: `${tokens.spacingVerticalXS} 0` },
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: {
    listStyleType: "none",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    wordBreak: "break-word",
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorBrandStroke1 },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  cell: { marginLeft: tokens.spacingHorizontalS },
});

const BADGE_COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

export interface FindingListProps {
  findings: Finding[];
  onGoTo: (address: string) => void;
}

export function FindingList({ findings, onGoTo }: FindingListProps) {
  const styles = useStyles();
  const idBase = useId();
  if (findings.length === 0) return <Text>{TEXT.noFindings}</Text>;
  return (
    <div>
      {SEVERITIES.map((severity) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        const headingId = `${idBase}-${severity}`;
        return (
          <section key={severity} className={styles.group} aria-labelledby={headingId}>
            <h3 id={headingId} className={styles.heading}>
              <Badge color={BADGE_COLOR[severity]} appearance="filled">
                {SEVERITY_LABEL[severity]}
              </Badge>{" "}
              {group.length} 项
            </h3>
            <ul className={styles.list}>
              {group.map((f, i) => (
                <li
                  key={`${f.code}-${f.cell ?? ""}-${i}`}
                  className={mergeClasses(styles.item, styles[severity])}
                  data-code={f.code}
                >
                  <span className={styles.code}>{f.code}</span> {f.message}
                  {f.cell && (
                    <Link
                      as="button"
                      className={styles.cell}
                      onClick={() => onGoTo(f.cell as string)}
                      aria-label={`${TEXT.goToCell} ${f.cell}`}
                    >
                      {f.cell}
                    </Link>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
