/**
 * 19 · 安徽 宿州市萧县 · 2023 · 衔接资金 绩效目标自评表 (family `xianjie`): money 全年预算数(A) | 全年执行数(B) | 分值 |
 * 执行率(B/A) | 得分 with no 年初预算数 and the 其中 row repeating 分值 10 and 得分 10; 分值 BEFORE 年度指标值; weights
 * in the vertical 一级 labels; ★ before core indicators; unscored "其中…" breakdown rows; the form's empty rows kept —
 * 质量指标 and 经济效益指标 on lines of their own (their indicators below with an empty 二级 cell), empty 生态效益指标
 * and 可持续影响指标 rows, and "……" rows.
 *
 * Completed here (cut off at "满意…"): 满意度指标(10分) 服务对象满意度指标 受益群众满意度 10 ≥95% / 98% / 10, and a 总分
 * row: 分值 100, 得分 100 (= 10 + 50 + 30 + 10, the entered scores, the 其中 row's repeated 10 not counted).
 */
import { head, L, row, SpecimenWorkbook, subtitle, title, U, vertical } from "../specimen";

/** A breakdown row under a ★ indicator: target and actual, no 分值/得分. */
const part = (name: string, target: string, actual: string) => row(U, U, U, name, "", target, actual, "", "");
/** A row of the form left as printed: only the 二级 label (or nothing) and the 三级 prompt. */
const empty = (level2: string, prompt = "") => row(U, U, level2, prompt, "", "", "", "", "");

export const ANHUI_XIAOXIAN_2023: SpecimenWorkbook = {
  file: "19_anhui-suzhou-xiaoxian_2023_xianjie",
  source: "https://www.ahxx.gov.cn/grassroots/279/158998981.html",
  sheets: [
    {
      name: "河西村特色种养",
      at: "B3",
      // B 绩效指标 (vertical), C 一级 (vertical), D 二级, E 三级, F 分值, G 年度指标值, H 全年实际值, I 得分,
      // J 未完成原因及拟采取的改进措施; the money block: labels over B:D, then E 全年预算数(A) … J 得分.
      widths: [5, 7, 13, 34, 10, 12, 12, 8, 24],
      rows: [
        title("绩效目标自评表"), // 3
        subtitle("(2023年度)"), // 4
        row("项目名称", L, L, "河西村特色种养补贴到户项目", "项目负责人及电话", L, L, "[姓名][电话]", L), // 5
        row("主管部门", L, L, "县农业农村局", "实施单位", L, L, "张庄寨镇人民政府", L), // 6
        head("资金情况(万元)", L, L, "全年预算数(A)", "全年执行数(B)", L, "分值", "执行率(B/A)", "得分"), // 7
        row("年度资金总额:", L, L, "9.48", "9.48", L, "10", "100%", "10"), // 8
        row("其中:本年财政拨款", L, L, "9.48", "9.48", L, "10", "100%", "10"), // 9
        row("其他资金", L, L, "-", "-", L, "", "", ""), // 10
        head("年度总体目标", L, L, "年初设定目标", L, L, "年度总体目标完成情况综述", L, L), // 11
        row(
          U,
          U,
          U,
          "落实39户特色种养业奖补政策,增加脱贫户家庭收入",
          L,
          L,
          "落实39户特色种养业奖补政策,增加脱贫户家庭收入",
          L,
          L,
        ), // 12
        head(
          vertical("绩效指标"),
          "一级指标",
          "二级指标",
          "三级指标",
          "分值",
          "年度指标值",
          "全年实际值",
          "得分",
          "未完成原因及拟采取的改进措施",
        ), // 13
        row(U, vertical("产出指标(50分)"), "数量指标", "★补助各类瓜果蔬菜种植面积", "20", "29.5亩", "29.5亩", "20", ""), // 14
        part("其中桃树种植面积", "1.5亩", "1.5亩"), // 15
        part("其中苹果树种植面积", "5亩", "5亩"), // 16
        part("其中露天蔬菜", "20亩", "20亩"), // 17
        part("其中大棚蔬菜", "3亩", "3亩"), // 18
        row(U, U, U, "★补助鱼塘面积", "10", "3亩", "3亩", "10", ""), // 19
        part("其中鱼塘养殖面积", "3亩", "3亩"), // 20
        row(U, U, U, "★补助家畜家禽养殖数量", "10", "192只", "192只", "10", ""), // 21
        part("其中羊养殖数量", "180只", "180只"), // 22
        part("其中猪养殖数量", "12头", "12头"), // 23
        empty("质量指标"), // 24
        row(U, U, "", "种植作物成活率", "5", "95%", "95%", "5", ""), // 25
        row(U, U, "", "养殖家畜家禽成活率", "5", "95%", "100%", "5", ""), // 26
        empty("", "……"), // 27
        row(U, vertical("效益指标(30分)"), "经济效益指标", "", "", "", "", "", ""), // 28
        row(U, U, "", "特色产业带动增加受益农户收入(总收入)", "20", "≥11.376万元", "12万元", "20", ""), // 29
        row(U, U, "社会效益指标", "受益人口数量", "10", "90人", "90人", "10", ""), // 30
        empty("生态效益指标"), // 31
        empty("可持续影响指标"), // 32
        empty("", "……"), // 33
        row(U, "满意度指标(10分)", "服务对象满意度指标", "受益群众满意度", "10", "≥95%", "98%", "10", ""), // 34 completed
        row("总分", L, L, L, "100", "", L, "100", ""), // 35 completed
      ],
    },
  ],
};
