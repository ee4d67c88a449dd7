// The WPS ribbon's callbacks against a fake of WPS's add-in object: the task pane opened once and then shown and
// hidden, 一键重算 written through the WPS host into the fake workbook with its result in a WPS dialog.
import { readFileSync, existsSync } from "fs";
import { join } from "path";
import { Session } from "../../src/app/session";
import { RECALC_BUTTON, TASKPANE_BUTTON, WpsAddin, wpsRibbon } from "../../src/commands/ribbon-wps";
import { noticeFromQuery } from "../../src/commands/notice-text";
import { WpsHost } from "../../src/host/wps";
import { fakeEtFromXlsx } from "./from-xlsx";

const ROOT = join(__dirname, "..", "..");
const BASE = "http://intranet.example/jixiao/";

interface Pane {
  ID: number;
  Visible: boolean;
  url: string;
  title?: string;
}

function fakeAddin() {
  const storage = new Map<string, string>();
  const panes: Pane[] = [];
  const dialogs: { url: string; title?: string; width?: number; height?: number }[] = [];
  const addin = {
    CreateTaskPane: (url: string, title?: string) => {
      const pane = { ID: panes.length + 7, Visible: false, url, title };
      panes.push(pane);
      return pane;
    },
    GetTaskPane: (id: number) => panes.find((p) => p.ID === id)!,
    ShowDialog: (url: string, title?: string, width?: number, height?: number) => {
      dialogs.push({ url, title, width, height });
    },
    PluginStorage: {
      getItem: (key: string) => storage.get(key) ?? "",
      setItem: (key: string, value: string | number | boolean) => void storage.set(key, String(value)),
    },
  } as unknown as WpsAddin;
  return { addin, panes, dialogs };
}

const SAMPLE = readFileSync(join(ROOT, "samples", "hengyang-commerce-2023.xlsx"));

test("绩效自评助手 opens the task pane once, then hides and shows it", () => {
  const { addin, panes } = fakeAddin();
  const ribbon = wpsRibbon(addin, { base: BASE, createSession: () => fail("no recalc") });
  expect(ribbon.OnAddinLoad()).toBe(true);
  ribbon.OnAction({ Id: TASKPANE_BUTTON });
  expect(panes).toEqual([{ ID: 7, Visible: true, url: `${BASE}taskpane.html`, title: "绩效自评助手" }]);
  ribbon.OnAction({ Id: TASKPANE_BUTTON });
  expect(panes[0].Visible).toBe(false);
  ribbon.OnAction({ Id: TASKPANE_BUTTON });
  expect(panes).toHaveLength(1);
  expect(panes[0].Visible).toBe(true);
});

test("一键重算 writes the scoring formulas through the WPS host and shows what it did in a dialog", async () => {
  const et = await fakeEtFromXlsx(SAMPLE);
  const { addin, dialogs } = fakeAddin();
  let sessions = 0;
  const ribbon = wpsRibbon(addin, {
    base: BASE,
    createSession: () => {
      sessions++;
      return new Session(WpsHost.over(et.application as unknown as Et.Application));
    },
    pixelRatio: 2,
  });
  ribbon.OnAction({ Id: RECALC_BUTTON });
  ribbon.OnAction({ Id: RECALC_BUTTON }); // a second click while the first runs
  await ribbon.running();
  expect(sessions).toBe(1);
  expect(dialogs).toHaveLength(1);
  const [dialog] = dialogs;
  expect(dialog).toMatchObject({ title: "一键重算", width: 840, height: 600 });
  expect(dialog.url.startsWith(`${BASE}notice.html?`)).toBe(true);
  const notice = noticeFromQuery(new URL(dialog.url).search)!;
  expect(notice.ok).toBe(true);
  expect(notice.message).toMatch(/^已写入 \d+ 个单元格（其中公式 \d+ 个），数据验证 \d+ 处。$/);
  // 招商引资!H9, the 执行率 the sample enters as 93.00 %, now holds its formula.
  expect(et.cell("招商引资", "H9")?.formula).toMatch(/^=IF\(COUNT\(E9,F9\)<2/);
  expect(et.screenUpdating).toBe(true);
});

test("一键重算 that fails says why in the dialog", async () => {
  const { addin, dialogs } = fakeAddin();
  const ribbon = wpsRibbon(addin, {
    base: BASE,
    createSession: () => ({ recalc: () => Promise.reject(new Error("WPS 表格中没有打开的工作簿。")) }),
  });
  ribbon.OnAction({ Id: RECALC_BUTTON });
  await ribbon.running();
  const notice = noticeFromQuery(new URL(dialogs[0].url).search)!;
  expect(notice).toMatchObject({ ok: false, title: "一键重算未完成", message: "WPS 表格中没有打开的工作簿。" });
});

test("ribbon.xml names the buttons and callbacks the ribbon answers, and their icons exist", () => {
  const xml = readFileSync(join(ROOT, "src", "wps", "ribbon.xml"), "utf8");
  expect(xml).toMatch(/<customUI [^>]*onLoad="OnAddinLoad"/);
  expect(xml).toMatch(/<group id="JixiaoGroup" label="绩效自评">/);
  const { addin } = fakeAddin();
  const ribbon = wpsRibbon(addin, { base: BASE, createSession: () => fail("no recalc") });
  for (const [id, label] of [
    [TASKPANE_BUTTON, "绩效自评助手"],
    [RECALC_BUTTON, "一键重算"],
  ]) {
    const button = new RegExp(
      `<button\\s+id="${id}"\\s+label="${label}"[^>]*onAction="OnAction"\\s+getImage="GetImage"`,
    );
    expect(xml).toMatch(button);
    expect(existsSync(join(ROOT, ribbon.GetImage({ Id: id })))).toBe(true);
  }
});

function fail(message: string): never {
  throw new Error(message);
}
