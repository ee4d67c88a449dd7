// The `jixiao` command: parse, dispatch, exit code. bin/jixiao.js calls run().
import fs from "node:fs";
import path from "node:path";
import { USAGE, UsageError, parseCommand } from "./args";
import { EXIT_UNREADABLE, runCheck } from "./check-command";

export async function main(argv: string[]): Promise<number> {
  let cmd;
  try {
    cmd = parseCommand(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`错误：${e.message}\n运行 jixiao --help 查看用法\n`);
    return EXIT_UNREADABLE;
  }
  switch (cmd.command) {
    case "help":
      process.stdout.write(USAGE);
      return 0;
    case "version":
      process.stdout.write(`${version()}\n`);
      return 0;
    case "check":
      return runCheck(cmd, { stdout: process.stdout, stderr: process.stderr });
    case "recalc": {
      // Loaded only here: `check` needs none of the writing.
      const { runRecalc } = await import("./recalc-command");
      return runRecalc(cmd, { stdout: process.stdout, stderr: process.stderr });
    }
  }
}

function version(): string {
  try {
    return JSON.parse(fs.readFileSync(path.join(__dirname, "../../../package.json"), "utf8")).version;
  } catch {
    return "unknown";
  }
}

export function run(argv: string[]): void {
  // `jixiao check … | head` closes stdout early; that is the reader's choice, not an error.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
  main(argv).then(
    (code) => (process.exitCode = code),
    (e) => {
      process.stderr.write(`jixiao 出错：${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = EXIT_UNREADABLE;
    },
  );
}
