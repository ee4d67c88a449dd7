// A worksheet's data validation as the file host edits it: the rules of <dataValidations>, and those Excel 2010
// keeps in the sheet's extension list (x14:dataValidation, e.g. a drop-down list whose items are on another sheet).
// A cell has one rule, so setting an area's rule takes the area out of every rule that covered it; a rule whose
// area does not change keeps its element as written.
import { Area, a1, areasIntersect } from "../../../core/grid/address";
import { ValidationRestore, ValidationWrite } from "../../../core/plan/write-plan";
import { validationText } from "../../../core/plan/validation-text";
import { parseAreaRef } from "../package/cell-address";
import { XmlScanner } from "../package/xml";
import { Child, Splice, escapeAttr, escapeText, insertionPoint, readLayout, setAttribute } from "./xml-text";
import type { SheetLayout } from "./sheet-layout";
import { WORKSHEET_ORDER } from "./worksheet-order";

/** The extension (x14) that holds data validation. */
const X14_VALIDATIONS = "{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}";
/** Where a rule's area goes in its element's text. */
const SQREF = "\u0000";

type Where = "main" | "x14";

interface Rule {
  where: Where;
  /** The rule's element, its area replaced by SQREF. */
  body: string;
  areas: Area[];
  /** Parts of the area this host cannot read (kept as written). */
  opaque: string[];
  /** The element as written, while the rule's area is unchanged. */
  written?: string;
}

/** The opening tags that hold x14 rules, to write them anew when a rule is put back into a sheet that lost them. */
interface X14Holder {
  ext: string;
  list: string;
}

/** The file host's record of an area's former rules (ValidationRestore.previous). */
export interface FormerValidation {
  rules: { where: Where; body: string; areas: Area[] }[];
  x14?: X14Holder;
}

interface X14Place {
  /** The ext element (offsets in the sheet). */
  ext: { start: number; end: number };
  /** The list element inside it. */
  list: { start: number; end: number; openEnd: number; closeStart: number; qname: string };
}

export class SheetValidations {
  private readonly rules: Rule[] = [];
  private readonly prefix: string;
  private readonly main?: Child;
  private readonly extLst?: Child;
  private x14?: X14Place;
  private x14Holder?: X14Holder;

  constructor(private readonly sheet: SheetLayout) {
    this.prefix = sheet.prefix;
    this.main = sheet.children.find((c) => c.name === "dataValidations");
    this.extLst = sheet.children.find((c) => c.name === "extLst");
    if (this.main) this.readMain(this.main);
    if (this.extLst) this.readExtensions(this.extLst);
  }

  /** Sets `v` over its area; returns what puts the area back, or null where the area already has this very rule. */
  set(v: ValidationWrite): ValidationRestore | null {
    const body = ruleBody(this.prefix, v);
    if (this.alreadyHas(v.area, body)) return null;
    // null where the area had no rule, as every host records it (ValidationRestore).
    const rules = this.rulesIn(v.area);
    const previous: FormerValidation | null = rules.length ? { rules, x14: this.x14Holder } : null;
    this.clear(v.area);
    const same = this.rules.find((r) => r.where === "main" && r.body === body && !r.written);
    if (same) same.areas.push(v.area);
    else this.rules.push({ where: "main", body, areas: [v.area], opaque: [] });
    return { sheet: v.sheet, area: v.area, previous };
  }

  /** Puts back the rules an area had (what `set` returned). */
  restore(r: ValidationRestore): void {
    const previous = r.previous as FormerValidation | null;
    this.clear(r.area);
    for (const rule of previous?.rules ?? []) this.rules.push({ ...rule, areas: [...rule.areas], opaque: [] });
    if (previous?.x14 && !this.x14Holder) this.x14Holder = previous.x14;
  }

  /** The edits of the sheet's text, none when nothing changed. */
  splices(): Splice[] {
    const out: Splice[] = [];
    const touched = (where: Where) => this.rules.some((r) => r.where === where && r.written === undefined);
    const elements = (where: Where) => this.rules.filter((r) => r.where === where && hasArea(r)).map(elementOf);
    if (touched("main")) out.push(this.mainSplice(elements("main")));
    if (touched("x14")) out.push(...this.x14Splices(elements("x14")));
    return out;
  }

  private mainSplice(elements: string[]): Splice {
    const p = this.prefix;
    const list = (open: string) =>
      elements.length
        ? `${setAttribute(open, "count", String(elements.length))}${elements.join("")}</${p}dataValidations>`
        : "";
    if (this.main) {
      const open = this.sheet.text.slice(this.main.start, this.main.openEnd).replace(/\s*\/>$/, ">");
      return { start: this.main.start, end: this.main.end, text: list(open) };
    }
    const at = insertionPoint(this.sheet, WORKSHEET_ORDER, "dataValidations");
    return { start: at, end: at, text: list(`<${p}dataValidations>`) };
  }

  private x14Splices(elements: string[]): Splice[] {
    const text = this.sheet.text;
    if (this.x14) {
      const { ext, list } = this.x14;
      // The list must hold a rule: an emptied one goes with its extension.
      if (!elements.length) return [{ start: ext.start, end: ext.end, text: "" }];
      const open = setAttribute(text.slice(list.start, list.openEnd), "count", String(elements.length));
      return [{ start: list.start, end: list.end, text: `${open}${elements.join("")}</${list.qname}>` }];
    }
    if (!elements.length || !this.x14Holder) return [];
    const { ext, list } = this.x14Holder;
    const holder =
      `${ext}${setAttribute(list, "count", String(elements.length))}${elements.join("")}` +
      `</${qnameOf(list)}></${qnameOf(ext)}>`;
    const p = this.prefix;
    const extLst = this.extLst;
    if (extLst && extLst.closeStart !== extLst.end)
      return [{ start: extLst.closeStart, end: extLst.closeStart, text: holder }];
    if (extLst) return [{ start: extLst.start, end: extLst.end, text: `<${p}extLst>${holder}</${p}extLst>` }];
    const at = insertionPoint(this.sheet, WORKSHEET_ORDER, "extLst");
    return [{ start: at, end: at, text: `<${p}extLst>${holder}</${p}extLst>` }];
  }

  /** Whether every cell of `area` has the rule `body` already (one rectangle of it covers the area). */
  private alreadyHas(area: Area, body: string): boolean {
    let covered = false;
    for (const r of this.rules) {
      if (!r.areas.some((a) => areasIntersect(a, area)) && !r.opaque.length) continue;
      if (r.where !== "main" || r.body !== body || r.opaque.length) return false;
      if (r.areas.some((a) => contains(a, area))) covered = true;
    }
    return covered;
  }

  /** The rules over `area`, each limited to it. */
  private rulesIn(area: Area): FormerValidation["rules"] {
    const out: FormerValidation["rules"] = [];
    for (const r of this.rules) {
      const areas = r.areas.filter((a) => areasIntersect(a, area)).map((a) => intersection(a, area));
      if (areas.length) out.push({ where: r.where, body: r.body, areas });
    }
    return out;
  }

  /** Takes `area` out of every rule. */
  private clear(area: Area): void {
    for (const r of this.rules) {
      if (!r.areas.some((a) => areasIntersect(a, area))) continue;
      r.areas = r.areas.flatMap((a) => subtract(a, area));
      r.written = undefined;
    }
  }

  private readMain(el: Child): void {
    const text = this.sheet.text;
    const x = new XmlScanner(text.slice(el.start, el.end), this.sheet.part);
    readLayout(x, (name, x) => {
      if (name !== "dataValidation") return false;
      const start = x.tagStart;
      const openEnd = x.tagEnd;
      const sqref = x.attr("sqref") ?? "";
      x.skip();
      const written = text.slice(el.start + start, el.start + x.tagEnd);
      const open = setAttribute(written.slice(0, openEnd - start), "sqref", SQREF);
      this.rules.push({ where: "main", body: open + written.slice(openEnd - start), written, ...readSqref(sqref) });
      return true;
    });
  }

  private readExtensions(el: Child): void {
    const base = el.start;
    const text = this.sheet.text.slice(el.start, el.end);
    readLayout(new XmlScanner(text, this.sheet.part), (name, x) => {
      if (name !== "ext" || x.attr("uri") !== X14_VALIDATIONS || this.x14) return false;
      const ext = { start: x.tagStart, openEnd: x.tagEnd };
      let list: X14Place["list"] | undefined;
      x.children("dataValidations", () => {
        if (list) return; // the first list only
        const start = x.tagStart;
        const openEnd = x.tagEnd;
        const qname = x.qname;
        const closeStart = this.readX14Rules(x, text);
        list = { start, openEnd, closeStart, end: x.tagEnd, qname };
      });
      if (list) {
        this.x14Holder = { ext: text.slice(ext.start, ext.openEnd), list: text.slice(list.start, list.openEnd) };
        const shift = (s: { start: number; end: number }) => ({ start: base + s.start, end: base + s.end });
        this.x14 = {
          ext: shift({ start: ext.start, end: x.tagEnd }),
          list: { ...list, ...shift(list), openEnd: base + list.openEnd, closeStart: base + list.closeStart },
        };
      }
      return true;
    });
  }

  /** Reads the x14 rules of the list just opened (offsets in `text`); returns where its closing tag starts. */
  private readX14Rules(x: XmlScanner, text: string): number {
    return x.children("dataValidation", () => {
      const start = x.tagStart;
      let sqref: { from: number; to: number; text: string } | undefined;
      x.children("sqref", () => {
        if (sqref) return; // the first only
        const from = x.tagEnd;
        const value = x.textContent();
        sqref = { from: from - start, to: x.tagStart - start, text: value };
      });
      const written = text.slice(start, x.tagEnd);
      if (!sqref || sqref.to < sqref.from) {
        // No area this host can read: kept as written, never changed.
        this.rules.push({ where: "x14", body: written, written, areas: [], opaque: [""] });
        return;
      }
      const body = written.slice(0, sqref.from) + SQREF + written.slice(sqref.to);
      this.rules.push({ where: "x14", body, written, ...readSqref(sqref.text) });
    });
  }
}

/** The rule's element as this host writes it: core/plan's wording, operands without their "=" (as a file keeps them). */
function ruleBody(p: string, v: ValidationWrite): string {
  const text = validationText(v);
  const formula = (f: string) => escapeText(f.replace(/^=/, ""));
  const kind = text.kind === "custom" ? 'type="custom"' : `type="decimal" operator="${text.operator}"`;
  const formulas =
    `<${p}formula1>${formula(text.formula1)}</${p}formula1>` +
    (text.formula2 !== undefined ? `<${p}formula2>${formula(text.formula2)}</${p}formula2>` : "");
  return (
    `<${p}dataValidation ${kind} allowBlank="1" showInputMessage="1" showErrorMessage="1" ` +
    `errorTitle="${escapeAttr(text.error.title)}" error="${escapeAttr(text.error.message)}" ` +
    `promptTitle="${escapeAttr(text.prompt.title)}" prompt="${escapeAttr(text.prompt.message)}" sqref="${SQREF}">` +
    `${formulas}</${p}dataValidation>`
  );
}

function qnameOf(openTag: string): string {
  return /^<([^\s/>]+)/.exec(openTag)![1];
}

function elementOf(r: Rule): string {
  return r.written ?? r.body.replace(SQREF, [...r.areas.map(sqrefOf), ...r.opaque].join(" "));
}

function hasArea(r: Rule): boolean {
  return r.areas.length > 0 || r.opaque.length > 0;
}

function readSqref(sqref: string): { areas: Area[]; opaque: string[] } {
  const areas: Area[] = [];
  const opaque: string[] = [];
  for (const token of sqref.split(/\s+/)) {
    if (!token) continue;
    const area = parseAreaRef(token.replace(/\$/g, ""));
    if (area) areas.push(area);
    else opaque.push(token);
  }
  return { areas, opaque };
}

/** An area as a sqref item: "D2" for one cell, "D2:D9" otherwise. */
function sqrefOf(a: Area): string {
  const from = a1(a.top, a.left);
  return a.top === a.bottom && a.left === a.right ? from : `${from}:${a1(a.bottom, a.right)}`;
}

function contains(outer: Area, inner: Area): boolean {
  return (
    outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right
  );
}

function intersection(a: Area, b: Area): Area {
  return {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
}

/** `a` without the cells of `b`: at most four rectangles (above, below, left, right of b). */
function subtract(a: Area, b: Area): Area[] {
  if (!areasIntersect(a, b)) return [a];
  const out: Area[] = [];
  if (a.top < b.top) out.push({ top: a.top, left: a.left, bottom: b.top - 1, right: a.right });
  if (a.bottom > b.bottom) out.push({ top: b.bottom + 1, left: a.left, bottom: a.bottom, right: a.right });
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  if (a.left < b.left) out.push({ top, left: a.left, bottom, right: b.left - 1 });
  if (a.right > b.right) out.push({ top, left: b.right + 1, bottom, right: a.right });
  return out;
}
