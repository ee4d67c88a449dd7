// The report contract of ../design/REPORT.md (`jixiao check --json`, the task pane). Add fields freely; never
// rename or drop these.
import { Finding } from "../checks/finding";

export type Direction = "positive" | "reverse" | "equal" | "qualitative" | "notApplicable";
export type Grade = "优" | "良" | "中" | "差";

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
  };
  indicators: IndicatorReport[];
  total: {
    weight: number | null;
    score: number | null;
    enteredScore: number | null;
    grade: Grade | null;
    cells: { score?: string };
  };
}

export type TableReport = BasicTableReport | EvalTableReport;

export interface Report {
  file: string;
  profile: string;
  tables: TableReport[];
  findings: Finding[];
}
