// The report contract of ../design/REPORT.md (`jixiao check --json`, the task pane). Add fields freely; never
// rename or drop these.
import { Finding } from "../finding";
import { Direction, Grade } from "../scoring/types";

export type { Direction, Grade };

export interface BasicTableReport {
  kind: "basic";
  sheet: string;
  range: string;
  staffing?: { authorized: number | null; actual: number | null; controlRate: number | null };
}

export interface IndicatorReport {
  level1: string;
  level2: string;
  name: string;
  target: string;
  actual: string;
  direction: Direction;
  weight: number | null;
  /** Set where the weight is not a 分值 cell of the row: a label's points (`产出指标(50分)`). */
  weightFrom?: "label" | "group";
  score: number | null;
  enteredScore: number | null;
  missed: boolean;
  reason: string;
  ruleId?: string;
  explanation?: string;
  cells: { score: string; reason?: string; target?: string; actual?: string };
}

export interface EvalTableReport {
  kind: "department" | "project";
  sheet: string;
  range: string;
  title: string;
  /** The layout family the table was read as, and what of its form the sheet has. */
  layout: { family: string; name: string; has: string[] };
  /** null where the form has no money block. */
  budget: {
    initial: number | null;
    annual: number | null;
    executed: number | null;
    weight: number | null;
    rate: number | null;
    score: number | null;
    enteredRate: number | null;
    enteredScore: number | null;
    cells: { rate?: string; score?: string };
  } | null;
  indicators: IndicatorReport[];
  /** null where the form prints no total anywhere. */
  total: {
    weight: number | null;
    score: number | null;
    enteredScore: number | null;
    grade: Grade | null;
    cells: { score?: string };
  } | null;
}

export type TableReport = BasicTableReport | EvalTableReport;

export interface Report {
  file: string;
  profile: string;
  tables: TableReport[];
  findings: Finding[];
}
