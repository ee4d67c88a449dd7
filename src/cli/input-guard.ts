// Everything a file must pass before a reader may touch it: it exists, it is not too large, it is a zip and not an
// old .xls or an encrypted workbook, and its zip directory is sound and bounded. Each refusal is one clear
// Chinese line for the person; nothing here throws.
import { promises as fs } from "node:fs";
import path from "node:path";
import {
  DEFAULT_ZIP_LIMITS,
  ZipLimits,
  ZipProblem,
  checkEntries,
  readCentralDirectory,
  verifyEntries,
} from "../host/xlsx/package/zip-directory";

export interface GuardLimits extends ZipLimits {
  maxFileBytes: number;
}

export const DEFAULT_LIMITS: GuardLimits = { ...DEFAULT_ZIP_LIMITS, maxFileBytes: 50 * 1024 * 1024 };

export type Guarded = { ok: true; buffer: Buffer } | { ok: false; message: string };

export interface GuardOptions {
  /**
   * Inflate (as a count, keeping nothing) whatever could inflate beyond the bound, for a reader that inflates every
   * entry. `check` and `recalc` turn this off: the package reader inflates only the parts it reads, each stopped at
   * its declared size, so the bounded inflation happens once, there (and recalc copies the other entries unread).
   */
  inflate: boolean;
}

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ZIP = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
// An encrypted OOXML file is an OLE2 compound file whose directory names these streams (UTF-16LE names).
const ENCRYPTED_STREAMS = ["EncryptedPackage", "EncryptionInfo"].map((s) => Buffer.from(s, "utf16le"));

export const MESSAGES = {
  missing: "文件不存在或已被移走",
  directory: "这是一个目录，不是文件",
  empty: "文件是空的（0 字节），无法读取",
  oldXls: "这是旧版 .xls 文件，请另存为 .xlsx 后再检查",
  encrypted: "文件受密码保护，请在 Excel 中取消密码（文件 → 信息 → 保护工作簿）后再检查",
  notXlsx: "不是 .xlsx 文件（文件内容不是 Excel 工作簿），无法读取",
  notWorkbook: "是压缩包但不是 Excel 工作簿（缺少 xl/workbook.xml），无法读取",
};

export function tooLarge(bytes: number, limit: number): string {
  return `文件大小 ${(bytes / 1024 / 1024).toFixed(1)} MB，超过 ${Math.round(limit / 1024 / 1024)} MB 的上限，已拒绝`;
}

export async function readGuarded(
  file: string,
  limits: GuardLimits = DEFAULT_LIMITS,
  options: GuardOptions = { inflate: true },
): Promise<Guarded> {
  let buffer: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return refuse(MESSAGES.directory);
    if (stat.size > limits.maxFileBytes) return refuse(tooLarge(stat.size, limits.maxFileBytes));
    buffer = await fs.readFile(file);
  } catch (e) {
    return refuse(ioMessage(e));
  }
  // The file may have grown between stat and read.
  if (buffer.length > limits.maxFileBytes) return refuse(tooLarge(buffer.length, limits.maxFileBytes));
  const problem = await judgeBuffer(buffer, file, limits, options);
  return problem ? refuse(problem) : { ok: true, buffer };
}

/** Why the bytes are not a readable .xlsx, or null when they pass. */
export async function judgeBuffer(
  buffer: Buffer,
  file: string,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  options: GuardOptions = { inflate: true },
) {
  if (buffer.length === 0) return MESSAGES.empty;
  if (startsWith(buffer, OLE2)) {
    return ENCRYPTED_STREAMS.some((name) => buffer.includes(name)) ? MESSAGES.encrypted : MESSAGES.oldXls;
  }
  if (!startsWith(buffer, ZIP)) {
    if (startsWith(buffer, EMPTY_ZIP)) return MESSAGES.notWorkbook;
    // Many systems export HTML or text under an .xls name; Excel opens it, so "save as .xlsx" is the way out.
    return path.extname(file).toLowerCase() === ".xls" ? MESSAGES.oldXls : MESSAGES.notXlsx;
  }
  try {
    const entries = readCentralDirectory(buffer, limits);
    if (!entries.some((e) => e.name.replace(/^\//, "") === "xl/workbook.xml")) return MESSAGES.notWorkbook;
    if (options.inflate) await verifyEntries(buffer, entries, limits);
    else checkEntries(buffer, entries);
  } catch (e) {
    if (e instanceof ZipProblem) return e.message;
    throw e;
  }
  return null;
}

function ioMessage(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return MESSAGES.missing;
  if (code === "EACCES" || code === "EPERM") return "没有读取这个文件的权限";
  if (code === "EISDIR") return MESSAGES.directory;
  if (code === "EBUSY") return "文件正被其他程序占用，请关闭后再检查";
  return `无法读取文件（${code ?? (e as Error)?.message ?? String(e)}）`;
}

function startsWith(buf: Buffer, magic: Buffer): boolean {
  return buf.length >= magic.length && buf.subarray(0, magic.length).equals(magic);
}

function refuse(message: string): Guarded {
  return { ok: false, message };
}
