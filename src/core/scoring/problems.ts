// Inputs that cannot be used as they stand, found where scoring reads them: a required figure left empty
// (REQUIRED_EMPTY), text or an error value where a number belongs (NOT_A_NUMBER), template filler left in an answer
// (TEMPLATE_TEXT_LEFT). Each cell gets one problem at most, and these are all there are: the checks report them
// as they are and derive none of their own.
import { refA1 } from "../grid/address";
import { Field, Indicator } from "../layout/model";
import { Entry, isBad } from "../values/entry";
import { shownText } from "../values/show";
import { isTemplateText } from "../values/template-text";
import { Direction, InputProblem } from "./types";
import { Inputs } from "./inputs";

export interface Need {
  /** What the cell is, after `where`: 年度指标值, 全年预算数, 分值… */
  label: string;
  /** Whose cell it is: 「外资完成数」, 「年度资金总额」, 基础表. */
  where: string;
  /** Empty is a problem. */
  required: boolean;
  /** Text is a problem (an error value is wherever the cell is required or a number). */
  number: boolean;
  /** Filler text is a problem of its own (answers of indicator rows). */
  template?: boolean;
  /** What to enter instead, after a comma: 应填写金额（万元）. */
  hint?: string;
}

/** The problem of one entered cell under `need`, or none. */
export function problemOf(field: Field | undefined, entry: Entry, need: Need): InputProblem | null {
  if (!field) return null;
  const at = refA1(field.ref);
  const text = typeof field.value === "string" && !field.error ? field.value.trim() : "";
  if (need.template && text !== "" && isTemplateText(text))
    return {
      code: "TEMPLATE_TEXT_LEFT",
      field,
      message: `${need.where}${need.label}仍是模板文字「${text}」（${at}）`,
    };
  if (entry.kind === "empty")
    return need.required
      ? { code: "REQUIRED_EMPTY", field, message: `${need.where}${need.label}未填写（${at}）` }
      : null;
  if (isBad(entry) && (need.number || (need.required && field.error)))
    return {
      code: "NOT_A_NUMBER",
      field,
      message: `${need.where}${need.label}${entry.why}${need.hint ? `，${need.hint}` : ""}（${at}）`,
    };
  return null;
}

/** Pushes the problem of `field`, if any, onto `out`. */
export function collect(out: InputProblem[], inputs: Inputs, field: Field | undefined, need: Need): void {
  const p = problemOf(field, inputs.entry(field), need);
  if (p) out.push(p);
}

const QUANTITATIVE = new Set<Direction>(["positive", "reverse", "equal"]);

/**
 * The problems of an indicator row's answers. 分值 must be a number; 年度指标值 and 实际完成值 are required (the
 * target not in a family's process criteria, `targetOptional`) and must be numbers on a quantitative row, while a
 * qualitative row takes text — but not a text target against a figure; 得分 must be a number where entered, and is
 * required on a judgment row. A row scored by the budget rule (预算执行率 listed as an indicator) reads only its
 * 分值 and 得分; 不适用 rows and template rows nobody filled ask for nothing, but filler left in any is reported.
 */
export function indicatorProblems(
  ind: Indicator,
  inputs: Inputs,
  o: { direction: Direction; byBudgetRule: boolean; targetOptional: boolean; judgmentNeedsScore: boolean },
): InputProblem[] {
  const out: InputProblem[] = [];
  const where = indicatorWhere(ind);
  const answers = !o.byBudgetRule && o.direction !== "notApplicable";
  const quantitative = QUANTITATIVE.has(o.direction);
  const actual = inputs.entry(ind.actual);
  // 完成 against 4926: the actual is a figure, so the target must be one too.
  const figureAgainstText = !quantitative && actual.kind === "number";
  collect(out, inputs, ind.target, {
    label: "年度指标值",
    where,
    required: answers && !o.targetOptional,
    number: answers && (quantitative || figureAgainstText),
    template: true,
    hint: figureAgainstText
      ? `而实际完成值为数字（${shownText(ind.actual)}）：定量指标的年度指标值应填写数字`
      : undefined,
  });
  collect(out, inputs, ind.actual, {
    label: "实际完成值",
    where,
    required: answers,
    number: answers && quantitative,
    template: true,
  });
  if (o.direction === "notApplicable") return out;
  collect(out, inputs, ind.weight, { label: "分值", where, required: true, number: true });
  if (ind.score) {
    const entered = inputs.entry(ind.score);
    if (entered.kind === "empty" && o.judgmentNeedsScore)
      out.push({
        code: "REQUIRED_EMPTY",
        field: ind.score,
        message: `${where}为定性指标且实际完成值与指标值不一致，得分需由评价人填写（${refA1(ind.score.ref)}）`,
      });
    else collect(out, inputs, ind.score, { label: "得分", where, required: false, number: true, hint: "应填写分数" });
  }
  return out;
}

/** How messages name a row: 「实际利用外资额」, or 「第14行指标」 for a row without a name. */
export function indicatorWhere(ind: Indicator): string {
  const name = shownText(ind.name).trim();
  return `「${name || `第${ind.row}行指标`}」`;
}
