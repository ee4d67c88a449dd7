// What the recognizer tells a person when a table cannot be read: which table, from which cell, and what is missing.
import { CellRef, refA1 } from "../grid/address";
import { Finding, finding } from "../finding";
import { TableKind } from "./model";

export const NO_TABLES_MESSAGE = "未找到自评表或基础表";

const NO_TABLES_HINT =
  "。请确认工作簿中有部门整体支出绩效自评表、项目支出绩效自评表或基础表，且表头写有“一级指标”“三级指标”“年度指标值”“全年预算数”或“经费控制情况”等字样。";

export function noTables(): Finding {
  return finding("error", "NO_TABLES", null, NO_TABLES_MESSAGE + NO_TABLES_HINT);
}

export const TABLE_NAMES: Record<TableKind, string> = {
  basic: "基础表",
  department: "部门整体支出绩效自评表",
  project: "项目支出绩效自评表",
};

/** LAYOUT_INCOMPLETE at the cell where the table starts: `招商引资!A1 起的项目支出绩效自评表（招商引资）缺少“实际完成值”列（表头在第12行）`. */
export function incomplete(
  kind: TableKind,
  start: CellRef,
  title: string,
  missing: string,
  consequence: string,
): Finding {
  const name = TABLE_NAMES[kind] + (title ? `（${title}）` : "");
  return finding("error", "LAYOUT_INCOMPLETE", start, `${refA1(start)} 起的${name}缺少${missing}，${consequence}`);
}

export function quoted(labels: readonly string[]): string {
  return labels.map((l) => `“${l}”`).join("、");
}

export const NOT_READ = "未能识别该表，请补上后再运行";
export const PART_NOT_READ = "该部分未能识别，请补上后再运行";
