// xl/workbook.xml: the defined names a plan sets, recalculation on open, and the settings sheet's entry. Names a
// plan does not change keep their element as written.
import { areaA1, quoteSheet } from "../../../core/grid/address";
import { nameKey } from "../../../core/plan/names";
import { NameWrite } from "../../../core/plan/write-plan";
import { XmlScanner, xsdTrue } from "../package/xml";
import {
  PartLayout,
  Splice,
  applySplices,
  child,
  escapeAttr,
  escapeText,
  insertionPoint,
  prefixOf,
  rawAttribute,
  readLayout,
  setAttribute,
} from "./xml-text";

/** CT_Workbook's sequence. */
const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

interface NameElement {
  name: string;
  /** Set for a name that belongs to one sheet. */
  localSheetId?: string;
  text: string;
  start: number;
  end: number;
}

export class WorkbookXmlEdit {
  private readonly layout: PartLayout;
  private readonly prefix: string;
  private readonly names: NameElement[] = [];
  private readonly sheetIds: number[] = [];
  private readonly splices: Splice[] = [];
  private rootTag: string;

  constructor(
    private readonly text: string,
    part: string,
    private readonly relationshipNamespace: string,
  ) {
    this.layout = readLayout(new XmlScanner(text, part), (name, x) => {
      if (name === "definedNames") {
        x.children("definedName", () => {
          const start = x.tagStart;
          const entry = { name: x.attr("name") ?? "", localSheetId: x.attr("localSheetId"), start };
          const text = x.textContent();
          this.names.push({ ...entry, text, end: x.tagEnd });
        });
        return true;
      }
      if (name === "sheets") {
        x.children("sheet", () => this.sheetIds.push(parseInt(x.attr("sheetId") ?? "0", 10) || 0));
        return true;
      }
      return false;
    });
    this.prefix = prefixOf(this.layout.rootQname);
    this.rootTag = text.slice(this.layout.rootTag.start, this.layout.rootTag.end);
  }

  /**
   * Sets the plan's names (each over one area, for the whole workbook), after taking away each name `replaced`
   * says the plan replaces (core/plan/names: Excel's names are one whatever their case). A name already set, as
   * spelt, to the same area stays as written.
   */
  setNames(planned: NameWrite[], replaced: (name: string) => boolean): void {
    const wanted = new Map(
      planned.map((n) => [nameKey(n.name), { name: n.name, text: `${quoteSheet(n.sheet)}!${areaA1(n.area, true)}` }]),
    );
    const kept: string[] = [];
    const done = new Set<string>();
    let changed = false;
    for (const n of this.names) {
      const key = nameKey(n.name);
      const want = wanted.get(key);
      const same = want?.name === n.name && want.text === n.text && n.localSheetId === undefined && !done.has(key);
      if (replaced(n.name) && !same) {
        changed = true;
        continue;
      }
      if (want !== undefined) done.add(key);
      kept.push(this.text.slice(n.start, n.end));
    }
    const p = this.prefix;
    for (const [key, { name, text }] of wanted) {
      if (done.has(key)) continue;
      kept.push(`<${p}definedName name="${escapeAttr(name)}">${escapeText(text)}</${p}definedName>`);
      changed = true;
    }
    if (!changed) return;
    const el = child(this.layout, "definedNames");
    const body = kept.join("");
    if (!el) {
      const at = insertionPoint(this.layout, WORKBOOK_ORDER, "definedNames");
      this.splices.push({ start: at, end: at, text: `<${p}definedNames>${body}</${p}definedNames>` });
    } else if (!body) this.splices.push({ start: el.start, end: el.end, text: "" });
    else {
      const open = this.text.slice(el.start, el.openEnd).replace(/\s*\/>$/, ">");
      this.splices.push({ start: el.start, end: el.end, text: `${open}${body}</${p}definedNames>` });
    }
  }

  /** Asks Excel to recalculate every formula on open: the file carries the engine's results, not Excel's. */
  recalculateOnLoad(): void {
    const el = child(this.layout, "calcPr");
    if (!el) {
      const at = insertionPoint(this.layout, WORKBOOK_ORDER, "calcPr");
      this.splices.push({ start: at, end: at, text: `<${this.prefix}calcPr fullCalcOnLoad="1"/>` });
      return;
    }
    const tag = this.text.slice(el.start, el.openEnd);
    if (xsdTrue(rawAttribute(tag, "fullCalcOnLoad"))) return;
    this.splices.push({ start: el.start, end: el.openEnd, text: setAttribute(tag, "fullCalcOnLoad", "1") });
  }

  /** Lists a sheet (after the others) whose part the relationship `relId` names. */
  addSheet(name: string, relId: string, state: "veryHidden"): void {
    const sheets = child(this.layout, "sheets");
    if (!sheets) throw new Error("xl/workbook.xml has no <sheets>");
    const r = this.relationshipPrefix();
    const sheetId = Math.max(0, ...this.sheetIds) + 1;
    this.sheetIds.push(sheetId);
    const element =
      `<${this.prefix}sheet name="${escapeAttr(name)}" sheetId="${sheetId}" state="${state}" ` +
      `${r}:id="${escapeAttr(relId)}"/>`;
    if (sheets.closeStart === sheets.end) {
      const open = this.text.slice(sheets.start, sheets.openEnd).replace(/\s*\/>$/, ">");
      this.splices.push({ start: sheets.start, end: sheets.end, text: `${open}${element}</${this.prefix}sheets>` });
    } else this.splices.push({ start: sheets.closeStart, end: sheets.closeStart, text: element });
  }

  changed(): boolean {
    return (
      this.splices.length > 0 || this.rootTag !== this.text.slice(this.layout.rootTag.start, this.layout.rootTag.end)
    );
  }

  result(): string {
    const { start, end } = this.layout.rootTag;
    const root = this.rootTag === this.text.slice(start, end) ? [] : [{ start, end, text: this.rootTag }];
    return applySplices(this.text, [...root, ...this.splices]);
  }

  /** The prefix bound to the relationships namespace on the root, declared there when missing. */
  private relationshipPrefix(): string {
    const declared = new RegExp(
      `xmlns:([\\w.-]+)\\s*=\\s*["']${this.relationshipNamespace.replace(/[.]/g, "\\.")}["']`,
    );
    const m = declared.exec(this.rootTag);
    if (m) return m[1];
    const prefix = /xmlns:r\s*=/.test(this.rootTag) ? "jxr" : "r";
    this.rootTag = setAttribute(this.rootTag, `xmlns:${prefix}`, escapeAttr(this.relationshipNamespace));
    return prefix;
  }
}
