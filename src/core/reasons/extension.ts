// A workbook extends the shipped phrase library with a sheet named 偏差原因词库: a header row 类型 | 名称 | 文字 and
// one phrase per row. 类型 says what the row is: 原因 (why a target was missed), 超额原因 (why it was far exceeded) or
// 措施 (an improvement measure). A row named like a shipped phrase replaces its text; any other adds a phrase.
import { a1, quoteSheet } from "../grid/address";
import { CellData, Grid } from "../grid/grid";
import { CausePhrase, DEFAULT_LIBRARY, Library, MeasurePhrase } from "./library";

export const LIBRARY_SHEET = "偏差原因词库";

const HEADERS = {
  kind: ["类型", "类别", "种类"],
  name: ["名称", "名字", "简称", "短语"],
  text: ["文字", "内容", "表述", "文本", "说明"],
} as const;

type RowKind = "missed" | "overshoot" | "measure";
const KINDS: ReadonlyArray<[RegExp, RowKind]> = [
  [/^(超额|超出|超过)(原因)?$/, "overshoot"],
  [/^(偏差|未完成)?原因(类别|分类)?$|^常见原因$/, "missed"],
  [/^(改进)?措施$|^整改措施$/, "measure"],
];

function norm(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "");
}

function textOf(cell: CellData | undefined): string {
  if (!cell || cell.value === null || cell.value === undefined) return "";
  return String(cell.value).trim();
}

function headerColumns(grid: Grid): { row: number; kind: number; name: number; text: number } | null {
  const rows = Math.min(grid.rowCount, 20);
  for (let r = 1; r <= rows; r++) {
    const found: Partial<Record<keyof typeof HEADERS, number>> = {};
    for (let c = 1; c <= grid.colCount; c++) {
      const t = norm(textOf(grid.cell(r, c)));
      for (const key of Object.keys(HEADERS) as (keyof typeof HEADERS)[])
        if (found[key] === undefined && (HEADERS[key] as readonly string[]).includes(t)) found[key] = c;
    }
    if (found.kind && found.name && found.text) return { row: r, kind: found.kind, name: found.name, text: found.text };
  }
  return null;
}

/** The shipped library (or `base`) extended by the rows of `grid`, a 偏差原因词库 sheet. */
export function readLibraryExtension(grid: Grid, base: Library = DEFAULT_LIBRARY): Library {
  const causes: CausePhrase[] = base.causes.map((c) => ({ ...c }));
  const measures: MeasurePhrase[] = base.measures.map((m) => ({ ...m }));
  const skipped: { cell: string; message: string }[] = [...(base.skipped ?? [])];
  const header = headerColumns(grid);
  const at = (row: number, col: number) => `${quoteSheet(grid.name)}!${a1(row, col)}`;
  if (!header) {
    skipped.push({ cell: at(1, 1), message: `「${grid.name}」中没有“类型、名称、文字”表头，词库未扩展` });
    return { causes, measures, skipped };
  }
  for (let r = header.row + 1; r <= grid.rowCount; r++) {
    const kindText = textOf(grid.shown(r, header.kind));
    const name = textOf(grid.shown(r, header.name));
    const text = textOf(grid.shown(r, header.text));
    if (!kindText && !name && !text) continue;
    const kind = KINDS.find(([p]) => p.test(norm(kindText)))?.[1];
    if (!kind) {
      skipped.push({
        cell: at(r, header.kind),
        message: `类型「${kindText}」无法识别，应为“原因”“超额原因”或“措施”，该行未使用`,
      });
      continue;
    }
    if (!name || !text) {
      skipped.push({
        cell: at(r, name ? header.text : header.name),
        message: `第${r}行缺少${name ? "文字" : "名称"}，该行未使用`,
      });
      continue;
    }
    if (kind === "measure") {
      const existing = measures.find((m) => m.name === name);
      if (existing) existing.text = text;
      else measures.push({ name, group: "workbook", text });
      continue;
    }
    let cause = causes.find((c) => c.name === name);
    if (!cause) {
      cause = { name, group: "workbook" };
      causes.push(cause);
    }
    cause[kind] = text;
  }
  return { causes, measures, skipped };
}

/** The library for a workbook: the shipped one, extended by its 偏差原因词库 sheet where it has one. */
export function libraryOf(grids: ReadonlyArray<Grid>, base: Library = DEFAULT_LIBRARY): Library {
  const sheet = grids.find((g) => norm(g.name) === LIBRARY_SHEET);
  return sheet ? readLibraryExtension(sheet, base) : base;
}
