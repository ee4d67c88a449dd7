/**
 * 04 · 上海 普陀区体育事业管理中心 · 2022 · 财政项目支出绩效自评表 (central layout, family `central`).
 *
 * The PDF prints one project a page; here both tables stand on one sheet, the second below the first after two
 * empty rows and a page break, the way a clerk keeps several projects in one sheet for printing (footer "-1-", "-2-").
 * Money is in 元 ("项目资金(元)"), 全年执行数 printed with a thousands separator ("215,457.6", "9,034"), the 其中
 * rows carry "—" in 分值/得分, and operators are ASCII ("=100%", ">=90%").
 *
 * Placed or completed here:
 * - Project 1: the [?] indicator names stay where the text layer's counts put them; the 预期目标 cell is empty as
 *   printed; the 偏差原因 column is empty as printed.
 * - Project 2: 9,034 is the 全年执行数 of 年度资金总额 and the two [?] zeros are the 当年财政拨款 row's 年初/全年预算数,
 *   as the text layer orders them (so the printed source rows are all 0 against a total of 20000.00).
 * - Project 2 is cut off after the indicator names: targets, actuals, scores and the 总分 row are completed. The
 *   budget was 45.17 % executed, so 经费使用率 =100% is completed as missed — actual 45.17%, score 4.52 (= 10 × 45.17
 *   ÷ 100, the rule's score) with a reason — and the other four as reached and fully scored; 总分 100 / 89.04
 *   (= 4.52 + 4.52 + 20 + 20 + 30 + 10).
 */
import { gap, head, L, row, SpecimenWorkbook, subtitle, title, U, vertical } from "../specimen";

const TITLE = "财政项目支出绩效自评表";
const YEAR = "(2022年度)";
const DEPARTMENT = "上海市普陀区体育局";
const IMPLEMENTER = "上海市普陀区体育事业管理中心";
const BUDGET_HEADER = head(
  vertical("项目资金(元)"),
  "",
  L,
  "年初预算数",
  "全年预算数",
  "全年执行数",
  "分值",
  "执行率",
  "得分",
);
const GOALS_HEADER = head("年度总体目标", "预期目标", L, L, L, "实际完成情况", L, L, L);
const INDICATOR_HEADER = head(
  vertical("绩效指标"),
  "一级指标",
  "二级指标",
  "三级指标",
  "年度指标值",
  "实际完成值",
  "分值",
  "得分",
  "偏差原因分析及改进措施",
);

export const SHANGHAI_PUTUO_2022: SpecimenWorkbook = {
  file: "04_shanghai-putuo_2022_xiangmu",
  source: "https://pdf.chddh.cn/archives/48n5zg2zkkjxn27q6rjv.html",
  sheets: [
    {
      name: "项目自评表",
      at: "B2",
      // B 绩效指标 (vertical), C 一级, D 二级, E 三级, F 年度指标值, G 实际完成值, H 分值, I 得分, J 偏差原因;
      // the budget block: labels over C:D, then E 年初预算数 … J 得分.
      widths: [5, 10, 14, 24, 12, 12, 8, 9, 24],
      footer: "-&P-",
      rows: [
        title(TITLE), // 2
        subtitle(YEAR), // 3
        row("项目名称", L, L, "普陀体育中心与委托运营方结算费用", L, L, L, L, L), // 4
        row("主管部门", L, L, DEPARTMENT, L, "实施单位", L, IMPLEMENTER, L), // 5
        BUDGET_HEADER, // 6
        row(U, "年度资金总额", L, "250000.00", "250000.00", "215,457.6", "10", "86.19%", "8.62"), // 7
        row(U, "其中:当年财政拨款", L, "250000.00", "250000.00", "215457.6", "—", "", "—"), // 8
        row(U, "上年结转资金", L, "0", "0", "", "—", "", ""), // 9
        row(U, "其他资金", L, "0", "0", "", "—", "", ""), // 10
        GOALS_HEADER, // 11
        row(U, "", L, L, L, "已完成普陀体育中心与委托运营方费用结算。", L, L, L), // 12
        INDICATOR_HEADER, // 13
        row(U, "产出指标", "数量指标", "与委托运营方结算完成率", "=100%", "100%", "10", "10", ""), // 14
        row(U, U, "质量指标", "合同结算条款完成率", "=100%", "100%", "20", "20", ""), // 15
        row(U, U, "时效指标", "费用结算及时性", "及时", "及时", "20", "20", ""), // 16
        row(U, "效益指标", "社会效益指标", "与委托运营方合同完成率", "=100%", "100%", "30", "30", ""), // 17
        row(U, "满意度指标", "服务对象满意度指标", "场馆开放满意度", ">=90%", "100%", "10", "10", ""), // 18
        row("总分", L, L, L, L, L, "100", "98.62", ""), // 19
        gap(), // 20
        gap(), // 21
        title(TITLE), // 22
        subtitle(YEAR), // 23
        row("项目名称", L, L, "援滇对口支援及结对帮扶经费", L, L, L, L, L), // 24
        row("主管部门", L, L, DEPARTMENT, L, "实施单位", L, IMPLEMENTER, L), // 25
        BUDGET_HEADER, // 26
        row(U, "年度资金总额", L, "20000.00", "20000.00", "9,034", "10", "45.17%", "4.52"), // 27
        row(U, "其中:当年财政拨款", L, "0", "0", "", "—", "", ""), // 28
        row(U, "上年结转资金", L, "0", "0", "", "—", "", ""), // 29
        row(U, "其他资金", L, "0", "0", "", "—", "", ""), // 30
        GOALS_HEADER, // 31
        row(U, "", L, L, L, "已完成援滇人员相关经费支付。", L, L, L), // 32
        INDICATOR_HEADER, // 33
        // 34–39 completed from here on (names as printed).
        row(
          U,
          "产出指标",
          "数量指标",
          "经费使用率",
          "=100%",
          "45.17%",
          "10",
          "4.52",
          "对口地区部分帮扶活动延期至次年,经费按实际发生结算,结余资金按规定收回。",
        ), // 34
        row(U, U, "质量指标", "经费完成情况", "完成", "完成", "20", "20", ""), // 35
        row(U, U, "时效指标", "经费完成进度", "及时", "及时", "20", "20", ""), // 36
        row(U, "效益指标", "社会效益指标", "经费使用完成情况", "完成", "完成", "30", "30", ""), // 37
        row(U, "满意度指标", "服务对象满意度指标", "满意度", ">=90%", "95%", "10", "10", ""), // 38
        row("总分", L, L, L, L, L, "100", "89.04", ""), // 39
      ],
    },
  ],
};
