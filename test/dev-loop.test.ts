/**
 * The Office developer loop (issue 16): `npm run validate` checks the manifest offline against the XML schemas,
 * `npm run dev-server` serves the pages over HTTPS with the certificates of `office-addin-dev-certs install`, the
 * sideloading scripts call office-addin-debugging, and a production build keeps its source maps beside dist/.
 */
import { ChildProcess, execFile, spawn } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { request } from "https";
import { createServer } from "net";
import { tmpdir } from "os";
import { join } from "path";
import { promisify } from "util";
import { DIST, ensureBuilt, ROOT } from "./e2e/built";

const run = promisify(execFile);
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const PACKAGE = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
const BIN = join(ROOT, "node_modules", ".bin");
/** npm without its update check, which would ask the registry from a home without ~/.npmrc. */
const QUIET_NPM = { npm_config_update_notifier: "false", npm_config_fund: "false" };

describe("npm run validate", () => {
  const dir = mkdtempSync(join(tmpdir(), "jixiao-validate-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const validate = (file?: string) =>
    run("npm", ["run", "-s", "validate", ...(file ? ["--", file] : [])], {
      cwd: ROOT,
      env: { ...process.env, ...QUIET_NPM },
    }).then(
      (r) => ({ code: 0, stderr: r.stderr }),
      (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
    );

  it("passes manifest.xml against the add-in manifest schemas", async () => {
    const result = await validate();
    expect(result).toEqual({ code: 0, stderr: expect.stringContaining("manifest.xml validates") });
  });

  it("fails a manifest with two elements swapped, naming the element", async () => {
    const swapped = MANIFEST.replace(/(<Version>[^<]*<\/Version>)(\s*)(<ProviderName>[^<]*<\/ProviderName>)/, "$3$2$1");
    expect(swapped).not.toBe(MANIFEST);
    const file = join(dir, "swapped.xml");
    writeFileSync(file, swapped);
    const result = await validate(file);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/Element '\{[^}]+\}ProviderName': This element is not expected/);
    expect(result.stderr).toContain("fails to validate");
  });

  it("runs in npm test, and CI installs xmllint", () => {
    expect(readFileSync(join(ROOT, "scripts", "test-all.sh"), "utf8")).toMatch(/^step validate npm run -s validate$/m);
    expect(readFileSync(join(ROOT, ".ci", "run"), "utf8")).toMatch(/apt-get install[^\n]*\blibxml2-utils\b/);
  });
});

describe("sideloading scripts", () => {
  it("start, stop and start:web hand manifest.xml to office-addin-debugging, whose CLI is installed", async () => {
    expect(PACKAGE.scripts["start:desktop"]).toBe("office-addin-debugging start manifest.xml desktop");
    expect(PACKAGE.scripts["start:web"]).toBe("office-addin-debugging start manifest.xml web");
    expect(PACKAGE.scripts.stop).toBe("office-addin-debugging stop manifest.xml");
    const help = await run(join(BIN, "office-addin-debugging"), ["start", "--help"], { cwd: ROOT });
    expect(help.stdout).toContain("--document");
    expect(help.stdout).toContain("--dev-server");
  });
});

/** A port nobody listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface Response {
  status: number;
  body: string;
}

function get(url: string, ca?: Buffer): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = request(url, { ca, timeout: 120_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("timeout", () => req.destroy(new Error(`no answer from ${url}`)));
    req.on("error", reject);
    req.end();
  });
}

async function waitForServer(url: string, ca: Buffer, server: ChildProcess, log: () => string): Promise<Response> {
  const deadline = Date.now() + 240_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the dev server stopped (${server.exitCode}):\n${log()}`);
    try {
      return await get(url, ca);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== "ECONNREFUSED" || Date.now() > deadline) throw new Error(`${String(error)}\n${log()}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

describe("npm run dev-server", () => {
  // A fresh home: the certificates are made as a new developer makes them, and the machine's own stay untouched.
  const home = mkdtempSync(join(tmpdir(), "jixiao-devcerts-"));
  let server: ChildProcess | undefined;
  let output = "";
  afterAll(() => {
    // The server runs in a process group of its own (npm, sh, webpack): end all of it.
    if (server?.pid && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
    rmSync(home, { recursive: true, force: true });
  });

  it("serves taskpane.html over HTTPS with the certificate of `office-addin-dev-certs install`", async () => {
    const env = { ...process.env, ...QUIET_NPM, HOME: home };
    // On Linux the install also copies the CA into the system store with sudo; where that cannot run (CI has no
    // sudo) it says so, and the request below trusts the CA file it generated instead.
    const install = await run(join(BIN, "office-addin-dev-certs"), ["install"], { cwd: ROOT, env }).catch(
      (e: { stdout: string; stderr: string }) => e,
    );
    const certs = join(home, ".office-addin-dev-certs");
    expect({
      files: existsSync(certs) ? readdirSync(certs).sort() : [],
      output: install.stdout + install.stderr,
    }).toEqual({
      files: ["ca.crt", "localhost.crt", "localhost.key"],
      output: expect.stringContaining("The developer certificates have been generated"),
    });
    const ca = readFileSync(join(certs, "ca.crt"));

    const port = await freePort();
    server = spawn("npm", ["run", "dev-server", "--", "--port", String(port)], { cwd: ROOT, env, detached: true });
    server.stdout?.on("data", (d: Buffer) => (output += d.toString()));
    server.stderr?.on("data", (d: Buffer) => (output += d.toString()));

    const page = await waitForServer(`https://localhost:${port}/taskpane.html`, ca, server, () => output);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="root"></div>');
    expect(page.body).toContain('<script src="office-js/office.js"></script>');
    expect(page.body).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self';/);
    const bundle = await get(`https://localhost:${port}/taskpane.js`, ca);
    expect(bundle.status).toBe(200);
    // Source maps on, as files: no eval, which the pages' policy forbids.
    expect(bundle.body).toMatch(/\/\/# sourceMappingURL=taskpane\.js\.map\s*$/);
    expect(bundle.body).not.toMatch(/\beval\(/);
    expect((await get(`https://localhost:${port}/taskpane.js.map`, ca)).status).toBe(200);
    expect((await get(`https://localhost:${port}/manifest.xml`, ca)).body).toContain("https://localhost:3000/");
    // The certificate is the one the CA signed: without trusting it, the request is refused.
    await expect(get(`https://localhost:${port}/taskpane.html`)).rejects.toThrow(/self[- ]signed|unable to verify/i);
  }, 300_000);
});

describe("a production build's source maps", () => {
  let dist = "";
  beforeAll(() => {
    dist = ensureBuilt();
  });

  it("are not in dist/, and the bundles do not point at them", () => {
    const files = readdirSync(dist, { recursive: true }).map(String);
    expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
    for (const page of ["taskpane", "commands", "notice", "preview"])
      expect(readFileSync(join(dist, `${page}.js`), "utf8")).not.toContain("sourceMappingURL");
  });

  it("are beside dist/, in dist-maps/, and map the task pane back to our TypeScript", () => {
    const maps = join(DIST, "..", "dist-maps");
    expect(readdirSync(maps).sort()).toEqual(
      ["commands.js.map", "notice.js.map", "preview.js.map", "taskpane.js.map"].sort(),
    );
    const map = JSON.parse(readFileSync(join(maps, "taskpane.js.map"), "utf8")) as { file: string; sources: string[] };
    expect(map.file).toBe("taskpane.js");
    expect(map.sources).toContain("webpack://jixiao/./src/app/session.ts");
    expect(map.sources).toContain("webpack://jixiao/./src/taskpane/TaskPane.tsx");
  });
});
