// Command-line arguments → a command, or a usage error (exit 2). node:util parseArgs, no dependency.
import { ParseArgsConfig, parseArgs } from "node:util";
import { PROFILES, getProfile } from "../core/profile";

export interface CheckCommand {
  command: "check";
  inputs: string[];
  json: boolean;
  csv?: string;
  profileId?: string;
  jobs?: number;
}

export interface RecalcCommand {
  command: "recalc";
  input: string;
  output: string;
  profileId?: string;
  fillReasons: boolean;
}

export type Command = CheckCommand | RecalcCommand | { command: "help" } | { command: "version" };

export class UsageError extends Error {}

export const USAGE = `绩效自评助手 jixiao — 检查与重算部门整体支出绩效自评工作簿

用法：
  jixiao check FILE|DIR ... [--json] [--profile ID] [--csv SUMMARY.csv] [--jobs N]
      检查一个或多个 .xlsx 文件（目录中的 .xlsx 会被逐个检查）
      --json         在标准输出写一个 JSON 数组，每个文件一份报告，顺序与参数相同
      --csv FILE     另写一份汇总表（每张表一行，UTF-8，可直接用 Excel 打开）
      --profile ID   评分规则：${profileList()}（默认按工作簿中保存的规则，否则 default）
      --jobs N       同时检查的文件数（默认为 CPU 核数，最多 2）
  jixiao recalc IN.xlsx -o OUT.xlsx [--profile ID] [--fill-reasons]
      把计分公式和数据验证写入副本 OUT.xlsx（含宏的 .xlsm 写入 .xlsm），原文件不会被修改；
      副本中其余内容（图表、图片、形状、数据透视表、宏等）与原文件相同
      --fill-reasons 同时为未达标指标起草偏差原因（不覆盖已填写的内容）

退出码：0 没有错误；1 至少有一条错误；2 用法错误、有文件无法读取，或 recalc 未能写出副本
`;

function profileList(): string {
  return Object.values(PROFILES)
    .map((p) => `${p.id}（${p.name}）`)
    .join("、");
}

export function parseCommand(argv: string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError(`缺少命令\n\n${USAGE}`);
  if (command === "help" || command === "--help" || command === "-h") return { command: "help" };
  if (command === "--version" || command === "-v") return { command: "version" };
  if (command === "check") return parseCheck(rest);
  if (command === "recalc") return parseRecalc(rest);
  throw new UsageError(`未知命令：${command}（可用：check、recalc）`);
}

type Values = Record<string, string | boolean | undefined>;

function parse(args: string[], options: NonNullable<ParseArgsConfig["options"]>) {
  try {
    const all = { ...options, help: { type: "boolean" as const, short: "h" } };
    const { values, positionals } = parseArgs({ args, options: all, allowPositionals: true, strict: true });
    return { values: values as Values, positionals };
  } catch (e) {
    throw new UsageError(translate((e as Error).message));
  }
}

function translate(message: string): string {
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) return `未知选项：${unknown[1]}`;
  const missing = /Option '([^']+)' argument missing/.exec(message);
  if (missing)
    return `选项 ${missing[1]
      .split(",")
      .pop()!
      .trim()
      .replace(/ <value>$/, "")} 缺少取值`;
  return `参数有误：${message}`;
}

function parseCheck(args: string[]): Command {
  const { values, positionals } = parse(args, {
    json: { type: "boolean" },
    csv: { type: "string" },
    profile: { type: "string" },
    jobs: { type: "string", short: "j" },
  });
  if (values.help) return { command: "help" };
  if (positionals.length === 0) throw new UsageError("请给出要检查的 .xlsx 文件或目录");
  const cmd: CheckCommand = { command: "check", inputs: positionals, json: values.json === true };
  if (typeof values.csv === "string") cmd.csv = values.csv;
  if (typeof values.profile === "string") cmd.profileId = checkProfile(values.profile);
  if (typeof values.jobs === "string") {
    const n = Number(values.jobs);
    if (!Number.isInteger(n) || n < 1 || n > 64)
      throw new UsageError(`--jobs 应为 1 到 64 之间的整数，而不是 ${values.jobs}`);
    cmd.jobs = n;
  }
  return cmd;
}

function parseRecalc(args: string[]): Command {
  const { values, positionals } = parse(args, {
    output: { type: "string", short: "o" },
    profile: { type: "string" },
    "fill-reasons": { type: "boolean" },
  });
  if (values.help) return { command: "help" };
  if (positionals.length !== 1)
    throw new UsageError("recalc 需要且只需要一个输入文件：jixiao recalc IN.xlsx -o OUT.xlsx");
  if (typeof values.output !== "string" || values.output === "") {
    throw new UsageError("请用 -o OUT.xlsx 指定输出文件（原文件不会被修改）");
  }
  const cmd: RecalcCommand = {
    command: "recalc",
    input: positionals[0],
    output: values.output,
    fillReasons: values["fill-reasons"] === true,
  };
  if (typeof values.profile === "string") cmd.profileId = checkProfile(values.profile);
  return cmd;
}

function checkProfile(id: string): string {
  const profile = getProfile(id);
  if (!profile || id.trim() === "") throw new UsageError(`未知的评分规则：${id}（可用：${profileList()}）`);
  return profile.id;
}
