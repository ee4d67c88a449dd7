// The parts of an .xlsx package by name, each inflated only when asked for (images, drawings and printer settings
// never are), and the relationships that tie them together. The file host edits a package here: a part it rewrites
// or adds is held as text and read back as such; every other part stays the zip's own entry (edit/zip-writer.ts
// copies those byte for byte).
import {
  DEFAULT_ZIP_LIMITS,
  ZipEntry,
  ZipLimits,
  checkEntries,
  inflateEntry,
  readCentralDirectory,
} from "./zip-directory";
import { PackageError } from "./package-error";
import { OPEN, XmlScanner } from "./xml";

// V8 cannot hold a string much beyond 512 MB; a part this large is refused before it is inflated.
const MAX_PART_BYTES = 256 * 1024 * 1024;

export interface Relationship {
  id: string;
  /** The relationship type's last path segment: "worksheet", "comments", "hyperlink", … */
  type: string;
  /** The target part's name inside the package, or the raw target of an external relationship. */
  target: string;
  external: boolean;
}

export class PackageParts {
  private readonly entries = new Map<string, ZipEntry>();
  /** Parts rewritten or added (their text), or removed (null), by name. */
  private readonly edits = new Map<string, string | null>();
  /** Parts inflated once already: a host that writes reads a sheet, then patches it. */
  private readonly inflated = new Map<string, string>();

  constructor(
    private readonly buf: Buffer,
    limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  ) {
    const entries = readCentralDirectory(buf, limits);
    checkEntries(buf, entries);
    // Some writers store names with a leading slash; exceljs (JSZip) reads them without.
    for (const e of entries) this.entries.set(e.name.replace(/^\//, ""), e);
  }

  has(name: string): boolean {
    const edit = this.edits.get(name);
    return edit === undefined ? this.entries.has(name) : edit !== null;
  }

  /** Every part's name, in the zip's order, then the parts added. */
  names(): string[] {
    const out = [...this.entries.keys()].filter((name) => this.has(name));
    for (const [name, text] of this.edits) if (text !== null && !this.entries.has(name)) out.push(name);
    return out;
  }

  /** The part as text, or undefined when the package has no such part. */
  text(name: string): string | undefined {
    const edit = this.edits.get(name);
    if (edit !== undefined) return edit ?? undefined;
    const e = this.entries.get(name);
    if (!e) return undefined;
    if (e.uncompressedSize > MAX_PART_BYTES) throw new PackageError(name, "部件过大，无法读取");
    let text = this.inflated.get(name);
    if (text === undefined) this.inflated.set(name, (text = inflateEntry(this.buf, e).toString("utf8")));
    return text;
  }

  /** Puts `text` in place of the part (or adds it). */
  write(name: string, text: string): void {
    this.edits.set(name, text);
  }

  remove(name: string): void {
    this.edits.set(name, null);
  }

  /** Whether the part is the zip's entry as it was (neither rewritten nor removed). */
  untouched(name: string): boolean {
    return this.entries.has(name) && !this.edits.has(name);
  }

  /** The zip's entries, in order, with the buffer that holds them. */
  zipEntries(): { buffer: Buffer; entries: ZipEntry[] } {
    return { buffer: this.buf, entries: [...this.entries.values()] };
  }

  /** The part as an XML scanner; a missing part is an error naming it. */
  xml(name: string): XmlScanner {
    const text = this.text(name);
    if (text === undefined) throw new PackageError(name, "工作簿缺少这一部件");
    return new XmlScanner(text, name);
  }

  /** The relationships of a part (from its _rels part), by id; none when it has no _rels part. */
  relationships(source: string): Map<string, Relationship> {
    const slash = source.lastIndexOf("/");
    const relsName = `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
    const out = new Map<string, Relationship>();
    if (!this.has(relsName)) return out;
    const x = this.xml(relsName);
    for (let t = x.next(); t; t = x.next()) {
      if (t !== OPEN || x.name !== "Relationship") continue;
      const id = x.attr("Id");
      const target = x.attr("Target");
      if (id === undefined || target === undefined) continue;
      const external = x.attr("TargetMode") === "External";
      const type = (x.attr("Type") ?? "").replace(/^.*\//, "");
      out.set(id, { id, type, target: external ? target : resolveTarget(source, target), external });
    }
    return out;
  }
}

/** A relationship target as a part name: absolute from the package root, or relative to the source's folder. */
export function resolveTarget(source: string, target: string): string {
  const trimmed = target.trim();
  const parts = trimmed.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const seg of trimmed.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}
