// Builds the CLI once (tsc, when a source changed, under a lock so parallel test files do not build together) and runs
// it as a user would: `node bin/jixiao.js …` in a child process.
import { execFileSync, spawn } from "node:child_process";
import path from "node:path";

export const ROOT = path.join(__dirname, "..", "..", "..");
export const BIN = path.join(ROOT, "bin", "jixiao.js");
export const BUILD = path.join(ROOT, "build", "src", "cli");

let built = false;

/** Builds the CLI if any of its sources is newer than the last build (see build-cli.js). */
export function ensureCliBuilt(): void {
  if (built) return;
  try {
    execFileSync("flock", ["/tmp/jixiao-build-cli.lock", process.execPath, path.join(__dirname, "build-cli.js")], {
      cwd: ROOT,
      stdio: "pipe",
    });
  } catch (e) {
    const out = (e as { stdout?: Buffer }).stdout?.toString() ?? "";
    throw new Error(`npm run build:cli failed:\n${out}`);
  }
  built = true;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, env: opts.env ?? process.env });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (c: string) => (stdout += c));
    child.stderr.setEncoding("utf8").on("data", (c: string) => (stderr += c));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
