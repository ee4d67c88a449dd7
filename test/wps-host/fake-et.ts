// A fake of the WPS 表格 (ET) object model subset the WPS host uses, faithful where the host could go wrong:
//  - every class implements the host's narrow interfaces, which are Picks of the real et-jsapi-declare interfaces, so
//    a member spelt differently from WPS fails to compile here as it would against WPS;
//  - every property read or write and every method call counts as one call into WPS (`calls`, and `callsTo` by
//    member), as each crosses the boundary in the real add-in;
//  - it behaves as the VBA object model it mirrors: `Value2`/`Formula` of several cells are rows of values, of one
//    cell a plain value; `NumberFormat` and `MergeCells` are null where the cells differ; `Validation.Type` throws on
//    a range without one rule, `SpecialCells` throws when it finds nothing, `Validation.Add` over a rule fails;
//    `Worksheets.Item` throws for a name it does not know; writing a protected sheet throws;
//  - what goes into `Formula`/`Value2` is taken as typed: "=…" a formula (function names upper-cased, as WPS shows
//    them), "'…" text, "6000" and "93.00%" numbers (the percent one also gets a percent format), "TRUE" a boolean,
//    "2024-03-01" a date, "#N/A" an error;
//  - error values come out of `Value2` as VBA's error codes through COM (0x800A07D7 for #DIV/0!), or as their text
//    with `errorsAsText`.
// It evaluates no formula: a written formula's value stays empty unless the test passes `calculate`.
import {
  Area,
  MAX_COL,
  MAX_ROW,
  a1,
  areaA1,
  areaCells,
  areaContains,
  areasIntersect,
  parseA1,
  parseAreaA1,
  quoteSheet,
} from "../../src/core/grid/address";
import type {
  EtApplication,
  EtComment,
  EtComments,
  EtName,
  EtNames,
  EtRange,
  EtSheets,
  EtValidation,
  EtWorkbook,
  EtWorksheet,
} from "../../src/host/wps/api";
import type { WpsRule } from "../../src/host/wps/validation";

export type FakeValue = string | number | boolean | null;

export interface FakeCell {
  value: FakeValue;
  formula?: string;
  numFmt?: string;
  error?: string;
}

/** A data validation rule as WPS keeps it (every list has the drop-down flag); cells that share a rule share it. */
export type FakeRule = Omit<WpsRule, "inCellDropdown"> & { inCellDropdown: boolean };

export class FakeEtSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly notes = new Map<string, string>();
  readonly rules = new Map<string, FakeRule>();
  merges: Area[] = [];
  protected = false;
  /** -1 visible, 0 hidden, 2 very hidden (XlSheetVisibility). */
  visible = -1;

  constructor(public name: string) {}

  get(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  /** Keeps a cell that holds something or has a format; General is no format of its own. */
  put(row: number, col: number, cell: FakeCell | undefined): void {
    if (cell?.numFmt === "General") delete cell.numFmt;
    if (cell && (cell.value !== null || cell.formula || cell.error || cell.numFmt))
      this.cells.set(`${row},${col}`, cell);
    else this.cells.delete(`${row},${col}`);
  }

  cellAt(address: string): FakeCell | undefined {
    const at = parseA1(address)!;
    return this.get(at.row, at.col);
  }

  noteAt(address: string): string | undefined {
    const at = parseA1(address)!;
    return this.notes.get(`${at.row},${at.col}`);
  }

  ruleAt(address: string): FakeRule | undefined {
    const at = parseA1(address)!;
    return this.rules.get(`${at.row},${at.col}`);
  }

  /** Gives `area` its own copy of `rule`, as Validation.Add would. */
  setRule(area: Area, rule: FakeRule): void {
    const shared = { ...rule };
    for (const { row, col } of areaCells(area)) this.rules.set(`${row},${col}`, shared);
  }

  mergeAt(row: number, col: number): Area | undefined {
    return this.merges.find((m) => areaContains(m, row, col));
  }
}

export interface FakeEtSheetInit {
  name: string;
  /** Rows from A1: a value, a "=formula", or a cell; undefined for an empty cell. */
  rows?: (FakeValue | FakeCell | undefined)[][];
  merges?: string[];
  protected?: boolean;
  notes?: Record<string, string>;
  visible?: number;
}

export interface FakeEtInit {
  sheets: FakeEtSheetInit[];
  /** Workbook names, e.g. { name: "JX_T01", ref: "自评表!A1:D9" } (a "=…" formula is taken as it is). */
  names?: { name: string; ref: string }[];
  /** Settings kept in the very hidden sheet _jixiao, as the file host writes them. */
  settings?: Record<string, string>;
  protectStructure?: boolean;
}

export class FakeEtError extends Error {
  override readonly name = "FakeEtError";
}

function fail(message: string): never {
  throw new FakeEtError(message);
}

const COM_ERROR_BASE = 0x800a0000 | 0;
const ERROR_CODES: Record<string, number> = {
  "#NULL!": 2000,
  "#DIV/0!": 2007,
  "#VALUE!": 2015,
  "#REF!": 2023,
  "#NAME?": 2029,
  "#NUM!": 2036,
  "#N/A": 2042,
};

// ---------------------------------------------------------------------------------------------------------------
// The application and its one workbook

export class FakeEt {
  readonly sheets: FakeEtSheet[] = [];
  readonly names: { name: string; refersTo: string }[] = [];
  protectStructure: boolean;
  activeSheet: string;
  selection: string | null = null;
  screenUpdating = true;
  /** Every value ScreenUpdating was set to, in order. */
  readonly screenUpdates: boolean[] = [];
  /** Calls into WPS so far, and by member ("Range.Value2"). */
  calls = 0;
  readonly callsTo = new Map<string, number>();
  /** Called before every call, with the member and the call's number (to change the workbook "meanwhile"). */
  onCall?: (member: string, call: number) => void;
  /** Stands in for WPS's calculation of a written formula. */
  calculate?: (sheet: FakeEtSheet, formula: string) => FakeValue;
  /** Error values out of Value2 as text ("#DIV/0!") instead of VBA's error codes. */
  errorsAsText = false;
  /** NumberFormat and MergeCells of several cells as rows of per-cell answers, as a WPS might give them. */
  answersPerCell = false;
  /** No workbook open. */
  noWorkbook = false;
  readonly application: EtApplication;

  constructor(init: FakeEtInit) {
    this.protectStructure = !!init.protectStructure;
    for (const s of init.sheets) {
      const sheet = new FakeEtSheet(s.name);
      sheet.protected = !!s.protected;
      sheet.visible = s.visible ?? -1;
      sheet.merges = (s.merges ?? []).map((m) => parseAreaA1(m)!);
      (s.rows ?? []).forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === undefined) return;
          sheet.put(r + 1, c + 1, typeof v === "object" && v !== null ? { ...v } : typed(v, undefined).cell);
        }),
      );
      for (const [address, text] of Object.entries(s.notes ?? {})) {
        const at = parseA1(address)!;
        sheet.notes.set(`${at.row},${at.col}`, text);
      }
      this.sheets.push(sheet);
    }
    const settings = Object.entries(init.settings ?? {});
    if (settings.length) {
      const sheet = new FakeEtSheet("_jixiao");
      sheet.visible = 2;
      settings.forEach(([k, v], i) => {
        sheet.put(i + 1, 1, { value: k });
        sheet.put(i + 1, 2, { value: v });
      });
      this.sheets.push(sheet);
    }
    for (const n of init.names ?? [])
      this.names.push({ name: n.name, refersTo: n.ref.startsWith("=") ? n.ref : `=${absoluteRef(n.ref)}` });
    this.activeSheet = this.sheets[0]?.name ?? "";
    this.application = new FakeApplication(this);
  }

  /** One call into WPS. */
  count(member: string): void {
    this.calls++;
    this.callsTo.set(member, (this.callsTo.get(member) ?? 0) + 1);
    this.onCall?.(member, this.calls);
  }

  sheet(name: string): FakeEtSheet {
    const s = this.findSheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  findSheet(name: string): FakeEtSheet | undefined {
    return this.sheets.find((s) => s.name.toUpperCase() === name.toUpperCase());
  }

  cell(sheet: string, address: string): FakeCell | undefined {
    return this.sheet(sheet).cellAt(address);
  }

  note(sheet: string, address: string): string | undefined {
    return this.sheet(sheet).noteAt(address);
  }

  /** A person types into a cell. */
  type(sheet: string, address: string, value: FakeValue): void {
    const at = parseA1(address)!;
    const s = this.sheet(sheet);
    s.put(at.row, at.col, typed(value, s.get(at.row, at.col)?.numFmt).cell);
  }

  deleteSheet(name: string): void {
    this.sheets.splice(this.sheets.indexOf(this.sheet(name)), 1);
  }

  /** Everything the host can change, for "nothing changed" comparisons. */
  snapshot(): unknown {
    return structuredClone({
      sheets: this.sheets.map((s) => ({
        name: s.name,
        cells: [...s.cells],
        notes: [...s.notes],
        rules: [...s.rules],
        visible: s.visible,
      })),
      names: this.names,
    });
  }

  /** The value a cell's Value2 gives. */
  value2(cell: FakeCell | undefined): unknown {
    if (!cell) return undefined;
    if (cell.error) return this.errorsAsText ? cell.error : COM_ERROR_BASE + (ERROR_CODES[cell.error] ?? 2015);
    return cell.value === null ? undefined : cell.value;
  }
}

function absoluteRef(ref: string): string {
  const bang = ref.lastIndexOf("!");
  const area = parseAreaA1(ref.slice(bang + 1))!;
  return `${ref.slice(0, bang)}!${areaA1(area, true)}`;
}

class FakeApplication implements EtApplication {
  constructor(private readonly et: FakeEt) {}

  get ScreenUpdating(): boolean {
    this.et.count("Application.ScreenUpdating");
    return this.et.screenUpdating;
  }

  set ScreenUpdating(on: boolean) {
    this.et.count("Application.ScreenUpdating=");
    this.et.screenUpdating = on;
    this.et.screenUpdates.push(on);
  }

  get ActiveWorkbook(): EtWorkbook | null {
    this.et.count("Application.ActiveWorkbook");
    return this.et.noWorkbook ? null : new FakeWorkbook(this.et);
  }

  get ActiveSheet(): EtWorksheet | null {
    this.et.count("Application.ActiveSheet");
    const sheet = this.et.findSheet(this.et.activeSheet);
    return sheet ? new FakeWorksheet(this.et, sheet) : null;
  }
}

class FakeWorkbook implements EtWorkbook {
  constructor(private readonly et: FakeEt) {}

  get ProtectStructure(): boolean {
    this.et.count("Workbook.ProtectStructure");
    return this.et.protectStructure;
  }

  get Worksheets(): EtSheets {
    this.et.count("Workbook.Worksheets");
    return new FakeSheets(this.et);
  }

  get Names(): EtNames {
    this.et.count("Workbook.Names");
    return new FakeNames(this.et);
  }
}

class FakeSheets implements EtSheets {
  constructor(private readonly et: FakeEt) {}

  get Count(): number {
    this.et.count("Sheets.Count");
    return this.et.sheets.length;
  }

  Item(index: string | number): EtWorksheet {
    this.et.count("Sheets.Item");
    const sheet = typeof index === "number" ? this.et.sheets[index - 1] : this.et.findSheet(index);
    if (!sheet) fail("下标越界");
    return new FakeWorksheet(this.et, sheet);
  }

  Add(before?: EtWorksheet, after?: EtWorksheet): EtWorksheet {
    this.et.count("Sheets.Add");
    if (this.et.protectStructure) fail("工作簿受保护，不能添加工作表");
    let n = this.et.sheets.length + 1;
    while (this.et.findSheet(`Sheet${n}`)) n++;
    const sheet = new FakeEtSheet(`Sheet${n}`);
    const anchor = (after ?? before) as FakeWorksheet | undefined;
    const at = anchor ? this.et.sheets.indexOf(anchor.model()) + (after ? 1 : 0) : this.et.sheets.length;
    this.et.sheets.splice(at, 0, sheet);
    this.et.activeSheet = sheet.name;
    return new FakeWorksheet(this.et, sheet);
  }
}

class FakeWorksheet implements EtWorksheet {
  constructor(
    private readonly et: FakeEt,
    private readonly sheet: FakeEtSheet,
  ) {}

  /** The sheet, which must still be in the workbook. */
  model(): FakeEtSheet {
    if (!this.et.sheets.includes(this.sheet)) fail(`工作表「${this.sheet.name}」已被删除`);
    return this.sheet;
  }

  get Name(): string {
    this.et.count("Worksheet.Name");
    return this.model().name;
  }

  set Name(name: string) {
    this.et.count("Worksheet.Name=");
    const sheet = this.model();
    if (this.et.findSheet(name) && this.et.findSheet(name) !== sheet) fail(`工作表名称「${name}」已被使用`);
    if (this.et.activeSheet === sheet.name) this.et.activeSheet = name;
    sheet.name = name;
  }

  get ProtectContents(): boolean {
    this.et.count("Worksheet.ProtectContents");
    return this.model().protected;
  }

  get Visible(): Et.XlSheetVisibility {
    this.et.count("Worksheet.Visible");
    return this.model().visible as Et.XlSheetVisibility;
  }

  set Visible(visible: Et.XlSheetVisibility) {
    this.et.count("Worksheet.Visible=");
    this.model().visible = visible;
  }

  Activate(): void {
    this.et.count("Worksheet.Activate");
    const sheet = this.model();
    if (sheet.visible !== -1) fail("不能激活隐藏的工作表");
    this.et.activeSheet = sheet.name;
  }

  get UsedRange(): EtRange {
    this.et.count("Worksheet.UsedRange");
    return new FakeRange(this.et, this.model(), [usedArea(this.model())]);
  }

  get Cells(): EtRange {
    this.et.count("Worksheet.Cells");
    return new FakeRange(this.et, this.model(), [{ top: 1, left: 1, bottom: MAX_ROW, right: MAX_COL }]);
  }

  get Comments(): EtComments {
    this.et.count("Worksheet.Comments");
    return new FakeComments(this.et, this.model());
  }

  Range(address: string): EtRange {
    this.et.count("Worksheet.Range");
    const area = parseAreaA1(address.replace(/\$/g, ""));
    if (!area) fail(`无效的区域「${address}」`);
    return new FakeRange(this.et, this.model(), [area]);
  }
}

/** What VBA counts as used: cells with content or a format, merged areas, notes and validated cells. */
function usedArea(sheet: FakeEtSheet): Area {
  const points: { row: number; col: number }[] = [];
  for (const key of [...sheet.cells.keys(), ...sheet.notes.keys(), ...sheet.rules.keys()]) {
    const [row, col] = key.split(",").map(Number);
    points.push({ row, col });
  }
  for (const m of sheet.merges) points.push({ row: m.top, col: m.left }, { row: m.bottom, col: m.right });
  if (!points.length) return { top: 1, left: 1, bottom: 1, right: 1 };
  return {
    top: Math.min(...points.map((p) => p.row)),
    left: Math.min(...points.map((p) => p.col)),
    bottom: Math.max(...points.map((p) => p.row)),
    right: Math.max(...points.map((p) => p.col)),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Ranges

class FakeRange implements EtRange {
  constructor(
    private readonly et: FakeEt,
    private readonly sheet: FakeEtSheet,
    /** One area, or several for what SpecialCells gives. */
    private readonly areas: Area[],
  ) {}

  private get area(): Area {
    return this.areas[0];
  }

  private live(): FakeEtSheet {
    if (!this.et.sheets.includes(this.sheet)) fail(`工作表「${this.sheet.name}」已被删除`);
    return this.sheet;
  }

  private cellsOf(): { row: number; col: number }[] {
    if (this.areaSize() > 5_000_000) fail("the fake does not read a range this large cell by cell");
    return areaCells(this.area);
  }

  private areaSize(): number {
    return (this.area.bottom - this.area.top + 1) * (this.area.right - this.area.left + 1);
  }

  /** A single value for one cell, rows of values for several. */
  private shaped(valueAt: (row: number, col: number) => unknown): unknown {
    const a = this.area;
    if (a.top === a.bottom && a.left === a.right) return valueAt(a.top, a.left);
    const rows: unknown[][] = [];
    for (let r = a.top; r <= a.bottom; r++) {
      const row: unknown[] = [];
      for (let c = a.left; c <= a.right; c++) row.push(valueAt(r, c));
      rows.push(row);
    }
    return rows;
  }

  get Row(): number {
    this.et.count("Range.Row");
    return this.area.top;
  }

  get Column(): number {
    this.et.count("Range.Column");
    return this.area.left;
  }

  Address(rowAbsolute = true, columnAbsolute = true): string {
    this.et.count("Range.Address");
    const absolute = rowAbsolute && columnAbsolute;
    return this.areas
      .map((a) => (a.top === a.bottom && a.left === a.right ? a1(a.top, a.left, absolute) : areaA1(a, absolute)))
      .join(",");
  }

  get Value2(): unknown {
    this.et.count("Range.Value2");
    const sheet = this.live();
    return this.shaped((r, c) => this.et.value2(sheet.get(r, c)));
  }

  set Value2(input: unknown) {
    this.et.count("Range.Value2=");
    this.enter(input);
  }

  get Formula(): unknown {
    this.et.count("Range.Formula");
    const sheet = this.live();
    return this.shaped((r, c) => formulaText(sheet.get(r, c)));
  }

  set Formula(input: unknown) {
    this.et.count("Range.Formula=");
    this.enter(input);
  }

  get HasFormula(): boolean | null {
    this.et.count("Range.HasFormula");
    const sheet = this.live();
    const kinds = new Set(this.cellsOf().map(({ row, col }) => !!sheet.get(row, col)?.formula));
    return kinds.size === 1 ? [...kinds][0] : null;
  }

  get NumberFormat(): unknown {
    this.et.count("Range.NumberFormat");
    const sheet = this.live();
    if (this.et.answersPerCell && this.areaSize() > 1)
      return this.shaped((r, c) => sheet.get(r, c)?.numFmt ?? "General");
    const formats = new Set(this.cellsOf().map(({ row, col }) => sheet.get(row, col)?.numFmt ?? "General"));
    return formats.size === 1 ? [...formats][0] : null;
  }

  set NumberFormat(format: unknown) {
    this.et.count("Range.NumberFormat=");
    if (typeof format !== "string") fail("NumberFormat 只接受一个格式");
    const sheet = this.writable();
    for (const { row, col } of this.cellsOf())
      sheet.put(row, col, { ...(sheet.get(row, col) ?? { value: null }), numFmt: format });
  }

  get MergeCells(): unknown {
    this.et.count("Range.MergeCells");
    const sheet = this.live();
    const merged = this.area;
    let inside = 0;
    let cells = 0;
    // Counting over merged areas, not cells, so a whole-sheet range is answered at once.
    for (const m of sheet.merges)
      if (areasIntersect(m, merged)) {
        const t = Math.max(m.top, merged.top);
        const b = Math.min(m.bottom, merged.bottom);
        const l = Math.max(m.left, merged.left);
        const r = Math.min(m.right, merged.right);
        inside += (b - t + 1) * (r - l + 1);
      }
    cells = this.areaSize();
    if (this.et.answersPerCell && cells > 1) return this.shaped((r, c) => !!sheet.mergeAt(r, c));
    return inside === 0 ? false : inside === cells ? true : null;
  }

  get MergeArea(): EtRange {
    this.et.count("Range.MergeArea");
    const m = this.live().mergeAt(this.area.top, this.area.left);
    return new FakeRange(this.et, this.sheet, [m ?? { ...this.area, bottom: this.area.top, right: this.area.left }]);
  }

  get Validation(): EtValidation {
    this.et.count("Range.Validation");
    return new FakeValidation(this.et, this.sheet, this.area);
  }

  get Comment(): EtComment | null {
    this.et.count("Range.Comment");
    const key = `${this.area.top},${this.area.left}`;
    return this.live().notes.has(key) ? new FakeComment(this.et, this.sheet, this.area.top, this.area.left) : null;
  }

  AddComment(text?: string): Et.Comment {
    this.et.count("Range.AddComment");
    const sheet = this.writable();
    const key = `${this.area.top},${this.area.left}`;
    if (sheet.notes.has(key)) fail("单元格已有批注");
    sheet.notes.set(key, text ?? "");
    return new FakeComment(this.et, sheet, this.area.top, this.area.left) as unknown as Et.Comment;
  }

  Select(): boolean {
    this.et.count("Range.Select");
    if (this.et.activeSheet !== this.live().name) fail("Range 类的 Select 方法无效");
    this.et.selection = `${quoteSheet(this.sheet.name)}!${a1(this.area.top, this.area.left)}`;
    return true;
  }

  Find(
    what: string,
    _after?: EtRange,
    lookIn?: Et.XlFindLookIn,
    _lookAt?: Et.XlLookAt,
    order?: Et.XlSearchOrder,
    direction?: Et.XlSearchDirection,
  ): EtRange | null {
    this.et.count("Range.Find");
    if (what !== "*" || lookIn !== -4123 || direction !== 2) fail("the fake finds only the last cell with content");
    let last: { row: number; col: number } | null = null;
    for (const [key, cell] of this.live().cells) {
      if (cell.value === null && !cell.formula && !cell.error) continue;
      const [row, col] = key.split(",").map(Number);
      if (!areaContains(this.area, row, col)) continue;
      const later =
        !last ||
        (order === 2
          ? col > last.col || (col === last.col && row > last.row)
          : row > last.row || (row === last.row && col > last.col));
      if (later) last = { row, col };
    }
    return last
      ? new FakeRange(this.et, this.sheet, [{ top: last.row, left: last.col, bottom: last.row, right: last.col }])
      : null;
  }

  SpecialCells(type: Et.XlCellType): EtRange {
    this.et.count("Range.SpecialCells");
    if (type !== -4174) fail("the fake knows only xlCellTypeAllValidation");
    const keys = [...this.live().rules.keys()]
      .map((k) => k.split(",").map(Number))
      .filter(([row, col]) => areaContains(this.area, row, col));
    if (!keys.length) fail("未找到单元格。");
    return new FakeRange(this.et, this.sheet, rowRuns(keys));
  }

  /** Puts `input` into the range as if typed: one value into every cell, or rows of values cell by cell. */
  private enter(input: unknown): void {
    const sheet = this.writable();
    const a = this.area;
    const rows = a.bottom - a.top + 1;
    const cols = a.right - a.left + 1;
    const grid = Array.isArray(input) ? (Array.isArray(input[0]) ? (input as unknown[][]) : [input]) : null;
    if (grid && (grid.length !== rows || grid.some((r) => r.length !== cols)))
      fail(`数组大小 ${grid.length}×${grid[0]?.length} 与区域 ${areaA1(a)} 不符`);
    for (let i = 0; i < rows; i++)
      for (let j = 0; j < cols; j++) {
        const entry = grid ? grid[i][j] : input;
        const before = sheet.get(a.top + i, a.left + j);
        const { cell, numFmt } = typed(entry as FakeValue, before?.numFmt);
        if (cell.formula) cell.value = this.et.calculate?.(sheet, cell.formula) ?? null;
        if (numFmt && (!before?.numFmt || before.numFmt === "General")) cell.numFmt = numFmt;
        sheet.put(a.top + i, a.left + j, cell);
      }
  }

  private writable(): FakeEtSheet {
    const sheet = this.live();
    if (sheet.protected) fail("您试图更改的单元格或图表受保护，因而是只读的。");
    return sheet;
  }
}

/** Cells as areas: each row's runs of neighbouring cells, runs over the same columns on following rows joined. */
function rowRuns(cells: number[][]): Area[] {
  const sorted = [...cells].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const runs: Area[] = [];
  for (const [row, col] of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.bottom === row && last.right === col - 1) last.right = col;
    else runs.push({ top: row, left: col, bottom: row, right: col });
  }
  const out: Area[] = [];
  for (const run of runs) {
    const above = out.find((a) => a.left === run.left && a.right === run.right && a.bottom === run.top - 1);
    if (above) above.bottom = run.bottom;
    else out.push(run);
  }
  return out;
}

function formulaText(cell: FakeCell | undefined): string {
  if (!cell) return "";
  if (cell.formula) return cell.formula;
  if (cell.error) return cell.error;
  if (cell.value === null) return "";
  if (typeof cell.value === "boolean") return cell.value ? "TRUE" : "FALSE";
  return String(cell.value);
}

/** What a typed entry becomes, and the number format WPS gives a cell typed that way (a percentage, a date). */
export function typed(entry: FakeValue | undefined, numFmt: string | undefined): { cell: FakeCell; numFmt?: string } {
  const keep = numFmt ? { numFmt } : {};
  if (entry === null || entry === undefined || entry === "") return { cell: { value: null, ...keep } };
  if (typeof entry !== "string") return { cell: { value: entry, ...keep } };
  if (entry.startsWith("=")) return { cell: { value: null, formula: upperFunctions(entry), ...keep } };
  if (entry.startsWith("'")) return { cell: { value: entry.slice(1), ...keep } };
  if (ERROR_CODES[entry.trim()] !== undefined) return { cell: { value: null, error: entry.trim(), ...keep } };
  if (/^\s*(true|false)\s*$/i.test(entry)) return { cell: { value: /true/i.test(entry), ...keep } };
  const percent = /^\s*(-?\d+(?:\.(\d+))?)\s*%\s*$/.exec(entry);
  if (percent)
    return {
      cell: { value: Number(percent[1]) / 100, ...keep },
      numFmt: percent[2] ? `0.${"0".repeat(percent[2].length)}%` : "0%",
    };
  if (/^\s*-?(\d[\d,]*(\.\d*)?|\.\d+)(e[-+]?\d+)?\s*$/i.test(entry))
    return { cell: { value: Number(entry.replace(/,/g, "")), ...keep } };
  const date = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(entry);
  if (date) {
    const serial = (Date.UTC(+date[1], +date[2] - 1, +date[3]) - Date.UTC(1899, 11, 30)) / 86_400_000;
    return { cell: { value: serial, ...keep }, numFmt: "yyyy/m/d" };
  }
  return { cell: { value: entry, ...keep } };
}

/** WPS shows function names in upper case, whatever was typed (text in quotes stays as it is). */
function upperFunctions(formula: string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 ? part : part.replace(/[A-Za-z_][A-Za-z0-9_.]*(?=\()/g, (f) => f.toUpperCase())))
    .join("");
}

// ---------------------------------------------------------------------------------------------------------------
// Validation, notes, names

class FakeValidation implements EtValidation {
  constructor(
    private readonly et: FakeEt,
    private readonly sheet: FakeEtSheet,
    private readonly area: Area,
  ) {}

  /** The one rule of every cell; WPS throws where the cells have none or differ. */
  private rule(member: string): FakeRule {
    this.et.count(`Validation.${member}`);
    const rules = areaCells(this.area).map(({ row, col }) => this.sheet.rules.get(`${row},${col}`));
    const first = rules[0];
    if (!first || rules.some((r) => !r || JSON.stringify(r) !== JSON.stringify(first)))
      fail("应用程序定义或对象定义错误");
    return first;
  }

  private writableRules(member: string): FakeRule[] {
    this.et.count(`Validation.${member}=`);
    if (this.sheet.protected) fail("工作表受保护");
    const rules = areaCells(this.area).map(({ row, col }) => this.sheet.rules.get(`${row},${col}`));
    if (rules.some((r) => !r)) fail("应用程序定义或对象定义错误");
    return [...new Set(rules as FakeRule[])];
  }

  Add(type: Et.XlDVType, alertStyle?: number, operator?: number, formula1?: string, formula2?: string): void {
    this.et.count("Validation.Add");
    if (this.sheet.protected) fail("工作表受保护");
    if (areaCells(this.area).some(({ row, col }) => this.sheet.rules.has(`${row},${col}`)))
      fail("已有数据有效性，不能再添加");
    this.sheet.setRule(this.area, {
      type,
      alertStyle: alertStyle ?? 1,
      ...(operator !== undefined && type !== 3 && type !== 7 ? { operator } : {}),
      ...(formula1 !== undefined ? { formula1 } : {}),
      ...(formula2 !== undefined ? { formula2 } : {}),
      ignoreBlank: true,
      inCellDropdown: true,
      showInput: true,
      showError: true,
      inputTitle: "",
      inputMessage: "",
      errorTitle: "",
      errorMessage: "",
    });
  }

  Delete(): void {
    this.et.count("Validation.Delete");
    if (this.sheet.protected) fail("工作表受保护");
    for (const { row, col } of areaCells(this.area)) this.sheet.rules.delete(`${row},${col}`);
  }

  Modify(): void {
    fail("the fake does not modify rules");
  }

  get Type(): number {
    return this.rule("Type").type;
  }

  get Operator(): number {
    const rule = this.rule("Operator");
    if (rule.operator === undefined) fail("应用程序定义或对象定义错误");
    return rule.operator;
  }

  get Formula1(): string {
    return this.rule("Formula1").formula1 ?? "";
  }

  get Formula2(): string {
    const rule = this.rule("Formula2");
    if (rule.formula2 === undefined) fail("应用程序定义或对象定义错误");
    return rule.formula2;
  }

  get AlertStyle(): number {
    return this.rule("AlertStyle").alertStyle;
  }

  get IgnoreBlank(): boolean {
    return this.rule("IgnoreBlank").ignoreBlank;
  }

  set IgnoreBlank(on: boolean) {
    for (const r of this.writableRules("IgnoreBlank")) r.ignoreBlank = on;
  }

  get InCellDropdown(): boolean {
    return this.rule("InCellDropdown").inCellDropdown;
  }

  set InCellDropdown(on: boolean) {
    for (const r of this.writableRules("InCellDropdown")) r.inCellDropdown = on;
  }

  get ShowInput(): boolean {
    return this.rule("ShowInput").showInput;
  }

  set ShowInput(on: boolean) {
    for (const r of this.writableRules("ShowInput")) r.showInput = on;
  }

  get ShowError(): boolean {
    return this.rule("ShowError").showError;
  }

  set ShowError(on: boolean) {
    for (const r of this.writableRules("ShowError")) r.showError = on;
  }

  get InputTitle(): string {
    return this.rule("InputTitle").inputTitle;
  }

  set InputTitle(text: string) {
    if (text.length > 32) fail("标题不能超过 32 个字符");
    for (const r of this.writableRules("InputTitle")) r.inputTitle = text;
  }

  get InputMessage(): string {
    return this.rule("InputMessage").inputMessage;
  }

  set InputMessage(text: string) {
    if (text.length > 255) fail("信息不能超过 255 个字符");
    for (const r of this.writableRules("InputMessage")) r.inputMessage = text;
  }

  get ErrorTitle(): string {
    return this.rule("ErrorTitle").errorTitle;
  }

  set ErrorTitle(text: string) {
    if (text.length > 32) fail("标题不能超过 32 个字符");
    for (const r of this.writableRules("ErrorTitle")) r.errorTitle = text;
  }

  get ErrorMessage(): string {
    return this.rule("ErrorMessage").errorMessage;
  }

  set ErrorMessage(text: string) {
    if (text.length > 255) fail("信息不能超过 255 个字符");
    for (const r of this.writableRules("ErrorMessage")) r.errorMessage = text;
  }
}

class FakeComments implements EtComments {
  constructor(
    private readonly et: FakeEt,
    private readonly sheet: FakeEtSheet,
  ) {}

  private keys(): string[] {
    return [...this.sheet.notes.keys()].sort((x, y) => {
      const [xr, xc] = x.split(",").map(Number);
      const [yr, yc] = y.split(",").map(Number);
      return xr - yr || xc - yc;
    });
  }

  get Count(): number {
    this.et.count("Comments.Count");
    return this.sheet.notes.size;
  }

  Item(index: number): EtComment {
    this.et.count("Comments.Item");
    const key = this.keys()[index - 1];
    if (!key) fail("下标越界");
    const [row, col] = key.split(",").map(Number);
    return new FakeComment(this.et, this.sheet, row, col);
  }
}

class FakeComment implements EtComment {
  constructor(
    private readonly et: FakeEt,
    private readonly sheet: FakeEtSheet,
    private readonly row: number,
    private readonly col: number,
  ) {}

  Text(): string {
    this.et.count("Comment.Text");
    return this.sheet.notes.get(`${this.row},${this.col}`) ?? fail("批注已被删除");
  }

  Delete(): void {
    this.et.count("Comment.Delete");
    if (this.sheet.protected) fail("工作表受保护");
    this.sheet.notes.delete(`${this.row},${this.col}`);
  }

  get Parent(): EtRange {
    this.et.count("Comment.Parent");
    return new FakeRange(this.et, this.sheet, [{ top: this.row, left: this.col, bottom: this.row, right: this.col }]);
  }
}

class FakeNames implements EtNames {
  constructor(private readonly et: FakeEt) {}

  get Count(): number {
    this.et.count("Names.Count");
    return this.et.names.length;
  }

  Item(index: number): EtName {
    this.et.count("Names.Item");
    const model = this.et.names[index - 1];
    if (!model) fail("下标越界");
    return new FakeName(this.et, model);
  }

  Add(name: string, refersTo: string): unknown {
    this.et.count("Names.Add");
    if (!/^[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*$/.test(name)) fail(`名称「${name}」无效`);
    if (typeof refersTo !== "string" || !refersTo.startsWith("=")) fail("引用必须以 = 开头");
    const existing = this.et.names.find((n) => n.name.toUpperCase() === name.toUpperCase());
    if (existing) existing.refersTo = refersTo;
    else this.et.names.push({ name, refersTo });
    return undefined;
  }
}

class FakeName implements EtName {
  constructor(
    private readonly et: FakeEt,
    private readonly model: { name: string; refersTo: string },
  ) {}

  get Name(): string {
    this.et.count("Name.Name");
    return this.model.name;
  }

  set Name(_: string) {
    fail("the fake does not rename names");
  }

  get RefersTo(): string {
    this.et.count("Name.RefersTo");
    return this.model.refersTo;
  }

  set RefersTo(_: string) {
    fail("the fake does not change what a name refers to");
  }

  Delete(): void {
    this.et.count("Name.Delete");
    const i = this.et.names.indexOf(this.model);
    if (i < 0) fail("名称已被删除");
    this.et.names.splice(i, 1);
  }
}
