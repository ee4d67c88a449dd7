// `jixiao recalc IN -o OUT`: the add-in's one-click recalculation on a copy. The input is read once into memory
// and never opened for writing; the copy is written beside OUT under a temporary name and renamed, so an
// interrupted run leaves no half-written workbook behind. The copy is the input with the plan's parts patched:
// every other entry of the file (charts, pictures, shapes, pivot tables, macros, other writers' own parts) is the
// input's, byte for byte.
import { promises as fs } from "node:fs";
import path from "node:path";
import { AppError } from "../app/check";
import { planRecalc } from "../app/recalc";
import { REASON_PURPOSE } from "../core/reasons/plan";
import { NORMALIZE_PURPOSE } from "../core/scoring/rules";
import { WorkbookData } from "../app/host";
import { SheetProtectedError, XlsxHost } from "../host/xlsx";
import { PackageError, ZipProblem } from "../host/xlsx/package";
import { WritePlan } from "../core/plan/write-plan";
import { RecalcCommand } from "./args";
import { EXIT_ERRORS, EXIT_OK, EXIT_UNREADABLE } from "./check-command";
import { KIND_NAMES } from "./file-report";
import { countBySeverity } from "./group";
import { DEFAULT_LIMITS, readGuarded } from "./input-guard";

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
  if (!/\.(xlsx|xlsm|xltx|xltm)$/i.test(cmd.output)) return fail(`输出文件应以 .xlsx 结尾：${cmd.output}`);

  // The package reader inflates only the parts it reads, each no further than its declared size; the other
  // entries are copied unread.
  const guarded = await readGuarded(cmd.input, DEFAULT_LIMITS, { inflate: false });
  if (!guarded.ok) return fail(`无法读取 ${cmd.input}：${guarded.message}`);
  let host: XlsxHost;
  let data: WorkbookData;
  try {
    host = await XlsxHost.load(guarded.buffer);
    data = await host.read();
  } catch (e) {
    if (!(e instanceof PackageError || e instanceof ZipProblem)) throw e;
    return fail(`无法读取 ${cmd.input}：文件已损坏，Excel 工作簿无法打开（${e.message}）`);
  }
  const extension = host.extension();
  if (path.extname(cmd.output).toLowerCase() !== extension) {
    const why = extension === ".xlsm" ? "（原文件含宏，副本保留宏；Excel 不打开扩展名与内容不符的文件）" : "";
    return fail(`输出文件应以 ${extension} 结尾${why}：${cmd.output}`);
  }

  let planned;
  try {
    planned = planRecalc(data, { profileId: cmd.profileId, fillReasons: cmd.fillReasons });
  } catch (e) {
    if (e instanceof AppError) return fail(`${cmd.input}：${e.message}`);
    throw e;
  }
  const { plan, analysis } = planned;
  let result;
  let bytes: Buffer;
  try {
    result = await host.apply(plan);
    bytes = host.bytes();
  } catch (e) {
    if (e instanceof SheetProtectedError) return fail(`${cmd.input}：${e.message}原文件未改动`);
    // A part the plan must rewrite that this host cannot follow (the reader read it, the patcher could not).
    if (e instanceof PackageError)
      return fail(
        `recalc 还不能改写 ${cmd.input}（${e.message}），未写入 ${cmd.output}。` +
          "请在 Excel 或 WPS 中打开并另存为 .xlsx 后重试，或在 Excel 中用绩效自评助手加载项的「一键重算」",
      );
    throw e;
  }
  if (!result.applied) {
    return fail(`有 ${result.conflicts.length} 个单元格与读取时不一致，未写入任何内容`, EXIT_ERRORS);
  }

  const tmp = path.join(path.dirname(cmd.output), `.${path.basename(cmd.output)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, bytes);
    await fs.rename(tmp, cmd.output);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    return fail(`无法写入 ${cmd.output}（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）`);
  }

  const counts = planCounts(plan);
  const tables = analysis.score.tables.map((t) =>
    t.kind === "basic" ? KIND_NAMES.basic : `${KIND_NAMES[t.kind]}「${t.table.title}」`,
  );
  const n = countBySeverity(analysis.findings);
  io.stdout.write(
    `已写入 ${cmd.output}（原文件 ${cmd.input} 未改动）\n` +
      `  识别到 ${tables.length} 张表：${tables.join("、") || "无"}\n` +
      `  写入单元格 ${result.written} 个：公式 ${counts.formulas} 个，偏差原因草稿 ${counts.drafts} 条，` +
      `带单位的文字改为数字（显示不变） ${counts.units} 个${counts.other ? `，其他 ${counts.other} 个` : ""}\n` +
      `  数据验证 ${plan.validations.length} 处\n` +
      `  原文件检查结果：错误 ${n.error} 条，警告 ${n.warning} 条，提示 ${n.info} 条（运行 jixiao check ${cmd.output} 查看详情）\n` +
      (result.skipped.length ? `  未写入：${result.skipped.join("；")}\n` : ""),
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

/** Whether two paths name one file (also through links or another spelling of the path). */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [sa, sb] = await Promise.all([fs.stat(a).catch(() => null), fs.stat(b).catch(() => null)]);
  return !!sa && !!sb && sa.dev === sb.dev && sa.ino === sb.ino;
}
