/**
 * 11 · 安徽 六安市金寨县 · 2023 · 部门整体支出绩效自评表 (the project template reused for a department, family
 * `central-department`): one header row 部门 | name, money block "预算资金(万元)", 执行率 102.59 % with the 得分 cell
 * left empty, "指标1:" kept before the 三级 names, and the header cells "年度\n指标值" / "实际\n完成值" wrapped by a
 * line break as printed.
 *
 * Completed here:
 * - The «…» at the end of 实际完成情况 is written out (items 4 and 5, matching the expected goals).
 * - The list is cut off at "成本指标 | 指标1:…"; 产出 so far is worth 60. Completed with 成本指标 指标1:户用卫生厕所改造
 *   户均奖补标准 ≤1000元/户 / 1000元/户 / 5 / 5, 社会效益指标 指标1:农村人居环境整治水平 持续提升 / 持续提升 / 8 / 8,
 *   生态效益指标 指标1:农村生活垃圾无害化处理率 ≥90% / 92% / 7 / 7, 满意度指标 指标1:群众满意度 ≥90% / 96% / 10 / 10
 *   (indicators 90 + budget 10 = 100), and a 总分 row with 分值 100 and the 得分 left empty, as the clerk left the
 *   budget 得分 empty.
 */
import { head, L, row, SpecimenWorkbook, subtitle, title, U, vertical } from "../specimen";

export const ANHUI_JINZHAI_2023: SpecimenWorkbook = {
  file: "11_anhui-luan-jinzhai_2023_bumenzhengti",
  source: "https://www.ahjinzhai.gov.cn/public/6624963/37545031.html",
  sheets: [
    {
      name: "部门整体自评表",
      at: "A3",
      // A 绩效指标 (vertical), B 一级, C 二级, D 三级, E 年度指标值, F 实际完成值, G 分值, H 得分, I 偏差原因;
      // the budget block: labels over B:C, then D 年初预算数 … I 得分.
      widths: [5, 10, 10, 34, 10, 10, 7, 8, 24],
      rows: [
        title("部门整体支出绩效自评表"), // 3
        subtitle("(2023年度)"), // 4
        row("部门", L, L, "金寨县茶谷和美丽乡村建设服务中心", L, L, L, L, L), // 5
        head(vertical("预算资金(万元)"), "", L, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"), // 6
        row(U, "年度资金总额", L, "329.77", "329.77", "338.31", "10", "102.59%", ""), // 7
        row(U, "其中:当年财政拨款", L, "329.77", "329.77", "338.31", "—", "102.59%", "—"), // 8
        row(U, "上年结转资金", L, "", "", "", "—", "", "—"), // 9
        row(U, "其他资金", L, "", "", "", "—", "", "—"), // 10
        head("年度总体目标", "预期目标", L, L, L, "实际完成情况", L, L, L), // 11
        row(
          U,
          "1.建设徽风皖韵美丽乡村;2.整治美丽宜居自然村庄;3.推进农村改厕提质增效;4.深入开展村庄清洁行动;5.促进茶谷果岭融合发展。",
          L,
          L,
          L,
          "1.启动燕子河镇龙马村、花石乡大湾村等4个精品示范村建设;2.整治美丽宜居自然村庄202个;3.完成农村户用卫生厕所改造3061户;4.常态化开展村庄清洁行动,农村人居环境持续改善;5.推动茶谷果岭与美丽乡村融合发展。",
          L,
          L,
          L,
        ), // 12
        head(
          vertical("绩效指标"),
          "一级指标",
          "二级指标",
          "三级指标",
          "年度\n指标值",
          "实际\n完成值",
          "分值",
          "得分",
          "偏差原因分析及改进措施",
        ), // 13
        row(U, "产出指标", "数量指标", "指标1:开展精品示范村建设数量", "≤4", "4", "10", "10", ""), // 14
        row(U, U, U, "指标2:建设美丽宜居自然村庄数量", "≥200", "202", "10", "10", ""), // 15
        row(U, U, U, "指标3:完成农村户用卫生厕所改造数量", "≥2000", "3061", "10", "10", ""), // 16
        row(U, U, U, "指标4:新建省级中心村数量", "≥10", "10", "10", "10", ""), // 17
        row(U, U, "质量指标", "指标1:美丽宜居自然村庄验收通过率", "≥95%", "100%", "5", "5", ""), // 18
        row(U, U, U, "指标2:户用卫生厕所改造验收通过率", "≥95%", "100%", "5", "5", ""), // 19
        row(U, U, "时效指标", "指标1:完成美丽宜居自然村庄验收时间", "9月前", "7月", "5", "5", ""), // 20
        row(U, U, U, "指标2:完成户用卫生厕所改造验收时间", "11月前", "10月", "5", "5", ""), // 21
        row(U, U, "成本指标", "指标1:户用卫生厕所改造户均奖补标准", "≤1000元/户", "1000元/户", "5", "5", ""), // 22 completed
        row(U, "效益指标", "社会效益指标", "指标1:农村人居环境整治水平", "持续提升", "持续提升", "8", "8", ""), // 23 completed
        row(U, U, "生态效益指标", "指标1:农村生活垃圾无害化处理率", "≥90%", "92%", "7", "7", ""), // 24 completed
        row(U, "满意度指标", "服务对象满意度指标", "指标1:群众满意度", "≥90%", "96%", "10", "10", ""), // 25 completed
        row("总分", L, L, L, L, L, "100", "", ""), // 26 completed
      ],
    },
  ],
};
