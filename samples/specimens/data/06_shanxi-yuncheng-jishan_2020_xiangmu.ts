/**
 * 06 · 山西 运城市稷山县 · 2020 · 稷山县项目支出绩效自评表 (central layout with weights in the 一级 labels, family
 * `central`).
 *
 * As printed: weights in the 一级 labels (产出指标(50分), 效益指标(30分), 满意度指标(10分)); "指标1:" kept before each
 * 三级 name; 二级 "社会效益" without 指标; 执行率 99% repeated on the 当年财政拨款 row; "—" in the source rows' 分值/得分;
 * 总分 100 / 94.
 *
 * Placed or decided here:
 * - Only two amounts are printed, 65.66 and 65.07; 65.07 ÷ 65.66 is the printed 99%, so they are 全年预算数 and
 *   全年执行数 and 年初预算数 stays empty ([?] in the specimen).
 * - The budget 得分 holds 9, as printed. The specimen's source speaks of a hidden 9.9 behind the shown 9, but no
 *   number format truncates (9.9 under "0" shows 10), so a cell that shows 9 holds less than 9.5: the clerk's 9 is
 *   kept, and the 总分 94 typed beside it no longer adds up (visible sum 93).
 */
import { head, L, row, SpecimenWorkbook, subtitle, title, U, vertical } from "../specimen";

export const SHANXI_JISHAN_2020: SpecimenWorkbook = {
  file: "06_shanxi-yuncheng-jishan_2020_xiangmu",
  source: "https://keke.chddh.cn/archives/bqg98jldqdz7y2xm7pe6.html",
  sheets: [
    {
      name: "建档立卡配套资金",
      at: "B2",
      // B 绩效指标 (vertical), C 一级, D 二级, E 三级, F 年度指标值, G 实际完成值, H 分值, I 得分, J 偏差原因;
      // the budget block: labels over C:D, then E 年初预算数 … J 得分.
      widths: [5, 14, 16, 30, 10, 10, 7, 7, 26],
      rows: [
        title("稷山县项目支出绩效自评表"), // 2
        subtitle("(2020年度)"), // 3
        row("项目名称", L, L, "建档立卡个人缴费县级配套资金", L, L, L, L, L), // 4
        row("主管部门", L, L, "稷山县医疗保障局", L, "实施单位", L, "稷山县医疗保险服务中心", L), // 5
        head(vertical("项目资金(万元)"), "", L, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"), // 6
        row(U, "年度资金总额", L, "", "65.66", "65.07", "10", "99%", "9"), // 7
        row(U, "其中:当年财政拨款", L, "", "65.66", "65.07", "—", "99%", "—"), // 8
        row(U, "上年结转资金", L, "", "", "", "—", "", "—"), // 9
        row(U, "其他资金", L, "", "", "", "—", "", "—"), // 10
        head("年度总体目标", "预期目标", L, L, L, "实际完成情况", L, L, L), // 11
        row(
          U,
          "提高医疗保障水平,推进因病致贫问题的根本性解决",
          L,
          L,
          L,
          "提高医疗保障水平,推进了因病致贫问题的基本性解决",
          L,
          L,
          L,
        ), // 12
        head(
          vertical("绩效指标"),
          "一级指标",
          "二级指标",
          "三级指标",
          "年度指标值",
          "实际完成值",
          "分值",
          "得分",
          "偏差原因分析及改进措施",
        ), // 13
        row(
          U,
          "产出指标(50分)",
          "数量指标",
          "指标1:全县参合人数",
          "8755",
          "8676",
          "15",
          "13",
          "建档立卡中有新增死亡人员,导致有偏差",
        ), // 14
        row(U, U, "质量指标", "指标1:资金是否全部纳入医保统筹", "100%", "100%", "15", "15", ""), // 15
        row(U, U, "时效指标", "指标1:资金是否全部及时纳入", "100%", "100%", "10", "10", ""), // 16
        row(U, U, "成本指标", "指标1:配套资金每人每年", "75元", "75元", "10", "10", ""), // 17
        row(U, "效益指标(30分)", "社会效益", "指标1:是否解决建档立卡人员看病难贵问题", "95%", "95%", "30", "27", ""), // 18
        row(U, "满意度指标(10分)", "服务对象满意度指标", "指标1:是否满意", "95%", "95%", "10", "9", ""), // 19
        row("总分", L, L, L, L, L, "100", "94", ""), // 20
      ],
    },
  ],
};
