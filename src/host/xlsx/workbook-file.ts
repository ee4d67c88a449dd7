// An .xlsx (or .xlsm) file as the file host holds it: the package as read, the parts plans have rewritten, and
// what the package reader makes of it all. Reading is cached until a plan changes a part.
import { WorkbookData } from "../../app/host";
import { SheetPart, WorkbookSheets, readWorksheets, workbookDataOf } from "./package";
import { PackageParts } from "./package/parts";
import { writePackage } from "./edit/zip-writer";

export class WorkbookFile {
  readonly parts: PackageParts;
  private read?: WorkbookSheets;

  constructor(buffer: Buffer) {
    this.parts = new PackageParts(buffer);
  }

  /** Every worksheet (the settings sheet too), read. */
  sheets(): WorkbookSheets {
    return (this.read ??= readWorksheets(this.parts));
  }

  data(): WorkbookData {
    return workbookDataOf(this.sheets());
  }

  sheetPart(name: string): SheetPart | undefined {
    return this.sheets().sheets.find((s) => s.sheet.name === name)?.sheet;
  }

  /** After a part changed: the next reading reads the package again. */
  changed(): void {
    this.read = undefined;
  }

  /** The file as it now is: the original's entries where nothing changed, the rewritten parts where they did. */
  bytes(): Buffer {
    return writePackage(this.parts);
  }
}
