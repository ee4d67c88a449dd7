/**
 * LibreOffice, headless, as the real spreadsheet engine that checks the formulas we write. It keeps cached formula
 * results of an .xlsx unless its profile says to recalculate on load (OOXMLRecalcMode 0 = always), so each test
 * process prepares a private profile with that setting and converts xlsx → xlsx, which recalculates every formula
 * and stores the results for exceljs to read back.
 *
 * Several files go through one soffice start (it takes a list), since starting LibreOffice is the slow part.
 */
import { execFile } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";

const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** The private profile directory of this process, with recalculation on load forced. */
export function libreOfficeProfile(): string {
  const dir = `/tmp/jx-lo-${process.pid}`;
  const user = join(dir, "user");
  if (!existsSync(join(user, "registrymodifications.xcu"))) {
    mkdirSync(user, { recursive: true });
    writeFileSync(join(user, "registrymodifications.xcu"), REGISTRY);
  }
  return dir;
}

/** Recalculates each file with LibreOffice in one run; resolves the paths of the recalculated copies, in order. */
export function recalcAllWithLibreOffice(inPaths: string[], timeoutMs = 240_000): Promise<string[]> {
  const names = inPaths.map((p) => basename(p));
  if (new Set(names).size !== names.length)
    return Promise.reject(new Error("file names must differ: " + names.join(", ")));
  const outDir = mkdtempSync(join(tmpdir(), "jx-lo-out-"));
  const profile = libreOfficeProfile();
  const args = [
    "--headless",
    "--norestore",
    "--nologo",
    "--nodefault",
    `-env:UserInstallation=file://${profile}`,
    "--convert-to",
    "xlsx",
    "--outdir",
    outDir,
    ...inPaths,
  ];
  return new Promise((resolve, reject) => {
    execFile("soffice", args, { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const outs = names.map((n) => join(outDir, n.replace(/\.[^.]+$/, "") + ".xlsx"));
      const missing = outs.filter((o) => !existsSync(o));
      if (error || missing.length)
        reject(
          new Error(
            `soffice failed (${error?.message ?? "no output"}) for ${missing.join(", ")}\n${stdout}\n${stderr}`,
          ),
        );
      else resolve(outs);
    });
  });
}

/** Recalculates one file; resolves the path of the recalculated copy. */
export async function recalcWithLibreOffice(inPath: string): Promise<string> {
  const [out] = await recalcAllWithLibreOffice([inPath]);
  return out;
}
