// A fake of the Excel JavaScript API subset the Excel host uses, faithful where the host could go wrong:
//  - every class implements the host's narrow interfaces, which are Picks of the real @types/office-js classes, so
//    a member spelt differently from Office.js fails to compile here as it would against Excel;
//  - proxies queue their work: load() and property sets run only at context.sync(), in order, and a property that
//    was not loaded and synced throws PropertyNotLoaded, as Office does; load() names are checked against the real
//    property names (typed as keys of Excel.Interfaces.*Data) and an unknown one fails the sync;
//  - *OrNullObject getters give proxies whose isNullObject is known only after a sync; reading anything else on a
//    null object throws (stricter than Office, so code that forgets to test isNullObject fails here);
//  - failures are errors with Office's `code` (ItemNotFound, AccessDenied, InvalidOperationInCellEditMode,
//    ApiNotFound for a call above the fake's ExcelApi version, Request/ResponsePayloadSizeLimitExceeded over the
//    payload limit); a batch that fails halfway keeps what it did before the failing step, as Excel does;
//  - Excel.run syncs what is still queued when the batch returns; every sync is counted, and so is every property
//    loaded (`loads`, by class and property);
//  - the office.js the page loaded can be older than the Excel it talks to (`officeJsApi`): then the classes it
//    lacks are not there at all (`workbook.notes` is undefined, as with the npm office.js 1.1.110), while
//    isSetSupported still answers from the host;
//  - getMergedAreasOrNullObject returns the merged areas whose top-left cell is in the range (OfficeDev/office-js
//    #3611) and fails above 512 of them, as its reference page says.
// It evaluates no formula: a written formula's value stays empty unless the test passes `calculate`.
import {
  Area,
  a1,
  areaA1,
  areaCells,
  areaContains,
  parseA1,
  parseAreaA1,
  quoteSheet,
} from "../../src/core/grid/address";
import type {
  IsSetSupported,
  RunBatch,
  XlContext,
  XlDataValidation,
  XlNamedItem,
  XlNamedItemCollection,
  XlNote,
  XlNoteCollection,
  XlRange,
  XlRangeAreas,
  XlRangeCollection,
  XlSetting,
  XlSettingCollection,
  XlWorkbook,
  XlWorksheet,
  XlWorksheetCollection,
  XlWorksheetProtection,
} from "../../src/host/excel/api";

export type FakeValue = string | number | boolean | null;

export interface FakeCell {
  value: FakeValue;
  formula?: string;
  numFmt?: string;
  error?: string;
}

export interface FakeValidation {
  area: Area;
  rule?: Excel.DataValidationRule;
  prompt?: Excel.DataValidationPrompt;
  errorAlert?: Excel.DataValidationErrorAlert;
  ignoreBlanks?: boolean;
}

interface NoteModel {
  row: number;
  col: number;
  content: string;
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly notes = new Map<string, NoteModel>();
  readonly validations: FakeValidation[] = [];
  merges: Area[] = [];
  protected = false;

  constructor(public name: string) {}

  get(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  put(row: number, col: number, cell: FakeCell | undefined): void {
    if (cell && (cell.value !== null || cell.formula || cell.error || cell.numFmt))
      this.cells.set(`${row},${col}`, cell);
    else this.cells.delete(`${row},${col}`);
  }
}

interface NameModel {
  name: string;
  sheet: FakeSheet;
  area: Area;
}

export interface FakeSheetInit {
  name: string;
  /** Rows from A1: a value, a "=formula", or a cell; undefined for an empty cell. */
  rows?: (FakeValue | FakeCell | undefined)[][];
  /** Merged areas, e.g. "A1:D1". */
  merges?: string[];
  protected?: boolean;
  /** Notes by A1 address. */
  notes?: Record<string, string>;
}

export interface FakeWorkbookInit {
  sheets: FakeSheetInit[];
  /** Defined names, e.g. { name: "JX_T01", ref: "自评表!A1:D9" }. */
  names?: { name: string; ref: string }[];
  settings?: Record<string, unknown>;
  /** The highest ExcelApi requirement set this Excel supports, e.g. "1.7". */
  apiVersion?: string;
  /**
   * The highest ExcelApi requirement set whose classes the loaded office.js defines (default: all). "1.17" plays
   * the npm office.js 1.1.110 in a Microsoft 365 Excel: the host says 1.18, the library has no NoteCollection.
   */
  officeJsApi?: string;
}

/** The requirement set that brought each class the fake can leave out of an older office.js. */
const CLASS_VERSION: Record<string, string> = { NoteCollection: "1.18", Note: "1.18", RangeAreas: "1.9" };

/** Excel's documented limit of getMergedAreasOrNullObject. */
export const MERGED_AREAS_LIMIT = 512;

const EXCEL_ROWS = 1_048_576;
const EXCEL_COLS = 16_384;

// ---------------------------------------------------------------------------------------------------------------
// Errors

export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function fail(code: string, message: string): never {
  throw new FakeOfficeError(code, message);
}

// ---------------------------------------------------------------------------------------------------------------
// The workbook and its Excel

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly names: NameModel[] = [];
  readonly settings = new Map<string, unknown>();
  apiVersion: string;
  officeJsApi: string | undefined;
  /** Every context.sync() so far, across runs. */
  syncs = 0;
  /** How often each property was loaded, as "Class.property" (e.g. "RangeAreas.address"). */
  readonly loads = new Map<string, number>();
  /** A person is typing in a cell: Excel on the web fails every request with InvalidOperationInCellEditMode. */
  editing = false;
  /** How long each sync takes to come back. */
  syncDelayMs = 0;
  /** Excel on the web refuses a request or response above 5 MB. */
  payloadLimit = 5 * 1024 * 1024;
  payloadErrors = 0;
  largestRequest = 0;
  largestResponse = 0;
  /** Called at the start of every sync, before Excel runs the batch (to change the workbook "meanwhile"). */
  onSync?: (syncNumber: number) => void;
  /** Stands in for Excel's calculation of a written formula. */
  calculate?: (sheet: FakeSheet, formula: string) => FakeValue;
  activeSheet: string;
  selection: string | null = null;

  constructor(init: FakeWorkbookInit) {
    this.apiVersion = init.apiVersion ?? "1.18";
    this.officeJsApi = init.officeJsApi;
    for (const s of init.sheets) {
      const sheet = new FakeSheet(s.name);
      sheet.protected = !!s.protected;
      sheet.merges = (s.merges ?? []).map((m) => parseAreaA1(m)!);
      (s.rows ?? []).forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === undefined) return;
          sheet.put(r + 1, c + 1, typeof v === "object" && v !== null ? { ...v } : typedCell(v, undefined));
        }),
      );
      for (const [addr, content] of Object.entries(s.notes ?? {})) {
        const at = parseA1(addr)!;
        sheet.notes.set(`${at.row},${at.col}`, { ...at, content });
      }
      this.sheets.push(sheet);
    }
    for (const n of init.names ?? []) {
      const [sheetName, area] = splitRef(n.ref);
      this.names.push({ name: n.name, sheet: this.sheet(sheetName), area });
    }
    for (const [k, v] of Object.entries(init.settings ?? {})) this.settings.set(k, v);
    this.activeSheet = this.sheets[0]?.name ?? "";
  }

  /** Excel.run: the batch gets a fresh context; whatever it left queued is synced when it returns. */
  readonly run: RunBatch = async <T>(batch: (context: XlContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    const result = await batch(context);
    if (context.pending) await context.sync();
    return result;
  };

  readonly isSetSupported: IsSetSupported = (name, minVersion) =>
    name === "ExcelApi" && compareVersions(this.apiVersion, minVersion) >= 0;

  /** Whether the loaded office.js defines `Excel.<name>` (what `typeof Excel[name] === "function"` answers). */
  readonly hasClass = (name: string): boolean => {
    const since = CLASS_VERSION[name];
    return !since || !this.officeJsApi || compareVersions(this.officeJsApi, since) >= 0;
  };

  sheet(name: string): FakeSheet {
    const s = this.findSheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toUpperCase() === name.toUpperCase());
  }

  cell(sheet: string, address: string): FakeCell | undefined {
    const at = parseA1(address)!;
    return this.sheet(sheet).get(at.row, at.col);
  }

  /** A person types into a cell. */
  type(sheet: string, address: string, value: FakeValue): void {
    const at = parseA1(address)!;
    const s = this.sheet(sheet);
    s.put(at.row, at.col, typedCell(value, s.get(at.row, at.col)?.numFmt));
  }

  note(sheet: string, address: string): string | undefined {
    const at = parseA1(address)!;
    return this.sheet(sheet).notes.get(`${at.row},${at.col}`)?.content;
  }

  deleteSheet(name: string): void {
    this.sheets.splice(this.sheets.indexOf(this.sheet(name)), 1);
  }

  requireApi(version: string | undefined, what: string): void {
    if (version && compareVersions(this.apiVersion, version) < 0)
      fail("ApiNotFound", `${what} needs ExcelApi ${version}; this Excel has ${this.apiVersion}.`);
  }
}

export function compareVersions(a: string, b: string): number {
  const [am, an] = a.split(".").map(Number);
  const [bm, bn] = b.split(".").map(Number);
  return am !== bm ? am - bm : (an ?? 0) - (bn ?? 0);
}

function splitRef(ref: string): [string, Area] {
  const bang = ref.lastIndexOf("!");
  const sheet = ref
    .slice(0, bang)
    .replace(/^=/, "")
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  return [sheet, parseAreaA1(ref.slice(bang + 1).replace(/\$/g, ""))!];
}

// ---------------------------------------------------------------------------------------------------------------
// Request context and the queue

interface Op {
  bytes: number;
  requires?: string;
  what: string;
  /** Runs at sync; returns the bytes it adds to the response. */
  run(): number;
}

export class FakeContext implements XlContext {
  readonly workbook: FakeWorkbook;
  private queue: Op[] = [];

  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }

  get pending(): boolean {
    return this.queue.length > 0;
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const excel = this.excel;
    const ops = this.queue;
    this.queue = [];
    excel.syncs++;
    excel.onSync?.(excel.syncs);
    await new Promise<void>((resolve) => (excel.syncDelayMs ? setTimeout(resolve, excel.syncDelayMs) : resolve()));
    if (!ops.length) return passThroughValue as T;
    if (excel.editing) fail("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
    const request = ops.reduce((n, op) => n + op.bytes, 0);
    excel.largestRequest = Math.max(excel.largestRequest, request);
    if (request > excel.payloadLimit) {
      excel.payloadErrors++;
      fail("RequestPayloadSizeLimitExceeded", `The request payload (${request} bytes) is over the limit.`);
    }
    let response = 0;
    for (const op of ops) {
      excel.requireApi(op.requires, op.what);
      response += op.run();
      if (response > excel.payloadLimit) {
        excel.payloadErrors++;
        fail("ResponsePayloadSizeLimitExceeded", "The response payload is over the limit.");
      }
    }
    excel.largestResponse = Math.max(excel.largestResponse, response);
    return passThroughValue as T;
  }
}

function bytesOf(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? "null");
}

// ---------------------------------------------------------------------------------------------------------------
// Proxies

/** One API object: resolves to its model object at sync time, like an Office object path. */
abstract class FakeProxy<M> {
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  protected abstract readonly loadable: readonly string[];

  constructor(
    protected readonly ctx: FakeContext,
    private readonly resolver: () => M | null,
    /** The ExcelApi version any use of this object needs. */
    protected readonly requires?: string,
    private readonly what = "object",
  ) {}

  protected abstract snapshot(model: M, property: string): unknown;

  /** The model behind the proxy, at sync time. A null object has none. */
  protected model(): M {
    const m = this.resolver();
    if (m === null) fail("InvalidObjectPath", `The ${this.what} is a null object.`);
    return m;
  }

  /** Resolves without failing on a null object. */
  resolveOrNull(): M | null {
    return this.resolver();
  }

  load(propertyNames?: string | string[]): this {
    const names = propertyList(propertyNames);
    this.ctx.enqueue({
      bytes: 120 + bytesOf(names),
      requires: this.requires,
      what: `${this.what}.load`,
      run: () => this.runLoad(names.length ? names : this.loadable),
    });
    return this;
  }

  /** Loads at sync time (also called by a collection loading its items). */
  runLoad(names: readonly string[]): number {
    const m = this.resolver();
    this.nullState = m === null;
    if (m === null) return 24;
    let bytes = 0;
    const loads = this.ctx.excel.loads;
    for (const name of names) {
      if (!this.loadable.includes(name))
        fail("InvalidArgument", `The property '${name}' does not exist on ${this.what}.`);
      loads.set(`${this.what}.${name}`, (loads.get(`${this.what}.${name}`) ?? 0) + 1);
      const value = this.snapshot(m, name);
      this.loaded.set(name, value);
      bytes += name.length + bytesOf(value);
    }
    return bytes;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined)
      fail("PropertyNotLoaded", `isNullObject of the ${this.what} is not available before a sync.`);
    return this.nullState;
  }

  protected read<T>(name: string): T {
    if (this.nullState) fail("InvalidObjectPath", `'${name}' read on a null ${this.what}.`);
    if (!this.loaded.has(name))
      fail("PropertyNotLoaded", `The property '${name}' is not available. Call load() and context.sync() first.`);
    return this.loaded.get(name) as T;
  }

  protected queue(what: string, args: unknown, run: (model: M) => void, requires = this.requires): void {
    this.ctx.enqueue({
      bytes: 120 + bytesOf(args),
      requires,
      what: `${this.what}.${what}`,
      run: () => {
        run(this.model());
        return 16;
      },
    });
  }
}

function propertyList(names?: string | string[]): string[] {
  const list = typeof names === "string" ? names.split(",") : (names ?? []);
  return list.map((n) => n.trim()).filter(Boolean);
}

/** A collection: `load("items/name,items/type")` loads the named properties of every item. */
abstract class FakeCollection<M, P extends FakeProxy<M>> {
  private itemsLoaded: P[] | null = null;
  private readonly proxies = new Map<M, P>();

  constructor(
    protected readonly ctx: FakeContext,
    protected readonly requires?: string,
    private readonly what = "collection",
  ) {}

  protected abstract models(): M[];
  protected abstract proxy(model: M): P;

  protected itemProxy(model: M): P {
    let p = this.proxies.get(model);
    if (!p) this.proxies.set(model, (p = this.proxy(model)));
    return p;
  }

  get items(): P[] {
    if (!this.itemsLoaded) fail("PropertyNotLoaded", `The items of the ${this.what} are not loaded.`);
    return this.itemsLoaded;
  }

  load(propertyNames?: string | string[]): this {
    const names = propertyList(propertyNames).map((n) => {
      if (!n.startsWith("items/")) fail("InvalidArgument", `Load '${n}' on ${this.what}: use items/…`);
      return n.slice("items/".length);
    });
    this.ctx.enqueue({
      bytes: 120 + bytesOf(names),
      requires: this.requires,
      what: `${this.what}.load`,
      run: () => {
        const items = this.models().map((m) => this.itemProxy(m));
        this.itemsLoaded = items;
        return items.reduce((n, p) => n + p.runLoad(names), 16);
      },
    });
    return this;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Workbook, worksheets

export class FakeWorkbook implements XlWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly settings: FakeSettingCollection;
  /** Undefined where the office.js in use predates ExcelApi 1.18, whatever the host supports. */
  readonly notes?: FakeNoteCollection;

  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx);
    this.settings = new FakeSettingCollection(ctx);
    if (ctx.excel.hasClass("NoteCollection")) this.notes = new FakeNoteCollection(ctx, null);
  }
}

const WORKSHEET_PROPERTIES: readonly (keyof Excel.Interfaces.WorksheetData)[] = ["name"];

export class FakeWorksheetCollection extends FakeCollection<FakeSheet, FakeWorksheet> implements XlWorksheetCollection {
  constructor(ctx: FakeContext) {
    super(ctx, undefined, "WorksheetCollection");
  }

  protected models(): FakeSheet[] {
    return [...this.ctx.excel.sheets];
  }

  protected proxy(sheet: FakeSheet): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      if (!this.ctx.excel.sheets.includes(sheet)) fail("ItemNotFound", `The worksheet '${sheet.name}' was deleted.`);
      return sheet;
    });
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.ctx,
      () => this.ctx.excel.findSheet(key) ?? fail("ItemNotFound", `No worksheet '${key}'.`),
    );
  }
}

export class FakeWorksheet extends FakeProxy<FakeSheet> implements XlWorksheet {
  protected readonly loadable = WORKSHEET_PROPERTIES;

  constructor(ctx: FakeContext, resolver: () => FakeSheet) {
    super(ctx, resolver, undefined, "Worksheet");
  }

  protected snapshot(sheet: FakeSheet, property: string): unknown {
    return property === "name" ? sheet.name : undefined;
  }

  get name(): string {
    return this.read("name");
  }

  set name(_: string) {
    fail("NotImplemented", "The fake does not rename sheets.");
  }

  get protection(): FakeProtection {
    return new FakeProtection(this.ctx, () => this.model());
  }

  get notes(): FakeNoteCollection | undefined {
    if (!this.ctx.excel.hasClass("NoteCollection")) return undefined;
    return new FakeNoteCollection(this.ctx, () => this.model());
  }

  activate(): void {
    this.queue("activate", [], (sheet) => (this.ctx.excel.activeSheet = sheet.name));
  }

  getRange(address?: string): FakeRange {
    const area =
      address === undefined ? { top: 1, left: 1, bottom: EXCEL_ROWS, right: EXCEL_COLS } : parseAreaA1(address);
    if (!area) fail("InvalidArgument", `Bad address '${address}'.`);
    return new FakeRange(this.ctx, () => ({ sheet: this.model(), area }));
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.ctx,
      () => ({
        sheet: this.model(),
        area: usedArea(this.model(), !!valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 },
      }),
      valuesOnly === undefined ? undefined : "1.2",
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const sheet = this.model();
        const area = usedArea(sheet, !!valuesOnly);
        return area ? { sheet, area } : null;
      },
      "1.4",
    );
  }
}

function usedArea(sheet: FakeSheet, valuesOnly: boolean): Area | null {
  let area: Area | null = null;
  const include = (row: number, col: number) => {
    area = area
      ? {
          top: Math.min(area.top, row),
          left: Math.min(area.left, col),
          bottom: Math.max(area.bottom, row),
          right: Math.max(area.right, col),
        }
      : { top: row, left: col, bottom: row, right: col };
  };
  for (const [key, cell] of sheet.cells) {
    if (valuesOnly && cell.value === null && !cell.formula && !cell.error) continue;
    const [row, col] = key.split(",").map(Number);
    include(row, col);
  }
  if (!valuesOnly) for (const n of sheet.notes.values()) include(n.row, n.col);
  return area;
}

const PROTECTION_PROPERTIES: readonly (keyof Excel.Interfaces.WorksheetProtectionData)[] = ["protected"];

export class FakeProtection extends FakeProxy<FakeSheet> implements XlWorksheetProtection {
  protected readonly loadable = PROTECTION_PROPERTIES;

  constructor(ctx: FakeContext, resolver: () => FakeSheet) {
    super(ctx, resolver, "1.2", "WorksheetProtection");
  }

  protected snapshot(sheet: FakeSheet): unknown {
    return sheet.protected;
  }

  get protected(): boolean {
    return this.read("protected");
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Ranges

interface RangeModel {
  sheet: FakeSheet;
  area: Area;
}

const RANGE_PROPERTIES: readonly (keyof Excel.Interfaces.RangeData)[] = [
  "address",
  "values",
  "formulas",
  "numberFormat",
  "valueTypes",
  "rowCount",
  "columnCount",
];

export class FakeRange extends FakeProxy<RangeModel> implements XlRange {
  protected readonly loadable = RANGE_PROPERTIES;

  constructor(ctx: FakeContext, resolver: () => RangeModel | null, requires?: string) {
    super(ctx, resolver, requires, "Range");
  }

  protected snapshot({ sheet, area }: RangeModel, property: string): unknown {
    const rows = area.bottom - area.top + 1;
    const cols = area.right - area.left + 1;
    if (property === "address") return rangeAddress(sheet, area);
    if (property === "rowCount") return rows;
    if (property === "columnCount") return cols;
    // Every cell costs at least a few bytes of JSON: a whole-sheet array cannot come back.
    if (rows * cols * 3 > this.ctx.excel.payloadLimit) {
      this.ctx.excel.payloadErrors++;
      fail("ResponsePayloadSizeLimitExceeded", `${rows}×${cols} cells are over the response limit.`);
    }
    const out: unknown[][] = [];
    for (let r = area.top; r <= area.bottom; r++) {
      const row: unknown[] = [];
      for (let c = area.left; c <= area.right; c++) row.push(cellProperty(sheet.get(r, c), property));
      out.push(row);
    }
    return out;
  }

  get address(): string {
    return this.read("address");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(values: unknown[][]) {
    this.write("values", values, (v, before) => typedCell(v, before?.numFmt));
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(formulas: unknown[][]) {
    this.write("formulas", formulas, (v, before, sheet) => {
      if (typeof v === "string" && v.startsWith("=")) {
        const formula = normalizeFormula(v);
        return { value: this.ctx.excel.calculate?.(sheet, formula) ?? null, formula, numFmt: before?.numFmt };
      }
      return typedCell(v, before?.numFmt);
    });
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(formats: unknown[][]) {
    this.write("numberFormat", formats, (v, before) => {
      const numFmt = typeof v === "string" && v !== "General" ? v : undefined;
      return { ...(before ?? { value: null }), numFmt };
    });
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this.read("valueTypes");
  }

  get dataValidation(): FakeDataValidation {
    return new FakeDataValidation(this.ctx, () => this.model());
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      const { sheet, area } = this.model();
      // Only the areas whose top-left cell is in the range (OfficeDev/office-js#3611), and no more than 512.
      const merges = sheet.merges.filter((m) => areaContains(area, m.top, m.left));
      if (merges.length > MERGED_AREAS_LIMIT)
        fail(
          "GeneralException",
          `The range has ${merges.length} merged areas; getMergedAreasOrNullObject returns at most 512.`,
        );
      return merges.length ? { sheet, areas: merges } : null;
    });
  }

  select(): void {
    this.queue("select", [], ({ sheet, area }) => {
      if (this.ctx.excel.activeSheet !== sheet.name) fail("InvalidOperation", "Select a range on the active sheet.");
      this.ctx.excel.selection = rangeAddress(sheet, area);
    });
  }

  private write(
    what: string,
    grid: unknown[][],
    next: (value: unknown, before: FakeCell | undefined, sheet: FakeSheet) => FakeCell | undefined,
  ): void {
    this.queue(what, grid, ({ sheet, area }) => {
      if (sheet.protected) fail("AccessDenied", `The worksheet '${sheet.name}' is protected.`);
      const rows = area.bottom - area.top + 1;
      const cols = area.right - area.left + 1;
      if (grid.length !== rows || grid.some((row) => row.length !== cols))
        fail("InvalidArgument", `The ${what} array does not match the range's ${rows}×${cols} size.`);
      grid.forEach((row, i) =>
        row.forEach((v, j) => {
          const r = area.top + i;
          const c = area.left + j;
          sheet.put(r, c, next(v, sheet.get(r, c), sheet));
        }),
      );
    });
  }
}

function rangeAddress(sheet: FakeSheet, area: Area): string {
  const single = area.top === area.bottom && area.left === area.right;
  return `${quoteSheet(sheet.name)}!${single ? a1(area.top, area.left) : areaA1(area)}`;
}

function intersects(a: Area, b: Area): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function cellProperty(cell: FakeCell | undefined, property: string): unknown {
  switch (property) {
    case "values":
      return cell?.error ?? cell?.value ?? "";
    case "formulas":
      return cell?.formula ?? cell?.error ?? cell?.value ?? "";
    case "numberFormat":
      return cell?.numFmt ?? "General";
    case "valueTypes":
      if (cell?.error) return "Error";
      if (cell?.value === null || cell?.value === undefined) return "Empty";
      return typeof cell.value === "number" ? "Double" : typeof cell.value === "boolean" ? "Boolean" : "String";
  }
}

const ERROR_VALUES = /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/i;

/** Excel's serial number of a date (days since 1899-12-30, which absorbs Excel's phantom 1900-02-29). */
function dateSerial(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = Date.UTC(year, month - 1, day);
  if (new Date(date).getUTCDate() !== day) return null;
  return Math.round((date - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/**
 * What a zh-CN Excel makes of typed text that is a date, a time or a fraction: the number and the format it
 * gives the cell; null for text it keeps. A date without a year takes the current year, as Excel does.
 */
function parsedDateOrTime(text: string): { value: number; numFmt: string } | null {
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  if (m) {
    const serial = dateSerial(+m[1], +m[2], +m[3]);
    return serial === null ? null : { value: serial, numFmt: "yyyy/m/d" };
  }
  m = /^(\d{4})\s*年\s*(\d{1,2})\s*月$/.exec(text);
  if (m) {
    const serial = dateSerial(+m[1], +m[2], 1);
    return serial === null ? null : { value: serial, numFmt: 'yyyy"年"m"月"' };
  }
  m = /^(\d{1,2})\s*(?:[-/]\s*(\d{1,2})|月\s*(\d{1,2})\s*日?)$/.exec(text);
  if (m) {
    const serial = dateSerial(new Date().getFullYear(), +m[1], +(m[2] ?? m[3]));
    return serial === null ? null : { value: serial, numFmt: 'm"月"d"日"' };
  }
  m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (m && +m[1] < 24 && +m[2] < 60 && +(m[3] ?? 0) < 60)
    return { value: (+m[1] * 3600 + +m[2] * 60 + +(m[3] ?? 0)) / 86_400, numFmt: "h:mm" };
  m = /^([-+]?)(\d+)\s+(\d+)\s*\/\s*(\d+)$/.exec(text);
  if (m && +m[4] > 0 && +m[3] < +m[4]) {
    const value = +m[2] + +m[3] / +m[4];
    return { value: m[1] === "-" ? -value : value, numFmt: "# ?/?" };
  }
  return null;
}

/**
 * A value as a zh-CN Excel stores it when it is typed or set through Range.values: parsed, unless it starts with
 * "'". Full-width digits and signs count as their ASCII forms.
 */
export function typedCell(value: unknown, numFmt: string | undefined): FakeCell | undefined {
  const keep = numFmt ? { numFmt } : {};
  if (value === "" || value === null || value === undefined) return numFmt ? { value: null, numFmt } : undefined;
  if (typeof value === "number" || typeof value === "boolean") return { value, ...keep };
  if (typeof value !== "string") fail("InvalidArgument", `Cannot set a ${typeof value} as a cell value.`);
  if (value.startsWith("'")) return { value: value.slice(1), ...keep };
  const typed = value.normalize("NFKC").trim();
  if (typed.startsWith("=")) return { value: null, formula: normalizeFormula(typed), ...keep };
  if (ERROR_VALUES.test(typed)) return { value: null, error: typed.toUpperCase(), ...keep };
  if (/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(typed)) return { value: Number(typed), ...keep };
  const percent = /^([-+]?\d+(\.\d*)?)\s*%$/.exec(typed);
  if (percent) return { value: Number(percent[1]) / 100, numFmt: numFmt ?? "0%" };
  if (/^(true|false)$/i.test(typed)) return { value: typed.toUpperCase() === "TRUE", ...keep };
  const date = parsedDateOrTime(typed);
  if (date) return { value: date.value, numFmt: numFmt ?? date.numFmt };
  return { value, ...keep };
}

/** Excel stores function names in upper case whatever was written. */
function normalizeFormula(formula: string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 ? part : part.replace(/([A-Za-z_][A-Za-z0-9_.]*)\(/g, (_, f: string) => `${f.toUpperCase()}(`),
    )
    .join("");
}

const RANGE_AREAS_PROPERTIES: readonly (keyof Excel.Interfaces.RangeAreasData)[] = ["address", "areaCount"];

interface RangeAreasModel {
  sheet: FakeSheet;
  areas: Area[];
}

export class FakeRangeAreas extends FakeProxy<RangeAreasModel> implements XlRangeAreas {
  protected readonly loadable = RANGE_AREAS_PROPERTIES;
  readonly areas: FakeRangeCollection;

  constructor(ctx: FakeContext, resolver: () => RangeAreasModel | null) {
    super(ctx, resolver, "1.13", "RangeAreas");
    this.areas = new FakeRangeCollection(ctx, () => this.resolveOrNull());
  }

  /** Also takes the navigation path Office.js allows here, `areas/items/address`. */
  override load(propertyNames?: string | string[]): this {
    const names = propertyList(propertyNames);
    const through = names.filter((n) => n.startsWith("areas/")).map((n) => n.slice("areas/".length));
    const own = names.filter((n) => !n.startsWith("areas/"));
    // Loading only the areas still tells whether this is a null object, as Office does.
    super.load(own.length ? own : through.length ? ["areaCount"] : undefined);
    if (through.length) this.areas.load(through);
    return this;
  }

  protected snapshot(m: RangeAreasModel, property: string): unknown {
    if (property === "areaCount") return m.areas.length;
    return m.areas.map((a) => rangeAddress(m.sheet, a)).join(", ");
  }

  get address(): string {
    return this.read("address");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
}

/** RangeAreas.areas (ExcelApi 1.9): one Range per rectangle; empty for a null RangeAreas. */
export class FakeRangeCollection extends FakeCollection<RangeModel, FakeRange> implements XlRangeCollection {
  constructor(
    ctx: FakeContext,
    private readonly owner: () => RangeAreasModel | null,
  ) {
    super(ctx, "1.9", "RangeCollection");
  }

  protected models(): RangeModel[] {
    const m = this.owner();
    return m ? m.areas.map((area) => ({ sheet: m.sheet, area })) : [];
  }

  protected proxy(model: RangeModel): FakeRange {
    return new FakeRange(this.ctx, () => model);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Data validation

const RULE_KINDS = ["custom", "date", "decimal", "list", "textLength", "time", "wholeNumber"] as const;
const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
];

const RULE_TYPES: Record<(typeof RULE_KINDS)[number], Excel.DataValidation["type"]> = {
  custom: "Custom",
  date: "Date",
  decimal: "Decimal",
  list: "List",
  textLength: "TextLength",
  time: "Time",
  wholeNumber: "WholeNumber",
};

export class FakeDataValidation extends FakeProxy<RangeModel> implements XlDataValidation {
  protected readonly loadable: readonly (keyof Excel.Interfaces.DataValidationData)[] = [
    "type",
    "rule",
    "prompt",
    "errorAlert",
    "ignoreBlanks",
  ];

  constructor(ctx: FakeContext, resolver: () => RangeModel) {
    super(ctx, resolver, "1.8", "DataValidation");
  }

  // As Excel reports a range's validation: one rule for all its cells, "None" for none, "MixedCriteria" when only
  // some cells have one, "Inconsistent" when they differ; the rule and texts only of a range with one rule.
  protected snapshot({ sheet, area }: RangeModel, property: string): unknown {
    // The latest validation over a cell is the one it has.
    const latestFirst = [...sheet.validations].reverse();
    const found = new Set(
      areaCells(area).map(({ row, col }) => latestFirst.find((v) => areaContains(v.area, row, col))),
    );
    const one = found.size === 1 ? [...found][0] : undefined;
    if (property === "type") {
      if (one) return one.rule ? RULE_TYPES[Object.keys(one.rule)[0] as keyof typeof RULE_TYPES] : "None";
      if (found.size === 1) return "None";
      return found.has(undefined) ? "MixedCriteria" : "Inconsistent";
    }
    if (property === "rule") return one?.rule ?? {};
    if (property === "prompt") return one?.prompt ?? { showPrompt: false, title: "", message: "" };
    if (property === "errorAlert") return one?.errorAlert ?? { showAlert: true, style: "Stop", title: "", message: "" };
    return one?.ignoreBlanks ?? true;
  }

  get type(): Excel.DataValidation["type"] {
    return this.read("type");
  }
  get ignoreBlanks(): boolean {
    return this.read("ignoreBlanks");
  }
  set ignoreBlanks(value: boolean) {
    this.queue("ignoreBlanks", value, (m) => (entry(m).ignoreBlanks = value));
  }

  clear(): void {
    this.queue("clear", [], ({ sheet, area }) => {
      guard(sheet);
      for (let i = sheet.validations.length - 1; i >= 0; i--)
        if (intersects(sheet.validations[i].area, area)) sheet.validations.splice(i, 1);
    });
  }

  get rule(): Excel.DataValidationRule {
    return this.read("rule");
  }
  set rule(rule: Excel.DataValidationRule) {
    const kinds = Object.keys(rule).filter((k) => rule[k as keyof Excel.DataValidationRule] !== undefined);
    this.queue("rule", rule, (m) => {
      if (kinds.length !== 1 || !(RULE_KINDS as readonly string[]).includes(kinds[0]))
        fail("InvalidArgument", `A rule has exactly one of ${RULE_KINDS.join(", ")}; got ${kinds.join(", ")}.`);
      const basic = rule.decimal ?? rule.wholeNumber ?? rule.textLength;
      if (basic && (!OPERATORS.includes(basic.operator) || basic.formula1 === undefined || basic.formula1 === ""))
        fail("InvalidArgument", "A basic rule needs a known operator and formula1.");
      if (basic && /Between/.test(basic.operator) && basic.formula2 === undefined)
        fail("InvalidArgument", "Between needs formula2.");
      if (rule.custom && !rule.custom.formula.startsWith("="))
        fail("InvalidArgument", "A custom formula starts with '='.");
      entry(m).rule = rule;
    });
  }
  get prompt(): Excel.DataValidationPrompt {
    return this.read("prompt");
  }
  set prompt(prompt: Excel.DataValidationPrompt) {
    this.queue("prompt", prompt, (m) => {
      if (prompt.title.length > 32 || prompt.message.length > 255) fail("InvalidArgument", "The prompt is too long.");
      entry(m).prompt = prompt;
    });
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.read("errorAlert");
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.queue("errorAlert", alert, (m) => {
      if (alert.title.length > 32 || alert.message.length > 255) fail("InvalidArgument", "The alert is too long.");
      entry(m).errorAlert = alert;
    });
  }
}

function guard(sheet: FakeSheet): void {
  if (sheet.protected) fail("AccessDenied", `The worksheet '${sheet.name}' is protected.`);
}

function entry({ sheet, area }: RangeModel): FakeValidation {
  guard(sheet);
  let e = sheet.validations.find((v) => areaA1(v.area) === areaA1(area));
  if (!e) sheet.validations.push((e = { area }));
  return e;
}

// ---------------------------------------------------------------------------------------------------------------
// Names, settings, notes

const NAMED_ITEM_PROPERTIES: readonly (keyof Excel.Interfaces.NamedItemData)[] = ["name", "type", "value"];

export class FakeNamedItemCollection extends FakeCollection<NameModel, FakeNamedItem> implements XlNamedItemCollection {
  constructor(ctx: FakeContext) {
    super(ctx, undefined, "NamedItemCollection");
  }

  protected models(): NameModel[] {
    return [...this.ctx.excel.names];
  }

  protected proxy(model: NameModel): FakeNamedItem {
    return new FakeNamedItem(this.ctx, model);
  }

  add(name: string, reference: XlRange | string, comment?: string): FakeNamedItem {
    const model: NameModel = {
      name,
      sheet: undefined as unknown as FakeSheet,
      area: { top: 1, left: 1, bottom: 1, right: 1 },
    };
    this.ctx.enqueue({
      bytes: 120 + bytesOf([name, typeof reference === "string" ? reference : "range", comment]),
      requires: "1.4",
      what: "NamedItemCollection.add",
      run: () => {
        const names = this.ctx.excel.names;
        if (names.some((n) => n.name.toUpperCase() === name.toUpperCase()))
          fail("ItemAlreadyExists", `The name '${name}' already exists.`);
        if (typeof reference === "string") {
          const [sheet, area] = splitRef(reference);
          model.sheet = this.ctx.excel.findSheet(sheet) ?? fail("InvalidReference", `No sheet '${sheet}'.`);
          model.area = area;
        } else {
          const range = (reference as FakeRange).resolveOrNull() ?? fail("InvalidArgument", "Null range.");
          model.sheet = range.sheet;
          model.area = range.area;
        }
        names.push(model);
        return 16;
      },
    });
    return this.itemProxy(model);
  }
}

export class FakeNamedItem extends FakeProxy<NameModel> implements XlNamedItem {
  protected readonly loadable = NAMED_ITEM_PROPERTIES;

  constructor(ctx: FakeContext, model: NameModel) {
    super(
      ctx,
      () => (ctx.excel.names.includes(model) ? model : fail("ItemNotFound", `The name '${model.name}' was deleted.`)),
      undefined,
      "NamedItem",
    );
  }

  protected snapshot(m: NameModel, property: string): unknown {
    if (property === "name") return m.name;
    if (property === "type") return "Range";
    return `${quoteSheet(m.sheet.name)}!${areaA1(m.area, true)}`;
  }

  get name(): string {
    return this.read("name");
  }
  get type(): Excel.NamedItemType | "String" | "Integer" | "Double" | "Boolean" | "Range" | "Error" | "Array" {
    return this.read("type");
  }
  get value(): unknown {
    return this.read("value");
  }

  delete(): void {
    this.queue("delete", [], (m) => this.ctx.excel.names.splice(this.ctx.excel.names.indexOf(m), 1), "1.4");
  }

  getRangeOrNullObject(): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const m = this.model();
        return this.ctx.excel.sheets.includes(m.sheet) ? { sheet: m.sheet, area: m.area } : null;
      },
      "1.4",
    );
  }
}

interface SettingModel {
  key: string;
}

const SETTING_PROPERTIES: readonly (keyof Excel.Interfaces.SettingData)[] = ["key", "value"];

export class FakeSettingCollection extends FakeCollection<SettingModel, FakeSetting> implements XlSettingCollection {
  private readonly keys = new Map<string, SettingModel>();

  constructor(ctx: FakeContext) {
    super(ctx, "1.4", "SettingCollection");
  }

  private keyModel(key: string): SettingModel {
    let m = this.keys.get(key);
    if (!m) this.keys.set(key, (m = { key }));
    return m;
  }

  protected models(): SettingModel[] {
    return [...this.ctx.excel.settings.keys()].map((k) => this.keyModel(k));
  }

  protected proxy(model: SettingModel): FakeSetting {
    return new FakeSetting(this.ctx, model);
  }

  add(key: string, value: unknown): FakeSetting {
    this.ctx.enqueue({
      bytes: 120 + bytesOf([key, value]),
      requires: "1.4",
      what: "SettingCollection.add",
      run: () => {
        // Settings travel as JSON.
        this.ctx.excel.settings.set(key, JSON.parse(JSON.stringify(value)));
        return 16;
      },
    });
    return this.itemProxy(this.keyModel(key));
  }
}

export class FakeSetting extends FakeProxy<SettingModel> implements XlSetting {
  protected readonly loadable = SETTING_PROPERTIES;

  constructor(ctx: FakeContext, model: SettingModel) {
    super(ctx, () => (ctx.excel.settings.has(model.key) ? model : fail("ItemNotFound", model.key)), "1.4", "Setting");
  }

  protected snapshot(m: SettingModel, property: string): unknown {
    return property === "key" ? m.key : this.ctx.excel.settings.get(m.key);
  }

  get key(): string {
    return this.read("key");
  }
  get value(): unknown {
    return this.read("value");
  }
}

interface PlacedNote {
  sheet: FakeSheet;
  note: NoteModel;
}

const NOTE_PROPERTIES: readonly (keyof Excel.Interfaces.NoteData)[] = ["content"];

/** Workbook.notes (sheet null: addresses carry the sheet) or Worksheet.notes. */
export class FakeNoteCollection extends FakeCollection<PlacedNote, FakeNote> implements XlNoteCollection {
  private readonly placed = new Map<NoteModel, PlacedNote>();

  constructor(
    ctx: FakeContext,
    private readonly scope: (() => FakeSheet) | null,
  ) {
    super(ctx, "1.18", "NoteCollection");
  }

  private place(sheet: FakeSheet, note: NoteModel): PlacedNote {
    let p = this.placed.get(note);
    if (!p) this.placed.set(note, (p = { sheet, note }));
    return p;
  }

  protected models(): PlacedNote[] {
    const sheets = this.scope ? [this.scope()] : this.ctx.excel.sheets;
    return sheets.flatMap((sheet) => [...sheet.notes.values()].map((note) => this.place(sheet, note)));
  }

  protected proxy(model: PlacedNote): FakeNote {
    return new FakeNote(this.ctx, () =>
      model.sheet.notes.get(`${model.note.row},${model.note.col}`) === model.note
        ? model
        : fail("ItemNotFound", "The note was deleted."),
    );
  }

  /** The cell an address names, in this collection's scope. */
  private cellAt(address: string): { sheet: FakeSheet; row: number; col: number } {
    if (this.scope) {
      const at = parseA1(address) ?? fail("InvalidArgument", `InvalidCellAddress: '${address}'.`);
      return { sheet: this.scope(), ...at };
    }
    const [sheetName, area] = splitRef(address);
    if (area.top !== area.bottom || area.left !== area.right) fail("InvalidArgument", "InvalidCellAddress: one cell.");
    const sheet = this.ctx.excel.findSheet(sheetName) ?? fail("ItemNotFound", `No worksheet '${sheetName}'.`);
    return { sheet, row: area.top, col: area.left };
  }

  add(cellAddress: XlRange | string, content: unknown): FakeNote {
    this.ctx.enqueue({
      bytes: 120 + bytesOf([typeof cellAddress === "string" ? cellAddress : "range", content]),
      requires: "1.18",
      what: "NoteCollection.add",
      run: () => {
        let at: { sheet: FakeSheet; row: number; col: number };
        if (typeof cellAddress === "string") at = this.cellAt(cellAddress);
        else {
          const { sheet, area } = (cellAddress as FakeRange).resolveOrNull() ?? fail("InvalidArgument", "Null range.");
          if (area.top !== area.bottom || area.left !== area.right)
            fail("InvalidArgument", "InvalidCellAddress: one cell.");
          at = { sheet, row: area.top, col: area.left };
        }
        guard(at.sheet);
        const key = `${at.row},${at.col}`;
        if (at.sheet.notes.has(key)) fail("InvalidArgument", `The cell ${a1(at.row, at.col)} already has a note.`);
        at.sheet.notes.set(key, { row: at.row, col: at.col, content: String(content) });
        return 16;
      },
    });
    return new FakeNote(this.ctx, () => null);
  }

  getItemOrNullObject(key: string): FakeNote {
    return new FakeNote(
      this.ctx,
      () => {
        const { sheet, row, col } = this.cellAt(key);
        const note = sheet.notes.get(`${row},${col}`);
        return note ? this.place(sheet, note) : null;
      },
      "1.18",
    );
  }
}

export class FakeNote extends FakeProxy<PlacedNote> implements XlNote {
  protected readonly loadable = NOTE_PROPERTIES;

  constructor(ctx: FakeContext, resolver: () => PlacedNote | null, requires = "1.18") {
    super(ctx, resolver, requires, "Note");
  }

  protected snapshot(m: PlacedNote): unknown {
    return m.note.content;
  }

  get content(): string {
    return this.read("content");
  }
  set content(content: string) {
    this.queue("content", content, (m) => {
      guard(m.sheet);
      m.note.content = content;
    });
  }

  delete(): void {
    this.queue("delete", [], (m) => {
      guard(m.sheet);
      m.sheet.notes.delete(`${m.note.row},${m.note.col}`);
    });
  }

  getLocation(): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const m = this.model();
        return { sheet: m.sheet, area: { top: m.note.row, left: m.note.col, bottom: m.note.row, right: m.note.col } };
      },
      "1.18",
    );
  }
}
