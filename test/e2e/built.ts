// The production build the browser tests and the CSP test look at. CI builds before jest (scripts/test-all.sh);
// run alone, a test builds once if dist/ is missing or older than the sources, under a lock so that parallel jest
// workers do not build over each other.
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "fs";
import { join } from "path";

export const ROOT = join(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");
const LOCK = join(ROOT, ".tmp", "build.lock");
const INPUTS = ["src", "webpack.config.js", "samples", "manifest.xml", "assets"];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function isFresh(): boolean {
  const built = join(DIST, "preview.js");
  if (!existsSync(built) || !existsSync(join(DIST, "taskpane.html"))) return false;
  const builtAt = statSync(built).mtimeMs;
  return INPUTS.every((input) => newest(join(ROOT, input)) <= builtAt);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function ensureBuilt(): string {
  if (isFresh()) return DIST;
  mkdirSync(join(ROOT, ".tmp"), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // Someone else is building; a lock older than five minutes belongs to a build that died.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 5 * 60 * 1000) rmSync(LOCK, { recursive: true });
      sleep(500);
    }
  }
  try {
    if (!isFresh()) {
      execFileSync(process.execPath, [join(ROOT, "node_modules", ".bin", "webpack"), "--mode", "production"], {
        cwd: ROOT,
        stdio: "pipe",
      });
    }
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
  return DIST;
}
