// What scoring yields. Every computed number carries the formula that computes it in the sheet, the rule that
// produced it and a Chinese explanation, so a person can always see why.
import Decimal from "decimal.js";
import { Field, EvalTable, BasicTable, Indicator, ExpenseKey } from "../layout/model";
import { Quantity } from "../values/types";
import type { InputNormalization } from "./expr";
import type { Inputs } from "./inputs";

/** Which way an indicator counts (REPORT.md `direction`). */
export type Direction = "positive" | "reverse" | "equal" | "qualitative" | "notApplicable";
/** 优 / 良 / 中 / 差 by the profile's thresholds (REPORT.md `grade`). */
export type Grade = "优" | "良" | "中" | "差";

export interface Computed {
  /** null where the rule leaves the number to a person's judgment, or where it cannot be computed. */
  value: Decimal | null;
  /** Excel formula with "=", in English function names and comma separators, over the sheet's own cells;
   *  null where the inputs cannot be referenced (text that was not normalised) — then `value` is written as a
   *  constant with a note. */
  formula: string | null;
  ruleId: string;
  explanation: string;
  /** Input cells holding numbers typed as text (`6000 万美元`) that `formula` references: a plan converts them
   *  to numbers with a format showing the same text before writing the formula, or writes `value` instead. */
  normalizes?: InputNormalization[];
  /** Why `formula` is null while `value` is not (Chinese, for the cell's note). */
  note?: string;
}

export type { InputNormalization } from "./expr";

/** An input that could not be used as it is, found while scoring (checks turn these into findings). */
export interface InputProblem {
  code: "REQUIRED_EMPTY" | "NOT_A_NUMBER" | "UNIT_MISMATCH" | "TEMPLATE_TEXT_LEFT";
  field: Field;
  message: string;
}

export type QualitativeTier = "achieved" | "partial" | "failed";

export interface IndicatorScore {
  indicator: Indicator;
  direction: Direction;
  /** No 指标性质 and no comparator: the direction was inferred (DIRECTION_GUESSED where the name hints reverse). */
  directionGuessed: boolean;
  /** The name suggests a reverse indicator while the direction was taken as positive. */
  nameSuggestsReverse: boolean;
  target: Quantity | null;
  actual: Quantity | null;
  weight: Decimal | null;
  /** The 得分 a person entered, as the sheet holds it; null where empty, not a number or not on the form. */
  enteredScore: Decimal | null;
  /** The rule's score; for a judgment row value is null (the person's entered score stands). */
  score: Computed;
  /** A qualitative miss: the entered score is the person's judgment, checked against its tier's band. */
  judgment: boolean;
  tier?: QualitativeTier;
  /** Band [low, high] as points, for judgment rows. */
  band?: [Decimal, Decimal];
  missed: boolean;
  /** Actual exceeds target by the profile's overshoot ratio or more. */
  overshoot: boolean;
  problems: InputProblem[];
}

export interface BudgetScore {
  weight: Decimal | null;
  rate: Computed;
  score: Computed;
  problems: InputProblem[];
}

export interface EvalTableScore {
  kind: "department" | "project";
  table: EvalTable;
  budget: BudgetScore;
  indicators: IndicatorScore[];
  /** Sum of weights counted (budget included), 100 on a sound table; less where 不适用 rows are left out. */
  weightTotal: Decimal;
  total: Computed;
  grade: Grade | null;
  /** Problems of the table's own cells (its entered 总分); those of the budget and the rows are theirs. */
  problems: InputProblem[];
}

/** One arithmetic relation of the 基础表 at one year column. */
export interface BasicRelation {
  kind: "sum" | "subitems"; // sum: parent = Σ parts; subitems: parent ≥ Σ parts (其中 rows)
  key: ExpenseKey;
  yearIndex: number;
  parent: Field;
  parts: Field[];
  expected: Decimal;
}

export interface BasicTableScore {
  kind: "basic";
  table: BasicTable;
  controlRate: Computed | null;
  /** 规模控制率 = 实际规模 ÷ 批复规模, when both are filled. */
  sizeRate?: Computed | null;
  /** 投资概算控制率 = 实际投资 ÷ 预算投资, when both are filled. */
  investmentRate?: Computed | null;
  relations: BasicRelation[];
  problems: InputProblem[];
}

export type TableScore = EvalTableScore | BasicTableScore;

export interface WorkbookScore {
  profileId: string;
  tables: TableScore[];
  /** Every entered cell as scoring read it, for the checks, the drafts and the report to take the same values. */
  inputs: Inputs;
}
