// Notes a plan writes or removes. A note lives in two parts: its text in the sheet's comments part, and the box that
// shows it in the sheet's VML drawing (which also holds form controls). The notes a plan does not touch, and
// everything else in both parts, stay as written; a sheet without notes gets both parts, linked from the sheet
// (<legacyDrawing>), its relationships and [Content_Types].xml.
import { a1 } from "../../../core/grid/address";
import { PackageParts } from "../package/parts";
import { XmlScanner } from "../package/xml";
import { CONTENT_TYPES, declareExtension, declarePart } from "./content-types";
import { addRelationship } from "./relationships";
import type { SheetLayout } from "./sheet-layout";
import { WORKSHEET_ORDER } from "./worksheet-order";
import {
  Splice,
  applySplices,
  child,
  escapeAttr,
  escapeText,
  insertionPoint,
  mainNamespace,
  prefixOf,
  rawAttribute,
  readLayout,
  setAttribute,
  xstring,
} from "./xml-text";

/** The author the add-in's notes carry. */
const AUTHOR = "绩效自评助手";

export interface NoteEdit {
  row: number;
  col: number;
  /** The note's text; "" removes the note. */
  text: string;
}

/**
 * Writes the notes of one sheet into its comments and drawing parts; returns the edits of the sheet's own text
 * (a <legacyDrawing> and the relationships prefix, for a sheet that had no notes).
 */
export function writeNotes(
  parts: PackageParts,
  sheet: SheetLayout,
  notes: NoteEdit[],
  relationshipNamespace: string,
): Splice[] {
  if (!notes.length) return [];
  const rels = parts.relationships(sheet.part);
  const commentsRel = [...rels.values()].find((r) => r.type === "comments" && !r.external);
  if (!commentsRel && notes.every((n) => n.text === "")) return [];
  const sheetSplices: Splice[] = [];

  let commentsPart = commentsRel?.target;
  if (!commentsPart) {
    commentsPart = freeName(parts, "xl/comments", ".xml");
    addRelationship(parts, sheet.part, `${relationshipNamespace}/comments`, commentsPart);
    declarePart(parts, commentsPart, CONTENT_TYPES.comments);
  }
  const commentsText = parts.text(commentsPart) ?? emptyComments(mainNamespace(sheet.text));
  parts.write(commentsPart, editComments(commentsText, commentsPart, notes));

  const legacy = child(sheet, "legacyDrawing");
  const legacyId = legacy && rawAttribute(sheet.text.slice(legacy.start, legacy.openEnd), relAttribute(sheet, legacy));
  const vmlRel = legacyId !== undefined ? rels.get(legacyId) : undefined;
  let vmlPart = vmlRel && !vmlRel.external ? vmlRel.target : undefined;
  if (!vmlPart || !parts.has(vmlPart)) {
    if (!vmlPart) {
      vmlPart = freeName(parts, "xl/drawings/vmlDrawing", ".vml");
      const id = addRelationship(parts, sheet.part, `${relationshipNamespace}/vmlDrawing`, vmlPart);
      sheetSplices.push(...legacyDrawing(sheet, id, relationshipNamespace));
    }
    declareExtension(parts, "vml", CONTENT_TYPES.vml);
    parts.write(vmlPart, emptyVml(nextShapeBlock(parts)));
  }
  parts.write(vmlPart, editVml(parts.text(vmlPart)!, notes));
  return sheetSplices;
}

/** The first name `${stem}N${ext}` the package does not use. */
function freeName(parts: PackageParts, stem: string, ext: string): string {
  let n = 1;
  while (parts.has(`${stem}${n}${ext}`)) n++;
  return `${stem}${n}${ext}`;
}

/** The qualified name of the relationship id attribute on the element (`r:id`, whatever its prefix). */
function relAttribute(sheet: SheetLayout, el: { start: number; openEnd: number }): string {
  const tag = sheet.text.slice(el.start, el.openEnd);
  return /\s([\w.-]+:id)\s*=/.exec(tag)?.[1] ?? "r:id";
}

/** A <legacyDrawing> for the relationship `id`, and the relationships prefix on the root if it lacks one. */
function legacyDrawing(sheet: SheetLayout, id: string, namespace: string): Splice[] {
  const out: Splice[] = [];
  const root = sheet.text.slice(sheet.rootTag.start, sheet.rootTag.end);
  const declared = [...root.matchAll(/xmlns:([\w.-]+)\s*=\s*("[^"]*"|'[^']*')/g)].find(
    (m) => m[2].slice(1, -1) === namespace,
  );
  let prefix = declared?.[1];
  if (!prefix) {
    prefix = /xmlns:r\s*=/.test(root) ? "jxr" : "r";
    out.push({
      start: sheet.rootTag.start,
      end: sheet.rootTag.end,
      text: setAttribute(root, `xmlns:${prefix}`, escapeAttr(namespace)),
    });
  }
  const at = insertionPoint(sheet, WORKSHEET_ORDER, "legacyDrawing");
  out.push({ start: at, end: at, text: `<${sheet.prefix}legacyDrawing ${prefix}:id="${escapeAttr(id)}"/>` });
  return out;
}

function emptyComments(namespace: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${escapeAttr(namespace)}">` +
    "<authors></authors><commentList></commentList></comments>"
  );
}

/** The comments part with each note set (replacing the cell's comment) or removed. */
export function editComments(text: string, part: string, notes: NoteEdit[]): string {
  const authors: string[] = [];
  const comments = new Map<string, { start: number; end: number }>();
  const layout = readLayout(new XmlScanner(text, part), (name, x) => {
    if (name === "authors") {
      x.children("author", () => authors.push(x.textContent()));
      return true;
    }
    if (name === "commentList") {
      x.children("comment", () => {
        const start = x.tagStart;
        const ref = x.attr("ref");
        x.skip();
        if (ref !== undefined) comments.set(ref, { start, end: x.tagEnd });
      });
      return true;
    }
    return false;
  });
  const p = prefixOf(layout.rootQname);
  const splices: Splice[] = [];
  let authorId = authors.indexOf(AUTHOR);
  const authorsEl = child(layout, "authors");
  if (authorId < 0 && notes.some((n) => n.text !== "")) {
    authorId = authors.length;
    const author = `<${p}author>${AUTHOR}</${p}author>`;
    if (!authorsEl)
      splices.push({
        start: layout.rootTag.end,
        end: layout.rootTag.end,
        text: `<${p}authors>${author}</${p}authors>`,
      });
    else if (authorsEl.closeStart === authorsEl.end)
      splices.push({ start: authorsEl.start, end: authorsEl.end, text: `<${p}authors>${author}</${p}authors>` });
    else splices.push({ start: authorsEl.closeStart, end: authorsEl.closeStart, text: author });
  }
  const added: string[] = [];
  for (const n of notes) {
    const ref = a1(n.row, n.col);
    const element =
      n.text === ""
        ? ""
        : `<${p}comment ref="${ref}" authorId="${authorId}"><${p}text><${p}r><${p}t xml:space="preserve">` +
          `${escapeText(xstring(n.text))}</${p}t></${p}r></${p}text></${p}comment>`;
    const existing = comments.get(ref);
    if (existing) splices.push({ start: existing.start, end: existing.end, text: element });
    else if (element) added.push(element);
  }
  if (added.length) {
    const list = child(layout, "commentList");
    const body = added.join("");
    if (!list)
      splices.push({
        start: layout.rootClose,
        end: layout.rootClose,
        text: `<${p}commentList>${body}</${p}commentList>`,
      });
    else if (list.closeStart === list.end)
      splices.push({ start: list.start, end: list.end, text: `<${p}commentList>${body}</${p}commentList>` });
    else splices.push({ start: list.closeStart, end: list.closeStart, text: body });
  }
  return applySplices(text, splices);
}

// VML is Microsoft's older drawing markup; Excel reads it leniently and other writers follow it loosely, so its
// note boxes are found by pattern rather than parsed: a <v:shape> whose client data is a Note at a row and column.
const SHAPE = /<v:shape\b[^>]*>[\s\S]*?<\/v:shape>/g;
const NOTE_TYPE = "#_x0000_t202";
const NOTE_SHAPE_TYPE =
  `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">` +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

function emptyVml(block: number): string {
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ' +
    'xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit">' +
    `<o:idmap v:ext="edit" data="${block}"/></o:shapelayout>${NOTE_SHAPE_TYPE}</xml>`
  );
}

/** A block of shape ids no VML part of the package uses yet (each part claims blocks of 1024 in <o:idmap>). */
function nextShapeBlock(parts: PackageParts): number {
  let max = 0;
  for (const name of parts.names()) {
    if (!/\.vml$/i.test(name)) continue;
    for (const m of (parts.text(name) ?? "").matchAll(/<o:idmap\b[^>]*\bdata="([^"]*)"/g))
      for (const n of m[1].split(/[\s,]+/)) max = Math.max(max, parseInt(n, 10) || 0);
  }
  return max + 1;
}

function shapeCell(shape: string): { row: number; col: number } | undefined {
  if (!/ObjectType\s*=\s*"Note"/.test(shape)) return undefined;
  const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(shape);
  const col = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(shape);
  return row && col ? { row: Number(row[1]), col: Number(col[1]) } : undefined;
}

/** The drawing with a note box for each note that has none, and none for each note removed. */
function editVml(text: string, notes: NoteEdit[]): string {
  const boxes = new Set<string>();
  let out = text.replace(SHAPE, (shape) => {
    const at = shapeCell(shape);
    if (!at) return shape;
    const note = notes.find((n) => n.row - 1 === at.row && n.col - 1 === at.col);
    boxes.add(`${at.row},${at.col}`);
    return note && note.text === "" ? "" : shape;
  });
  let next = Math.max(1024, ...[...out.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1]))) + 1;
  const block = /<o:idmap\b[^>]*\bdata="(\d+)/.exec(out)?.[1];
  if (block && next < Number(block) * 1024 + 1) next = Number(block) * 1024 + 1;
  const added = notes
    .filter((n) => n.text !== "" && !boxes.has(`${n.row - 1},${n.col - 1}`))
    .map((n) => noteShape(next++, n.row - 1, n.col - 1))
    .join("");
  if (!added) return out;
  if (!out.includes('id="_x0000_t202"')) out = insertBeforeEnd(out, NOTE_SHAPE_TYPE);
  return insertBeforeEnd(out, added);
}

function insertBeforeEnd(vml: string, text: string): string {
  const end = vml.lastIndexOf("</xml>");
  return end < 0 ? vml + text : vml.slice(0, end) + text + vml.slice(end);
}

/** A hidden note box beside the cell (0-based row and column), as Excel draws one. */
function noteShape(id: number, row: number, col: number): string {
  const anchor = [col + 1, 15, Math.max(0, row - 1), 10, col + 3, 15, row + 3, 4].join(", ");
  return (
    `<v:shape id="_x0000_s${id}" type="${NOTE_TYPE}" style="position:absolute;margin-left:59.25pt;` +
    'margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" ' +
    'o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow color="black" obscured="t"/>' +
    '<v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div>' +
    '</v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>' +
    `<x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row>` +
    `<x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}
