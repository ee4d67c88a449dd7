/**
 * 08 · 安徽 六安市霍山县 · 2024 · 医疗救助补助资金转移支付项目绩效目标自评表 (the central transfer-payment form,
 * family `transfer`): no 分值, no 得分, no 总分; money 全年预算数(A) | 全年执行数(B) | 预算执行率 with the unit
 * typed into the amounts ("3359.62万"); a 资金管理情况 block; 产出指标 printed vertically.
 *
 * Completed here:
 * - The two «…» in the goal texts are written out as plausible sentences of the same report.
 * - The indicator list is cut off after "质量指标 | 医疗救助合规率 | 100…": 医疗救助合规率 gets target 100% and actual
 *   100%, and six more indicators follow, all reached (住院救助政策范围内费用救助比例 ≥70% / 72%, 救助资金及时拨付率
 *   ≥95% / 100%, 困难群众医疗费用负担 有效减轻 / 有效减轻, 医疗救助制度持续运行 长期 / 长期, 救助对象满意度
 *   ≥90% / 95%). The printed 享受医疗救助人次 row keeps its empty 未完成原因 cell.
 */
import { head, L, row, SpecimenWorkbook, subtitle, title, U, vertical } from "../specimen";

const management = (item: string, explained: string) => row(U, item, L, explained, L, "暂无", L);

export const ANHUI_HUOSHAN_2024: SpecimenWorkbook = {
  file: "08_anhui-luan-huoshan_2024_zhuanyizhifu",
  source: "https://www.ahhuoshan.gov.cn/public/6596221/37950404.html",
  sheets: [
    {
      name: "医疗救助补助资金",
      at: "B2",
      // B 绩效指标 (vertical), C 一级, D 二级, E 三级, F 指标值, G 全年实际完成值, H 未完成原因和改进措施
      widths: [6, 10, 14, 26, 14, 14, 26],
      rows: [
        title("医疗救助补助资金转移支付项目绩效目标自评表"), // 2
        subtitle("(2024年度)"), // 3
        row("转移支付(项目)名称", L, L, "医疗救助补助资金", L, L, L), // 4
        row("中央主管部门", L, L, "医疗保障局", L, L, L), // 5
        row("地方主管部门", L, L, "医疗保障局", "资金使用单位", L, "医疗保障局"), // 6
        head(vertical("资金投入情况(万元)"), "", L, "全年预算数(A)", "全年执行数(B)", "预算执行率(B/A×100%)", L), // 7
        row(U, "年度资金总额:", L, "3359.62万", "3359.62万", "100%", L), // 8
        row(U, "其中:中央财政资金", L, "829.3万", "829.3万", "100%", L), // 9
        row(U, "彩票公益金用于医疗救助", L, "0", "0", "100%", L), // 10
        row(U, "地方资金", L, "2530.32万", "2530.32万", "100%", L), // 11
        row(U, "其他资金", L, "", "", "", L), // 12
        head(vertical("资金管理情况"), "", L, "情况说明", L, "存在问题和改进措施", L), // 13
        management("分配科学性", "资金分配科学"), // 14
        management("下达及时性", "资金下达及时"), // 15
        management("拨付合规性", "资金拨付合规"), // 16
        management("使用规范性", "资金使用规范"), // 17
        management("执行准确性", "资金执行准确"), // 18
        management("预算绩效管理情况", "资金预算绩效管理科学"), // 19
        management("支出责任履行情况", "资金支出责任履行到位"), // 20
        head(vertical("总体目标完成情况"), "总体目标", L, L, "全年实际完成情况", L, L), // 21
        row(
          U,
          "通过医疗救助的实施将改善困难群众就医待遇,对重点救助对象参加城乡居民医保个人缴费给予资助,对其经基本医保、大病保险报销后政策范围内个人自付医疗费用给予救助,更好的确保困难群众不因罹患重特大疾病影响基本生活。",
          L,
          L,
          "2024年度医疗救助惠及11万人次,完成了预期目标,困难群众个人自付医疗费用负担进一步减轻,因病致贫返贫风险得到有效防范。",
          L,
          L,
        ), // 22
        head(
          vertical("绩效指标"),
          "一级指标",
          "二级指标",
          "三级指标",
          "指标值",
          "全年实际完成值",
          "未完成原因和改进措施",
        ), // 23
        row(U, vertical("产出指标"), "数量指标", "享受医疗救助人次", "≥50000人次", "110406", ""), // 24
        row(U, U, "质量指标", "医疗救助合规率", "100%", "100%", ""), // 25
        row(U, U, U, "住院救助政策范围内费用救助比例", "≥70%", "72%", ""), // 26 completed
        row(U, U, "时效指标", "救助资金及时拨付率", "≥95%", "100%", ""), // 27 completed
        row(U, "效益指标", "社会效益指标", "困难群众医疗费用负担", "有效减轻", "有效减轻", ""), // 28 completed
        row(U, U, "可持续影响指标", "医疗救助制度持续运行", "长期", "长期", ""), // 29 completed
        row(U, "满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", "95%", ""), // 30 completed
      ],
    },
  ],
};
