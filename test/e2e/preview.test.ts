// The browser preview (`npm start`) in real headless Chromium: the built task pane, the real app session and the
// in-memory host over the sample workbook, served by scripts/serve-preview.js under the pages' own CSP.
import { mkdirSync } from "fs";
import type { Server } from "http";
import { join } from "path";
import { webLightTheme } from "@fluentui/tokens";
import { Browser, chromium, Page } from "playwright-core";
import { ensureBuilt, ROOT } from "./built";
import { watchProblems } from "./problems";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { start } = require("../../scripts/serve-preview.js") as {
  start: (o: { port: number; dir: string }) => Promise<{ server: Server; url: string }>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../../webpack.config.js");

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

let server: Server;
let baseUrl: string;
let browser: Browser;

beforeAll(async () => {
  const dist = ensureBuilt();
  ({ server, url: baseUrl } = await start({ port: 0, dir: dist }));
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

interface Opened {
  page: Page;
  /** CSP violations, page errors and console errors, as they happen. */
  problems: string[];
}

/** Opens the preview; `policy` replaces the page's CSP (to try other policies without another build). */
async function openPreview(policy?: string): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: "zh-CN" });
  const problems = await watchProblems(page);
  if (policy) {
    await page.route("**/preview.html", async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        /(http-equiv="?Content-Security-Policy"?\s+content=)"[^"]*"/,
        `$1"${policy}"`,
      );
      await route.fulfill({ response, body: html });
    });
  }
  await page.goto(`${baseUrl}preview.html`);
  await page.getByRole("button", { name: "识别表格" }).waitFor();
  return { page, problems };
}

/** Every cell of every sheet as the preview draws it: text and formula, keyed by Sheet!A1. */
async function renderedWorkbook(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const table of document.querySelectorAll<HTMLTableElement>("table[data-sheet]")) {
      for (const td of table.querySelectorAll<HTMLTableCellElement>("td[data-cell]")) {
        out[`${table.dataset.sheet}!${td.dataset.cell}`] =
          `${td.textContent}${td.dataset.formula ? ` ⟨${td.dataset.formula}⟩` : ""}`;
      }
    }
    return out;
  });
}

/** The 得分 cell of the indicator row named `indicator` on `sheet`, found the way a person reads the table. */
async function scoreCellOf(page: Page, sheet: string, indicator: string): Promise<string> {
  return page.evaluate(
    ({ sheet, indicator }) => {
      const table = document.querySelector<HTMLTableElement>(`table[data-sheet="${sheet}"]`)!;
      const cells = [...table.querySelectorAll<HTMLTableCellElement>("td[data-cell]")];
      const at = (td: HTMLTableCellElement) => /^([A-Z]+)(\d+)$/.exec(td.dataset.cell!)!;
      const nameCell = cells.find((td) => td.textContent === indicator)!;
      const headerRow = at(cells.find((td) => td.textContent === "三级指标")!)[2];
      const scoreHeader = cells.find((td) => td.textContent === "得分" && at(td)[2] === headerRow)!;
      return `${at(scoreHeader)[1]}${at(nameCell)[2]}`;
    },
    { sheet, indicator },
  );
}

/** The primary button (一键重算) is painted in the theme's brand colour only if Fluent's rules landed. */
const BRAND_RGB = `rgb(${webLightTheme.colorBrandBackground
  .match(/[0-9a-f]{2}/gi)!
  .map((h) => parseInt(h, 16))
  .join(", ")})`;
const primaryButtonColour = (page: Page) =>
  page.getByRole("button", { name: "一键重算" }).evaluate((b) => getComputedStyle(b).backgroundColor);

test("the preview starts clean: five actions, the sample drawn, no CSP violation or error", async () => {
  const { page, problems } = await openPreview();
  await expect(primaryButtonColour(page)).resolves.toBe(BRAND_RGB);
  for (const name of ["识别表格", "一键重算", "提交前检查", "填写偏差原因", "撤销本次修改"]) {
    await expect(page.getByRole("button", { name }).count()).resolves.toBe(1);
  }
  const sheets = await page
    .locator("table[data-sheet]")
    .evaluateAll((ts) => ts.map((t) => t.getAttribute("data-sheet")));
  expect(sheets).toEqual(expect.arrayContaining(["基础表", "自评表", "招商引资"]));
  expect(problems).toEqual([]);
  await page.close();
});

test("提交前检查 lists the 招商引资 执行率 finding; its cell link shows that cell", async () => {
  const { page, problems } = await openPreview();
  await page.getByRole("button", { name: "提交前检查" }).click();
  const finding = page.locator('li[data-code="BUDGET_RATE_MISMATCH"]').filter({ hasText: "招商引资!" });
  await finding.waitFor();
  await expect(finding.textContent()).resolves.toContain("93.38%");

  const cell = (await finding.getByRole("button").textContent())!;
  await finding.getByRole("button").click();
  const [sheet, a1] = cell.split("!");
  const target = page.locator(`table[data-sheet="${sheet}"] td[data-cell="${a1}"]`);
  await expect(target.getAttribute("data-selected")).resolves.toBe("true");
  await expect(target.isVisible()).resolves.toBe(true);
  await expect(page.getByTestId("formula-bar").textContent()).resolves.toContain(cell);
  expect(problems).toEqual([]);
  await page.close();
});

test("一键重算 writes live scores into the cells; 撤销本次修改 puts every cell and validation back", async () => {
  const { page, problems } = await openPreview();
  const before = await renderedWorkbook(page);
  const score = await scoreCellOf(page, "自评表", "实际利用外资额");
  expect(before[`自评表!${score}`]).toBe("10");

  await page.getByRole("button", { name: "一键重算" }).click();
  await page.getByRole("button", { name: "撤销本次修改" }).and(page.locator(":enabled")).waitFor();
  const after = await renderedWorkbook(page);
  expect(after[`自评表!${score}`]).toMatch(/^12\.32 ⟨=.+⟩$/);
  expect(Object.keys(after).filter((k) => after[k] !== before[k]).length).toBeGreaterThan(5);

  await page.getByRole("tab", { name: "自评表" }).click();
  mkdirSync(join(ROOT, "artifacts"), { recursive: true });
  await page.screenshot({ path: join(ROOT, "artifacts", "preview.png") });

  await page.getByRole("button", { name: "撤销本次修改" }).click();
  await page.getByRole("button", { name: "撤销本次修改" }).and(page.locator(":disabled")).waitFor();
  expect(await renderedWorkbook(page)).toEqual(before);
  // The data validation the run set is gone again too, and the pane says so.
  await page.getByText(/^已撤销上次修改，恢复了 \d+ 个单元格和 \d+ 处数据验证。$/).waitFor();
  expect(problems).toEqual([]);
  await page.close();
});

describe("style-src and Fluent UI", () => {
  test("without 'unsafe-inline' or the empty-style hash every Fluent style is blocked", async () => {
    const strictest = config.contentSecurityPolicy({}).replace("style-src 'self' 'unsafe-inline'", "style-src 'self'");
    const { page, problems } = await openPreview(strictest);
    expect(problems.filter((p) => p.startsWith("csp: style-src")).length).toBeGreaterThan(0);
    await expect(primaryButtonColour(page)).resolves.not.toBe(BRAND_RGB);
    await page.close();
  });

  test("the empty-style hash is enough: Fluent fills its empty <style> elements through CSSOM", async () => {
    const { page, problems } = await openPreview(config.contentSecurityPolicy({ strictStyle: true }));
    await page.getByRole("button", { name: "提交前检查" }).click();
    await page.locator('li[data-code="BUDGET_RATE_MISMATCH"]').first().waitFor();
    expect(problems).toEqual([]);
    await expect(primaryButtonColour(page)).resolves.toBe(BRAND_RGB);
    await page.close();
  });
});
