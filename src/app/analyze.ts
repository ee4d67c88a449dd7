// The read side of every use case: recognize → score → check, over a workbook already read by a host.
import { Finding } from "../core/finding";
import { runChecks } from "../core/checks";
import { recognize, Recognition } from "../core/layout";
import { DEFAULT_PROFILE_ID, PROFILES, PROFILE_SETTING_KEY, getProfile } from "../core/profile";
import { Profile } from "../core/profile/types";
import { buildReport } from "../core/report/build-report";
import { Report } from "../core/report/report";
import { scoreWorkbook } from "../core/scoring";
import { WorkbookScore } from "../core/scoring/types";
import { WorkbookData } from "./host";

/** A failure a person can act on; its message is Chinese and is shown as it is. */
export class AppError extends Error {}

export interface Analysis {
  profile: Profile;
  recognition: Recognition;
  score: WorkbookScore;
  findings: Finding[];
}

/** The profile asked for, else the one stored in the workbook, else `default`. */
export function resolveProfile(data: WorkbookData, profileId?: string): Profile {
  const id = profileId ?? data.settings[PROFILE_SETTING_KEY] ?? DEFAULT_PROFILE_ID;
  const profile = getProfile(id);
  if (!profile) throw new AppError(`未知的评分规则“${id}”，可选：${Object.keys(PROFILES).join("、")}`);
  return profile;
}

export function analyze(data: WorkbookData, profileId?: string): Analysis {
  const profile = resolveProfile(data, profileId);
  const recognition = recognize({ sheets: data.sheets, names: data.names });
  const score = scoreWorkbook(recognition.tables, profile);
  const findings = runChecks(score, profile, {
    recognized: recognition.findings,
    sheets: data.sheets.map((g) => g.name),
  });
  return { profile, recognition, score, findings };
}

export function checkWorkbook(data: WorkbookData, file: string, profileId?: string): Report {
  const a = analyze(data, profileId);
  return buildReport(file, a.profile, a.score, a.findings);
}
