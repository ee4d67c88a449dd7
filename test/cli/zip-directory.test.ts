import { ZipProblem, readCentralDirectory, verifyEntries } from "../../src/host/xlsx/package/zip-directory";
import { deflatedZeros, writeZip } from "./support/zip";

const small = { maxTotalBytes: 1024 * 1024, maxEntries: 10 };

async function problemOf(buf: Buffer, limits = small): Promise<ZipProblem["kind"] | null> {
  try {
    await verifyEntries(buf, readCentralDirectory(buf, limits), limits);
    return null;
  } catch (e) {
    if (e instanceof ZipProblem) return e.kind;
    throw e;
  }
}

describe("zip central directory", () => {
  it("lists every entry with its sizes and method", () => {
    const text = Buffer.from("绩效自评".repeat(100));
    const buf = writeZip([
      { name: "xl/workbook.xml", data: text },
      { name: "docProps/app.xml", data: Buffer.from("<a/>"), method: 0 },
    ]);
    const entries = readCentralDirectory(buf);
    expect(entries.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([
      ["xl/workbook.xml", 8, text.length],
      ["docProps/app.xml", 0, 4],
    ]);
    expect(entries[0].compressedSize).toBeLessThan(text.length);
  });

  it("passes an honest zip", async () => {
    expect(await problemOf(writeZip([{ name: "a.xml", data: Buffer.alloc(5000, 65) }]))).toBeNull();
  });

  it("refuses a zip whose declared sizes add up beyond the bound, before inflating anything", async () => {
    const buf = writeZip([
      { name: "a.xml", data: Buffer.alloc(10), declaredSize: 600 * 1024 },
      { name: "b.xml", data: Buffer.alloc(10), declaredSize: 600 * 1024 },
    ]);
    expect(() => readCentralDirectory(buf, small)).toThrow(/压缩炸弹/);
  });

  it("refuses too many entries", () => {
    const entries = Array.from({ length: 11 }, (_, i) => ({ name: `e${i}.xml`, data: Buffer.from("x") }));
    expect(() => readCentralDirectory(writeZip(entries), small)).toThrow(/11 个条目/);
  });

  it("refuses an entry that inflates beyond what the directory claims (a lying zip bomb)", async () => {
    const deflated = await deflatedZeros(4);
    const lying = writeZip([{ name: "a.xml", data: Buffer.alloc(0), deflated, declaredSize: 1000 }]);
    expect(await problemOf(lying)).toBe("bomb");
    // The same bytes with an honest directory exceed the 1 MB bound before any inflation.
    const honest = writeZip([{ name: "a.xml", data: Buffer.alloc(0), deflated }]);
    expect(() => readCentralDirectory(honest, small)).toThrow(/超过 1 MB/);
  });

  it("stops inflating a 600 MB lying entry at its declared size, in one call or as a stream", async () => {
    const limits = { maxTotalBytes: 500 * 1024 * 1024, maxEntries: 1e5 };
    const deflated = await deflatedZeros(600);
    for (const declaredSize of [1000, 20 * 1024 * 1024]) {
      const bomb = writeZip([{ name: "a.xml", data: Buffer.alloc(0), deflated, declaredSize }]);
      const before = process.memoryUsage().rss;
      expect(await problemOf(bomb, limits)).toBe("bomb");
      expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
    }
  });

  it("does not spend time inflating a small zip whose worst case is within the bound", async () => {
    // Corrupt deflate data in a tiny entry: it cannot exceed the bound, so it is left to exceljs to reject.
    const buf = writeZip([
      { name: "a.xml", data: Buffer.alloc(0), deflated: { body: Buffer.from([0xff, 0xff]), size: 10 } },
    ]);
    expect(await problemOf(buf)).toBeNull();
    expect(await problemOf(buf, { maxTotalBytes: 100, maxEntries: 10 })).toBe("corrupt");
  });

  it("calls a cut-off zip truncated, wherever it is cut", async () => {
    const buf = writeZip([
      { name: "a.xml", data: Buffer.from("<a>".repeat(2000)) },
      { name: "b.xml", data: Buffer.from("<b>".repeat(2000)) },
    ]);
    for (const cut of [10, Math.floor(buf.length / 2), buf.length - 30, buf.length - 1]) {
      expect(await problemOf(buf.subarray(0, cut))).toBe("truncated");
    }
  });

  it("refuses an encrypted entry and an unknown compression method", async () => {
    expect(await problemOf(writeZip([{ name: "a.xml", data: Buffer.from("x"), encrypted: true }]))).toBe("encrypted");
    const buf = writeZip([{ name: "a.xml", data: Buffer.from("x"), method: 0 }]);
    buf.writeUInt16LE(12, buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 10);
    expect(await problemOf(buf)).toBe("unsupported");
  });

  it("finds the directory behind a zip comment", () => {
    const buf = writeZip([{ name: "a.xml", data: Buffer.from("x") }]);
    const comment = Buffer.from("评论".repeat(50));
    const withComment = Buffer.concat([buf, comment]);
    withComment.writeUInt16LE(comment.length, buf.length - 2);
    expect(readCentralDirectory(withComment).map((e) => e.name)).toEqual(["a.xml"]);
  });
});
