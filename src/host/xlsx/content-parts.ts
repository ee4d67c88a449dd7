// What a person made that exceljs may not keep: parts of their own (charts, pictures, pivot tables, …) and some
// things inside parts (shapes in a drawing, Excel 2010's extensions of a sheet). The file host saves through
// exceljs, which writes back only what it models and drops the rest without a word (a chart on a sheet is simply
// gone from the copy). `recalc` counts these in the original and in its copy, and says what the copy would lack
// before handing it over.
import { PackageParts } from "./package/parts";

interface PartKind {
  /** How a person calls it, with its measure word: "个图表". */
  what: string;
  part: RegExp;
}

const PART_KINDS: PartKind[] = [
  { what: "个图表", part: /^xl\/charts\/chart[^/]*\.xml$/ },
  { what: "张图表工作表", part: /^xl\/chartsheets\/[^/]+\.xml$/ },
  { what: "个数据透视表", part: /^xl\/pivotTables\/[^/]+\.xml$/ },
  { what: "张图片", part: /^xl\/media\/[^/]+$/ },
  { what: "个嵌入对象", part: /^xl\/embeddings\/[^/]+$/ },
  { what: "个外部链接", part: /^xl\/externalLinks\/[^/]+\.xml$/ },
  { what: "个表格（列表）", part: /^xl\/tables\/[^/]+\.xml$/ },
  { what: "个表单控件", part: /^xl\/ctrlProps\/[^/]+$/ },
  { what: "个切片器", part: /^xl\/slicers\/[^/]+\.xml$/ },
  { what: "组新式批注", part: /^xl\/threadedComments\/[^/]+\.xml$/ },
  // A .xlsm's macros; an .xlsx (all `recalc` writes) cannot hold them.
  { what: "个宏工程（VBA）", part: /^xl\/vbaProject\.bin$/ },
];

/** Content that lives inside a part: how many times `count` occurs in the parts `part` names. */
interface InsideKind {
  what: string;
  part: RegExp;
  count: RegExp;
}

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

const INSIDE_KINDS: InsideKind[] = [
  // A shape or text box in a drawing (<xdr:sp>, any prefix); not <xdr:spPr>, its properties.
  { what: "个形状或文本框", part: /^xl\/drawings\/[^/]+\.xml$/, count: /<(?:[\w.-]+:)?sp[\s>]/g },
  // Excel 2010's own extensions of a sheet, which exceljs drops: a drop-down list whose items are on another sheet
  // is written this way, and so are sparklines.
  { what: "处引用其他工作表的数据验证（下拉列表）", part: WORKSHEET, count: /<x14:dataValidation[\s>]/g },
  { what: "组迷你图", part: WORKSHEET, count: /<x14:sparklineGroup[\s>]/g },
  // exceljs writes no <workbookProtection>: a workbook whose sheets were locked against adding, deleting or
  // renaming would come back unlocked. LibreOffice writes the element empty into every workbook: that locks nothing.
  {
    what: "项工作簿保护（锁定结构）",
    part: /^xl\/workbook\.xml$/,
    count: /<(?:[\w.-]+:)?workbookProtection\s[^>]*\block(?:Structure|Windows)="(?:1|true)"/g,
  },
];

/** How many of each kind of content the package holds, by kind ("个图表" → 2); kinds it lacks are left out. */
export function contentCounts(parts: PackageParts): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (what: string, n: number) => n && counts.set(what, (counts.get(what) ?? 0) + n);
  for (const name of parts.names()) {
    const kind = PART_KINDS.find((k) => k.part.test(name));
    if (kind) add(kind.what, 1);
    const inside = INSIDE_KINDS.filter((k) => k.part.test(name));
    if (!inside.length) continue;
    const text = parts.text(name) ?? "";
    for (const k of inside) add(k.what, text.match(k.count)?.length ?? 0);
  }
  return counts;
}

/** What `before` holds that `after` does not, for a person, in a fixed order: ["1 个图表", "2 个形状或文本框"]. */
export function lostContent(before: Map<string, number>, after: Map<string, number>): string[] {
  const lost: string[] = [];
  for (const { what } of [...PART_KINDS, ...INSIDE_KINDS]) {
    const missing = (before.get(what) ?? 0) - (after.get(what) ?? 0);
    if (missing > 0) lost.push(`${missing} ${what}`);
  }
  return lost;
}
