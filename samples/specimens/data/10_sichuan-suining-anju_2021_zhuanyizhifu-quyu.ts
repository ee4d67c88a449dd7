/**
 * 10 · 四川 遂宁市安居区 · 2021 · 食品监管补助资金区域绩效目标自评表 (the older central regional form, family
 * `regional`): a right-hand 自评得分 column whose top cell holds the total (100) and whose block cells hold the
 * scores of 预算执行情况 (20), 年度目标完成情况 (20) and 年度绩效指标完成情况 (50); no 分值 and no 偏差原因 column.
 *
 * Placed or decided here:
 * - 自评得分 heads the right-hand column over the first two rows; the total 100 sits in the row of 省级财政部门.
 * - 预算数 / 执行数: the specimen's notes and the README say the label and the figure share one cell, while its row
 *   text splits them; they share one cell here ("预算数: 2.38"), like the 其中 lines below, which keep their unit
 *   inside the cell as printed ("其中:中央补助 2.38 万元", "地方资金/其他 万元").
 * - "指标4:开展食品安全宣传周等科普宣传活" is cut short in the source and kept so.
 * - Completed (cut off at "可持续影响指标 | 指标1:技…"): 可持续影响指标 指标1:技术支撑能力持续提升 逐步提升 / 逐步提升 /
 *   8 and 指标2:食品安全监管长效机制 逐步完善 / 逐步完善 / 8, so that the rows under the printed 50 add up to 50;
 *   then 满意度指标 指标1:社会公众对食品安全工作满意度 ≥80% / 85% / 10, the "remaining 10" of the specimen's notes,
 *   as a block of its own (labelled 满意度指标完成情况, like the three printed blocks), outside the 50 of
 *   年度绩效指标完成情况: 20 + 20 + 50 + 10 = 100.
 */
import { head, L, row, SpecimenWorkbook, title, U } from "../specimen";

export const SICHUAN_ANJU_2021: SpecimenWorkbook = {
  file: "10_sichuan-suining-anju_2021_zhuanyizhifu-quyu",
  source: "https://www.scanju.gov.cn/gongkai/show/1e8c35c4e0ae4aaf81ef392897c56b63.html",
  sheets: [
    {
      name: "食品监管补助资金",
      at: "D3",
      // D block label, E 一级, F 二级, G 三级, H 年度指标值, I 实际完成指标值, J 自评得分
      widths: [12, 10, 14, 34, 14, 14, 9],
      rows: [
        title("食品监管补助资金区域绩效目标自评表"), // 3
        row("专项名称", "食品监管补助资金", L, L, L, L, "自评得分"), // 4
        row("中央主管部门", "市场监管总局", L, L, L, L, U), // 5
        row("省级财政部门", "四川省财政厅", L, "省级主管部门", "四川省市场监管局", L, "100"), // 6
        row("预算执行情况", "预算数: 2.38", L, L, "执行数: 2.38", L, "20"), // 7
        row(U, "其中:中央补助 2.38 万元", L, L, "其中:中央补助 2.38万元", L, U), // 8
        row(U, "地方资金/其他 万元", L, L, "地方资金/其他 万元", L, U), // 9
        row("年度目标完成情况", "预期目标", L, L, "目标实际完成情况", L, "20"), // 10
        row(U, "目标1:深入开展食品风险隐患排查整治。", L, L, "目标1:深入开展食品风险隐患排查整治。", L, U), // 11
        row(U, "目标2:加大违法行为打击力度。", L, L, "目标2:加大违法行为打击力度。", L, U), // 12
        row(U, "目标3:加强基层监管人员监管业务培训。", L, L, "目标3:加强基层监管人员监管业务培训。", L, U), // 13
        row(U, "目标4:加大食品安全宣传力度。", L, L, "目标4:加大食品安全宣传力度。", L, U), // 14
        head("年度绩效指标完成情况", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成指标值", "50"), // 15
        row(U, "产出指标", "质量指标", "指标1:食品安全监管人员培训", "已完成", "已完成", "5"), // 16
        row(U, U, U, "指标2:违法案件查办率", "100%", "100%", "4"), // 17
        row(U, U, U, "指标3:食品经营环节风险分级", "100%", "100%", "5"), // 18
        row(U, U, U, "指标4:开展食品安全宣传周等科普宣传活", "已完成", "已完成", "3"), // 19
        row(U, U, U, "指标5:进口冷链食品新冠肺炎疫情应急处置示范演练", "已完成", "已完成", "3"), // 20
        row(U, U, U, "指标6:食品安全投诉举报处置率", "100%", "100%", "3"), // 21
        row(U, U, "时效指标", "指标1:食品监管专项工作整体完成时间", "2021年12月31日", "2021年12月31日", "5"), // 22
        row(
          U,
          "效益指标",
          "社会效益指标",
          "指标1:辖区内与补助资金相关的重大食品安全监管责任事故发生数",
          "0次",
          "0次",
          "3",
        ), // 23
        row(U, U, U, "指标2:辖区内公众食品安全科普知识素养", "逐步提高", "逐步提高", "3"), // 24
        row(U, U, "可持续影响指标", "指标1:技术支撑能力持续提升", "逐步提升", "逐步提升", "8"), // 25 completed
        row(U, U, U, "指标2:食品安全监管长效机制", "逐步完善", "逐步完善", "8"), // 26 completed
        row(
          "满意度指标完成情况",
          "满意度指标",
          "服务对象满意度指标",
          "指标1:社会公众对食品安全工作满意度",
          "≥80%",
          "85%",
          "10",
        ), // 27 completed
      ],
    },
  ],
};
