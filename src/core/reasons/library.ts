// The phrase library that ships with the add-in: cause categories (the four 保障 of the official guidance, and 其他),
// common causes, and improvement measures, each a sentence in the tone of published 自评 reports. A workbook may
// extend it with a sheet named 偏差原因词库 (see extension.ts). Placeholders in a text are filled from the facts:
// {指标} the indicator's name, {指标值} the target, {完成值} the actual.

export interface CausePhrase {
  name: string;
  /** "category": 经费/制度/人员/硬件条件保障, 其他; "common": causes met often in practice; "workbook": added by a sheet. */
  group: "category" | "common" | "workbook";
  /** Why a target was missed; absent for a cause that only explains an overshoot. */
  missed?: string;
  /** Why the actual went far beyond the target; absent for a cause that only explains a miss. */
  overshoot?: string;
}

export interface MeasurePhrase {
  name: string;
  group: "shipped" | "workbook";
  text: string;
}

export interface Library {
  causes: CausePhrase[];
  measures: MeasurePhrase[];
  /** Rows of a workbook's 偏差原因词库 that could not be used, with the cell and why (Chinese). */
  skipped?: { cell: string; message: string }[];
}

export const CAUSES: ReadonlyArray<CausePhrase> = [
  {
    name: "经费保障",
    group: "category",
    missed: "经费保障不足，部分工作因资金未能足额安排而压缩实施，影响了{指标}的完成",
    overshoot: "经费保障有力，资金及时足额到位，为{指标}超额完成提供了支撑",
  },
  {
    name: "制度保障",
    group: "category",
    missed: "相关管理制度和工作机制尚不健全，统筹协调和督促落实不够到位，影响了{指标}的完成",
    overshoot: "工作机制运行顺畅，各项制度落实到位，推动{指标}超额完成",
  },
  {
    name: "人员保障",
    group: "category",
    missed: "工作人员力量不足，专业人员配备不够，工作推进受到一定影响",
    overshoot: "加强了人员力量调配，工作推进效率提高，{指标}超出预期",
  },
  {
    name: "硬件条件保障",
    group: "category",
    missed: "设施设备等硬件条件保障不足，制约了相关工作的开展",
    overshoot: "设施设备等硬件条件改善，工作开展效率提高，{指标}超出预期",
  },
  {
    name: "其他",
    group: "category",
    missed: "受其他客观因素影响，{指标}未能达到年度指标值",
    overshoot: "受其他客观因素影响，{指标}超出年度指标值",
  },
  {
    name: "外部需求变化",
    group: "common",
    missed: "受宏观经济形势和外部市场需求变化影响，{指标}未达到预期",
    overshoot: "外部市场需求增长超出预期，带动{指标}超额完成",
  },
  {
    name: "政策调整",
    group: "common",
    missed: "受上级政策调整影响，部分工作内容和实施方式发生变化，{指标}未能按原计划完成",
    overshoot: "受上级政策调整影响，年内工作任务量增加，{指标}超出年度指标值",
  },
  {
    name: "项目进度滞后",
    group: "common",
    missed: "项目前期准备时间较长，实施进度滞后于计划，{指标}未能在年度内完成",
  },
  {
    name: "资金到位较晚",
    group: "common",
    missed: "项目资金到位较晚，部分工作推迟开展，{指标}未能在年度内全部完成",
  },
  {
    name: "目标设定偏高",
    group: "common",
    missed: "年初设定的年度指标值偏高，与实际工作条件存在差距",
  },
  {
    name: "目标设定偏低",
    group: "common",
    overshoot: "年初设定年度指标值时对工作成效预估不足，指标值设定偏保守",
  },
  {
    name: "工作成效超出预期",
    group: "common",
    overshoot: "通过加大工作力度、创新工作方式，{指标}工作成效超出年度预期",
  },
];

export const MEASURES: ReadonlyArray<MeasurePhrase> = [
  { name: "加强资金保障", group: "shipped", text: "积极争取资金支持，加快资金拨付进度，保障各项工作顺利开展" },
  { name: "健全制度机制", group: "shipped", text: "进一步健全管理制度和工作机制，加强统筹协调和督促落实" },
  { name: "加强队伍建设", group: "shipped", text: "加强人员配备和业务培训，提升工作人员专业能力" },
  { name: "改善硬件条件", group: "shipped", text: "加大设施设备投入，改善工作条件" },
  { name: "加快项目进度", group: "shipped", text: "加强项目全过程管理，倒排工期、压实责任，确保项目按期完成" },
  {
    name: "科学设定目标",
    group: "shipped",
    text: "在编制下年度绩效目标时，充分考虑实际情况和历年数据，科学合理设定年度指标值",
  },
  { name: "加强监测分析", group: "shipped", text: "加强对{指标}的日常监测和形势分析，及时发现问题并调整工作措施" },
  { name: "加强绩效监控", group: "shipped", text: "加强预算执行和绩效目标实现情况的跟踪监控，发现偏差及时纠正" },
];

export const DEFAULT_LIBRARY: Library = { causes: [...CAUSES], measures: [...MEASURES] };

/** The library's causes that can explain a need of this kind, in library order. */
export function causesFor(library: Library, kind: "missed" | "overshoot"): CausePhrase[] {
  return library.causes.filter((c) => (kind === "missed" ? c.missed : c.overshoot) !== undefined);
}
