// The analyzer the CLI runs in its workers: exceljs reads the workbook, the core checks it.
import { AppError, checkWorkbook } from "../app/check";
import { readWorkbookBuffer } from "../host/xlsx";
import { Analyzer, RefusedError, UnreadableError } from "./check-file";

export const analyze: Analyzer = async (buffer, file, profileId) => {
  let data;
  try {
    data = await readWorkbookBuffer(buffer);
  } catch (e) {
    throw new UnreadableError(e instanceof Error ? e.message : String(e));
  }
  try {
    return checkWorkbook(data, file, profileId);
  } catch (e) {
    if (e instanceof AppError) throw new RefusedError(e.message);
    throw e;
  }
};
