// The words of the 基础表, as data: its four parts, the headers of 财政供养人员情况 and 楼堂馆所控制情况, the rows of
// 经费控制情况 and the wording of its year columns. Matched as keys like the 自评表's words (synonyms.ts).
import { ExpenseKey } from "./model";
import { HeaderSpec } from "./synonyms";

export type BasicSection = "staffing" | "expenses" | "buildings" | "frugality";

/** The four parts of the 基础表, in the order the form prints them. */
export const BASIC_SECTIONS: Record<BasicSection, readonly string[]> = {
  staffing: ["财政供养人员情况"],
  expenses: ["经费控制情况"],
  buildings: ["楼堂馆所控制情况"],
  frugality: ["厉行节约保障措施"],
};

export const BASIC_SECTION_ORDER: readonly BasicSection[] = ["staffing", "expenses", "buildings", "frugality"];

export type StaffingRole = "authorized" | "actual" | "controlRate";

/** Staffing headers, compared without a year in front (`2023年实际在职人数`, `本年实际在职人数`). */
export const STAFFING_HEADERS: readonly HeaderSpec<StaffingRole>[] = [
  { role: "authorized", label: "编制数", synonyms: ["编制数", "核定编制数", "编制人数"], required: true },
  { role: "actual", label: "实际在职人数", synonyms: ["实际在职人数", "在职人数"], required: true },
  { role: "controlRate", label: "控制率", synonyms: ["控制率", "编制控制率"], required: true },
];

export type BuildingRole =
  "approvedSize" | "actualSize" | "sizeRate" | "budgetInvestment" | "actualInvestment" | "investmentRate";

export const BUILDING_HEADERS: readonly HeaderSpec<BuildingRole>[] = [
  { role: "approvedSize", label: "批复规模", synonyms: ["批复规模"], required: false },
  { role: "actualSize", label: "实际规模", synonyms: ["实际规模"], required: false },
  { role: "sizeRate", label: "规模控制率", synonyms: ["规模控制率"], required: false },
  { role: "budgetInvestment", label: "预算投资", synonyms: ["预算投资", "预算投资额"], required: false },
  { role: "actualInvestment", label: "实际投资", synonyms: ["实际投资", "实际投资额"], required: false },
  { role: "investmentRate", label: "投资概算控制率", synonyms: ["投资概算控制率"], required: false },
];

/** Rows of 经费控制情况 by label (compared as label keys: no numbering, no `其中：`, no unit). */
export const EXPENSE_LABELS: ReadonlyArray<{
  key: Exclude<ExpenseKey, "specialItem" | "publicFundsPart">;
  synonyms: readonly string[];
}> = [
  { key: "officialTotal", synonyms: ["三公经费", "三公经费合计"] },
  { key: "vehicles", synonyms: ["公务用车购置和维护经费", "公务用车购置及运行维护费", "公务用车购置及运行费"] },
  { key: "vehiclePurchase", synonyms: ["公车购置", "公务用车购置", "公务用车购置费"] },
  { key: "vehicleRunning", synonyms: ["公车运行维护", "公车运行维护费", "公务用车运行维护费"] },
  { key: "abroad", synonyms: ["出国经费", "因公出国经费", "因公出国费"] },
  { key: "reception", synonyms: ["公务接待", "公务接待费"] },
  { key: "projectTotal", synonyms: ["项目支出"] },
  { key: "business", synonyms: ["业务工作经费"] },
  { key: "operation", synonyms: ["运行维护经费"] },
  { key: "specialTotal", synonyms: ["本级专项资金", "省级专项资金", "专项资金", "本级专项", "省级专项"] },
  { key: "publicFunds", synonyms: ["公用经费"] },
  { key: "procurement", synonyms: ["政府采购金额"] },
  { key: "budgetAdjustment", synonyms: ["部门基本支出预算调整"] },
];

/** Year-column wording of 经费控制情况: which year it is relative to the report year. */
export const YEAR_WORDS = {
  previous: ["上年", "上年度"],
  current: ["本年", "本年度", "当年"],
  final: "决算",
  budget: "预算",
};
