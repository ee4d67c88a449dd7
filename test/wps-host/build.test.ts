// `npm run build:wps`: dist-wps/ is an add-in folder WPS can load — ribbon.xml, the pages with their scripts, the
// JsPlugin manifest, what 在线模式 and 离线模式 need — loads nothing from the internet, and its main page puts the
// ribbon's callbacks where WPS calls them.
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import { runInNewContext } from "vm";
import { JSDOM } from "jsdom";
import { DIST_WPS, ensureWpsBuilt } from "../e2e/built";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const wpsConfig = require("../../webpack.wps.config.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { contentSecurityPolicy } = require("../../webpack.config.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require("../../package.json");

const OFFLINE = `offline/jixiao_${version}`;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [relative(DIST_WPS, path).split("\\").join("/")];
  });
}

const read = (file: string) => readFileSync(join(DIST_WPS, file), "utf8");

function parseXml(file: string): Document {
  const doc = new new JSDOM("").window.DOMParser().parseFromString(read(file), "application/xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  return doc;
}

beforeAll(() => {
  ensureWpsBuilt();
}, 300_000);

test("the folder WPS loads: ribbon, pages, scripts, icons, manifest, and wpsjs's package.json", () => {
  const all = files(DIST_WPS);
  for (const file of [
    "index.html",
    "ribbon.js",
    "ribbon.xml",
    "taskpane.html",
    "taskpane.js",
    "notice.html",
    "notice.js",
    "legacy-check.js",
    "manifest.xml",
    "package.json",
    "assets/icon-32.png",
    "assets/recalc-32.png",
  ])
    expect(all).toContain(file);

  const ribbon = parseXml("ribbon.xml");
  expect(ribbon.documentElement.getAttribute("onLoad")).toBe("OnAddinLoad");
  const buttons = [...ribbon.getElementsByTagName("button")].map((b) => b.getAttribute("label"));
  expect(buttons).toEqual(["绩效自评助手", "一键重算"]);
  expect(ribbon.getElementsByTagName("group")[0].getAttribute("label")).toBe("绩效自评");

  const manifest = parseXml("manifest.xml");
  expect(manifest.documentElement.tagName).toBe("JsPlugin");
  expect(manifest.getElementsByTagName("Version")[0].textContent).toBe(version);
  // What `wpsjs debug` reads from the folder it serves.
  expect(JSON.parse(read("package.json"))).toMatchObject({ name: "jixiao", version, addonType: "et" });
});

test("every page carries the add-in's CSP, loads only its own scripts, and nothing from elsewhere", () => {
  const csp = contentSecurityPolicy({});
  for (const [page, script] of [
    ["index.html", "ribbon.js"],
    ["taskpane.html", "taskpane.js"],
    ["notice.html", "notice.js"],
  ]) {
    const { document } = new JSDOM(read(page)).window;
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content")).toBe(csp);
    const sources = [...document.querySelectorAll("script")].map((s) => s.getAttribute("src"));
    expect(sources).toContain(script);
    expect(sources.every((src) => src && !/^[a-z]+:|^\/\//i.test(src))).toBe(true);
    expect([...document.querySelectorAll("script")].every((s) => !s.textContent?.trim())).toBe(true);
    expect(read(page)).not.toMatch(/office\.js/);
  }
  expect(read("taskpane.html")).toMatch(/<script[^>]*src="?legacy-check\.js/);
});

test("在线模式: jsplugins.xml and publish.html point at the server; publish.js talks only to WPS's own service", () => {
  const doc = parseXml("jsplugins.xml");
  const online = doc.getElementsByTagName("jspluginonline")[0];
  expect([online.getAttribute("name"), online.getAttribute("type"), online.getAttribute("url")]).toEqual([
    "jixiao",
    "et",
    wpsConfig.DEBUG_URL,
  ]);
  const { document } = new JSDOM(read("publish.html")).window;
  const page = document.getElementById("publish")!;
  expect(page.dataset).toMatchObject({ name: "jixiao", url: wpsConfig.DEBUG_URL, version, type: "et" });
  expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content")).toMatch(
    /connect-src http:\/\/127\.0\.0\.1:58890;/,
  );
  expect(new Set(read("publish.js").match(/https?:\/\/[^"/,)]+/g))).toEqual(new Set(["http://127.0.0.1:58890"]));

  // --env publicUrl moves the server address, and only it.
  const built = wpsConfig({ publicUrl: "http://intranet.example.gov.cn/jixiao" }, { mode: "production" });
  const deploy = built.plugins.find((p: object) => p.constructor.name === "WpsDeployPlugin");
  expect(deploy.url).toBe("http://intranet.example.gov.cn/jixiao/");
});

test("离线模式: offline/ holds the add-in folder again, byte for byte, and the publish.xml that names it", () => {
  const all = files(DIST_WPS);
  const addin = all.filter(
    (f) => !f.startsWith("offline/") && !["jsplugins.xml", "publish.html", "publish.js"].includes(f),
  );
  expect(all.filter((f) => f.startsWith(`${OFFLINE}/`)).sort()).toEqual(addin.map((f) => `${OFFLINE}/${f}`).sort());
  for (const file of addin) expect(read(`${OFFLINE}/${file}`)).toBe(read(file));
  const entry = parseXml("offline/publish.xml").getElementsByTagName("jsplugin")[0];
  expect(entry.getAttribute("url")).toBe(`jixiao_${version}`);
  expect(entry.getAttribute("version")).toBe(version);
  expect(entry.getAttribute("type")).toBe("et");
});

test("the main page's script puts OnAddinLoad, OnAction and GetImage where WPS calls them", () => {
  const created: string[] = [];
  const storage = new Map<string, string>();
  const window: Record<string, unknown> = {
    location: { href: "file:///home/user/.local/share/Kingsoft/wps/jsaddons/jixiao_0.1.0/index.html" },
    devicePixelRatio: 1,
    Application: {
      CreateTaskPane: (url: string) => {
        created.push(url);
        return { ID: 1, Visible: false };
      },
      GetTaskPane: () => ({ Visible: true }),
      ShowDialog: () => undefined,
      PluginStorage: {
        getItem: (k: string) => storage.get(k) ?? "",
        setItem: (k: string, v: unknown) => storage.set(k, String(v)),
      },
    },
  };
  window.window = window;
  window.self = window;
  runInNewContext(read("ribbon.js"), { window, self: window, console, URL, setTimeout, clearTimeout });
  for (const name of ["OnAddinLoad", "OnAction", "GetImage"]) expect(typeof window[name]).toBe("function");
  (window.OnAction as (c: { Id: string }) => boolean)({ Id: "JixiaoTaskpaneButton" });
  expect(created).toEqual(["file:///home/user/.local/share/Kingsoft/wps/jsaddons/jixiao_0.1.0/taskpane.html"]);
  expect((window.GetImage as (c: { Id: string }) => string)({ Id: "JixiaoRecalcButton" })).toBe("assets/recalc-32.png");
});
