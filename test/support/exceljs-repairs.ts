// Repairs to exceljs 4.4's reading, for the tests that read workbooks through it (exceljs-reader.ts) as a second,
// independent reading beside the package reader. Without them exceljs misreads what other writers write, and the
// differential tests would compare the package reader with exceljs's mistakes:
// - the 1904 date system spelled date1904="true" (as LibreOffice writes it; exceljs knows only "1") read as the
//   1900 system: every date four years and a day early;
// - an ISO date cell (t="d") became the number of its year;
// - a number too large for a date in a date-formatted cell became an invalid Date;
// - a text cell (t="str") was decoded twice, so a typed "&lt;" read as "<";
// - a note written as plain text, without runs (as openpyxl writes notes), was dropped.
// (Until issue 19 the file host saved through exceljs and needed these, and more for its writing; it now reads with
// the package reader and patches the package itself.) exceljs is pinned (package.json); the patches wrap its xform
// classes, and stand down if their shape differs.
/* eslint-disable @typescript-eslint/no-require-imports -- exceljs's internal classes have no typed entry */
import { xsdTrue } from "../../src/host/xlsx/package/xml";

interface Xform {
  prototype: Record<string, unknown>;
}
interface CellModel {
  type?: number;
  value?: unknown;
  result?: unknown;
}

const lib = (name: string): unknown => require(`exceljs/lib/${name}`);
const VALUE_TYPE = (lib("doc/enums") as { ValueType: Record<string, number> }).ValueType;

let applied = false;

export function repairExcelJs(): void {
  if (applied) return;
  applied = true;
  repairDate1904(lib("xlsx/xform/book/workbook-properties-xform") as Xform);
  const cells = lib("xlsx/xform/sheet/cell-xform") as Xform;
  repairCells(cells);
  repairPlainNotes(lib("xlsx/xform/comment/comment-xform") as Xform);
}

/** Wraps `proto[name]`, if it is a function (else exceljs's shape differs, and it is left alone). */
function wrap<F extends (...args: never[]) => unknown>(
  proto: Record<string, unknown>,
  name: string,
  make: (original: F) => F,
): void {
  const original = proto[name];
  if (typeof original === "function") proto[name] = make(original as F);
}

type ParseOpen = (this: { model?: { date1904?: boolean } }, node: SaxNode) => boolean;
interface SaxNode {
  name: string;
  attributes: Record<string, string>;
}

function repairDate1904(xform: Xform): void {
  wrap<ParseOpen>(
    xform.prototype,
    "parseOpen",
    (original) =>
      function (this: { model?: { date1904?: boolean } }, node) {
        const taken = original.call(this, node);
        if (taken && node.name === "workbookPr" && this.model) this.model.date1904 = xsdTrue(node.attributes.date1904);
        return taken;
      },
  );
}

interface CellXform {
  parser?: unknown;
  t?: string;
  model: CellModel;
}
type ParseClose = (this: CellXform, name: string) => boolean;
type Reconcile = (this: unknown, model: CellModel, options: unknown) => void;

function repairCells(xform: Xform): void {
  wrap<ParseClose>(
    xform.prototype,
    "parseClose",
    (original) =>
      function (this: CellXform, name) {
        if (name !== "c" || this.parser) return original.call(this, name);
        const { t } = this;
        const text = this.model.value;
        const done = original.call(this, name);
        if (typeof text !== "string") return done;
        const model = this.model;
        const formula = model.type === VALUE_TYPE.Formula;
        if (t === "str") {
          // The XML parser has decoded the text already.
          if (formula) model.result = text;
          else model.value = text;
        } else if (t === "d") {
          const date = isoDate(text);
          if (formula) model.result = date ?? text;
          else if (date) Object.assign(model, { type: VALUE_TYPE.Date, value: date });
          else Object.assign(model, { type: VALUE_TYPE.String, value: text });
        }
        return done;
      },
  );
  wrap<Reconcile>(
    xform.prototype,
    "reconcile",
    (original) =>
      function (this: unknown, model, options) {
        const value = model.value;
        const result = model.result;
        original.call(this, model, options);
        if (isInvalidDate(model.value)) Object.assign(model, { type: VALUE_TYPE.Number, value });
        if (isInvalidDate(model.result)) model.result = result;
      },
  );
}

function isInvalidDate(x: unknown): boolean {
  return x instanceof Date && Number.isNaN(x.getTime());
}

/**
 * An ISO 8601 date or date-time as exceljs holds dates: the wall-clock time in UTC fields. A zone suffix is
 * ignored, as Excel ignores it.
 */
function isoDate(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(
    text.trim(),
  );
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map((x) => Number(x ?? 0));
  const ms = Math.round(Number(m[7] ?? 0) * 1000);
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms));
  // Date.UTC rolls 2024-02-30 over into March; such text is not a date.
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : null;
}

interface CommentXform {
  parser?: { parseOpen(node: SaxNode): void };
  richTextXform: { parseOpen(node: SaxNode): void };
  plainText?: boolean;
}

function repairPlainNotes(xform: Xform): void {
  // A plain <t> under <text> is read as a run of its own: opened as <r>, closed with its </t>.
  wrap<(this: CommentXform, node: SaxNode) => boolean>(
    xform.prototype,
    "parseOpen",
    (original) =>
      function (this: CommentXform, node) {
        if (!this.parser && node.name === "t") {
          this.parser = this.richTextXform;
          this.parser.parseOpen({ name: "r", attributes: {} });
          this.plainText = true;
        }
        return original.call(this, node);
      },
  );
  wrap<(this: CommentXform, name: string) => boolean>(
    xform.prototype,
    "parseClose",
    (original) =>
      function (this: CommentXform, name) {
        const done = original.call(this, name);
        if (name === "t" && this.plainText) {
          this.plainText = false;
          original.call(this, "r");
        }
        return done;
      },
  );
}
