// What a person made that lives in package parts of its own: charts, pictures, pivot tables, shapes, … The file
// host saves through exceljs, which writes back only what it models and drops the rest without a word (a chart
// on a sheet is simply gone from the copy). `recalc` counts these in the original and in its copy, and says what
// the copy would lack before handing it over.
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
];

const DRAWING = /^xl\/drawings\/[^/]+\.xml$/;
// A shape or text box in a drawing (<xdr:sp>, any prefix); not <xdr:spPr>, its properties.
const SHAPE = /<(?:[\w.-]+:)?sp[\s>]/g;
const SHAPES = "个形状或文本框";

/** How many of each kind of content the package holds, by kind ("个图表" → 2); kinds it lacks are left out. */
export function contentCounts(parts: PackageParts): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (what: string, n: number) => n && counts.set(what, (counts.get(what) ?? 0) + n);
  for (const name of parts.names()) {
    const kind = PART_KINDS.find((k) => k.part.test(name));
    if (kind) add(kind.what, 1);
    else if (DRAWING.test(name)) add(SHAPES, parts.text(name)?.match(SHAPE)?.length ?? 0);
  }
  return counts;
}

/** What `before` holds that `after` does not, for a person, in a fixed order: ["1 个图表", "2 个形状或文本框"]. */
export function lostContent(before: Map<string, number>, after: Map<string, number>): string[] {
  const lost: string[] = [];
  for (const what of [...PART_KINDS.map((k) => k.what), SHAPES]) {
    const missing = (before.get(what) ?? 0) - (after.get(what) ?? 0);
    if (missing > 0) lost.push(`${missing} ${what}`);
  }
  return lost;
}
