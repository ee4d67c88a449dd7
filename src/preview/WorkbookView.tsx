import { Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import { a1 } from "../core/grid/address";
import type { Grid } from "../core/grid/grid";
import { cellText } from "./cell-text";
import { SheetTable } from "./SheetTable";
import type { CellPosition } from "./types";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", minHeight: 0, height: "100%" },
  formulaBar: {
    display: "grid",
    gridTemplateColumns: "140px 1fr",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
  address: { color: tokens.colorNeutralForeground3, overflow: "hidden", textOverflow: "ellipsis" },
  content: { whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" },
  sheets: { flexGrow: 1, overflow: "auto", minHeight: 0 },
});

export interface WorkbookViewProps {
  grids: Grid[];
  active: string;
  onActivate: (sheet: string) => void;
  selected: CellPosition | null;
  onSelect: (position: CellPosition) => void;
}

export function WorkbookView({ grids, active, onActivate, selected, onSelect }: WorkbookViewProps) {
  const styles = useStyles();
  const grid = grids.find((g) => g.name === active);
  const cell = selected && grid && selected.sheet === active ? grid.cell(selected.row, selected.col) : undefined;
  const address = selected ? `${selected.sheet}!${a1(selected.row, selected.col)}` : "";
  return (
    <div className={styles.view}>
      <TabList
        selectedValue={active}
        onTabSelect={(_, data) => onActivate(String(data.value))}
        aria-label="工作表"
        size="small"
      >
        {grids.map((g) => (
          <Tab key={g.name} value={g.name}>
            {g.name}
          </Tab>
        ))}
      </TabList>
      <div className={styles.formulaBar} aria-label="编辑栏" data-testid="formula-bar">
        <Text className={styles.address}>{address}</Text>
        <Text className={styles.content}>{cell?.formula ?? cellText(cell)}</Text>
      </div>
      <div className={styles.sheets}>
        {grids.map((g) => (
          <div key={g.name} hidden={g.name !== active} role="tabpanel" aria-label={g.name}>
            <SheetTable
              grid={g}
              selected={selected && selected.sheet === g.name ? selected : null}
              onSelect={(row, col) => onSelect({ sheet: g.name, row, col })}
            />
          </div>
        ))}
      </div>
    </div>
  );
}
