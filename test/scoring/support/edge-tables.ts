/** Tables full of the inputs the rules treat specially, for the formula oracle. */
import { buildBasicTable, buildEvalTable, pct } from "./tables";

export function edgeTables() {
  return [
    buildEvalTable({
      sheet: "零与负数",
      budget: { annual: 80, executed: 100, weight: 10 },
      indicators: [
        { name: "目标为零", target: 0, actual: 0, weight: 5 },
        { name: "目标为零、完成为负", target: 0, actual: -1, weight: 5 },
        { name: "增长率", target: 15, actual: -8.7, weight: 5 },
        { name: "成本节约率", target: pct(0, "0%"), actual: pct(0.2, "0%"), weight: 5 },
        { name: "反向目标为零", target: "≤0", actual: 3, weight: 5 },
        { name: "等于零", target: "=0", actual: 0, weight: 5 },
        { name: "等于", target: "=8个", actual: "10个", weight: 5 },
        { name: "等于负数", target: "=8个", actual: "-6个", weight: 5 },
        { name: "反向比例", target: "≤90万元", actual: "120万元", weight: 5 },
        { name: "反向两倍", target: "<90", actual: 200, weight: 5 },
        { name: "大于", target: ">90%", actual: pct(0.8), weight: 5 },
        { name: "百分数文字对数字", target: "100%", actual: 95, weight: 5 },
        { name: "数字对百分数", target: 100, actual: pct(0.95), weight: 5 },
        { name: "不低于", target: "不低于90%", actual: "93.00%", weight: 5 },
        { name: "以上", target: "50列以上", actual: "49列", weight: 5 },
        { name: "千分位", target: "1,234.50 元", actual: "1,000 元", weight: 5 },
        { name: "负数百分比", target: "≥-5%", actual: "-8%", weight: 5 },
      ],
      total: { weight: 100, score: null },
    }),
    buildEvalTable({
      sheet: "空与文字",
      budget: { annual: 0, executed: 5, weight: 10 },
      indicators: [
        { name: "完成值空", target: 100, actual: null, weight: 10, score: 7 },
        { name: "分值空", target: 100, actual: 90, weight: null, score: 7 },
        { name: "小数点", target: 8, actual: "7.50.", weight: 10, score: 6 },
        { name: "文字", target: "≥90%", actual: "完成", weight: 10, score: 6 },
        { name: "全角", target: "６０００", actual: 4926, weight: 10, score: 6 },
        { name: "定性达成", target: "有效保障", actual: "有效保障", weight: 10, score: 9 },
        { name: "定性判断", target: "达标", actual: "部分达成年度指标并具有一定效果", weight: 10, score: 7 },
        { name: "定性判断、得分为文字", target: "达标", actual: "基本达标", weight: 10, score: "七分" },
        { level2: "生态效益指标", name: "", target: "不适用", actual: "不适用", weight: 10 },
      ],
      total: { weight: 100, score: 80 },
    }),
    buildEvalTable({
      sheet: "无执行率列",
      budget: { annual: 64.53, executed: 60.26, weight: null, noRateColumn: true },
      indicators: [{ name: "外资", target: "6000 万美元", actual: "4926 万美元", weight: 90, score: 80 }],
      total: { weight: 100, score: null },
    }),
    buildEvalTable({
      sheet: "执行率低",
      budget: { annual: 100, executed: 55, weight: 20, score: 20 },
      indicators: [
        { name: "超额", target: 8, actual: 40, weight: 40 },
        { name: "达成", target: 1, actual: 1, weight: 40 },
      ],
      total: { weight: 100, score: 100 },
    }),
    buildBasicTable({
      sheet: "基础表",
      staffing: { authorized: 64, actual: 59, controlRate: "92.19%" },
      buildings: { approvedSize: 1200, actualSize: 1250, budgetInvestment: "300万元", actualInvestment: "288.5万元" },
    }),
    buildBasicTable({ sheet: "基础表编制为零", staffing: { authorized: 0, actual: 3 } }),
  ];
}
