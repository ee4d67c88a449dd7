/**
 * What a written copy of a workbook may differ in from the original: each zip entry compared, the untouched ones
 * byte for byte, the rewritten ones as parsed XML (fast-xml-parser, independent of the host's own scanner) with the
 * plan's cells, formats, names, validation and notes taken out, and what is left must be equal. Also the order the
 * schema prescribes in the parts the host rewrites. Each finding is a readable line; none means the copy holds
 * nothing but the plan.
 */
import { XMLParser } from "fast-xml-parser";
import { Area, a1, areaContains, colNumber } from "../../src/core/grid/address";
import { WorkbookData } from "../../src/app/host";
import { WritePlan } from "../../src/core/plan/write-plan";
import { SETTINGS_SHEET } from "../../src/host/xlsx";
import { readWorkbookPackage } from "../../src/host/xlsx/package";
import { readZip } from "../cli/support/zip";

type Node = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
});

export function parseXml(text: string): Node[] {
  return parser.parse(text) as Node[];
}

export function qname(n: Node): string {
  return Object.keys(n).find((k) => k !== ":@")!;
}
export function localName(n: Node): string {
  return qname(n).replace(/^.*:/, "");
}
export function attrs(n: Node): Record<string, string> {
  return (n[":@"] as Record<string, string> | undefined) ?? {};
}
export function kids(n: Node): Node[] {
  const k = n[qname(n)];
  return Array.isArray(k) ? (k as Node[]) : [];
}
export function root(nodes: Node[]): Node {
  return nodes.find((n) => !qname(n).startsWith("?"))!;
}
function child(n: Node, name: string): Node | undefined {
  return kids(n).find((c) => localName(c) === name);
}
function text(n: Node): string {
  return kids(n)
    .map((c) => (qname(c) === "#text" ? String(c["#text"]) : text(c)))
    .join("");
}
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

// ---------------------------------------------------------------------------------------------------------------
// Schema order, as ECMA-376 Part 1 (Annex A, sml.xsd) lists the children of each root the host rewrites. Written
// out here on their own, not taken from the host, so the check is independent of what the host believes.

const SCHEMA_ORDER: Record<string, string[]> = {
  worksheet: [
    ...["sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection"],
    ...["protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews"],
    ...["mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions"],
    ...["pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches"],
    ...["ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture"],
    ...["oleObjects", "controls", "webPublishItems", "tableParts", "extLst"],
  ],
  workbook: [
    ...["fileVersion", "fileSharing", "workbookPr", "workbookProtection", "bookViews", "sheets", "functionGroups"],
    ...["externalReferences", "definedNames", "calcPr", "oleSize", "customWorkbookViews", "pivotCaches"],
    ...["smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"],
  ],
  styleSheet: [
    ...["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles"],
    ...["colors", "extLst"],
  ],
  comments: ["authors", "commentList", "extLst"],
  // CT_Row holds cells only; CT_Cell: f, v, is, extLst.
  c: ["f", "v", "is", "extLst"],
  dataValidation: ["formula1", "formula2"],
};

/** Where a part's elements break the schema's order: children of a known element, rows and cells by address. */
export function schemaOrderProblems(part: string, xml: string): string[] {
  const out: string[] = [];
  const walk = (n: Node) => {
    const order = SCHEMA_ORDER[localName(n)];
    if (order) {
      let last = -1;
      for (const c of kids(n)) {
        const rank = order.indexOf(localName(c));
        if (rank < 0) continue;
        if (rank < last) out.push(`${part}: <${qname(c)}> after a later element in <${qname(n)}>`);
        last = Math.max(last, rank);
      }
    }
    if (localName(n) === "sheetData") {
      let lastRow = 0;
      for (const row of kids(n).filter((c) => localName(c) === "row")) {
        const r = Number(attrs(row).r);
        if (r <= lastRow) out.push(`${part}: row ${r} after row ${lastRow}`);
        lastRow = r;
        let lastCol = 0;
        for (const c of kids(row).filter((x) => localName(x) === "c")) {
          const col = colNumber(/^[A-Z]+/.exec(attrs(c).r)![0]);
          if (col <= lastCol) out.push(`${part}: cell ${attrs(c).r} after column ${lastCol}`);
          lastCol = col;
        }
      }
    }
    for (const c of kids(n)) if (qname(c) !== "#text") walk(c);
  };
  walk(root(parseXml(xml)));
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// The copy against the original.

export interface CopyReport {
  /** Entries whose bytes differ (or that were added or removed). */
  touched: string[];
  /** What differs beyond the plan. */
  problems: string[];
}

/** Compares a copy with its original, given the plan that was applied (with its undo's names, for the names). */
export function compareCopy(original: Buffer, copy: Buffer, plan: WritePlan): CopyReport {
  const before = new Map(readZip(original).map((e) => [e.name, e.data]));
  const after = new Map(readZip(copy).map((e) => [e.name, e.data]));
  const problems: string[] = [];
  const touched: string[] = [];
  const sheetNames = sheetsByPart(before);
  const settingsPart = [...sheetsByPart(after)].find(([, sheet]) => sheet === SETTINGS_SHEET)?.[0];
  for (const name of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(name);
    const b = after.get(name);
    if (a && b && a.equals(b)) continue;
    touched.push(name);
    if (!b) {
      if (name !== "xl/calcChain.xml") problems.push(`${name}: removed`);
      continue;
    }
    if (!a) {
      // The plan's notes, and its settings in their very hidden sheet, may need parts of their own.
      if (!/^xl\/(comments\d+\.xml|drawings\/vmlDrawing\d+\.vml)$|\.rels$/.test(name) && name !== settingsPart)
        problems.push(`${name}: added`);
      continue;
    }
    const was = a.toString("utf8");
    const now = b.toString("utf8");
    const sheet = sheetNames.get(name);
    if (sheet !== undefined) problems.push(...compareSheet(name, sheet, was, now, plan));
    else if (name === "xl/styles.xml") problems.push(...compareStyles(was, now));
    else if (name === "xl/workbook.xml") problems.push(...compareWorkbookPart(was, now));
    else if (name === "[Content_Types].xml" || name.endsWith(".rels"))
      problems.push(...compareListAdded(name, was, now));
    else if (/^xl\/comments\d+\.xml$/.test(name)) problems.push(...compareComments(name, was, now, plan));
    else if (/\.vml$/.test(name)) {
      const shapes = (s: string) => s.match(/<v:shape\b[\s\S]*?<\/v:shape>/g) ?? [];
      for (const s of shapes(was)) if (!now.includes(s)) problems.push(`${name}: a note box went missing`);
    } else problems.push(`${name}: changed, and nothing the plan writes lives there`);
    if (sheet !== undefined || name === "xl/styles.xml" || name === "xl/workbook.xml")
      problems.push(...schemaOrderProblems(name, now));
  }
  problems.push(...compareReadings(readWorkbookPackage(original), readWorkbookPackage(copy), plan));
  return { touched: touched.sort(), problems };
}

function sheetsByPart(entries: Map<string, Buffer>): Map<string, string> {
  const out = new Map<string, string>();
  const workbook = root(parseXml(entries.get("xl/workbook.xml")!.toString("utf8")));
  const rels = root(parseXml(entries.get("xl/_rels/workbook.xml.rels")!.toString("utf8")));
  const targets = new Map(kids(rels).map((r) => [attrs(r).Id, attrs(r).Target]));
  for (const s of kids(child(workbook, "sheets")!)) {
    const a = attrs(s);
    const id = Object.entries(a).find(([k]) => /(^|:)id$/.test(k))?.[1];
    const target = targets.get(id ?? "");
    if (target) out.set(target.startsWith("/") ? target.slice(1) : `xl/${target}`, a.name);
  }
  return out;
}

/** A worksheet: every element equal but the plan's cells, validation, the notes link and the dimension. */
function compareSheet(part: string, sheet: string, was: string, now: string, plan: WritePlan): string[] {
  const out: string[] = [];
  const planned = new Set(plan.cells.filter((w) => w.ref.sheet === sheet).map((w) => a1(w.ref.row, w.ref.col)));
  const a = root(parseXml(was));
  const b = root(parseXml(now));
  const ra = { ...attrs(a) };
  const rb = { ...attrs(b) };
  for (const k of Object.keys(rb)) if (!(k in ra) && k.startsWith("xmlns:")) delete rb[k];
  if (!same(ra, rb)) out.push(`${part}: the root's attributes changed`);
  const skip = new Set(["sheetData", "dataValidations", "dimension", "legacyDrawing", "extLst"]);
  const rest = (n: Node) => kids(n).filter((c) => qname(c) === "#text" || !skip.has(localName(c)));
  if (!same(rest(a), rest(b))) out.push(`${part}: elements beyond the cells, validation and notes changed`);
  const legacyA = child(a, "legacyDrawing");
  if (legacyA && !same(legacyA, child(b, "legacyDrawing"))) out.push(`${part}: <legacyDrawing> changed`);
  const dimA = child(a, "dimension");
  if (!!dimA !== !!child(b, "dimension")) out.push(`${part}: <dimension> added or removed`);
  out.push(...compareExtensions(part, child(a, "extLst"), child(b, "extLst")));
  out.push(...compareCells(part, child(a, "sheetData"), child(b, "sheetData"), planned));
  out.push(...compareValidations(part, sheet, a, b, plan));
  return out;
}

/** Where the data validation of two versions of a sheet differs, cell by cell (see compareValidations). */
export function validationProblems(part: string, was: string, now: string): string[] {
  const plan: WritePlan = { cells: [], validations: [], names: [], settings: {} };
  return compareValidations(part, "", root(parseXml(was)), root(parseXml(now)), plan);
}

const X14_VALIDATIONS = "{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}";

/** The extension list equal, but for the x14 validation (compared with the validation). */
function compareExtensions(part: string, a: Node | undefined, b: Node | undefined): string[] {
  const others = (n: Node | undefined) => (n ? kids(n).filter((e) => attrs(e).uri !== X14_VALIDATIONS) : []);
  return same(others(a), others(b)) ? [] : [`${part}: the extension list changed beyond validation`];
}

function cellsOf(sheetData: Node | undefined): Map<string, { cell: Node; row: Node }> {
  const out = new Map<string, { cell: Node; row: Node }>();
  for (const row of sheetData ? kids(sheetData) : []) {
    if (localName(row) !== "row") continue;
    for (const cell of kids(row)) if (localName(cell) === "c") out.set(attrs(cell).r, { cell, row });
  }
  return out;
}

function compareCells(part: string, a: Node | undefined, b: Node | undefined, planned: Set<string>): string[] {
  const out: string[] = [];
  const ca = cellsOf(a);
  const cb = cellsOf(b);
  for (const ref of new Set([...ca.keys(), ...cb.keys()])) {
    if (planned.has(ref)) continue;
    const x = ca.get(ref)?.cell;
    const y = cb.get(ref)?.cell;
    if (same(x, y)) continue;
    // A cell that shared a master formula the plan replaced has that formula written out: same formula, read.
    const shared = x && y && attrs(child(x, "f") ?? {}).t === "shared" && !attrs(child(y, "f") ?? {}).t;
    if (shared && same(attrs(x), attrs(y)) && same(child(x, "v"), child(y, "v"))) continue;
    out.push(`${part}: cell ${ref} changed`);
  }
  const rowAttrs = (n: Node | undefined) =>
    new Map(
      (n ? kids(n) : [])
        .filter((r) => localName(r) === "row")
        .map((r) => {
          const { spans: _spans, ...rest } = attrs(r);
          return [attrs(r).r, rest] as const;
        }),
    );
  const ra = rowAttrs(a);
  const rb = rowAttrs(b);
  for (const [r, x] of ra) if (!same(x, rb.get(r))) out.push(`${part}: row ${r} changed or vanished`);
  for (const [r, y] of rb) {
    if (ra.has(r)) continue;
    const row = kids(b!).find((n) => attrs(n).r === r)!;
    if (kids(row).some((c) => localName(c) === "c" && !planned.has(attrs(c).r)) || Object.keys(y).length > 1)
      out.push(`${part}: row ${r} added with more than the plan's cells`);
  }
  return out;
}

/** Each rule as a key, with its areas: main rules and x14 ones. */
function rulesOf(ws: Node): { key: string; areas: Area[] }[] {
  const out: { key: string; areas: Area[] }[] = [];
  const areas = (sqref: string) =>
    sqref
      .split(/\s+/)
      .filter(Boolean)
      .map((t) => {
        const [from, to = from] = t.replace(/\$/g, "").split(":");
        const p = (x: string) => ({ row: Number(/\d+$/.exec(x)![0]), col: colNumber(/^[A-Z]+/.exec(x)![0]) });
        const [f, g] = [p(from), p(to)];
        return { top: f.row, left: f.col, bottom: g.row, right: g.col };
      });
  for (const v of kids(child(ws, "dataValidations") ?? {}).filter((n) => localName(n) === "dataValidation")) {
    const { sqref, ...rest } = attrs(v);
    out.push({ key: JSON.stringify(["main", rest, kids(v)]), areas: areas(sqref ?? "") });
  }
  for (const ext of kids(child(ws, "extLst") ?? {}).filter((e) => attrs(e).uri === X14_VALIDATIONS))
    for (const list of kids(ext).filter((n) => localName(n) === "dataValidations"))
      for (const v of kids(list).filter((n) => localName(n) === "dataValidation")) {
        const body = kids(v).filter((n) => localName(n) !== "sqref");
        out.push({ key: JSON.stringify(["x14", attrs(v), body]), areas: areas(text(child(v, "sqref") ?? {})) });
      }
  return out;
}

/**
 * The rule of every cell, compared at one cell of each block of the grid that the rules' and plan's edges cut: a
 * rule set is constant on each block, so this compares every cell without walking whole columns.
 */
function compareValidations(part: string, sheet: string, a: Node, b: Node, plan: WritePlan): string[] {
  const before = rulesOf(a);
  const after = rulesOf(b);
  const planned = plan.validations.filter((v) => v.sheet === sheet);
  const all = [...before, ...after].flatMap((r) => r.areas).concat(planned.map((v) => v.area));
  const rows = [...new Set(all.flatMap((x) => [x.top, x.bottom + 1]))].sort((p, q) => p - q);
  const cols = [...new Set(all.flatMap((x) => [x.left, x.right + 1]))].sort((p, q) => p - q);
  const ruleAt = (rules: typeof before, row: number, col: number) =>
    rules
      .filter((r) => r.areas.some((x) => areaContains(x, row, col)))
      .map((r) => r.key)
      .sort();
  const out: string[] = [];
  for (const row of rows)
    for (const col of cols) {
      const v = planned.find((p) => areaContains(p.area, row, col));
      const now = ruleAt(after, row, col);
      if (v) {
        const key = now.length === 1 ? (JSON.parse(now[0]) as [string, Record<string, string>]) : undefined;
        const rule = key?.[1];
        if (!rule || key[0] !== "main" || rule.prompt !== v.prompt.message || rule.type !== v.rule.type)
          out.push(`${part}: ${a1(row, col)} lacks the plan's validation`);
      } else if (!same(ruleAt(before, row, col), now)) out.push(`${part}: validation of ${a1(row, col)} changed`);
    }
  return out;
}

/** Styles: the formats and cell formats the original had, unchanged and at their indexes; the rest equal. */
function compareStyles(was: string, now: string): string[] {
  const out: string[] = [];
  const a = root(parseXml(was));
  const b = root(parseXml(now));
  for (const name of ["numFmts", "cellXfs"]) {
    const x = kids(child(a, name) ?? {}).filter((n) => qname(n) !== "#text");
    const y = kids(child(b, name) ?? {}).filter((n) => qname(n) !== "#text");
    if (!same(x, y.slice(0, x.length))) out.push(`xl/styles.xml: the original <${name}> entries changed`);
  }
  const rest = (n: Node) => kids(n).filter((c) => !["numFmts", "cellXfs"].includes(localName(c)));
  if (!same(rest(a), rest(b))) out.push("xl/styles.xml: more than formats changed");
  return out;
}

/** workbook.xml: names other than the add-in's equal, calcPr equal but for recalculation on load, the rest equal. */
function compareWorkbookPart(was: string, now: string): string[] {
  const out: string[] = [];
  const a = root(parseXml(was));
  const b = root(parseXml(now));
  const persons = (n: Node) =>
    kids(child(n, "definedNames") ?? {}).filter((d) => qname(d) !== "#text" && !attrs(d).name?.startsWith("JX_"));
  if (!same(persons(a), persons(b))) out.push("xl/workbook.xml: a person's defined names changed");
  const calc = (n: Node) => {
    const { fullCalcOnLoad: _f, ...rest } = attrs(child(n, "calcPr") ?? {});
    return rest;
  };
  if (!same(calc(a), calc(b))) out.push("xl/workbook.xml: <calcPr> changed beyond fullCalcOnLoad");
  const sheets = (n: Node) => kids(child(n, "sheets") ?? {}).filter((c) => qname(c) !== "#text");
  const added = sheets(b).slice(sheets(a).length);
  if (!same(sheets(a), sheets(b).slice(0, sheets(a).length)) || added.some((s) => attrs(s).name !== SETTINGS_SHEET))
    out.push("xl/workbook.xml: sheets other than the settings sheet changed");
  const rest = (n: Node) => kids(n).filter((c) => !["definedNames", "calcPr", "sheets"].includes(localName(c)));
  if (!same(rest(a), rest(b))) out.push("xl/workbook.xml: more than names, calcPr and the settings sheet changed");
  return out;
}

/** [Content_Types].xml and relationship parts: every entry the original had is still there (calcChain aside). */
function compareListAdded(part: string, was: string, now: string): string[] {
  const entries = (s: string) =>
    kids(root(parseXml(s)))
      .filter((n) => qname(n) !== "#text")
      .map((n) => JSON.stringify(n));
  const after = new Set(entries(now));
  return entries(was)
    .filter((e) => !after.has(e) && !/calcChain/.test(e))
    .map((e) => `${part}: ${e} went missing`);
}

function compareComments(part: string, was: string, now: string, plan: WritePlan): string[] {
  const planned = new Set(plan.cells.filter((w) => w.note !== undefined).map((w) => a1(w.ref.row, w.ref.col)));
  const comments = (s: string) =>
    kids(child(root(parseXml(s)), "commentList") ?? {}).filter(
      (c) => localName(c) === "comment" && !planned.has(attrs(c).ref),
    );
  const authors = (s: string) => kids(child(root(parseXml(s)), "authors") ?? {});
  const out: string[] = [];
  if (!same(comments(was), comments(now))) out.push(`${part}: notes beyond the plan's changed`);
  if (!same(authors(was), authors(now).slice(0, authors(was).length))) out.push(`${part}: the authors changed`);
  return out;
}

/** What the reader reads: every cell the plan did not write as before, the plan's cells as it wrote them. */
function compareReadings(before: WorkbookData, after: WorkbookData, plan: WritePlan): string[] {
  const out: string[] = [];
  const written = new Map(plan.cells.map((w) => [`${w.ref.sheet}!${a1(w.ref.row, w.ref.col)}`, w]));
  if (
    !same(
      before.sheets.map((s) => s.name),
      after.sheets.map((s) => s.name),
    )
  )
    out.push("sheets changed");
  for (const g of before.sheets) {
    const h = after.sheets.find((s) => s.name === g.name)!;
    if (!same(g.merges, h.merges)) out.push(`${g.name}: merges changed`);
    const rows = Math.max(g.rowCount, h.rowCount);
    const cols = Math.max(g.colCount, h.colCount);
    for (let r = 1; r <= rows; r++)
      for (let c = 1; c <= cols; c++) {
        const at = `${g.name}!${a1(r, c)}`;
        const w = written.get(at);
        const y = h.cell(r, c);
        if (!w) {
          if (!same(g.cell(r, c), y)) out.push(`${at} reads ${JSON.stringify(y)}, was ${JSON.stringify(g.cell(r, c))}`);
          continue;
        }
        if (w.formula !== undefined && y?.formula !== w.formula)
          out.push(`${at}: formula ${y?.formula} ≠ ${w.formula}`);
        if (
          w.formula === undefined &&
          w.value !== undefined &&
          (y?.value ?? null) !== (w.value === "" ? null : w.value)
        )
          out.push(`${at}: value ${y?.value} ≠ ${w.value}`);
        if (w.numFmt !== undefined && (y?.numFmt ?? "General") !== w.numFmt)
          out.push(`${at}: format ${y?.numFmt} ≠ ${w.numFmt}`);
        if (w.note !== undefined && (y?.note ?? "") !== w.note) out.push(`${at}: note ${y?.note} ≠ ${w.note}`);
      }
  }
  for (const [k, v] of Object.entries(plan.settings))
    if (after.settings[k] !== v) out.push(`setting ${k}: ${after.settings[k]} ≠ ${v}`);
  const own = (d: WorkbookData) => d.names.filter((n) => !n.name.startsWith("JX_"));
  if (!same(own(before), own(after))) out.push("a person's names changed");
  const sorted = (names: WorkbookData["names"]) => [...names].sort((x, y) => x.name.localeCompare(y.name));
  const jx = after.names.filter((n) => n.name.startsWith("JX_"));
  if (plan.replaceNames && !same(sorted(jx), sorted(plan.names))) out.push(`names: ${JSON.stringify(jx)} ≠ the plan's`);
  return out;
}
