/**
 * 03 · 云南 保山市隆阳区 · 2022 · 项目支出绩效自评表, the 20-point budget form (family `budget20`).
 *
 * As printed: 单位名称/填报日期 above the frame; tick boxes kept as the Wingdings letters the page shows (£ = empty
 * box, R = ticked box); one money row 年度财政资金总额 worth 20 (in the header text, no 分值 column); the indicator
 * block under a vertical 年度绩效目标(80分) label, with no 分值 and no 偏差原因 column; numbered parent rows
 * (一、示范区建立 15.0) whose numbered children (1、… 5.0) add up to them; "≧" glued to figures and units; the typo
 * 社会效益效益指标.
 *
 * Completed here (the table is cut off after 受益农户数): three rows worth the remaining 15 of the 80 points, all
 * reached and fully scored — 生态效益指标 示范区亩均化肥施用量减少 ≧3% / 3.2% / 5.0, 可持续影响指标
 * 化肥减量增效技术持续推广 持续推广 / 持续推广 / 5.0, 满意度指标 示范区农户满意度 ≧90% / 95% / 5.0 — and a 总分 row
 * with 82.16 (= 2.16 + 80, the entered scores).
 */
import { head, L, line, row, SpecimenWorkbook, title, U, vertical } from "../specimen";

export const YUNNAN_BAOSHAN_LONGYANG_2022: SpecimenWorkbook = {
  file: "03_yunnan-baoshan-longyang_2022_xiangmu",
  source: "https://longyang.gov.cn/info/5311/13352539.htm",
  sheets: [
    {
      name: "化肥减量增效",
      at: "C2",
      // C 年度绩效目标 (vertical), D 一级, E 二级, F 三级, G 年初目标值, H 实际完成值, I 得分
      widths: [6, 10, 12, 28, 12, 12, 10],
      rows: [
        title("2022年度项目支出绩效自评表"), // 2
        line("单位名称:隆阳区土壤肥料工作站", L, L, L, "填报日期:2023年3月20日", L, L), // 3
        row("项目名称", L, "隆阳区2021年中央化肥减量增效示范县项目补助资金", L, L, L, L), // 4
        row("主管部门", L, "隆阳区农业农村局", L, "项目实施单位", "隆阳区土壤肥料工作站", L), // 5
        row("项目类别", L, "1、部门预算项目 £ 2、区直专项 £ 3、上级转移支付项目 R", L, L, L, L), // 6
        row("项目属性", L, "1、持续性项目 £ 2、新增性项目 R", L, L, L, L), // 7
        head("预算执行情况(万元)(20分)", L, L, "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(20分*执行率)"), // 8
        row("年度财政资金总额", L, L, "278.4449", "30.00", "10.77%", "2.16"), // 9
        head(
          vertical("年度绩效目标(80分)"),
          "一级指标",
          "二级指标",
          "三级指标",
          "年初目标值(A)",
          "实际完成值(B)",
          "得分",
        ), // 10
        row(U, "产出指标", "数量指标", "一、示范区建立", "≧20000亩", "20000亩", "15.0"), // 11
        row(U, U, U, "1、水稻侧深施肥+缓控释肥", "≧500亩", "500亩", "5.0"), // 12
        row(U, U, U, "2、玉米种肥同播+缓控释肥", "≧1000亩", "1000亩", "5.0"), // 13
        row(U, U, U, "3、施用配方肥", "≧18500亩", "18500亩", "5.0"), // 14
        row(U, U, U, "二、化肥减量增效田间试验", "≧15组", "15组", "15.0"), // 15
        row(U, U, U, "1、肥料利用率", "≧5组", "5组", "5.0"), // 16
        row(U, U, U, "2、化肥减量增效", "≧5组", "5组", "5.0"), // 17
        row(U, U, U, "3、其他试验(水稻)", "≧3组", "3组", "3.0"), // 18
        row(U, U, U, "4、其他试验(玉米)", "≧2组", "2组", "2.0"), // 19
        row(U, U, U, "三、土样植株化验", "≧60个", "105个", "5.0"), // 20
        row(U, U, U, "四、农户施肥情况调查(户)", "≧300户", "300户", "5.0"), // 21
        row(U, U, "质量指标", "示范区配方肥到位率", "≧80%", "85.6%", "10.0"), // 22
        row(U, U, "时效指标", "项目按时完成率", "100%", "100%", "10.0"), // 23
        row(U, "效益指标", "社会效益效益指标", "受益农户数", "5000户", "5000户", "5.0"), // 24
        row(U, U, "生态效益指标", "示范区亩均化肥施用量减少", "≧3%", "3.2%", "5.0"), // 25 completed
        row(U, U, "可持续影响指标", "化肥减量增效技术持续推广", "持续推广", "持续推广", "5.0"), // 26 completed
        row(U, "满意度指标", "服务对象满意度指标", "示范区农户满意度", "≧90%", "95%", "5.0"), // 27 completed
        row("总分", L, L, L, L, L, "82.16"), // 28 completed
      ],
    },
  ],
};
