// The part of the Excel JavaScript API this host uses, as narrow interfaces. Plain members are picked from the real
// @types/office-js classes, so they keep Office's names and types; members that lead to other API objects are
// retyped to the narrow form, so the test fake can implement them. `RealApiFits` below makes the compiler prove
// that the real classes satisfy these interfaces: a member spelt differently from Office.js fails to compile here,
// and again in the fake that implements them. Only types live here; the Office globals are touched in office.ts.

type PropertyNames = string | string[];

export interface XlContext extends Pick<Excel.RequestContext, "sync"> {
  readonly workbook: XlWorkbook;
}

export interface XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  /** ExcelApi 1.1; add/delete/getRangeOrNullObject need 1.4. */
  readonly names: XlNamedItemCollection;
  /** ExcelApi 1.4. */
  readonly settings: XlSettingCollection;
  /**
   * ExcelApi 1.18. Undefined where the office.js in use predates 1.18 (the npm copy, 1.1.110), even in an Excel
   * that supports it: the library has no NoteCollection to hand out.
   */
  readonly notes?: XlNoteCollection;
}

export interface XlWorksheetCollection {
  readonly items: XlWorksheet[];
  load(propertyNames?: PropertyNames): XlWorksheetCollection;
  getItem(key: string): XlWorksheet;
}

export interface XlWorksheet extends Pick<Excel.Worksheet, "name" | "activate"> {
  /** ExcelApi 1.2. */
  readonly protection: XlWorksheetProtection;
  /** ExcelApi 1.18; undefined where the office.js in use predates it (see XlWorkbook.notes). */
  readonly notes?: XlNoteCollection;
  load(propertyNames?: PropertyNames): XlWorksheet;
  getRange(address?: string): XlRange;
  /** `valuesOnly` needs ExcelApi 1.2. */
  getUsedRange(valuesOnly?: boolean): XlRange;
  /** ExcelApi 1.4. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
}

export interface XlWorksheetProtection extends Pick<Excel.WorksheetProtection, "protected"> {
  load(propertyNames?: PropertyNames): XlWorksheetProtection;
}

export interface XlRange extends Pick<
  Excel.Range,
  "address" | "values" | "formulas" | "numberFormat" | "valueTypes" | "isNullObject" | "select"
> {
  /** ExcelApi 1.8. */
  readonly dataValidation: XlDataValidation;
  load(propertyNames?: PropertyNames): XlRange;
  /** ExcelApi 1.13. */
  getMergedAreasOrNullObject(): XlRangeAreas;
}

export interface XlRangeAreas extends Pick<Excel.RangeAreas, "address" | "areaCount" | "isNullObject"> {
  /** ExcelApi 1.9: one Range per rectangle. */
  readonly areas: XlRangeCollection;
  load(propertyNames?: PropertyNames): XlRangeAreas;
}

export interface XlRangeCollection {
  readonly items: XlRange[];
  load(propertyNames?: PropertyNames): XlRangeCollection;
}

export interface XlDataValidation extends Pick<
  Excel.DataValidation,
  "rule" | "prompt" | "errorAlert" | "ignoreBlanks" | "type" | "clear"
> {
  load(propertyNames?: PropertyNames): XlDataValidation;
}

export interface XlNamedItemCollection {
  readonly items: XlNamedItem[];
  load(propertyNames?: PropertyNames): XlNamedItemCollection;
  add(name: string, reference: XlRange | string, comment?: string): unknown;
}

export interface XlNamedItem extends Pick<Excel.NamedItem, "name" | "type" | "value" | "delete"> {
  getRangeOrNullObject(): XlRange;
}

export interface XlSettingCollection {
  readonly items: XlSetting[];
  load(propertyNames?: PropertyNames): XlSettingCollection;
  add(key: string, value: unknown): unknown;
}

export type XlSetting = Pick<Excel.Setting, "key" | "value">;

export interface XlNoteCollection {
  readonly items: XlNote[];
  load(propertyNames?: PropertyNames): XlNoteCollection;
  add(cellAddress: XlRange | string, content: unknown): unknown;
  getItemOrNullObject(key: string): XlNote;
}

export interface XlNote extends Pick<Excel.Note, "content" | "isNullObject" | "delete"> {
  load(propertyNames?: PropertyNames): XlNote;
  getLocation(): XlRange;
}

/** `Excel.run`, narrowed to the batch form this host uses. */
export type RunBatch = <T>(batch: (context: XlContext) => Promise<T>) => Promise<T>;

/** `Office.context.requirements.isSetSupported`, with the version as a string ("1.8") as Office wants it. */
export type IsSetSupported = (name: string, minVersion: string) => boolean;

/**
 * Whether the office.js this page loaded defines the class `Excel.<name>`. isSetSupported answers for the Excel
 * host, not for the library: an office.js older than the host (the npm copy we serve offline) lacks the newest
 * classes, and their objects are simply not there.
 */
export type HasClass = (name: string) => boolean;

type Fits<Real extends Narrow, Narrow> = [Real, Narrow];

/** Compile-time proof that the real Office.js classes satisfy the narrow interfaces above. */
export type RealApiFits = [
  Fits<Excel.RequestContext, XlContext>,
  Fits<Excel.Workbook, XlWorkbook>,
  Fits<Excel.WorksheetCollection, XlWorksheetCollection>,
  Fits<Excel.Worksheet, XlWorksheet>,
  Fits<Excel.WorksheetProtection, XlWorksheetProtection>,
  Fits<Excel.Range, XlRange>,
  Fits<Excel.RangeAreas, XlRangeAreas>,
  Fits<Excel.RangeCollection, XlRangeCollection>,
  Fits<Excel.DataValidation, XlDataValidation>,
  Fits<Excel.NamedItemCollection, XlNamedItemCollection>,
  Fits<Excel.NamedItem, XlNamedItem>,
  Fits<Excel.SettingCollection, XlSettingCollection>,
  Fits<Excel.Setting, XlSetting>,
  Fits<Excel.NoteCollection, XlNoteCollection>,
  Fits<Excel.Note, XlNote>,
  Fits<typeof Excel.run, RunBatch>,
];
