// The part of the WPS 表格 (ET) object model this host uses, as narrow interfaces. Plain members are picked from the
// real declarations of the npm package et-jsapi-declare (WPS's own, as @types/office-js is Microsoft's), so they keep
// WPS's names; members that lead to other objects are retyped to the narrow form, so the test fake can implement
// them. `RealApiFits` below makes the compiler prove that the real ET interfaces satisfy these: a member spelt
// differently from WPS fails to compile here, and again in the fake that implements them.
//
// The object model is synchronous and mirrors Excel's VBA objects; every property read or write and every method call
// crosses into WPS. Two things the declarations do not say, taken from the VBA model the API mirrors:
//  - `Value2` and `Formula` of a range of several cells hold a 2-D array (rows of cells), of one cell a plain value;
//    `NumberFormat` and `MergeCells` hold one answer for the whole range, or null where its cells differ
//    (et-jsapi-declare types them from static analysis, its base.d.ts says so, and `Formula` as a string only);
//  - a cell with no data validation has none to read: `Validation.Type` throws, so does `SpecialCells` finding no
//    cell, and `Comment` is null on a cell without a note.
// Only types live here; the WPS globals (`window.Application`) are touched in the composition roots (src/main).

export interface EtApplication extends Pick<Et.Application, "ScreenUpdating"> {
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveSheet: EtWorksheet | null;
}

export interface EtWorkbook extends Pick<Et.Workbook, "ProtectStructure"> {
  readonly Worksheets: EtSheets;
  readonly Names: EtNames;
}

export interface EtSheets extends Pick<Et.Sheets, "Count"> {
  /** 1-based index or sheet name; a name that is not there throws. */
  Item(Index: string | number): EtWorksheet;
  Add(Before?: EtWorksheet, After?: EtWorksheet): EtWorksheet;
}

export interface EtWorksheet extends Pick<Et.Worksheet, "Name" | "ProtectContents" | "Visible" | "Activate"> {
  readonly UsedRange: EtRange;
  readonly Comments: EtComments;
  readonly Cells: EtRange;
  Range(Cell1: string): EtRange;
}

/** `Value2`, `Formula` and `NumberFormat` are widened to `unknown`: see the note at the top. */
export interface EtRange extends Pick<Et.Range, "Row" | "Column" | "Address" | "Select" | "AddComment" | "HasFormula"> {
  Value2: unknown;
  Formula: unknown;
  NumberFormat: unknown;
  readonly MergeCells: unknown;
  readonly MergeArea: EtRange;
  readonly Validation: EtValidation;
  readonly Comment: EtComment | null;
  /** The first cell matching `What` in the search order, or null. */
  Find(
    What: string,
    After?: EtRange,
    LookIn?: Et.XlFindLookIn,
    LookAt?: Et.XlLookAt,
    SearchOrder?: Et.XlSearchOrder,
    SearchDirection?: Et.XlSearchDirection,
  ): EtRange | null;
  /** The cells of one kind, as a range of one or several areas; throws when there is none. */
  SpecialCells(Type: Et.XlCellType): EtRange;
}

export type EtValidation = Pick<
  Et.Validation,
  | "Add"
  | "Delete"
  | "Type"
  | "Operator"
  | "Formula1"
  | "Formula2"
  | "AlertStyle"
  | "IgnoreBlank"
  | "InCellDropdown"
  | "ShowInput"
  | "ShowError"
  | "InputTitle"
  | "InputMessage"
  | "ErrorTitle"
  | "ErrorMessage"
>;

export interface EtComments extends Pick<Et.Comments, "Count"> {
  Item(Index: number): EtComment;
}

export interface EtComment extends Pick<Et.Comment, "Text" | "Delete"> {
  /** The cell the note is on (declared `any` in et-jsapi-declare). */
  readonly Parent: EtRange;
}

export interface EtNames extends Pick<Et.Names, "Count"> {
  Item(Index: number): EtName;
  Add(Name: string, RefersTo: string): unknown;
}

export type EtName = Pick<Et.Name, "Name" | "RefersTo" | "Delete">;

/** The enumerations the host passes, as numbers: WPS has no `Et` object at run time to read them from. */
export const XL = {
  formulas: -4123 as Et.XlFindLookIn,
  part: 2 as Et.XlLookAt,
  byRows: 1 as Et.XlSearchOrder,
  byColumns: 2 as Et.XlSearchOrder,
  previous: 2 as Et.XlSearchDirection,
  allValidation: -4174 as Et.XlCellType,
  sheetVeryHidden: 2 as Et.XlSheetVisibility,
  validateDecimal: 2 as Et.XlDVType,
  validateCustom: 7 as Et.XlDVType,
  alertStop: 1,
  between: 1,
  greaterEqual: 7,
} as const;

type Fits<Real extends Narrow, Narrow> = [Real, Narrow];

// `Sheets.Item` is declared to give `Worksheet | Sheets`: an array of indexes gives several sheets, one index one
// worksheet. The host passes one index, so the proof uses that overload.
type RealSheets = Omit<Et.Sheets, "Item"> & { Item(Index: string | number): Et.Worksheet };
type RealWorkbook = Omit<Et.Workbook, "Worksheets"> & { readonly Worksheets: RealSheets };
type RealApplication = Omit<Et.Application, "ActiveWorkbook"> & { readonly ActiveWorkbook: RealWorkbook };

/** Compile-time proof that the real ET interfaces satisfy the narrow ones above. */
export type RealApiFits = [
  Fits<RealApplication, EtApplication>,
  Fits<RealWorkbook, EtWorkbook>,
  Fits<RealSheets, EtSheets>,
  Fits<Et.Worksheet, EtWorksheet>,
  Fits<Et.Range, EtRange>,
  Fits<Et.Validation, EtValidation>,
  Fits<Et.Comments, EtComments>,
  Fits<Et.Comment, EtComment>,
  Fits<Et.Names, EtNames>,
  Fits<Et.Name, EtName>,
];
