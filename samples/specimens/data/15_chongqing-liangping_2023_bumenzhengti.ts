/**
 * 15 · 重庆 梁平区林业局 · 2023 · 部门整体绩效自评表 (Chongqing layout, family `chongqing`): 自评总分(分) in the
 * header row, a money block with 执行率权重 / 执行率得分 and 执行率 printed as a plain number (79.27), three goal
 * texts, and a FLAT indicator list (指标名称 | 计量单位 | 指标性质 | 指标值 | 指标权重(分) | 全年完成值 | 指标得分(分) |
 * 说明) with no 一级/二级 columns.
 *
 * The source is an OCR of a .docx preview. Decided or completed here:
 * - The leading digits of the amounts are lost (".32 .06 .5"): completed as 3512.32 / 3664.06 / 2904.5, chosen so
 *   that 2904.5 ÷ 3664.06 = 79.27 % and 10 × 79.27 % = 7.93 as printed. 其中财政拨款 repeats them (all the money is
 *   财政拨款), with its 执行率 cells empty as printed.
 * - 联系人 and 电话 are masked in the source and stay masked ("[姓名]", "[电话]").
 * - 指标性质: the OCR shows [?] in the first row and nothing in the others; the symbols are what OCR drops, and the
 *   platform does not export the column empty, so every row gets its plausible symbol (≥ for 完成率/面积/岗位/覆盖率/
 *   满意度, ≤ for 森林火灾受害率 and 主要林业有害生物成灾率).
 * - The [?] figures are kept as printed: 国家级公益林管护面积 28 → 8, 森林抚育(营林)面积 2 → 1, 天保工程区森林资源
 *   管护面积 250 → 50, each with full marks and an empty 说明 (OCR or real: the specimen cannot tell).
 * - The goal texts «…» are written out, and the list (cut off at "公益林提供管…") gets three more rows, all reached
 *   and fully scored: 公益林提供管护岗位数 个 ≥ 300 / 320, 野生动物疫源疫病监测覆盖率 % ≥ 95 / 100,
 *   服务对象满意度 % ≥ 90 / 95 — nine indicators of 10 (90) and the budget's 10; 7.93 + 90 = 97.93.
 */
import { head, L, row, SpecimenWorkbook, title, U, vertical } from "../specimen";

export const CHONGQING_LIANGPING_2023: SpecimenWorkbook = {
  file: "15_chongqing-liangping_2023_bumenzhengti",
  source: "https://m.001doc.com/doc/900957.html",
  sheets: [
    {
      name: "部门整体绩效自评表",
      at: "C3",
      // C 绩效指标 (vertical), D 指标名称, E 计量单位, F 指标性质, G 指标值, H 指标权重(分), I 全年完成值,
      // J 指标得分(分), K 说明
      widths: [5, 30, 11, 10, 10, 10, 10, 10, 22],
      rows: [
        title("重庆市梁平区林业局2023年度部门整体绩效自评表"), // 3
        row("主管部门", L, "重庆市梁平区林业局", "部门联系人", "[姓名]", "联系电话", "[电话]", "自评总分(分)", "97.93"), // 4
        head("", L, L, "年初预算数", "全年(调整)预算数", "全年执行数", "执行率", "执行率权重", "执行率得分"), // 5
        row("年度总金额", L, L, "3512.32", "3664.06", "2904.5", "79.27", "10", "7.93"), // 6
        row("其中财政拨款", L, L, "3512.32", "3664.06", "2904.5", "", "", ""), // 7
        head("当年绩效目标", L, "年初绩效目标", L, L, "全年(调整)绩效目标", L, "全年目标实际完成情况", L), // 8
        row(
          U,
          U,
          "维护林业、林区安全稳定,全区森林资源、陆生野生动物资源得到有效保护,松材线虫病疫情发生面积和病死松树株树实现双下降,森林火灾和林业有害生物灾害得到有效控制。",
          L,
          L,
          "维护林业、林区安全稳定,全区森林资源、陆生野生动物资源得到有效保护,松材线虫病疫情发生面积和病死松树株树实现双下降。",
          L,
          "全区森林资源、陆生野生动物资源得到有效保护,松材线虫病疫情发生面积和病死松树株数实现双下降,全年未发生重大森林火灾。",
          L,
        ), // 9
        head(
          vertical("绩效指标"),
          "指标名称",
          "计量单位",
          "指标性质",
          "指标值",
          "指标权重(分)",
          "全年完成值",
          "指标得分(分)",
          "说明",
        ), // 10
        row(U, "天然林和公益林管护当期任务完成率", "%", "≥", "90", "10", "100", "10", ""), // 11
        row(U, "国家级公益林管护面积", "万亩", "≥", "28", "10", "8", "10", ""), // 12
        row(U, "森林抚育(营林)面积", "万亩", "≥", "2", "10", "1", "10", ""), // 13
        row(U, "天保工程区森林资源管护面积", "万亩", "≥", "250", "10", "50", "10", ""), // 14
        row(U, "森林火灾受害率", "%", "≤", "0.9", "10", "0", "10", ""), // 15
        row(U, "主要林业有害生物成灾率", "%", "≤", "0.4", "10", "0.1", "10", ""), // 16
        row(U, "公益林提供管护岗位数", "个", "≥", "300", "10", "320", "10", ""), // 17 completed
        row(U, "野生动物疫源疫病监测覆盖率", "%", "≥", "95", "10", "100", "10", ""), // 18 completed
        row(U, "服务对象满意度", "%", "≥", "90", "10", "95", "10", ""), // 19 completed
      ],
    },
  ],
};
