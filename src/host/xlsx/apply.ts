// WritePlan → the parts of an .xlsx package it changes. Every cell is checked against what the plan expected
// before anything is written, so a plan made from a stale read writes nothing. Then each part the plan touches is
// patched (edit/): the written cells, the number formats they need, validation, notes, the defined names, the
// settings; every other part, and everything else inside the patched ones, stays as the file had it.
import { CellValue } from "../../core/grid/grid";
import { CellWrite, ValidationRestore, WritePlan } from "../../core/plan/write-plan";
import { changesNames, replacedBy } from "../../core/plan/names";
import { protectedSheetsMessage } from "../../core/plan/refusals";
import { HostError, sheetsMissing } from "../../core/plan/host-error";
import { ApplyResult, appliedWith, conflictsOf, contentOf, refused, sheetsOf } from "../../core/plan/apply-result";
import { afterWrite, undoPlan, undoWrite } from "../../core/plan/undo";
import { CONTENT_TYPES, declarePart, forgetPart } from "./edit/content-types";
import { writeNotes, NoteEdit } from "./edit/notes";
import { addRelationship, relationshipNamespace, removeRelationships } from "./edit/relationships";
import { CellEdit, cellSplices, cellStyle } from "./edit/sheet-cells";
import { SheetLayout, readSheetLayout } from "./edit/sheet-layout";
import { StylesEdit, minimalStyles } from "./edit/styles";
import { SheetValidations } from "./edit/validations";
import { WorkbookXmlEdit } from "./edit/workbook-xml";
import { applySplices, mainNamespace } from "./edit/xml-text";
import { SETTINGS_SHEET } from "./settings-sheet";
import { WorkbookFile } from "./workbook-file";

const WORKBOOK = "xl/workbook.xml";
const STYLES = "xl/styles.xml";
const CALC_CHAIN = "xl/calcChain.xml";

/**
 * A target sheet is protected. The add-in cannot write there (Excel refuses), so neither does the file host: the
 * same plan is refused alike, and a copy never carries formulas in cells a sheet's protection locks. The HostError
 * every host throws for it, with the sheets named for the CLI.
 */
export class SheetProtectedError extends HostError {
  override name = "SheetProtectedError";
  constructor(readonly sheets: string[]) {
    super("SheetProtected", protectedSheetsMessage(sheets, "Excel"), { action: "写入" });
  }
}

/**
 * Writes `plan`. Before writing anything it refuses, as every host does: a sheet that is gone (HostError
 * SheetMissing), a protected sheet (SheetProtectedError), a cell that no longer holds what the plan expected
 * (conflicts).
 */
export function applyPlan(file: WorkbookFile, plan: WritePlan): ApplyResult {
  const data = file.data();
  const grids = new Map(data.sheets.map((g) => [g.name, g]));
  const targets = sheetsOf(plan);
  const missing = targets.filter((name) => !grids.has(name));
  if (missing.length) throw sheetsMissing(missing);
  const sheets = new SheetEdits(file);
  const locked = targets.filter((name) => sheets.layout(name).protected);
  if (locked.length) throw new SheetProtectedError(locked);
  const cellOf = (w: CellWrite) => grids.get(w.ref.sheet)!.cell(w.ref.row, w.ref.col);
  const conflicts = conflictsOf(plan.cells, (w) => contentOf(cellOf(w)));
  if (conflicts.length) return refused(conflicts);

  const undoCells = plan.cells.map((w) => {
    const before = cellOf(w);
    const edit = sheets.cell(w.ref.sheet, w.ref.row, w.ref.col);
    if (w.formula !== undefined) edit.content = { formula: w.formula.replace(/^=/, ""), value: cachedResult(w.value) };
    else if (w.value !== undefined) edit.content = { value: w.value === "" ? null : w.value };
    if (w.numFmt !== undefined) edit.style = sheets.styles().withFormat(edit.style ?? sheets.style(w), w.numFmt);
    if (w.note !== undefined) sheets.note(w.ref.sheet, { row: w.ref.row, col: w.ref.col, text: w.note });
    return undoWrite(w, before, afterWrite(contentOf(before), w));
  });
  const restores = plan.validations.flatMap((v): ValidationRestore[] => {
    const restore = sheets.validations(v.sheet).set(v);
    return restore ? [restore] : [];
  });
  for (const r of plan.restoreValidations ?? []) sheets.validations(r.sheet).restore(r);
  if (changesNames(plan)) sheets.workbook().setNames(plan.names, replacedBy(plan));
  if (Object.keys(plan.settings).length) writeSettings(sheets, plan.settings);
  if (plan.cells.some((w) => w.formula !== undefined || w.value !== undefined)) {
    sheets.workbook().recalculateOnLoad();
    dropCalcChain(file);
  }
  sheets.commit();
  return appliedWith(plan, undoPlan(plan, { cells: undoCells, restores, names: data.names }));
}

/** The engine's value, kept as the formula's cached result so a reader that does not recalculate still sees it. */
function cachedResult(value: CellValue | undefined): CellValue | undefined {
  return typeof value === "number" || typeof value === "string" || typeof value === "boolean" ? value : undefined;
}

/**
 * The edits one apply makes, gathered per part and written at the end: each sheet's layout is read once, and each
 * part is rewritten once.
 */
class SheetEdits {
  private readonly layouts = new Map<string, SheetLayout>();
  private readonly cells = new Map<string, Map<string, CellEdit>>();
  private readonly notes = new Map<string, Map<string, NoteEdit>>();
  private readonly rules = new Map<string, SheetValidations>();
  private stylesEdit?: StylesEdit;
  private workbookEdit?: WorkbookXmlEdit;
  readonly relationships: string;

  constructor(readonly file: WorkbookFile) {
    this.relationships = relationshipNamespace(file.parts);
  }

  layout(sheet: string): SheetLayout {
    let layout = this.layouts.get(sheet);
    if (!layout) {
      const part = this.file.sheetPart(sheet)!.part;
      layout = readSheetLayout(this.file.parts.text(part)!, part);
      this.layouts.set(sheet, layout);
    }
    return layout;
  }

  /** The edit of one cell (one per cell, however often the plan writes it). */
  cell(sheet: string, row: number, col: number): CellEdit {
    const edits = this.cells.get(sheet) ?? this.cells.set(sheet, new Map()).get(sheet)!;
    const k = `${row},${col}`;
    return edits.get(k) ?? edits.set(k, { row, col }).get(k)!;
  }

  style(w: CellWrite): number {
    return cellStyle(this.layout(w.ref.sheet), w.ref.row, w.ref.col);
  }

  note(sheet: string, note: NoteEdit): void {
    const notes = this.notes.get(sheet) ?? this.notes.set(sheet, new Map()).get(sheet)!;
    notes.set(`${note.row},${note.col}`, note);
  }

  validations(sheet: string): SheetValidations {
    let v = this.rules.get(sheet);
    if (!v) this.rules.set(sheet, (v = new SheetValidations(this.layout(sheet))));
    return v;
  }

  styles(): StylesEdit {
    if (!this.stylesEdit) {
      const parts = this.file.parts;
      let text = parts.text(STYLES);
      if (text === undefined) {
        text = minimalStyles(mainNamespace(parts.text(WORKBOOK)!));
        parts.write(STYLES, text);
        addRelationship(parts, WORKBOOK, `${this.relationships}/styles`, STYLES);
        declarePart(parts, STYLES, CONTENT_TYPES.styles);
      }
      this.stylesEdit = new StylesEdit(text, STYLES);
    }
    return this.stylesEdit;
  }

  workbook(): WorkbookXmlEdit {
    return (this.workbookEdit ??= new WorkbookXmlEdit(this.file.parts.text(WORKBOOK)!, WORKBOOK, this.relationships));
  }

  /** Writes every edited part. */
  commit(): void {
    const parts = this.file.parts;
    const sheets = new Set([...this.cells.keys(), ...this.notes.keys(), ...this.rules.keys()]);
    for (const sheet of sheets) {
      const layout = this.layout(sheet);
      const splices = [
        ...cellSplices(layout, [...(this.cells.get(sheet)?.values() ?? [])]),
        ...(this.rules.get(sheet)?.splices() ?? []),
        ...writeNotes(parts, layout, [...(this.notes.get(sheet)?.values() ?? [])], this.relationships),
      ];
      if (splices.length) parts.write(layout.part, applySplices(layout.text, splices));
    }
    if (this.stylesEdit?.changed()) parts.write(STYLES, this.stylesEdit.result());
    if (this.workbookEdit?.changed()) parts.write(WORKBOOK, this.workbookEdit.result());
    this.file.changed();
  }
}

/** The settings into the very hidden settings sheet, made when the workbook has none. */
function writeSettings(sheets: SheetEdits, settings: Record<string, string>): void {
  const file = sheets.file;
  const existing = file.sheets().sheets.find((s) => s.sheet.name === SETTINGS_SHEET);
  if (!existing) {
    const parts = file.parts;
    let n = 1;
    while (parts.has(`xl/worksheets/sheet${n}.xml`)) n++;
    const part = `xl/worksheets/sheet${n}.xml`;
    const ns = mainNamespace(parts.text(WORKBOOK)!);
    parts.write(
      part,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${ns}"><sheetData/></worksheet>`,
    );
    const relId = addRelationship(parts, WORKBOOK, `${sheets.relationships}/worksheet`, part);
    declarePart(parts, part, CONTENT_TYPES.worksheet);
    sheets.workbook().addSheet(SETTINGS_SHEET, relId, "veryHidden");
    const layout = readSheetLayout(parts.text(part)!, part);
    const edits = Object.entries(settings).flatMap(([k, value], i) => settingRow(i + 1, k, value));
    parts.write(part, applySplices(layout.text, cellSplices(layout, edits)));
    return;
  }
  const grid = existing.grid;
  const rows = new Map<string, number>();
  for (let r = 1; r <= grid.rowCount; r++) {
    const k = grid.cell(r, 1)?.value;
    if (typeof k === "string" && !rows.has(k)) rows.set(k, r);
  }
  let next = grid.rowCount + 1;
  for (const [k, value] of Object.entries(settings)) {
    const row = rows.get(k) ?? next++;
    const stored = grid.cell(row, 2);
    if (rows.has(k) && !stored?.formula && stored?.value === value) continue;
    for (const e of settingRow(row, k, value)) Object.assign(sheets.cell(SETTINGS_SHEET, e.row, e.col), e);
  }
}

function settingRow(row: number, k: string, value: string): CellEdit[] {
  return [
    { row, col: 1, content: { value: k } },
    { row, col: 2, content: { value } },
  ];
}

/** The calculation chain lists Excel's formula cells; a plan changes which cells have formulas, so Excel rebuilds it. */
function dropCalcChain(file: WorkbookFile): void {
  const parts = file.parts;
  if (!parts.has(CALC_CHAIN)) return;
  parts.remove(CALC_CHAIN);
  removeRelationships(parts, WORKBOOK, "calcChain");
  forgetPart(parts, CALC_CHAIN);
}
