import { useCallback, useEffect, useState } from "react";
import { FluentProvider, Text, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { parseRefA1 } from "../core/grid/address";
import type { Grid } from "../core/grid/grid";
import { TaskPane } from "../taskpane/TaskPane";
import type { PaneSession } from "../taskpane/types";
import type { CellPosition, WorkbookSource } from "./types";
import { WorkbookView } from "./WorkbookView";

const useStyles = makeStyles({
  page: {
    display: "grid",
    gridTemplateRows: "auto minmax(0, 1fr)",
    gridTemplateColumns: "minmax(0, 1fr) 380px",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  banner: {
    gridColumnStart: 1,
    gridColumnEnd: 3,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  workbook: { minHeight: 0, minWidth: 0, backgroundColor: tokens.colorNeutralBackground1 },
  pane: {
    minHeight: 0,
    overflowY: "auto",
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

export interface PreviewAppProps {
  session: PaneSession;
  workbook: WorkbookSource;
  fileName: string;
}

/** The browser preview: the sample workbook as tables, beside the task pane working on it in memory. */
export function PreviewApp({ session, workbook, fileName }: PreviewAppProps) {
  const styles = useStyles();
  const [grids, setGrids] = useState<Grid[]>(() => workbook.grids());
  const [active, setActive] = useState<string>(() => grids[0]?.name ?? "");
  const [selected, setSelected] = useState<CellPosition | null>(null);

  useEffect(() => workbook.onChange(() => setGrids(workbook.grids())), [workbook]);

  const goTo = useCallback(
    async (address: string) => {
      const ref = parseRefA1(address);
      if (!ref) throw new Error(`“${address}”不是有效的单元格地址`);
      if (!workbook.grids().some((g) => g.name === ref.sheet))
        throw new Error(`工作簿中没有名为“${ref.sheet}”的工作表`);
      setActive(ref.sheet);
      setSelected(ref);
      await workbook.select?.(address);
    },
    [workbook],
  );

  return (
    <FluentProvider theme={webLightTheme} lang="zh-CN" className={styles.page}>
      <header className={styles.banner}>
        <Text weight="semibold">绩效自评助手 · 浏览器预览</Text>{" "}
        <Text size={200}>
          示例工作簿 {fileName}
          ，在内存中修改，不会保存。绿色单元格为助手写入的公式，显示计算值；点选单元格可在编辑栏查看公式。
        </Text>
      </header>
      <section className={styles.workbook} aria-label="工作簿">
        <WorkbookView grids={grids} active={active} onActivate={setActive} selected={selected} onSelect={setSelected} />
      </section>
      <aside className={styles.pane} aria-label="任务窗格">
        <TaskPane session={session} goTo={goTo} />
      </aside>
    </FluentProvider>
  );
}
