import { Badge, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { formatPercent, formatScore } from "./format";
import { TABLE_KIND_LABEL, TEXT } from "./strings";
import type { BasicTableReport, EvalTableReport, TableReport } from "./types";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  card: {
    listStyleType: "none",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  head: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  where: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  figures: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: `${tokens.spacingVerticalXS} 0 0 0`,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, fontVariantNumeric: "tabular-nums" },
  mismatch: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export function TableSummary({ tables }: { tables: TableReport[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {tables.map((t) => (
        <li key={`${t.sheet}!${t.range}`} className={styles.card} aria-label={`${TABLE_KIND_LABEL[t.kind]} ${t.sheet}`}>
          <div className={styles.head}>
            <Badge appearance="tint" color={t.kind === "basic" ? "informative" : "brand"}>
              {TABLE_KIND_LABEL[t.kind]}
            </Badge>
            {t.kind !== "basic" && <Text weight="semibold">{t.title}</Text>}
          </div>
          <div className={styles.where}>
            {t.sheet}!{t.range}
          </div>
          {t.kind !== "basic" && (
            <div className={styles.where} data-family={t.layout.family}>
              {TEXT.layout}：{t.layout.name}
            </div>
          )}
          {t.kind === "basic" ? <BasicFigures table={t} /> : <EvalFigures table={t} />}
        </li>
      ))}
    </ul>
  );
}

function EvalFigures({ table }: { table: EvalTableReport }) {
  const styles = useStyles();
  const { total, budget } = table;
  const differs = !!total && total.score !== null && total.enteredScore !== null && total.score !== total.enteredScore;
  return (
    <dl className={styles.figures}>
      {total ? (
        <>
          <dt className={styles.term}>{TEXT.computedTotal}</dt>
          <dd className={styles.value}>{formatScore(total.score)}</dd>
          <dt className={styles.term}>{TEXT.enteredTotal}</dt>
          <dd className={mergeClasses(styles.value, differs && styles.mismatch)}>{formatScore(total.enteredScore)}</dd>
          <dt className={styles.term}>{TEXT.grade}</dt>
          <dd className={styles.value}>{total.grade ?? TEXT.none}</dd>
        </>
      ) : (
        <>
          <dt className={styles.term}>{TEXT.computedTotal}</dt>
          <dd className={styles.value}>{TEXT.noTotal}</dd>
        </>
      )}
      <dt className={styles.term}>{TEXT.budgetRate}</dt>
      <dd className={styles.value}>{formatPercent(budget?.rate ?? null)}</dd>
    </dl>
  );
}

function BasicFigures({ table }: { table: BasicTableReport }) {
  const styles = useStyles();
  if (!table.staffing) return null;
  return (
    <dl className={styles.figures}>
      <dt className={styles.term}>{TEXT.controlRate}</dt>
      <dd className={styles.value}>{formatPercent(table.staffing.controlRate)}</dd>
    </dl>
  );
}
