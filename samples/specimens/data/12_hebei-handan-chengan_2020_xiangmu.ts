/**
 * 12 · 河北 邯郸市成安县 · 2020 · 成安县民政局2020年度预算项目绩效自评表 (Hebei layout, family `hebei`): four
 * numbered sections; three money groups side by side (预算 / 到位 / 执行) with 预算执行进度(%) printed as a plain
 * number; the indicator header in two rows, 预期指标值 over 符号 | 单位(文字描述) and 自评得分 over 单项指标得分 |
 * 权重占比(%) | 单项指标折算得分; budget execution as an indicator row.
 *
 * As printed: the cell under 单位(文字描述) holds the value and the unit text together ("98 %(百分比)"); the column
 * headed 指标分值 holds a description of the indicator, not points (the specimen's [?] reading, kept); the 折算得分
 * is 单项指标得分 × 权重占比 ÷ 100 (25.00 × 25.00 ÷ 100 = 6.25): the clerk entered the weight as the 单项得分.
 *
 * Completed here: the 预算执行率 row, cut off after its 一级/二级 labels — 三级 预算执行率, description
 * 年度预算执行数占预算数的比例, >= 100 %(百分比), actual 100%, 完成, and 10.00 | 10.00 | 1.00 in the pattern of the
 * printed rows (so the 权重占比 add up to 100). No total row is added: none is printed, and the family's form is not
 * known to have one.
 */
import { head, L, row, SpecimenWorkbook, title, U, vertical } from "../specimen";

export const HEBEI_CHENGAN_2020: SpecimenWorkbook = {
  file: "12_hebei-handan-chengan_2020_xiangmu",
  source: "http://cycms.chengan.gov.cn/zfxxgk/bmView.jsp?id=15437&websiteid=905&xxfl=0404",
  sheets: [
    {
      name: "高龄津贴",
      at: "B2",
      // B section, C 一级, D 二级, E 三级, F 指标分值, G 符号, H 单位(文字描述), I 实际完成值, J 完成情况,
      // K 单项指标得分, L 权重占比(%), M 单项指标折算得分
      widths: [10, 10, 12, 16, 28, 6, 13, 11, 9, 9, 9, 10],
      rows: [
        title("成安县民政局2020年度预算项目绩效自评表"), // 2
        row(
          "一、基本情况",
          "项目名称:",
          "19名百岁老人高龄津贴",
          L,
          "是否为专项资金:",
          "",
          "实施(主管)单位",
          "314002-成安县民政局机关",
          L,
          L,
          "金额单位: 万元",
          L,
        ), // 3
        head(
          "二、预算执行情况",
          "预算安排情况(调整后)",
          L,
          L,
          "资金到位情况",
          L,
          L,
          "资金执行情况",
          L,
          L,
          "预算执行进度(%)",
          L,
        ), // 4
        row(U, "预算数", L, "6.84", "到位数", "6.84", L, "执行数", L, "6.84", "100.00", L), // 5
        row(U, "其中:财政资金", L, "6.84", "其中:财政资金", "6.84", L, "其中:财政资金", L, "6.84", "", L), // 6
        row(U, "其他", L, "0.00", "其他", "0.00", L, "其他", L, "0.00", "", L), // 7
        head("三、目标完成情况", "年度预期目标", L, L, L, "具体完成情况", L, L, L, L, "总体完成率(%)", L), // 8
        row(
          U,
          "为我县百岁高龄老年人发放补贴,使老年人得到更好的照顾。",
          L,
          L,
          L,
          "为我县百岁高龄老年人发放补贴,使老年人得到更好的照顾。",
          L,
          L,
          L,
          L,
          "100.00",
          L,
        ), // 9
        row(
          U,
          "为全县共享改革开放成果,促进社会稳定文明和谐",
          L,
          L,
          L,
          "为全县共享改革开放成果,促进社会稳定文明和谐",
          L,
          L,
          L,
          L,
          "",
          L,
        ), // 10
        head(
          vertical("四、年度绩效指标完成情况"),
          "一级指标",
          "二级指标",
          "三级指标",
          "指标分值",
          "预期指标值",
          L,
          "单项指标实际完成值",
          "单项指标完成情况",
          "自评得分",
          L,
          L,
        ), // 11
        head(U, U, U, U, U, "符号", "单位(文字描述)", U, U, "单项指标得分", "权重占比(%)", "单项指标折算得分"), // 12
        row(
          U,
          "产出指标",
          "质量指标",
          "符合条件申报对象覆盖率",
          "享受补贴政策人数占符合条件申报对象总数的比例",
          ">=",
          "98 %(百分比)",
          "100%",
          "完成",
          "25.00",
          "25.00",
          "6.25",
        ), // 13
        row(
          U,
          U,
          "时效指标",
          "完成率",
          "按照要求每月及时完成符合条件对象审批的比例(百分比)",
          ">=",
          "99 %(百分比)",
          "100%",
          "完成",
          "25.00",
          "25.00",
          "6.25",
        ), // 14
        row(
          U,
          "效果指标",
          "社会效益指标",
          "补贴发放率",
          "高龄补贴发放完成率",
          ">=",
          "75 %(百分比)",
          "100%",
          "完成",
          "30.00",
          "30.00",
          "9.00",
        ), // 15
        row(
          U,
          "满意度指标",
          "服务对象满意度指标",
          "服务对象满意度",
          "享受高龄津贴的对象对老龄工作的满意程度",
          ">=",
          "95 %(百分比)",
          "100%",
          "完成",
          "10.00",
          "10.00",
          "1.00",
        ), // 16
        row(
          U,
          "预算执行率",
          "预算执行率",
          "预算执行率",
          "年度预算执行数占预算数的比例",
          ">=",
          "100 %(百分比)",
          "100%",
          "完成",
          "10.00",
          "10.00",
          "1.00",
        ), // 17 completed from the third cell on
      ],
    },
  ],
};
