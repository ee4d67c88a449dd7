// The WPS 加载项's task pane (dist-wps/taskpane.html, as `npm run build:wps` builds it) in real headless Chromium,
// with the fake WPS object model behind it (test/wps-host/fake-et.ts, bundled for the browser and put where WPS
// puts its Application): the same React pane, the real app session and the real WPS host, writing into the fake
// workbook opened on the sample. WPS itself cannot run here.
import type { Server } from "http";
import { join } from "path";
import webpack from "webpack";
import { Browser, chromium, Page } from "playwright-core";
import { DIST_WPS, ensureWpsBuilt, ROOT } from "./built";
import { watchProblems } from "./problems";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { start } = require("../../scripts/serve-preview.js") as {
  start: (o: { port: number; dir: string }) => Promise<{ server: Server; url: string }>;
};

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { TYPESCRIPT_RULE } = require("../../webpack.config.js");

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
];
const FAKE = join(ROOT, ".tmp", "wps-fake", "wps-fake.js");

/** The fake WPS with the sample open, as one script for the browser. */
function bundleFake(): Promise<void> {
  const compiler = webpack({
    mode: "production",
    devtool: false,
    target: ["web", "es2020"],
    entry: join(__dirname, "wps-fake-entry.ts"),
    output: { path: join(ROOT, ".tmp", "wps-fake"), filename: "wps-fake.js" },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: [TYPESCRIPT_RULE] },
    optimization: { minimize: false },
    performance: { hints: false },
  });
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error || stats?.hasErrors()) reject(error ?? new Error(stats!.toString("errors-only")));
      else resolve();
    }),
  );
}

let server: Server;
let baseUrl: string;
let browser: Browser;

beforeAll(async () => {
  ensureWpsBuilt();
  await bundleFake();
  ({ server, url: baseUrl } = await start({ port: 0, dir: DIST_WPS }));
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** The fake's workbook as the host could change it: cells, notes and validation of every sheet. */
const fakeWorkbook = (page: Page) =>
  page.evaluate(() => {
    const et = (
      window as unknown as {
        fakeEt: {
          sheets: {
            name: string;
            cells: Map<string, unknown>;
            notes: Map<string, string>;
            rules: Map<string, unknown>;
          }[];
        };
      }
    ).fakeEt;
    return et.sheets.map((s) => ({ name: s.name, cells: [...s.cells], notes: [...s.notes], rules: [...s.rules] }));
  });

async function openPane(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 420, height: 900 }, locale: "zh-CN" });
  const problems = await watchProblems(page);
  await page.addInitScript({ path: FAKE });
  await page.goto(`${baseUrl}taskpane.html`);
  await page.getByRole("button", { name: "识别表格" }).waitFor();
  return { page, problems };
}

test("the pane starts in WPS: five actions, no CSP violation or error", async () => {
  const { page, problems } = await openPane();
  for (const name of ["识别表格", "一键重算", "提交前检查", "填写偏差原因", "撤销本次修改"])
    await expect(page.getByRole("button", { name }).count()).resolves.toBe(1);
  expect(problems).toEqual([]);
  await page.close();
});

test("提交前检查 lists the 招商引资 执行率 finding; its cell link selects that cell in WPS", async () => {
  const { page, problems } = await openPane();
  await page.getByRole("button", { name: "提交前检查" }).click();
  const finding = page.locator('li[data-code="BUDGET_RATE_MISMATCH"]').filter({ hasText: "招商引资!" });
  await finding.waitFor();
  await expect(finding.textContent()).resolves.toContain("93.38%");
  const cell = (await finding.getByRole("button").textContent())!;
  await finding.getByRole("button").click();
  await page.waitForFunction(
    (address) => (window as unknown as { fakeEt: { selection: string } }).fakeEt.selection === address,
    cell,
  );
  expect(problems).toEqual([]);
  await page.close();
});

test("一键重算 writes live formulas into the WPS workbook; 撤销本次修改 puts every cell, note and rule back", async () => {
  const { page, problems } = await openPane();
  const before = await fakeWorkbook(page);

  await page.getByRole("button", { name: "一键重算" }).click();
  await page.getByRole("button", { name: "撤销本次修改" }).and(page.locator(":enabled")).waitFor();
  const written = await page.evaluate(() => {
    const et = (
      window as unknown as {
        fakeEt: { cell(s: string, a: string): { formula?: string } | undefined; screenUpdates: boolean[] };
      }
    ).fakeEt;
    return { h9: et.cell("招商引资", "H9")?.formula, screen: et.screenUpdates.slice(0, 2) };
  });
  expect(written.h9).toMatch(/^=IF\(COUNT\(E9,F9\)<2/);
  expect(written.screen).toEqual([false, true]);
  const after = await fakeWorkbook(page);
  expect(after).not.toEqual(before);

  await page.getByRole("button", { name: "撤销本次修改" }).click();
  await page.getByText(/^已撤销上次修改，恢复了 \d+ 个单元格和 \d+ 处数据验证。$/).waitFor();
  // The profile setting (the very hidden _jixiao sheet) stays, as names and settings do in every host.
  expect((await fakeWorkbook(page)).filter((s) => s.name !== "_jixiao")).toEqual(before);
  expect(problems).toEqual([]);
  await page.close();
});

describe("publish.html (在线模式) asks the WPS client's local service to load the add-in", () => {
  const SERVICE = "http://127.0.0.1:58890/deployaddons/runParams";

  async function openPublish(answer: (body: string) => "OK" | "abort") {
    const page = await browser.newPage({ locale: "zh-CN" });
    const problems = await watchProblems(page);
    const requests: Record<string, string>[] = [];
    await page.route(SERVICE, async (route) => {
      const body = route.request().postData() ?? "";
      requests.push(JSON.parse(Buffer.from(body, "base64").toString("utf8")));
      if (answer(body) === "abort") await route.abort("connectionrefused");
      else await route.fulfill({ status: 200, body: "OK", headers: { "Access-Control-Allow-Origin": "*" } });
    });
    await page.goto(`${baseUrl}publish.html`);
    return { page, problems, requests };
  }

  test("安装 and 卸载 send the add-in's name, address and type, as UTF-8 JSON in base64", async () => {
    const { page, problems, requests } = await openPublish(() => "OK");
    await page.getByRole("button", { name: "安装" }).click();
    await page.getByText("已安装。请重新启动 WPS 表格，在“绩效自评”选项卡中使用。").waitFor();
    await page.getByRole("button", { name: "卸载" }).click();
    await page.getByText("已卸载。重新启动 WPS 后生效。").waitFor();
    const added = { name: "jixiao", url: "http://127.0.0.1:3889/", addonType: "et", online: "true" };
    expect(requests).toEqual([
      expect.objectContaining({ cmd: "enable", ...added }),
      expect.objectContaining({ cmd: "disable", ...added }),
    ]);
    expect(problems).toEqual([]);
    await page.close();
  });

  test("where the service does not answer, it tries once more and then says what to do", async () => {
    const { page, requests } = await openPublish(() => "abort");
    await page.getByRole("button", { name: "安装" }).click();
    await page
      .getByText("无法连接 WPS Office 的本机服务。请先启动 WPS 表格，再点一次“安装”。")
      .waitFor({ timeout: 15_000 });
    expect(requests).toHaveLength(2);
    await page.close();
  }, 30_000);
});
