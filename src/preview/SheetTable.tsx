import { useEffect, useRef } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { a1, colLetters } from "../core/grid/address";
import type { Grid } from "../core/grid/grid";
import { cellText } from "./cell-text";

const useStyles = makeStyles({
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    fontFamily: tokens.fontFamilyBase,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
  rowHeader: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    textAlign: "right",
  },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    minWidth: "48px",
    maxWidth: "260px",
    verticalAlign: "top",
    whiteSpace: "pre-wrap",
    wordBreak: "break-word",
    cursor: "cell",
  },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  formula: { backgroundColor: tokens.colorPaletteGreenBackground1 },
  selected: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
    backgroundColor: tokens.colorBrandBackground2,
  },
});

export interface SheetTableProps {
  grid: Grid;
  selected: { row: number; col: number } | null;
  onSelect: (row: number, col: number) => void;
}

export function SheetTable({ grid, selected, onSelect }: SheetTableProps) {
  const styles = useStyles();
  const selectedRef = useRef<HTMLTableCellElement | null>(null);
  useEffect(() => {
    selectedRef.current?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [selected]);

  const cols = Math.max(grid.colCount, ...grid.merges.map((m) => m.right), 1);
  const rows = Math.max(grid.rowCount, ...grid.merges.map((m) => m.bottom), 1);
  const columnNumbers = Array.from({ length: cols }, (_, i) => i + 1);

  return (
    <table className={styles.table} data-sheet={grid.name} aria-label={grid.name}>
      <thead>
        <tr>
          <th className={styles.header} scope="col" />
          {columnNumbers.map((c) => (
            <th key={c} className={styles.header} scope="col">
              {colLetters(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: rows }, (_, i) => i + 1).map((r) => (
          <tr key={r}>
            <th className={styles.rowHeader} scope="row">
              {r}
            </th>
            {columnNumbers.map((c) => {
              const merge = grid.mergeAt(r, c);
              if (merge && (merge.top !== r || merge.left !== c)) return null;
              const cell = grid.cell(r, c);
              const isSelected = selected?.row === r && selected?.col === c;
              return (
                <td
                  key={c}
                  ref={isSelected ? selectedRef : undefined}
                  rowSpan={merge ? merge.bottom - merge.top + 1 : undefined}
                  colSpan={merge ? merge.right - merge.left + 1 : undefined}
                  data-cell={a1(r, c)}
                  data-formula={cell?.formula}
                  title={cell?.formula}
                  data-selected={isSelected || undefined}
                  className={mergeClasses(
                    styles.cell,
                    typeof cell?.value === "number" && styles.number,
                    cell?.formula !== undefined && styles.formula,
                    isSelected && styles.selected,
                  )}
                  onClick={() => onSelect(r, c)}
                >
                  {cellText(cell)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
