import type { Grid } from "../core/grid/grid";

/** The workbook the preview draws: the in-memory host, seen only through what drawing needs. */
export interface WorkbookSource {
  grids(): Grid[];
  onChange(listener: () => void): () => void;
  select?(address: string): Promise<void>;
}

export interface CellPosition {
  sheet: string;
  row: number;
  col: number;
}
