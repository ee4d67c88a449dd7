/**
 * 16 · 海南 省商务厅 · year not shown · 服务贸易项目绩效自评表 (old 共性指标 scorecard with a 分值 column per level,
 * family `scorecard-levels`): 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分, money as 计划投资额 /
 * 实际到位资金 / 实际使用情况 with no budget score, no target/actual and no 偏差原因 column.
 *
 * Placed or completed here:
 * - The section headings 一、项目基本情况 and 二、绩效评价指标评分 stand above the frames, as in the .docx.
 * - 项目负责人 and 联系电话 are masked in the source and stay masked ("[姓名]", "[电话]").
 * - The 实际使用情况 group's 其中 lines are [?] in the source: completed with the same labels as the other two groups
 *   and the figures 0 / 395.86 / 0 / 0 (all of it 省财政, like the money that arrived).
 * - Cut off at "项目效益 | 40 | 经济…": 项目效益's 三级 rows are completed as 经济效益 10 / 8, 社会效益 15 / 15,
 *   可持续影响 5 / 5, 服务对象满意度 10 / 9 (adding up to 40), and a 合计 row closes the table: 100 / 97 (the entered
 *   scores: 20 + 25 + 15 + 37).
 */
import { head, L, line, row, SpecimenWorkbook, title, U } from "../specimen";

const money = (label: string, planned: string, arrived: string, used: string) =>
  row(label, planned, label, arrived, label, used, L);

export const HAINAN_COMMERCE: SpecimenWorkbook = {
  file: "16_hainan-provincial_unknown_xiangmu-pingfen",
  source: "https://m.bdocx.com/doc/30238812.html",
  sheets: [
    {
      name: "自评表",
      at: "B3",
      // B 一级指标, C 分值, D 二级指标, E 分值, F 三级指标, G 分值, H 得分
      widths: [18, 9, 18, 9, 18, 9, 9],
      rows: [
        title("服务贸易项目绩效自评表"), // 3
        line("一、项目基本情况", L, L, L, L, L, L), // 4
        row("项目实施单位", "省商务厅服务贸易和商贸服务业处", L, L, "主管部门", "省商务厅", L), // 5
        row("项目负责人", "[姓名]", L, L, "联系电话", "[电话]", L), // 6
        row("地址", "海口市国兴大道省政府办公楼2楼", L, L, "邮编", "570204", L), // 7
        row("项目类型", "经常性项目(√)一次性项目()", L, L, L, L, L), // 8
        row("计划投资额(万元)", "570", "实际到位资金(万元)", "398.88", "实际使用情况(万元)", "395.86", L), // 9
        money("其中:中央财政", "0", "0", "0"), // 10 (the third group's figures completed)
        money("省财政", "570", "398.88", "395.86"), // 11
        money("市县财政", "0", "0", "0"), // 12
        money("其他", "0", "0", "0"), // 13
        line("二、绩效评价指标评分", L, L, L, L, L, L), // 14
        head("一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分"), // 15
        row("项目决策", "20", "项目目标", "4", "目标内容", "4", "4"), // 16
        row(U, U, "决策过程", "8", "决策依据", "3", "3"), // 17
        row(U, U, U, U, "决策程序", "5", "5"), // 18
        row(U, U, "资金分配", "8", "分配办法", "2", "2"), // 19
        row(U, U, U, U, "分配结果", "6", "6"), // 20
        row("项目管理", "25", "资金到位", "5", "到位率", "3", "3"), // 21
        row(U, U, U, U, "到位时效", "2", "2"), // 22
        row(U, U, "资金管理", "10", "资金使用", "7", "7"), // 23
        row(U, U, U, U, "财务管理", "3", "3"), // 24
        row(U, U, "组织实施", "10", "组织机构", "1", "1"), // 25
        row(U, U, U, U, "管理制度", "9", "9"), // 26
        row("项目绩效", "55", "项目产出", "15", "产出数量", "5", "5"), // 27
        row(U, U, U, U, "产出质量", "4", "4"), // 28
        row(U, U, U, U, "产出时效", "3", "3"), // 29
        row(U, U, U, U, "产出成本", "3", "3"), // 30
        row(U, U, "项目效益", "40", "经济效益", "10", "8"), // 31 (三级 completed from here)
        row(U, U, U, U, "社会效益", "15", "15"), // 32
        row(U, U, U, U, "可持续影响", "5", "5"), // 33
        row(U, U, U, U, "服务对象满意度", "10", "9"), // 34
        row("合计", "100", "", L, L, L, "97"), // 35
      ],
    },
  ],
};
