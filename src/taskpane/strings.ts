// Every word the pane shows, in one table, so the wording is reviewed in one place.
import type { Severity, TableReport } from "./types";

export type ActionId = "recognize" | "recalc" | "check" | "fillReasons" | "revert";

export const ACTION_LABEL: Record<ActionId, string> = {
  recognize: "识别表格",
  recalc: "一键重算",
  check: "提交前检查",
  fillReasons: "填写偏差原因",
  revert: "撤销本次修改",
};

export const ACTION_BUSY: Record<ActionId, string> = {
  recognize: "正在识别表格…",
  recalc: "正在写入评分公式并重算…",
  check: "正在检查工作簿…",
  fillReasons: "正在填写偏差原因…",
  revert: "正在撤销本次修改…",
};

export const ACTION_HINT: Record<ActionId, string> = {
  recognize: "在工作簿中查找基础表、部门整体支出自评表和项目支出绩效自评表",
  recalc: "为全部自评表写入评分公式和数据有效性，不改动已填写的内容",
  check: "按填报要求检查工作簿，列出需要修改的单元格",
  fillReasons: "把下面选中的偏差原因写入工作簿",
  revert: "恢复上一次写入前的内容",
};

export const SEVERITY_LABEL: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

export const TABLE_KIND_LABEL: Record<TableReport["kind"], string> = {
  basic: "基础表",
  department: "部门整体支出绩效自评表",
  project: "项目支出绩效自评表",
};

export const TEXT = {
  paneTitle: "绩效自评助手",
  profileLabel: "评分规则",
  normalizeUnits: "将带单位的文字转换为数字（保留原显示）",
  intro: "点击“识别表格”开始：助手会在工作簿中查找自评表和基础表。",
  emptyTitle: "未找到自评表或基础表",
  emptyBody:
    "未找到自评表或基础表…请确认工作簿中有“部门整体支出绩效自评表”“项目支出绩效自评表”或“基础表”，且表头包含“一级指标”“分值”“得分”等列。",
  tablesTitle: "识别到的表格",
  findingsTitle: "检查结果",
  noFindings: "未发现问题。",
  reasonsTitle: "偏差原因",
  noReasonRows: "没有需要填写偏差原因的指标。",
  cause: "原因类别",
  measure: "改进措施",
  automatic: "自动选择",
  include: "写入此条",
  replace: "替换已填写的内容",
  personText: "此单元格已有人工填写的内容，默认保留。",
  copyOnly: "此表样没有偏差原因栏，不会写入工作簿：请复制下面的草稿，填入自评报告或说明中。",
  copyDraft: "复制草稿",
  copied: "已复制。",
  copyRefused: "无法访问剪贴板，请选中上面的草稿手动复制。",
  current: "当前内容",
  preview: "预览",
  previewPending: "正在生成预览…",
  errorTitle: "操作失败",
  conflictsTitle: "以下单元格在读取后被修改，本次未写入任何内容：",
  skippedTitle: "以下功能在当前 Excel 中不可用，已跳过：",
  goToCell: "定位到单元格",
  computedTotal: "计算总分",
  layout: "表样",
  noTotal: "此表样不设总分",
  enteredTotal: "填报总分",
  grade: "等级",
  budgetRate: "执行率",
  controlRate: "控制率",
  range: "区域",
  none: "—",
  missed: "未达标",
  overshoot: "超额",
} as const;
