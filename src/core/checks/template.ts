// Template filler or instructions left in the texts of a table that scoring does not read: its name, 主管部门, 实施单位,
// goals, and each row's 三级指标 and 偏差原因 (scoring reports filler in the figures it reads, as input problems).
// Empty template rows are not findings (the official form has more rows than most units need); a row holding only
// its printed prompt is said as info.
import { isBlankIndicator } from "../layout/blank";
import { Field } from "../layout/model";
import { BasicTableScore, EvalTableScore } from "../scoring/types";
import { isTemplateText } from "../values/template-text";
import { CheckContext } from "./context";
import { Finding } from "../finding";

function fieldFinding(field: Field | undefined, label: string, ctx: CheckContext): Finding[] {
  if (!field || typeof field.value !== "string" || !isTemplateText(field.value)) return [];
  return [ctx.at("TEMPLATE_TEXT_LEFT", field.ref, `${label}仍是模板文字「${field.value.trim()}」，请填写实际内容`)];
}

export function templateFindings(t: EvalTableScore, ctx: CheckContext): Finding[] {
  const table = t.table;
  const out: Finding[] = [
    ...fieldFinding(table.titleField, table.kind === "project" ? "项目名称" : "预算部门名称", ctx),
    ...fieldFinding(table.department, "主管部门", ctx),
    ...fieldFinding(table.implementer, "实施单位", ctx),
    ...fieldFinding(table.goals.expected, "预期目标", ctx),
    ...fieldFinding(table.goals.achieved, "实际完成情况", ctx),
  ];
  // A row of the form that holds only its printed prompt (指标2:) is a row the unit did not need: said, as info, so
  // a person may delete it; filler among filled answers is an error (below).
  const indicatorRows = new Set(table.indicators.map((i) => i.row));
  for (const filler of table.fillerRows)
    if (isTemplateText(filler.text) && !indicatorRows.has(filler.row))
      out.push({
        ...ctx.at(
          "TEMPLATE_TEXT_LEFT",
          filler.cell,
          `第${filler.row}行是模板预留的空行「${filler.text.trim()}」，未填写任何内容：不需要时可删除该行，需要时请填写指标内容`,
        ),
        severity: "info",
      });
  for (const s of t.indicators) {
    const ind = s.indicator;
    if (isBlankIndicator(ind)) continue;
    const where = `第${ind.row}行`;
    out.push(...fieldFinding(ind.name, `${where}三级指标`, ctx), ...fieldFinding(ind.reason, `${where}偏差原因`, ctx));
  }
  return out;
}

export function basicTemplateFindings(t: BasicTableScore, ctx: CheckContext): Finding[] {
  return fieldFinding(t.table.frugality, "厉行节约保障措施", ctx);
}
