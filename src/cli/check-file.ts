// One file from path to report: the input guard, then the analyzer (the package reader + the core). Never throws:
// a file that cannot be checked gets a report that says why.
import { DEFAULT_PROFILE_ID } from "../core/profile";
import { FileReport, unreadableReport } from "./file-report";
import { DEFAULT_LIMITS, GuardLimits, readGuarded } from "./input-guard";

/**
 * Turns the bytes of a guarded .xlsx into its report. Throws UnreadableError when the workbook cannot be read.
 * The guard has checked the zip directory and bounded the declared sizes but inflated nothing: an analyzer must
 * stop each inflation at the entry's declared size (the package reader does), or verify the entries first.
 */
export type Analyzer = (buffer: Buffer, file: string, profileId: string | undefined) => Promise<FileReport>;

/** The workbook's bytes passed the guard but could not be read. */
export class UnreadableError extends Error {
  override name = "UnreadableError";
  constructor(
    message: string,
    /** The message says all (a refusal in the guard's words), rather than what broke in a damaged workbook. */
    readonly whole = false,
  ) {
    super(message);
  }
}

/** The workbook cannot be checked for a reason the person can act on (e.g. it names an unknown profile). */
export class RefusedError extends Error {
  override name = "RefusedError";
}

export async function checkFile(
  file: string,
  profileId: string | undefined,
  analyze: Analyzer,
  limits: GuardLimits = DEFAULT_LIMITS,
): Promise<FileReport> {
  // Without --profile the workbook's own setting decides; a file that cannot be read has none.
  const profile = profileId ?? DEFAULT_PROFILE_ID;
  const guarded = await readGuarded(file, limits, { inflate: false });
  if (!guarded.ok) return unreadableReport(file, profile, guarded.message);
  try {
    return await analyze(guarded.buffer, file, profileId);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    if ((e as Error)?.name === "RefusedError") return unreadableReport(file, profile, detail, "CHECK_FAILED");
    if ((e as Error)?.name === "UnreadableError")
      return unreadableReport(
        file,
        profile,
        (e as UnreadableError).whole ? detail : `文件已损坏，Excel 工作簿无法打开（${detail}）`,
      );
    return unreadableReport(file, profile, `检查这个文件时程序出错（${detail}），请把文件发给开发者`, "CHECK_FAILED");
  }
}
