// Data validation through `Range.Validation`, with what undo needs: the rule each written area had before. A cell
// without a rule has nothing to read (`Validation.Type` throws), so the cells of a sheet that have any rule are
// asked once (`SpecialCells(xlCellTypeAllValidation)`); an area that meets none of them had none, an area whose
// cells share one rule gives it whole, and only an area whose cells differ is read cell by cell.
import { Area, a1, areaA1, areaCells, areaContains, areasIntersect } from "../../core/grid/address";
import { ValidationWrite } from "../../core/plan/write-plan";
import { validationText } from "../../core/plan/validation-text";
import { EtValidation, EtWorksheet, XL } from "./api";
import { areasOf } from "./addresses";

/** One rule as WPS reports and takes it. */
export interface WpsRule {
  type: number;
  operator?: number;
  formula1?: string;
  formula2?: string;
  alertStyle: number;
  ignoreBlank: boolean;
  inCellDropdown?: boolean;
  showInput: boolean;
  showError: boolean;
  inputTitle: string;
  inputMessage: string;
  errorTitle: string;
  errorMessage: string;
}

/** What this host records of an area's former validation (ValidationRestore.previous). */
export type RuleRecord = WpsRule | { cells: (WpsRule | null)[] };

const LIST = 3;

/** The areas of a sheet that carry any rule; none when the sheet has no validation at all. */
export function validatedAreas(worksheet: EtWorksheet): Area[] {
  try {
    return areasOf(worksheet.Cells.SpecialCells(XL.allValidation).Address(false, false)) ?? [];
  } catch {
    return []; // "no cells were found"
  }
}

/** The rule `area` had before, or null for none; read as cheaply as the sheet allows. */
export function recordOf(worksheet: EtWorksheet, area: Area, validated: Area[]): RuleRecord | null {
  const touching = validated.filter((v) => areasIntersect(v, area));
  if (!touching.length) return null;
  const whole = ruleOf(worksheet.Range(areaA1(area)).Validation);
  if (whole) return whole;
  return {
    cells: areaCells(area).map(({ row, col }) =>
      touching.some((v) => areaContains(v, row, col)) ? ruleOf(worksheet.Range(a1(row, col)).Validation) : null,
    ),
  };
}

/** The one rule of a range, or null where it has none or its cells differ (WPS throws on reading either). */
function ruleOf(v: EtValidation): WpsRule | null {
  let type: number;
  try {
    type = v.Type;
  } catch {
    return null;
  }
  const rule: WpsRule = {
    type,
    alertStyle: v.AlertStyle,
    ignoreBlank: v.IgnoreBlank,
    showInput: v.ShowInput,
    showError: v.ShowError,
    inputTitle: v.InputTitle,
    inputMessage: v.InputMessage,
    errorTitle: v.ErrorTitle,
    errorMessage: v.ErrorMessage,
  };
  // A rule of one operand (a list, a custom formula) has no operator or second formula to read.
  const operator = optional(() => v.Operator);
  if (operator !== undefined && type !== LIST && type !== XL.validateCustom) rule.operator = operator;
  rule.formula1 = optional(() => v.Formula1) || undefined;
  rule.formula2 = optional(() => v.Formula2) || undefined;
  if (type === LIST) rule.inCellDropdown = v.InCellDropdown;
  return rule;
}

function optional<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** The rule as this host writes a plan's validation: blanks pass, as Excel's default, and a stop alert. */
export function wpsRule(v: ValidationWrite): WpsRule {
  const text = validationText(v);
  return {
    type: text.kind === "custom" ? XL.validateCustom : XL.validateDecimal,
    ...(text.operator ? { operator: text.operator === "between" ? XL.between : XL.greaterEqual } : {}),
    formula1: text.formula1,
    ...(text.formula2 !== undefined ? { formula2: text.formula2 } : {}),
    alertStyle: XL.alertStop,
    ignoreBlank: true,
    showInput: true,
    showError: true,
    inputTitle: text.prompt.title,
    inputMessage: text.prompt.message,
    errorTitle: text.error.title,
    errorMessage: text.error.message,
  };
}

/**
 * A plan's validations with one rule over neighbouring areas (the 全年预算数, 全年执行数 and 年初预算数 columns of a
 * budget block) set as one area: side by side over the same rows, then one under another over the same columns.
 */
export function ruleAreas(writes: readonly ValidationWrite[]): { sheet: string; area: Area; rule: WpsRule }[] {
  const groups = writes.map((v) => ({ sheet: v.sheet, area: { ...v.area }, rule: wpsRule(v) }));
  const key = (g: (typeof groups)[number]) => `${g.sheet}\u0000${JSON.stringify(g.rule)}`;
  const join = (beside: (a: Area, b: Area) => boolean, grow: (a: Area, b: Area) => void) => {
    const out: typeof groups = [];
    for (const g of groups) {
      const into = out.find((o) => key(o) === key(g) && beside(o.area, g.area));
      if (into) grow(into.area, g.area);
      else out.push(g);
    }
    groups.splice(0, groups.length, ...out);
  };
  join(
    (a, b) => a.top === b.top && a.bottom === b.bottom && a.right + 1 === b.left,
    (a, b) => (a.right = b.right),
  );
  join(
    (a, b) => a.left === b.left && a.right === b.right && a.bottom + 1 === b.top,
    (a, b) => (a.bottom = b.bottom),
  );
  return groups;
}

/**
 * Replaces the rule of a range: clears what is there (so rules never stack; WPS refuses to add a rule over one),
 * then sets `rule` unless null. `clear` false skips the clearing where the range is known to have no rule.
 */
export function setRule(v: EtValidation, rule: WpsRule | null, clear = true): void {
  if (clear) v.Delete();
  if (!rule) return;
  v.Add(rule.type, rule.alertStyle, rule.operator, rule.formula1, rule.formula2);
  v.IgnoreBlank = rule.ignoreBlank;
  if (rule.inCellDropdown !== undefined) v.InCellDropdown = rule.inCellDropdown;
  v.ShowInput = rule.showInput;
  v.ShowError = rule.showError;
  v.InputTitle = rule.inputTitle;
  v.InputMessage = rule.inputMessage;
  v.ErrorTitle = rule.errorTitle;
  v.ErrorMessage = rule.errorMessage;
}

/** Puts an area's former validation back: none, its one rule, or each cell's. */
export function restoreRule(worksheet: EtWorksheet, area: Area, was: RuleRecord | null): void {
  if (!was || !("cells" in was)) {
    setRule(worksheet.Range(areaA1(area)).Validation, was);
    return;
  }
  worksheet.Range(areaA1(area)).Validation.Delete();
  areaCells(area).forEach(({ row, col }, i) => {
    const rule = was.cells[i];
    if (rule) setRule(worksheet.Range(a1(row, col)).Validation, rule);
  });
}
