// The analyzer the CLI runs in its workers: the package reader reads the workbook, the core checks it. exceljs is
// not loaded on this path at all.
import { AppError, checkWorkbook } from "../app/check";
import { ZipProblem, readWorkbookPackage } from "../host/xlsx/package";
import { Analyzer, RefusedError, UnreadableError } from "./check-file";

export const analyze: Analyzer = async (buffer, file, profileId) => {
  let data;
  try {
    data = readWorkbookPackage(buffer);
  } catch (e) {
    // A zip that lies about its sizes is refused in the guard's own words.
    if (e instanceof ZipProblem) throw new UnreadableError(e.message, true);
    throw new UnreadableError(e instanceof Error ? e.message : String(e));
  }
  try {
    return checkWorkbook(data, file, profileId);
  } catch (e) {
    if (e instanceof AppError) throw new RefusedError(e.message);
    throw e;
  }
};
