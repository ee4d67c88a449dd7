// A small reader of a zip's central directory, so a file is judged before anything inflates it: JSZip (under
// exceljs) inflates every entry into memory and compares the size with the directory only afterwards, so a zip
// that lies about its sizes would exhaust memory first. Here the declared sizes are bounded; `verifyEntries`
// then inflates as a stream, counting bytes and keeping none, what exceljs would inflate, while `inflateEntry`
// inflates one part for the package reader, never beyond its declared size.
import zlib from "node:zlib";

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  /** The CRC-32 of the uncompressed bytes, as the directory states it (a copied entry keeps it). */
  crc32: number;
}

export interface ZipLimits {
  /** Sum of the entries' uncompressed sizes. */
  maxTotalBytes: number;
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxTotalBytes: 500 * 1024 * 1024, maxEntries: 100_000 };

/** Why a buffer is refused, as a code for tests and a Chinese message for the person. */
export class ZipProblem extends Error {
  override name = "ZipProblem";
  constructor(
    readonly kind: "truncated" | "corrupt" | "bomb" | "encrypted" | "unsupported",
    message: string,
  ) {
    super(message);
  }
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const U32 = 0xffffffff;
const U16 = 0xffff;

const TRUNCATED = "文件不完整（可能下载或复制时中断），请重新获取文件";
const CORRUPT = "文件已损坏（压缩包结构有误），无法读取";
const LYING = "压缩包实际解压大小超过其声明的大小，疑似压缩炸弹，已拒绝";

/** Reads the central directory; throws ZipProblem when it is missing, inconsistent or beyond the limits. */
export function readCentralDirectory(buf: Buffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntry[] {
  const eocd = findEndOfDirectory(buf);
  if (eocd < 0) throw new ZipProblem("truncated", TRUNCATED);
  let count = buf.readUInt16LE(eocd + 10);
  let size = buf.readUInt32LE(eocd + 12);
  let offset = buf.readUInt32LE(eocd + 16);
  if (count === U16 || size === U32 || offset === U32) {
    const locator = eocd - 20;
    if (locator < 0 || buf.readUInt32LE(locator) !== ZIP64_LOCATOR) throw new ZipProblem("corrupt", CORRUPT);
    const at = safeNumber(buf.readBigUInt64LE(locator + 8));
    if (at + 56 > buf.length || buf.readUInt32LE(at) !== ZIP64_EOCD) throw new ZipProblem("truncated", TRUNCATED);
    count = safeNumber(buf.readBigUInt64LE(at + 32));
    size = safeNumber(buf.readBigUInt64LE(at + 40));
    offset = safeNumber(buf.readBigUInt64LE(at + 48));
  }
  if (count > limits.maxEntries) {
    throw new ZipProblem(
      "bomb",
      `压缩包内有 ${count} 个条目，超过 ${limits.maxEntries} 个的上限，疑似压缩炸弹，已拒绝`,
    );
  }
  if (offset + size > buf.length) throw new ZipProblem("truncated", TRUNCATED);

  const entries: ZipEntry[] = [];
  let total = 0;
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new ZipProblem("corrupt", CORRUPT);
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const crc32 = buf.readUInt32LE(p + 16);
    let compressedSize = buf.readUInt32LE(p + 20);
    let uncompressedSize = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    let localHeaderOffset = buf.readUInt32LE(p + 42);
    const end = p + 46 + nameLength + extraLength + commentLength;
    if (end > buf.length) throw new ZipProblem("truncated", TRUNCATED);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLength);
    if (uncompressedSize === U32 || compressedSize === U32 || localHeaderOffset === U32) {
      const z = zip64Extra(buf, p + 46 + nameLength, extraLength);
      let q = 0;
      if (uncompressedSize === U32) uncompressedSize = z[q++] ?? fail();
      if (compressedSize === U32) compressedSize = z[q++] ?? fail();
      if (localHeaderOffset === U32) localHeaderOffset = z[q++] ?? fail();
    }
    total += uncompressedSize;
    if (total > limits.maxTotalBytes) {
      const mb = Math.round(limits.maxTotalBytes / 1024 / 1024);
      throw new ZipProblem("bomb", `解压后超过 ${mb} MB 的上限，疑似压缩炸弹，已拒绝`);
    }
    entries.push({
      name,
      method,
      encrypted: (flags & 1) !== 0,
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
      crc32,
    });
    p = end;
  }
  return entries;
}

/**
 * Makes sure the entries cannot inflate beyond `maxTotalBytes`, whatever their directory claims. Deflate expands
 * at most ~1032-fold, so most entries cannot exceed the bound even if they lie; only the largest ones, as many as
 * needed, are inflated here (counting bytes, stopping at the first byte beyond the declared size), which keeps
 * the check nearly free for an ordinary workbook and bounded in memory for a hostile one.
 */
export async function verifyEntries(buf: Buffer, entries: ZipEntry[], limits: ZipLimits = DEFAULT_ZIP_LIMITS) {
  checkEntries(buf, entries);
  const worst = (e: ZipEntry) => (e.method === 0 ? e.compressedSize : e.compressedSize * MAX_DEFLATE_RATIO + 1024);
  let bound = entries.reduce((sum, e) => sum + worst(e), 0);
  const largestFirst = entries.filter((e) => e.method === 8).sort((a, b) => b.compressedSize - a.compressedSize);
  for (const e of largestFirst) {
    if (bound <= limits.maxTotalBytes) break;
    await inflateCounting(entryData(buf, e), e.uncompressedSize);
    bound += e.uncompressedSize - worst(e);
  }
}

/** What can be judged of each entry without inflating it: no password, a known method, its bytes in the file. */
export function checkEntries(buf: Buffer, entries: ZipEntry[]): void {
  for (const e of entries) {
    if (e.encrypted) throw new ZipProblem("encrypted", "文件受密码保护（压缩包已加密），请先取消密码再检查");
    if (e.method !== 0 && e.method !== 8) {
      throw new ZipProblem("unsupported", `压缩包使用了不支持的压缩方式（${e.method}），请用 Excel 重新保存为 .xlsx`);
    }
    if (e.method === 0 && e.compressedSize !== e.uncompressedSize) throw new ZipProblem("corrupt", CORRUPT);
    entryData(buf, e);
  }
}

/**
 * One entry's bytes, inflated in one call that stops at the declared size: an entry that would inflate beyond
 * it is a lying zip bomb and is refused as `verifyEntries` refuses it, having cost at most its declared size.
 */
export function inflateEntry(buf: Buffer, e: ZipEntry): Buffer {
  checkEntries(buf, [e]);
  const data = entryData(buf, e);
  if (e.method === 0) return data;
  let out: Buffer;
  try {
    out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, e.uncompressedSize) });
  } catch (err) {
    throw inflateProblem(err);
  }
  if (out.length !== e.uncompressedSize) throw new ZipProblem("corrupt", CORRUPT);
  return out;
}

// Deflate's densest encoding: a 258-byte match in about two bits.
const MAX_DEFLATE_RATIO = 1032;
// Entries up to this size are inflated in one synchronous call; larger ones as a stream, keeping nothing.
const SYNC_INFLATE_BYTES = 8 * 1024 * 1024;

/** An entry's bytes as stored in the zip (compressed, for method 8). */
export function entryData(buf: Buffer, e: ZipEntry): Buffer {
  const p = e.localHeaderOffset;
  if (p + 30 > buf.length) throw new ZipProblem("truncated", TRUNCATED);
  if (buf.readUInt32LE(p) !== LOCAL) throw new ZipProblem("corrupt", CORRUPT);
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  if (start + e.compressedSize > buf.length) throw new ZipProblem("truncated", TRUNCATED);
  return buf.subarray(start, start + e.compressedSize);
}

function inflateCounting(data: Buffer, declared: number): Promise<void> {
  if (declared <= SYNC_INFLATE_BYTES) {
    let out: Buffer;
    try {
      out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, declared) });
    } catch (e) {
      return Promise.reject(inflateProblem(e));
    }
    return out.length === declared ? Promise.resolve() : Promise.reject(new ZipProblem("corrupt", CORRUPT));
  }
  return new Promise((resolve, reject) => {
    const inflate = zlib.createInflateRaw();
    let seen = 0;
    let done = false;
    const finish = (err?: Error) => {
      if (done) return;
      done = true;
      if (err) {
        inflate.destroy();
        reject(err);
      } else resolve();
    };
    inflate.on("data", (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > declared) finish(new ZipProblem("bomb", LYING));
    });
    inflate.on("error", () => finish(new ZipProblem("corrupt", CORRUPT)));
    inflate.on("end", () => finish(seen === declared ? undefined : new ZipProblem("corrupt", CORRUPT)));
    inflate.end(data);
  });
}

function inflateProblem(e: unknown): ZipProblem {
  const tooBig = (e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || e instanceof RangeError;
  return tooBig ? new ZipProblem("bomb", LYING) : new ZipProblem("corrupt", CORRUPT);
}

function findEndOfDirectory(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let p = buf.length - 22; p >= stop; p--) {
    if (buf.readUInt32LE(p) === EOCD && p + 22 + buf.readUInt16LE(p + 20) <= buf.length) return p;
  }
  return -1;
}

function zip64Extra(buf: Buffer, start: number, length: number): number[] {
  for (let p = start; p + 4 <= start + length;) {
    const id = buf.readUInt16LE(p);
    const size = buf.readUInt16LE(p + 2);
    if (id === 0x0001) {
      const out: number[] = [];
      for (let q = p + 4; q + 8 <= p + 4 + size; q += 8) out.push(safeNumber(buf.readBigUInt64LE(q)));
      return out;
    }
    p += 4 + size;
  }
  return [];
}

function safeNumber(n: bigint): number {
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) fail();
  return Number(n);
}

function fail(): never {
  throw new ZipProblem("corrupt", CORRUPT);
}
