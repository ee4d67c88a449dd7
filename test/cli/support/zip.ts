// A tiny zip writer for the bad-input tests: stored or deflated entries, and the means to lie in the central
// directory (a declared size other than the real one), which is what a hostile zip bomb does.
import zlib from "node:zlib";
import { inflateEntry, readCentralDirectory } from "../../../src/host/xlsx/package/zip-directory";

export interface ZipInput {
  name: string;
  data: Buffer;
  /** Already deflated bytes of `data` (which may then be empty: only its size matters); skips compressing. */
  deflated?: { body: Buffer; size: number };
  /** 8 (deflate, the default) or 0 (stored). */
  method?: 0 | 8;
  /** The uncompressed size the directory claims; the real size by default. */
  declaredSize?: number;
  /** Sets the "encrypted" flag, as a zip with a password does. */
  encrypted?: boolean;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function writeZip(entries: ZipInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const method = e.method ?? 8;
    const body = e.deflated?.body ?? (method === 8 ? zlib.deflateRawSync(e.data, { level: 9 }) : e.data);
    const name = Buffer.from(e.name, "utf8");
    const size = e.declaredSize ?? e.deflated?.size ?? e.data.length;
    const crc = e.deflated ? 0 : crc32(e.data);
    const flags = (e.encrypted ? 1 : 0) | 0x800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * `mb` megabytes of zeros, deflated (~1000-fold) without ever holding them: once the window is all zeros, every
 * further flushed megabyte compresses to the same bytes, so one block is repeated.
 */
export async function deflatedZeros(mb: number): Promise<{ body: Buffer; size: number }> {
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  let current: Buffer[] = [];
  deflate.on("data", (c: Buffer) => current.push(c));
  const megabyte = Buffer.alloc(1 << 20);
  const flushed = () =>
    new Promise<void>((resolve) => {
      deflate.write(megabyte);
      deflate.flush(zlib.constants.Z_SYNC_FLUSH, () => {
        parts.push(Buffer.concat(current));
        current = [];
        resolve();
      });
    });
  for (let i = 0; i < 3; i++) await flushed();
  const ended = new Promise<void>((resolve) => deflate.on("end", resolve));
  deflate.end();
  await ended;
  const tail = Buffer.concat(current);
  if (!parts[1].equals(parts[2])) throw new Error("deflate blocks of zeros differ; cannot repeat them");
  const body = Buffer.concat([parts[0], ...Array<Buffer>(Math.max(0, mb - 1)).fill(parts[1]), tail]);
  return { body, size: mb * (1 << 20) };
}

/**
 * A workbook of one sheet whose part inflates to `mb` MB; `lie`: its directory claims 1000 bytes. The sheet is
 * reachable from the workbook, as in a real package, so a reader that reads only what it needs reads it.
 */
export async function zipBomb(mb: number, opts: { lie?: boolean } = {}): Promise<Buffer> {
  const deflated = await deflatedZeros(mb);
  return writeZip([
    { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
    { name: "xl/workbook.xml", data: Buffer.from(ONE_SHEET_WORKBOOK) },
    { name: "xl/_rels/workbook.xml.rels", data: Buffer.from(ONE_SHEET_RELS) },
    { name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(0), deflated, declaredSize: opts.lie ? 1000 : undefined },
  ]);
}

export const ONE_SHEET_WORKBOOK =
  '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>';

export const ONE_SHEET_RELS =
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" ' +
  'Target="worksheets/sheet1.xml"/></Relationships>';

/** An OLE2 compound file header with the given stream names in its directory (UTF-16LE, as OLE2 stores them). */
export function ole2(streamNames: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24);
  header.writeUInt16LE(0x0003, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  const directory = Buffer.alloc(512 * Math.max(1, Math.ceil(streamNames.length / 4)));
  streamNames.forEach((name, i) => {
    const entry = Buffer.alloc(128);
    Buffer.from(name + "\0", "utf16le").copy(entry, 0);
    entry.writeUInt16LE((name.length + 1) * 2, 64);
    entry.writeUInt8(2, 66);
    entry.copy(directory, i * 128);
  });
  return Buffer.concat([header, directory]);
}

/** Every entry of a zip, inflated (as the package reader inflates, no further than the declared sizes). */
export function readZip(buf: Buffer): ZipInput[] {
  return readCentralDirectory(buf).map((e) => ({ name: e.name, data: inflateEntry(buf, e) }));
}

/** The text of one entry of a zip. */
export function zipText(buf: Buffer, name: string): string {
  const entry = readZip(buf).find((e) => e.name === name);
  if (!entry) throw new Error(`no ${name} in the zip`);
  return entry.data.toString("utf8");
}

type TextEdit = (text: string) => string;

/**
 * The zip with some entries' text rewritten: `edits` gives the edit for an entry's name, or nothing; a record maps
 * the names of the entries to edit.
 */
export function rewriteZip(
  buf: Buffer,
  edits: ((name: string) => TextEdit | undefined) | Record<string, TextEdit>,
): Buffer {
  const editOf = typeof edits === "function" ? edits : (name: string) => edits[name];
  return writeZip(
    readZip(buf).map((e) => {
      const edit = editOf(e.name);
      return edit ? { name: e.name, data: Buffer.from(edit(e.data.toString("utf8"))) } : e;
    }),
  );
}
