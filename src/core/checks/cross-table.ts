// The same figure in two tables: the 自评表's 项目支出 (按支出性质) against the 基础表's 项目支出 决算, and each
// 项目支出绩效自评表's 全年预算数/全年执行数 against its own 专项 row of the 基础表, found by name. Published forms
// differ here for legitimate reasons (timing, 口径), so these are warnings, never errors.
import { ExpenseRow, Field, YearRole } from "../layout/model";
import { BasicTableScore, EvalTableScore, TableScore } from "../scoring/types";
import { numberIn } from "../values/entry";
import { money } from "../values/show";
import { CheckContext } from "./context";
import { Finding } from "../finding";

/** Names compared without spaces, punctuation, quotes or width differences: “惠购湘车.乐享雁城” = "惠购湘车乐享雁城". */
export function normalizeName(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\s\p{P}\p{S}]/gu, "")
    .toLowerCase();
}

export function crossTableFindings(tables: TableScore[], ctx: CheckContext): Finding[] {
  const basic = tables.find((t): t is BasicTableScore => t.kind === "basic");
  if (!basic) return [];
  const out: Finding[] = [];
  for (const t of tables) {
    if (t.kind === "department") out.push(...departmentProjects(t, basic, ctx));
    else if (t.kind === "project") out.push(...projectBudget(t, basic, ctx));
  }
  return out;
}

function yearIndex(basic: BasicTableScore, role: YearRole): number {
  return basic.table.years.findIndex((y) => y.role === role);
}

function yearLabel(basic: BasicTableScore, index: number): string {
  return basic.table.years[index]?.label ?? "";
}

function compare(
  field: Field | undefined,
  other: Field | undefined,
  ctx: CheckContext,
  message: (mine: string, theirs: string) => string,
): Finding[] {
  const mine = numberIn(ctx.entry(field));
  const theirs = numberIn(ctx.entry(other));
  if (!field || mine === null || theirs === null || mine.minus(theirs).abs().lte(ctx.tolerance.money)) return [];
  return [ctx.at("CROSS_TABLE_MISMATCH", field.ref, message(money(mine), money(theirs)))];
}

function departmentProjects(t: EvalTableScore, basic: BasicTableScore, ctx: CheckContext): Finding[] {
  const part = t.table.budget?.expenseParts.find((p) => normalizeName(p.label).includes("项目支出"));
  const row = basic.table.expenses.find((e) => e.key === "projectTotal");
  const final = yearIndex(basic, "final");
  if (!part || !row || final < 0) return [];
  return compare(
    part.amount,
    row.amounts[final],
    ctx,
    (mine, theirs) =>
      `部门整体支出自评表按支出性质分的项目支出为${mine}万元，基础表项目支出${yearLabel(basic, final)}为${theirs}万元，两表不一致：请核实`,
  );
}

/** The 专项 row named like the project: equal names first, else the one row whose name contains the other. */
export function specialItemFor(title: string, basic: BasicTableScore): ExpenseRow | undefined {
  const name = normalizeName(title);
  if (name === "") return undefined;
  const items = basic.table.expenses.filter((e) => e.key === "specialItem");
  const equal = items.filter((e) => labelName(e) === name);
  if (equal.length === 1) return equal[0];
  if (equal.length > 1) return undefined;
  const near = items.filter((e) => {
    const other = labelName(e);
    return other.length >= 4 && name.length >= 4 && (other.includes(name) || name.includes(other));
  });
  return near.length === 1 ? near[0] : undefined;
}

// Every project table looks for its row among all 专项 rows: each label is normalised once, not once per table.
const labelNames = new WeakMap<ExpenseRow, string>();
function labelName(row: ExpenseRow): string {
  let name = labelNames.get(row);
  if (name === undefined) labelNames.set(row, (name = normalizeName(row.label)));
  return name;
}

function projectBudget(t: EvalTableScore, basic: BasicTableScore, ctx: CheckContext): Finding[] {
  const item = specialItemFor(t.table.title, basic);
  // Figures in 元 cannot be compared with the 基础表's 万元.
  if (!item || !t.table.budget || t.table.budget.unit !== "万元") return [];
  const total = t.table.budget.total;
  const label = item.label.trim();
  const out: Finding[] = [];
  for (const [field, role, name] of [
    [total.annual, "budget", "全年预算数"],
    [total.executed, "final", "全年执行数"],
  ] as const) {
    const i = yearIndex(basic, role);
    if (i < 0) continue;
    out.push(
      ...compare(
        field,
        item.amounts[i],
        ctx,
        (mine, theirs) =>
          `项目${name}为${mine}万元，基础表专项「${label}」${yearLabel(basic, i)}为${theirs}万元，两表不一致：请核实`,
      ),
    );
  }
  return out;
}
