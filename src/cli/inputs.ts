// FILE|DIR arguments → the list of files to check, in argument order. A directory is searched (recursively,
// sorted) for workbooks; an argument that is neither is kept, so it is reported as missing in its place.
import { promises as fs } from "node:fs";
import path from "node:path";

// .xls files are listed too: a reviewer would rather read "请另存为 .xlsx" than miss a department's workbook.
const WORKBOOK = /\.(xlsx|xls)$/i;

export interface ExpandedInputs {
  files: string[];
  /** Directories that held no workbook at all, for a warning. */
  emptyDirs: string[];
}

export async function expandInputs(args: string[]): Promise<ExpandedInputs> {
  const files: string[] = [];
  const emptyDirs: string[] = [];
  for (const arg of args) {
    const stat = await fs.stat(arg).catch(() => null);
    if (!stat?.isDirectory()) {
      files.push(arg);
      continue;
    }
    const found = await listWorkbooks(arg);
    if (found.length === 0) emptyDirs.push(arg);
    files.push(...found);
  }
  return { files, emptyDirs };
}

async function listWorkbooks(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    // Excel's lock files (~$name.xlsx) and hidden files are not workbooks.
    if (e.name.startsWith("~$") || e.name.startsWith(".")) continue;
    const full = path.join(dir, e.name);
    const isLink = e.isSymbolicLink();
    if (e.isDirectory()) out.push(...(await listWorkbooks(full)));
    else if ((e.isFile() || isLink) && WORKBOOK.test(e.name)) out.push(full);
  }
  return out;
}
