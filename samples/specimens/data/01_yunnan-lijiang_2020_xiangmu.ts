/**
 * 01 · 云南 丽江市古城区 · 2020 · 项目支出绩效自评表 (Yunnan 决算公开 layout, family `yunnan`).
 *
 * Transcribed from the specimen text (labels back in simplified characters, figures and symbols as printed). The
 * indicator header has two rows: 绩效指标 over 一级/二级/三级 and 年度指标值 over 指标性质/指标值/度量单位, while
 * 实际完成值/分值/得分/偏差原因 span both rows.
 *
 * Placed or completed here:
 * - The 100% printed after the 当年财政拨款 amounts sits in the 执行率 column (the specimen's guess).
 * - The table is cut off in the 满意度 row: its 得分 is completed as 10.00 (target ≥95, actual 95: reached), and a
 *   总分 row is added as the family prints it: 分值 100.00, 得分 94.00 (= 10.00 + 9 + 19 + 19 + 27 + 10, the entered
 *   scores) and the grade 优 in the last cell, which the Yunnan form sometimes carries.
 */
import { head, L, row, SpecimenWorkbook, title, U } from "../specimen";

export const YUNNAN_LIJIANG_2020: SpecimenWorkbook = {
  file: "01_yunnan-lijiang_2020_xiangmu",
  source: "http://m.jjiadianqingjie.com.cn/changyong/13241.html",
  sheets: [
    {
      name: "卫片执法补助经费",
      at: "B2",
      // B 一级, C 二级, D 三级, E 指标性质, F 指标值, G 度量单位, H 实际完成值, I 分值, J 得分, K 偏差原因
      widths: [10, 14, 18, 7, 9, 7, 10, 8, 8, 22],
      rows: [
        title("2020年度项目支出绩效自评表"), // 2
        row("项目名称", L, L, "2020年省级自然资源卫片执法补助经费支出绩效自评表", L, L, L, L, L, L), // 3
        row("主管部门", L, L, "丽江市自然资源和规划局", L, L, "实施单位", L, "丽江市古城区自然资源局", L), // 4
        head("项目资金(万元)", L, L, "年初预算数", L, "全年预算数", "全年执行数", "分值", "执行率", "得分"), // 5
        row("年度资金总额", L, L, "7.29", L, "7.29", "7.29", "10.00", "100%", "10.00"), // 6
        row("其中:当年财政拨款", L, L, "7.29", L, "7.29", "7.29", "", "100%", ""), // 7
        row("上年结转资金", L, L, "", L, "", "", "", "", ""), // 8
        row("其他资金", L, L, "", L, "", "", "", "", ""), // 9
        head("年度总体目标", L, L, "预期目标", L, L, L, "实际完成情况", L, L), // 10
        row(U, U, U, "自然资源卫片执法补助经费", L, L, L, "自然资源卫片执法补助经费", L, L), // 11
        head("绩效指标", L, L, "年度指标值", L, L, "实际完成值", "分值", "得分", "偏差原因分析及改进措施"), // 12
        head("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", U, U, U, U), // 13
        row("产出指标", "数量指标", "卫片执法补助经费", "﹦", "72890", "元", "72890", "10.00", "9.00", ""), // 14
        row(U, "质量指标", "项目验收合格率", "﹦", "100", "%", "100", "20", "19", ""), // 15
        row(U, "时效指标", "项目完成及时率", "﹦", "100", "%", "100", "20.00", "19.00", ""), // 16
        row("效益指标", "社会效益指标", "违法行为责停率", "≥", "95", "%", "95", "30.00", "27.00", ""), // 17
        row("满意度指标", "服务对象满意度指标", "满意度", "≥", "95", "%", "95", "10.00", "10.00", ""), // 18
        row("总分", L, L, L, L, L, L, "100.00", "94.00", "优"), // 19
      ],
    },
  ],
};
