// runChecks: every family of checks over a scored workbook, merged with the findings recognition made, as the one
// list every caller shows: one finding per problem and cell, errors first and then in the order a person reads the
// workbook (sheet, row, column). Deduped and sorted here, once; nobody orders them again.
import { parseRefA1 } from "../grid/address";
import { Profile } from "../profile/types";
import { WorkbookScore } from "../scoring/types";
import { basicFindings } from "./basic-table";
import { budgetFindings } from "./budget";
import { CheckContext, checkContext } from "./context";
import { crossTableFindings } from "./cross-table";
import { deviationFindings } from "./deviation";
import { Finding, FindingCode, SEVERITY_ORDER } from "../finding";
import { indicatorFindings } from "./indicators";
import { problemFindings } from "./problems";
import { basicTemplateFindings, templateFindings } from "./template";
import { weightTotalFindings } from "./weights-totals";

export { DEFAULT_SEVERITY, severityOf } from "./severity";
export type { Finding, FindingCode, Severity } from "../finding";

/** What runChecks merges into its list besides its own findings. */
export interface CheckInput {
  /** The recognizer's findings (LAYOUT_INCOMPLETE, NO_TABLES): listed first where a cell has two of a kind. */
  recognized?: readonly Finding[];
  /** The workbook's sheet names in order; without them, the order the scored tables come in. */
  sheets?: readonly string[];
}

export function runChecks(score: WorkbookScore, profile: Profile, input: CheckInput = {}): Finding[] {
  const ctx = checkContext(profile, score.inputs);
  const all: Finding[] = [...(input.recognized ?? [])];
  // Scoring's own reports come before the checks': where two input problems meet at one cell, the first one stays.
  for (const t of score.tables) all.push(...problemFindings(t, ctx));
  for (const t of score.tables) all.push(...tableFindings(t, ctx));
  all.push(...crossTableFindings(score.tables, ctx));
  return sortFindings(dedupe(all), sheetOrder(input.sheets ?? score.tables.map((t) => t.table.sheet)));
}

function tableFindings(t: WorkbookScore["tables"][number], ctx: CheckContext): Finding[] {
  if (t.kind === "basic") return [...basicFindings(t, ctx), ...basicTemplateFindings(t, ctx)];
  return [
    ...templateFindings(t, ctx),
    ...budgetFindings(t, ctx),
    ...indicatorFindings(t, ctx),
    ...weightTotalFindings(t, ctx),
    ...deviationFindings(t, ctx),
  ];
}

/** Input problems: a cell is either empty, not a number or template text — one of them is enough. */
const INPUT_CODES = new Set<FindingCode>(["REQUIRED_EMPTY", "NOT_A_NUMBER", "TEMPLATE_TEXT_LEFT"]);

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = `${INPUT_CODES.has(f.code) ? "input" : f.code}\u0000${f.cell ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

function sheetOrder(sheets: readonly string[]): Map<string, number> {
  const order = new Map<string, number>();
  for (const name of sheets) if (!order.has(name)) order.set(name, order.size);
  return order;
}

function sortFindings(findings: Finding[], sheets: Map<string, number>): Finding[] {
  const keyed = findings.map((f, i) => {
    const ref = f.cell ? parseRefA1(f.cell) : null;
    return {
      f,
      i,
      sheet: ref ? (sheets.get(ref.sheet) ?? sheets.size) : -1,
      name: ref?.sheet ?? "",
      row: ref?.row ?? 0,
      col: ref?.col ?? 0,
    };
  });
  keyed.sort(
    (a, b) =>
      SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] ||
      a.sheet - b.sheet ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
      a.row - b.row ||
      a.col - b.col ||
      (a.f.code < b.f.code ? -1 : a.f.code > b.f.code ? 1 : 0) ||
      a.i - b.i,
  );
  return keyed.map((k) => k.f);
}
