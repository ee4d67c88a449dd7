/**
 * 20 · 四川 预算管理一体化 export · 部门预算项目支出绩效自评表 (family `sichuan-platform`). CONSTRUCTED from the
 * specimens README's "Family C in words": no published table was available, so every figure and text is made up,
 * and the unit names are masked (某县…).
 *
 * From the description: the budget block titled 预算执行情况(10分) with columns 年初预算 | 调整后预算数 | 预算执行数 |
 * 预算执行率 | 权重 | 得分 | 原因 and rows 财政资金 / 财政专户管理资金 / 单位资金 / 其他资金, with no 总额 row; indicators
 * with 指标性质 (≥, =, ≤, 定性) and 度量单位 columns, then 指标值 / 完成值 / 权重 / 得分 / 未完成原因分析; a 合计 row;
 * the project name behind a long project code.
 *
 * Constructed beyond the description: the title and year lines, 主管部门/实施单位, a 年度总体目标 block (every
 * project form has one), 权重 10 / 得分 / 原因 as cells merged over the four money rows (the block is scored once,
 * there being no total row), per-row 预算执行率 where a row has money, and eight indicators worth 90.
 *
 * Filled, with the export's two leftovers the description names: 受益群众人次 is left unfilled (完成值 and 得分 blank,
 * as the platform exports them), and the 未完成原因分析 of the one missed indicator (送戏下乡演出场次 30 → 26, scored
 * 10 × 26 ÷ 30 = 8.67) still holds the form's instruction "请简要说明未完成原因及改进措施，100字以内". Everything else is
 * consistent: 得分 9.58 = 10 × (128.70 + 15.00) ÷ (135.00 + 15.00), and 合计 83.25 is the sum of the entered scores.
 */
import { head, L, row, SpecimenWorkbook, subtitle, title, U } from "../specimen";

export const SICHUAN_PLATFORM: SpecimenWorkbook = {
  file: "20_sichuan-platform_export_xiangmu",
  source: "constructed from the specimens README (Family C in words); no published table",
  sheets: [
    {
      name: "自评表",
      at: "B3",
      // B 一级, C 二级, D 三级, E 指标性质, F 指标值, G 度量单位, H 完成值, I 权重, J 得分, K 未完成原因分析;
      // the budget block: B its title, C the fund, D 年初预算, E 调整后预算数, F 预算执行数, G 预算执行率, H 权重,
      // I 得分, J:K 原因.
      widths: [11, 15, 22, 12, 12, 12, 11, 8, 8, 28],
      rows: [
        title("部门预算项目支出绩效自评表"), // 3
        subtitle("(2023年度)"), // 4
        row("项目名称", L, "51000023R000000027384-基层公共文化服务运行保障经费", L, L, L, L, L, L, L), // 5
        row("主管部门", L, "某县文化广播电视和旅游局", L, L, "实施单位", L, "某县文化馆", L, L), // 6
        head(
          "预算执行情况(10分)",
          "",
          "年初预算",
          "调整后预算数",
          "预算执行数",
          "预算执行率",
          "权重",
          "得分",
          "原因",
          L,
        ), // 7
        row(
          U,
          "财政资金",
          "120.00",
          "135.00",
          "128.70",
          "95.33%",
          "10",
          "9.58",
          "部分送戏下乡场次因天气原因取消,结余资金已按规定收回。",
          L,
        ), // 8
        row(U, "财政专户管理资金", "0.00", "0.00", "0.00", "", U, U, U, U), // 9
        row(U, "单位资金", "0.00", "15.00", "15.00", "100.00%", U, U, U, U), // 10
        row(U, "其他资金", "0.00", "0.00", "0.00", "", U, U, U, U), // 11
        head("年度总体目标", L, "预期目标", L, L, L, "实际完成情况", L, L, L), // 12
        row(
          U,
          U,
          "保障基层文化馆、综合文化站正常运行,全年开展公益性文化活动60场以上、送戏下乡30场,惠及群众5万人次以上。",
          L,
          L,
          L,
          "全年开展公益性文化活动72场、送戏下乡26场,基层文化阵地正常运行。",
          L,
          L,
          L,
        ), // 13
        head(
          "一级指标",
          "二级指标",
          "三级指标",
          "指标性质",
          "指标值",
          "度量单位",
          "完成值",
          "权重",
          "得分",
          "未完成原因分析",
        ), // 14
        row("产出指标", "数量指标", "开展公益性文化活动场次", "≥", "60", "场", "72", "15", "15", ""), // 15
        row(U, U, "送戏下乡演出场次", "≥", "30", "场", "26", "10", "8.67", "请简要说明未完成原因及改进措施，100字以内"), // 16
        row(U, "质量指标", "文化设施免费开放率", "=", "100", "%", "100", "10", "10", ""), // 17
        row(U, "时效指标", "资金支付及时性", "定性", "及时", "", "及时", "10", "10", ""), // 18
        row(U, "成本指标", "单场活动平均成本", "≤", "0.8", "万元", "0.75", "10", "10", ""), // 19
        row("效益指标", "社会效益指标", "受益群众人次", "≥", "5", "万人次", "", "15", "", ""), // 20
        row(U, "可持续影响指标", "基层文化阵地长效运行", "定性", "持续运行", "", "持续运行", "10", "10", ""), // 21
        row("满意度指标", "服务对象满意度指标", "群众满意度", "≥", "90", "%", "95", "10", "10", ""), // 22
        row("合计", L, L, L, L, L, L, "100", "83.25", ""), // 23
      ],
    },
  ],
};
