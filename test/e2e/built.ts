// The production builds the browser tests and the CSP test look at: dist/ (the Excel add-in and the preview) and
// dist-wps/ (the WPS 加载项). CI builds both before jest (scripts/test-all.sh); run alone, a test builds once if the
// folder is missing or older than the sources, under a lock so that parallel jest workers do not build over each
// other.
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "fs";
import { join } from "path";

export const ROOT = join(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");
export const DIST_WPS = join(ROOT, "dist-wps");

interface Build {
  dist: string;
  /** Files a complete build has; the first is the one whose time says when it was built. */
  outputs: string[];
  inputs: string[];
  webpackArgs: string[];
}

const EXCEL: Build = {
  dist: DIST,
  outputs: ["preview.js", "taskpane.html"],
  inputs: ["src", "webpack.config.js", "samples", "manifest.xml", "assets"],
  webpackArgs: ["--mode", "production"],
};

const WPS: Build = {
  dist: DIST_WPS,
  outputs: ["taskpane.js", "ribbon.xml", "offline/publish.xml"],
  inputs: ["src", "webpack.wps.config.js", "webpack.config.js", "assets", "package.json"],
  webpackArgs: ["--config", "webpack.wps.config.js", "--mode", "production"],
};

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function isFresh(build: Build): boolean {
  const built = join(build.dist, build.outputs[0]);
  if (!build.outputs.every((file) => existsSync(join(build.dist, file)))) return false;
  const builtAt = statSync(built).mtimeMs;
  return build.inputs.every((input) => newest(join(ROOT, input)) <= builtAt);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function ensure(build: Build): string {
  if (isFresh(build)) return build.dist;
  mkdirSync(join(ROOT, ".tmp"), { recursive: true });
  const lock = join(ROOT, ".tmp", "build.lock");
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Someone else is building; a lock older than five minutes belongs to a build that died.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 5 * 60 * 1000) rmSync(lock, { recursive: true });
      sleep(500);
    }
  }
  try {
    if (!isFresh(build)) {
      execFileSync(process.execPath, [join(ROOT, "node_modules", ".bin", "webpack"), ...build.webpackArgs], {
        cwd: ROOT,
        stdio: "pipe",
      });
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return build.dist;
}

export function ensureBuilt(): string {
  return ensure(EXCEL);
}

export function ensureWpsBuilt(): string {
  return ensure(WPS);
}
