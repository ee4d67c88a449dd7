// `jixiao recalc IN -o OUT`: the add-in's one-click recalculation on a copy. The input is read once into memory
// and never opened for writing; the copy is written beside OUT under a temporary name and renamed, so an
// interrupted run leaves no half-written workbook behind.
import { promises as fs } from "node:fs";
import path from "node:path";
import { AppError } from "../app/check";
import { planRecalc } from "../app/recalc";
import { REASON_PURPOSE } from "../core/reasons/plan";
import { NORMALIZE_PURPOSE } from "../core/scoring/rules";
import { WorkbookData } from "../app/host";
import { XlsxHost } from "../host/xlsx";
import { SheetProtectedError } from "../host/xlsx/apply";
import { readWorkbookPackage } from "../host/xlsx/package";
import { PackageParts } from "../host/xlsx/package/parts";
import { contentCounts, lostContent } from "../host/xlsx/content-parts";
import { WritePlan } from "../core/plan/write-plan";
import { RecalcCommand } from "./args";
import { EXIT_ERRORS, EXIT_OK, EXIT_UNREADABLE } from "./check-command";
import { countBySeverity } from "./group";
import { KIND_NAMES } from "./human";
import { readGuarded } from "./input-guard";

export interface RecalcIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export async function runRecalc(cmd: RecalcCommand, io: RecalcIo): Promise<number> {
  const fail = (message: string, code = EXIT_UNREADABLE) => {
    io.stderr.write(`错误：${message}\n`);
    return code;
  };
  if (await sameFile(cmd.input, cmd.output))
    return fail("输出文件不能是输入文件本身（原文件不会被修改），请换一个文件名");
  if (!/\.xlsx$/i.test(cmd.output)) return fail(`输出文件应以 .xlsx 结尾：${cmd.output}`);

  const guarded = await readGuarded(cmd.input);
  if (!guarded.ok) return fail(`无法读取 ${cmd.input}：${guarded.message}`);
  let host: XlsxHost;
  let data: WorkbookData;
  try {
    host = await XlsxHost.load(guarded.buffer);
    data = await host.read();
  } catch (e) {
    return fail(`无法读取 ${cmd.input}：${whyNotLoaded(guarded.buffer, e as Error)}`);
  }

  let planned;
  try {
    planned = planRecalc(data, { profileId: cmd.profileId, fillReasons: cmd.fillReasons }, cmd.input);
  } catch (e) {
    if (e instanceof AppError) return fail(`${cmd.input}：${e.message}`);
    throw e;
  }
  const { plan, report } = planned;
  let result;
  try {
    result = await host.apply(plan);
  } catch (e) {
    if (e instanceof SheetProtectedError) return fail(`${cmd.input}：${e.message}（原文件未改动）`);
    throw e;
  }
  if (!result.applied) {
    return fail(`有 ${result.conflicts.length} 个单元格与读取时不一致，未写入任何内容`, EXIT_ERRORS);
  }

  const tmp = path.join(path.dirname(cmd.output), `.${path.basename(cmd.output)}.${process.pid}.tmp.xlsx`);
  let lost: string[];
  try {
    lost = lostInCopy(guarded.buffer, await host.save(tmp));
    if (lost.length && !cmd.allowLoss) {
      await fs.rm(tmp, { force: true });
      return fail(
        `recalc 还不能在副本中保留 ${cmd.input} 中的 ${lost.join("、")}，未写入 ${cmd.output}。` +
          "请在 Excel 中用绩效自评助手加载项的「一键重算」（它直接写入工作簿，这些内容都会保留）；" +
          "如果副本中确实不需要它们，可加 --allow-loss 写出不含它们的副本",
      );
    }
    await fs.rename(tmp, cmd.output);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    if (code) return fail(`无法写入 ${cmd.output}（${code}）`);
    // Not the disk: exceljs loaded the workbook but cannot save what it read (e.g. a conditional format without
    // its formula).
    return fail(
      `recalc 还不能改写 ${cmd.input}（${(e as Error).message}），未写入 ${cmd.output}。` +
        "请在 Excel 或 WPS 中打开并另存为 .xlsx 后重试，或在 Excel 中用绩效自评助手加载项的「一键重算」",
    );
  }

  const counts = planCounts(plan);
  const tables = report.tables.map((t) =>
    t.kind === "basic" ? KIND_NAMES.basic : `${KIND_NAMES[t.kind]}「${t.title}」`,
  );
  const n = countBySeverity(report.findings);
  io.stdout.write(
    `已写入 ${cmd.output}（原文件 ${cmd.input} 未改动）\n` +
      `  识别到 ${report.tables.length} 张表：${tables.join("、") || "无"}\n` +
      `  写入单元格 ${result.written} 个：公式 ${counts.formulas} 个，偏差原因草稿 ${counts.drafts} 条，` +
      `带单位的文字改为数字（显示不变） ${counts.units} 个${counts.other ? `，其他 ${counts.other} 个` : ""}\n` +
      `  数据验证 ${plan.validations.length} 处\n` +
      `  原文件检查结果：错误 ${n.error} 条，警告 ${n.warning} 条，提示 ${n.info} 条（运行 jixiao check ${cmd.output} 查看详情）\n` +
      (result.skipped.length ? `  未写入：${result.skipped.join("；")}\n` : "") +
      (lost.length ? `  注意：副本中没有原文件的 ${lost.join("、")}（--allow-loss）\n` : ""),
  );
  return EXIT_OK;
}

export function planCounts(plan: WritePlan) {
  let formulas = 0;
  let drafts = 0;
  let units = 0;
  for (const w of plan.cells) {
    if (w.formula) formulas++;
    else if (w.purpose === REASON_PURPOSE) drafts++;
    else if (w.purpose === NORMALIZE_PURPOSE) units++;
  }
  return { formulas, drafts, units, other: plan.cells.length - formulas - drafts - units };
}

/** What the original holds that the saved copy lacks (see content-parts.ts). */
function lostInCopy(original: Buffer, copy: Buffer): string[] {
  let before;
  try {
    before = contentCounts(new PackageParts(original));
  } catch {
    // exceljs loaded it but the package reader cannot: there is nothing to compare against, as before.
    return [];
  }
  return lostContent(before, contentCounts(new PackageParts(copy)));
}

/** Whether two paths name one file (also through links or another spelling of the path). */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [sa, sb] = await Promise.all([fs.stat(a).catch(() => null), fs.stat(b).catch(() => null)]);
  return !!sa && !!sb && sa.dev === sb.dev && sa.ino === sb.ino;
}

/**
 * Why exceljs could not load bytes that passed the guard. The package reader tells damage (and names the part, in
 * Chinese) from a workbook that is sound but written in a way exceljs does not follow, such as prefixed XML
 * (<x:c>), which `check` reads and `recalc` cannot rewrite.
 */
function whyNotLoaded(buffer: Buffer, e: Error): string {
  try {
    readWorkbookPackage(buffer);
  } catch (damage) {
    return `文件已损坏，Excel 工作簿无法打开（${(damage as Error).message}）`;
  }
  return (
    `工作簿可以读取（jixiao check 能检查它），但它的写法 recalc 还不能改写（${e.message}）。` +
    "请在 Excel 或 WPS 中打开并另存为 .xlsx，再运行 recalc"
  );
}
