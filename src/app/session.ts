// The use cases a person runs from the task pane or the ribbon, over one WorkbookHost: 识别表格, 一键重算,
// 提交前检查, 填写偏差原因, 撤销本次修改. Every action reads the workbook once (a person may have typed since),
// decides in the core, and writes one plan; the plan that undoes the last run is kept for 撤销本次修改.
// The reason list works from what the last action read: listing its rows and previewing each draft are pure, so
// opening the list and changing a row's 原因类别 or 改进措施 cost no round trip to Excel. 填写偏差原因 writes from
// that same reading; the host's check of every cell against what was read keeps a person's newer text safe.
import { WritePlan, putsBack } from "../core/plan/write-plan";
import { bindingPlan } from "../core/recalc";
import { DEFAULT_PROFILE_ID, PROFILES, PROFILE_SETTING_KEY } from "../core/profile";
import {
  Library,
  ReasonChoice,
  ReasonNeed,
  ReasonPlanChoice,
  buildReasonPlan,
  draftReason,
  libraryOf,
  reasonNeeds,
} from "../core/reasons";
import { buildReport } from "../core/report/build-report";
import { Report } from "../core/report/report";
import { refA1 } from "../core/grid/address";
import { percent, points } from "../core/values/show";
import { CellData, Grid } from "../core/grid/grid";
import { Analysis, AppError, analyze } from "./analyze";
import { ApplyResult, WorkbookData, WorkbookHost } from "./host";
import { planRecalc } from "./recalc";

/** The pane's choices for a draft, as the core defines them: previewed as ReasonChoice, written as ReasonPlanChoice. */
export type { ReasonChoice, ReasonPlanChoice } from "../core/reasons";

export interface ProfileInfo {
  id: string;
  name: string;
  description: string;
}

export interface ReasonRow {
  /** `Sheet!A1` of the reason cell, or of the indicator's name where the form has no 偏差原因 column. */
  cell: string;
  table: string;
  indicator: string;
  kind: "missed" | "overshoot";
  /** The facts in one Chinese line. */
  facts: string;
  current: string;
  hasPersonText: boolean;
  /** The form has no 偏差原因 column: the draft is shown to copy, never written. */
  copyOnly: boolean;
}

export interface Outcome {
  report: Report;
  written: number;
  /** Cells that changed since they were read, in Chinese; when any, nothing was written. */
  conflicts: string[];
  /** Features this Excel could not do (e.g. data validation below ExcelApi 1.8), in Chinese. */
  skipped: string[];
  message: string;
}

/** The workbook as the last action read it, and what the core made of it under `profileId`. */
interface Snapshot {
  data: WorkbookData;
  analysis?: Analysis;
  profileId?: string;
}

export class Session {
  private chosenProfile: string | null = null;
  private storedProfile: string | null = null;
  private library: Library = libraryOf([]);
  private undo: WritePlan | null = null;
  private snapshot: Snapshot | null = null;

  constructor(
    private readonly host: WorkbookHost,
    private readonly fileLabel = "当前工作簿",
  ) {}

  profiles(): ProfileInfo[] {
    return Object.values(PROFILES).map((p) => ({ id: p.id, name: p.name, description: p.description }));
  }

  /** The profile in use: the person's choice in this session, else the one stored in the workbook. */
  get profileId(): string {
    return this.chosenProfile ?? this.storedProfile ?? DEFAULT_PROFILE_ID;
  }

  setProfile(id: string): void {
    if (!PROFILES[id]) throw new AppError(`未知的评分规则“${id}”`);
    this.chosenProfile = id;
  }

  /** 识别表格: finds the tables and stores their map (defined names) and the profile in the workbook. */
  async recognize(): Promise<Report> {
    const { analysis } = await this.analyze();
    const plan = bindingPlan(analysis.recognition.tables, analysis.profile);
    if (analysis.recognition.tables.length) await this.host.apply(plan);
    return this.report(analysis);
  }

  /** 提交前检查. */
  async check(): Promise<Report> {
    const { analysis } = await this.analyze();
    return this.report(analysis);
  }

  /** 一键重算. */
  async recalc(options: { normalizeUnits?: boolean } = {}): Promise<Outcome> {
    const data = await this.read();
    const { plan } = planRecalc(data, { profileId: this.profileId, normalizeUnits: options.normalizeUnits ?? true });
    const counted = plan.cells.filter((w) => w.formula !== undefined).length;
    return this.run(
      plan,
      (n) => `已写入 ${n} 个单元格（其中公式 ${counted} 个），数据验证 ${plan.validations.length} 处。`,
    );
  }

  /** The rows of the workbook as the last action read it (read now only when nothing has been read yet). */
  async reasonRows(): Promise<ReasonRow[]> {
    const { needs } = await this.needs();
    return needs.map((n) => ({
      cell: n.cell,
      table: n.table.title,
      indicator: n.facts.name || n.indicator.level2,
      kind: n.kind,
      facts: factsLine(n),
      current: n.text,
      hasPersonText: n.hasPersonText,
      copyOnly: !n.reason,
    }));
  }

  causes(): { id: string; label: string }[] {
    return this.library.causes.map((c) => ({ id: c.name, label: c.name }));
  }

  measures(): { id: string; label: string }[] {
    return this.library.measures.map((m) => ({ id: m.name, label: m.name }));
  }

  /** The text 填写偏差原因 would write into `cell`; drafted from the last reading, never from Excel. */
  async previewReason(cell: string, choice: ReasonChoice): Promise<string> {
    const { needs, library } = await this.needs();
    const need = needs.find((n) => n.cell === cell);
    if (!need) throw new AppError(`${cell} 不需要填写偏差原因`);
    return draftReason(need, choice, library);
  }

  /**
   * 填写偏差原因: drafts into empty reason cells (and rows the person chose to replace), from the reading the list
   * was made of. Drafts are text, so what Excel stored is known from the apply (its undo expects exactly that) and
   * the report after the run needs no second read; a run refused for a changed cell reads afresh for the retry.
   */
  async fillReasons(choices: Record<string, ReasonPlanChoice>): Promise<Outcome> {
    const { needs, library } = await this.needs();
    const plan = buildReasonPlan(needs, choices, library);
    const result = await this.host.apply(plan);
    if (result.applied && putsBack(result.undo)) this.undo = result.undo;
    const known = result.applied && this.snapshot && plan.cells.every((w) => w.formula === undefined);
    const data = known ? this.remember(withWrites(this.snapshot!.data, plan, result.undo)) : await this.read();
    return this.outcome(data, result, (n) => `已填写 ${n} 条偏差原因草稿；带【请补充…】的内容请补充完整后再提交。`);
  }

  canRevert(): boolean {
    return this.undo !== null && putsBack(this.undo);
  }

  /** 撤销本次修改: puts back every cell the last run wrote, and the data validation it replaced. */
  async revert(): Promise<Outcome> {
    if (!this.undo) throw new AppError("没有可以撤销的修改");
    const undo = this.undo;
    const result = await this.host.apply(undo);
    if (result.applied) this.undo = null;
    const areas = undo.restoreValidations?.length ?? 0;
    return this.outcome(
      await this.read(),
      result,
      (n) => `已撤销上次修改，恢复了 ${n} 个单元格${areas ? `和 ${areas} 处数据验证` : ""}。`,
    );
  }

  /** One read through the host; what it returns is the reading the next steps work from. */
  private async read(): Promise<WorkbookData> {
    return this.remember(await this.host.read());
  }

  private remember(data: WorkbookData): WorkbookData {
    this.storedProfile = data.settings[PROFILE_SETTING_KEY] ?? null;
    this.library = libraryOf(data.sheets);
    this.snapshot = { data };
    return data;
  }

  /** The analysis of a reading, made once per reading and profile. */
  private analysisOf(snapshot: Snapshot): Analysis {
    if (!snapshot.analysis || snapshot.profileId !== this.profileId) {
      snapshot.analysis = analyze(snapshot.data, this.profileId);
      snapshot.profileId = this.profileId;
    }
    return snapshot.analysis;
  }

  private async analyze(): Promise<{ analysis: Analysis }> {
    await this.read();
    return { analysis: this.analysisOf(this.snapshot!) };
  }

  /** The reason needs of the last reading; the workbook is read only when nothing has been read yet. */
  private async needs(): Promise<{ needs: ReasonNeed[]; library: Library }> {
    if (!this.snapshot) await this.read();
    return { needs: reasonNeeds(this.analysisOf(this.snapshot!).score), library: this.library };
  }

  private report(analysis: Analysis): Report {
    return buildReport(this.fileLabel, analysis.profile, analysis.score, analysis.findings);
  }

  private async run(plan: WritePlan, say: (written: number) => string): Promise<Outcome> {
    const result = await this.host.apply(plan);
    if (result.applied && putsBack(result.undo)) this.undo = result.undo;
    return this.outcome(await this.read(), result, say);
  }

  /** The result of a run, over `data`: the reading the run remembered last. */
  private outcome(data: WorkbookData, result: ApplyResult, say: (written: number) => string): Outcome {
    const analysis = this.snapshot?.data === data ? this.analysisOf(this.snapshot) : analyze(data, this.profileId);
    const conflicts = result.conflicts.map(
      (c) =>
        `${refA1(c.write.ref)} 在读取后被修改过（现为“${c.found.formula ?? c.found.value ?? ""}”），本次未写入任何单元格，请重试。`,
    );
    return {
      report: this.report(analysis),
      written: result.written,
      conflicts,
      skipped: result.skipped,
      message: result.applied ? say(result.written) : conflicts.length ? conflicts[0] : "没有需要修改的单元格。",
    };
  }
}

function factsLine(n: ReasonNeed): string {
  const f = n.facts;
  const parts = [`年度指标值 ${f.target || "（空）"}`, `实际完成 ${f.actual || "（空）"}`];
  if (f.completion) parts.push(`完成率 ${percent(f.completion)}`);
  if (f.pointsLost && f.pointsLost.gt(0)) parts.push(`扣 ${points(f.pointsLost)} 分`);
  return (n.kind === "overshoot" ? "超额完成：" : "未完成：") + parts.join("，");
}

/**
 * The reading with the constants a plan wrote, as the host stored them: an applied plan's undo expects exactly
 * what each written cell holds now. Notes come from the plan (they are not part of a cell's content).
 */
function withWrites(data: WorkbookData, plan: WritePlan, undo: WritePlan): WorkbookData {
  const notes = new Map(plan.cells.map((w) => [refA1(w.ref), w.note]));
  const bySheet = new Map<string, { row: number; col: number; cell: CellData | undefined }[]>();
  for (const u of undo.cells) {
    const grid = data.sheets.find((g) => g.name === u.ref.sheet);
    const before = grid?.cell(u.ref.row, u.ref.col);
    const note = notes.get(refA1(u.ref));
    const cell: CellData = { value: u.expected.value };
    if (u.expected.formula) cell.formula = u.expected.formula;
    if (u.expected.numFmt) cell.numFmt = u.expected.numFmt;
    const kept = note === undefined ? before?.note : note || undefined;
    if (kept) cell.note = kept;
    const empty = cell.value === null && !cell.formula && !cell.numFmt && !cell.note;
    let changes = bySheet.get(u.ref.sheet);
    if (!changes) bySheet.set(u.ref.sheet, (changes = []));
    changes.push({ row: u.ref.row, col: u.ref.col, cell: empty ? undefined : cell });
  }
  const sheets: Grid[] = data.sheets.map((g) => (bySheet.has(g.name) ? g.withCells(bySheet.get(g.name)!) : g));
  return { ...data, sheets };
}
