/**
 * 05 · 宁夏 银川市第六中学 · 2021 · 银川市本级部门项目支出绩效自评表 (决策·管理·产出·效益 scorecard, family
 * `scorecard`).
 *
 * The source is an OCR of a .docx preview; where the specimen gives the probable reading of a garbled word in braces,
 * the workbook holds that reading (实施单位, 项目资金(万元), 参考分值, 有资金测算标准, 项目实施, 项目产出, 10,
 * 14.8万元, 财政审核评分): the garbling is the doc site's, not the clerk's. What the clerk typed stays as printed:
 * "一" (a dash the form uses in the 指标值 column of 决策/管理 rows; the OCR shows the character 一), "-" in one row,
 * the empty 指标值 of 可行性 and 适当性, and the template rows "指标1:" / "指标2:" left with nothing else in them.
 *
 * Placed or completed here:
 * - The header line holds 自评得分 98 and an empty 财政审核评分 cell on the same row as 项目名称/主管部门/实施单位.
 * - The money block's "年度资金总额" is the row label of the figures line (the OCR reads it into the header line and
 *   leaves an empty [?] cell at the start of the figures): 年初预算数 64.8, 调整预算数(A) 64.8, 全年执行数(B) 64.8,
 *   执行率(B/A) 100%.
 * - 年度总体目标完成情况 is illegible in the source (OCR "公,4"): completed as "保障了学校正常工作运行".
 * - The table is cut off at "服务对象满意度指标(10分) | 学生和老…": completed as 学生和老师满意度, 参考分值 10,
 *   ≥90% / 95%, 得分 10, followed by the form's "指标2:" row as under every other 二级. No total row: the family keeps
 *   its total in the header (自评得分 98), which does not equal the entered scores (94) whatever 满意度 scores.
 */
import { head, L, row, SpecimenWorkbook, title, U } from "../specimen";

/** A template row the clerk left untouched: the form's prompt in the 三级 cell and nothing else. */
const unused = (prompt: string) => row(U, U, prompt, "", "", "", "", "", L, L);

export const NINGXIA_YINCHUAN_2021: SpecimenWorkbook = {
  file: "05_ningxia-yinchuan_2021_xiangmu",
  source: "https://m.yzwku.com/doc/476505.html",
  sheets: [
    {
      name: "初中公用经费",
      at: "B3",
      // B 一级, C 二级, D 三级, E 参考分值, F 指标值(A), G 全年实际值(B), H 得分, I:K 未完成原因分析及改进措施
      widths: [12, 14, 22, 8, 14, 18, 8, 9, 10, 10],
      rows: [
        title("银川市本级部门项目支出绩效自评表(2021年)"), // 3
        row(
          "项目名称",
          "初中公用经费",
          "主管部门",
          "银川市教育局",
          "实施单位",
          "银川市第六中学",
          "自评得分",
          "98",
          "财政审核评分",
          "",
        ), // 4
        head("项目资金(万元)", "", L, "年初预算数", L, "调整预算数(A)", "全年执行数(B)", L, "执行率(B/A)", L), // 5
        row(U, "年度资金总额", L, "64.8", L, "64.8", "64.8", L, "100%", L), // 6
        row(
          "年度总体目标",
          "年初设定目标",
          "保障学校正常工作运行",
          L,
          L,
          "年度总体目标完成情况",
          "保障了学校正常工作运行",
          L,
          L,
          L,
        ), // 7
        head(
          "一级指标",
          "二级指标",
          "三级指标",
          "参考分值",
          "指标值(A)",
          "全年实际值(B)",
          "得分",
          "未完成原因分析及改进措施",
          L,
          L,
        ), // 8
        row("项目决策(10分)", "项目目标", "完整性", "4", "一", "目标明确、内容细化、目标量化", "4", "", L, L), // 9
        row(U, "项目立项", "相关性", "2", "一", "按照学校管理标准对学校进行管理", "2", "", L, L), // 10
        row(U, U, "可行性", "2", "", "实际工作需求", "2", "", L, L), // 11
        row(U, U, "适当性", "2", "", "有资金测算标准", "2", "", L, L), // 12
        row("项目管理(25分)", "投入管理", "预算执行率", "10", "一", "100%", "9", "", L, L), // 13
        row(U, "财务管理", "财务管理制度有效性", "7", "一", "财务制度健全,严格执行制度,会计核算规范", "7", "", L, L), // 14
        row(U, "项目实施", "绩效监控有效性", "2", "一", "持续有效", "2", "", L, L), // 15
        row(U, U, "管理制度有效性", "6", "-", "严格执行相关管理制度", "6", "", L, L), // 16
        row("项目产出(30分)", "数量指标(10分)", "保障人数", "10", "2370人", "2370人", "10", "", L, L), // 17
        unused("指标2:"), // 18
        row(U, "质量指标(5分)", "公用经费标准", "5", "符合相关文件要求", "符合相关文件要求", "5", "", L, L), // 19
        unused("指标2:"), // 20
        row(U, "时效指标(5分)", "公用经费完成时间", "5", "2021年12月完成", "2021年12月完成", "4", "", L, L), // 21
        unused("指标2:"), // 22
        row(U, "成本指标(10分)", "办公所需成本", "4", "15万元", "15万元", "4", "", L, L), // 23
        row(U, U, "维修(维护)所需成本", "3", "35万元", "35万元", "3", "", L, L), // 24
        row(U, U, "绿化、水电费等成本", "3", "14.8万元", "14.8万元", "3", "", L, L), // 25
        row("项目效益(35分)", "经济效益指标", "指标1:", "", "", "", "", "", L, L), // 26
        unused("指标2:"), // 27
        row(U, "社会效益指标", "效果显著", "15", "改善学校的办学条件", "改善学校的办学条件", "13", "", L, L), // 28
        row(U, "生态效益指标", "指标1:", "", "", "", "", "", L, L), // 29
        unused("指标2:"), // 30
        row(
          U,
          "可持续影响指标",
          "使学生和老师有个更好的学习和工作环境,做到社会认可的办学环境",
          "10",
          "社会认可的办学环境",
          "社会认可的办学环境",
          "8",
          "",
          L,
          L,
        ), // 31
        unused("指标2:"), // 32
        row(U, "服务对象满意度指标(10分)", "学生和老师满意度", "10", "≥90%", "95%", "10", "", L, L), // 33 completed
        unused("指标2:"), // 34 completed
      ],
    },
  ],
};
