/**
 * 17 · 天津 · a provincial 一体化 platform's configuration of its 部门整体支出绩效自评 export (family
 * `tianjin-platform`). CONSTRUCTED: the specimen is a configuration, not a filled table, so every figure and text
 * below is made up; only the columns are the specimen's.
 *
 * What comes from the configuration: the goal grid 年度绩效目标 | 实际完成情况 | 偏差原因分析及改进措施 (a reason column
 * on the goal rows too) and the flat indicator grid 指标名称 | 计算符号 | 指标值 | 实际完成值 | 计量单位 | 分值 | 得分 |
 * 偏差原因分析及改进措施, in the configured order, unit after the actual. The columns the configuration hides
 * (指标得分 on the goal grid, 权重设定值 on the indicator grid) are not exported.
 *
 * What is constructed: the title and year lines, the unit (a masked name, 天津市某区文化和旅游局), a central-style
 * money block (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分; rows 年度资金总额 / 其中:财政拨款 / 其他资金),
 * three goals (one with a deviation reason), eight indicators worth 90 and a 总分 row. Everything is consistent: the
 * sources add up, 执行率 3012.66 ÷ 3125.40 = 96.39 % and 得分 9.64, the one missed indicator (图书馆年接待读者人次
 * 50 → 46.8 万人次) scores 15 × 46.8 ÷ 50 = 14.04 and gives its reason, and 总分 98.68 is the sum of the scores.
 */
import { head, L, row, SpecimenWorkbook, subtitle, title } from "../specimen";

export const TIANJIN_PLATFORM: SpecimenWorkbook = {
  file: "17_tianjin_platform-config_bumenzhengti",
  source: "GitHub code index (search tool), file ids 54783810023, 54666249556, 54995836663, 54592409639",
  sheets: [
    {
      name: "部门整体自评表",
      at: "B2",
      // B 指标名称, C 计算符号, D 指标值, E 实际完成值, F 计量单位, G 分值, H 得分, I 偏差原因分析及改进措施
      widths: [26, 10, 11, 11, 9, 8, 8, 30],
      rows: [
        title("部门整体支出绩效自评表"), // 2
        subtitle("(2023年度)"), // 3
        row("部门名称", "天津市某区文化和旅游局", L, L, L, L, L, L), // 4
        head("预算执行情况(万元)", "年初预算数", L, "全年预算数", "全年执行数", "分值", "执行率", "得分"), // 5
        row("年度资金总额", "2860.00", L, "3125.40", "3012.66", "10", "96.39%", "9.64"), // 6
        row("其中:财政拨款", "2860.00", L, "3080.40", "2970.16", "", "", ""), // 7
        row("其他资金", "0.00", L, "45.00", "42.50", "", "", ""), // 8
        head("年度绩效目标", L, L, "实际完成情况", L, L, "偏差原因分析及改进措施", L), // 9
        row(
          "目标1:丰富群众文化生活,全年举办公共文化活动不少于120场。",
          L,
          L,
          "全年举办公共文化活动136场,群众文化生活进一步丰富。",
          L,
          L,
          "",
          L,
        ), // 10
        row(
          "目标2:保障公共图书馆、文化馆免费开放,年接待读者50万人次。",
          L,
          L,
          "图书馆、文化馆全年免费开放,接待读者46.8万人次。",
          L,
          L,
          "图书馆改造闭馆两个月,接待人次未达目标;已延长开放时间并增设流动服务点。",
          L,
        ), // 11
        row(
          "目标3:落实文物安全和文旅市场安全监管,全年不发生安全生产事故。",
          L,
          L,
          "完成文物安全检查全覆盖,全年未发生安全生产事故。",
          L,
          L,
          "",
          L,
        ), // 12
        head("指标名称", "计算符号", "指标值", "实际完成值", "计量单位", "分值", "得分", "偏差原因分析及改进措施"), // 13
        row("公共文化活动场次", "≥", "120", "136", "场", "15", "15", ""), // 14
        row(
          "图书馆年接待读者人次",
          "≥",
          "50",
          "46.8",
          "万人次",
          "15",
          "14.04",
          "图书馆改造闭馆两个月,接待人次未达目标;已延长开放时间并增设流动服务点。",
        ), // 15
        row("文物安全检查覆盖率", "=", "100", "100", "%", "10", "10", ""), // 16
        row("项目资金支付及时率", "≥", "95", "97", "%", "10", "10", ""), // 17
        row("公用经费控制率", "≤", "100", "98.6", "%", "10", "10", ""), // 18
        row("公共文化服务水平", "定性", "有效提升", "有效提升", "", "10", "10", ""), // 19
        row("安全生产事故发生数", "≤", "0", "0", "起", "10", "10", ""), // 20
        row("群众满意度", "≥", "90", "95", "%", "10", "10", ""), // 21
        row("总分", L, L, L, L, "100", "98.68", ""), // 22
      ],
    },
  ],
};
