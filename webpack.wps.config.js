// `npm run build:wps`: the WPS 加载项 in dist-wps/, laid out as WPS and its own tool wpsjs expect an add-in folder:
//
//   index.html, ribbon.js      the main page WPS loads at start; it holds the ribbon's callbacks
//   ribbon.xml                 the ribbon (customUI): tab and group 绩效自评, buttons 绩效自评助手 and 一键重算
//   taskpane.html, notice.html the task pane (the same React pane as in Excel) and 一键重算's result dialog
//   manifest.xml               the add-in's JsPlugin manifest; assets/ the icons; package.json for `wpsjs debug`
//   jsplugins.xml              在线模式 for an administrator: the add-in at the server address, for oem.ini
//   publish.html, publish.js   在线模式 for a person: the page that asks their WPS to load the add-in from the server
//   offline/                   离线模式: jixiao_<version>/ (this folder again) and publish.xml, to copy into jsaddons
//
//   npx webpack --config webpack.wps.config.js --mode production --env publicUrl=http://intranet.example/jixiao/
//
// The server address (default http://127.0.0.1:3889/, where `wpsjs debug` serves) goes only into jsplugins.xml and
// publish.html; the add-in's own pages find each other relative to wherever they are loaded from. Nothing is loaded
// from the internet: no office.js, no CDN. Every page carries the Excel pages' Content-Security-Policy.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { contentSecurityPolicy, pagePlugin, TYPESCRIPT_RULE } = require("./webpack.config.js");
const { name, version, description } = require("./package.json");

const ROOT = __dirname;
const OUT = path.join(ROOT, "dist-wps");
const DEBUG_URL = "http://127.0.0.1:3889/";
/** WPS's add-in type for 表格 (wpsjs: "wps" 文字, "et" 表格, "wpp" 演示). */
const ADDON_TYPE = "et";
/** The folder name 离线模式 expects under jsaddons: name_version (as wpsjs builds it). */
const OFFLINE_FOLDER = `${name}_${version}`;
/** The WPS client's local service, the only other origin publish.html talks to. */
const WPS_SERVICE = "http://127.0.0.1:58890";

const PAGES = [
  { name: "index", entry: "./src/main/ribbon-wps.ts", template: "./src/wps/index.html", chunk: "ribbon" },
  { name: "taskpane", entry: "./src/main/taskpane-wps.tsx", template: "./src/wps/taskpane.html", chunk: "taskpane" },
  { name: "notice", entry: "./src/commands/notice.ts", template: "./src/wps/notice.html", chunk: "notice" },
];

function withTrailingSlash(url) {
  return url.endsWith("/") ? url : `${url}/`;
}

function escapeXml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** jsplugins.xml of 在线模式: WPS reads it from the address oem.ini's JSPluginsServer names. */
function jspluginsXml(url) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<jsplugins>
  <jspluginonline name="${name}" type="${ADDON_TYPE}" url="${escapeXml(url)}" />
</jsplugins>
`;
}

/** publish.xml of 离线模式: next to the copied folder in jsaddons, naming it (as wpsjs's installer writes it). */
function publishXml() {
  return `<?xml version="1.0" encoding="UTF-8"?>
<jsplugins>
  <jsplugin name="${name}" type="${ADDON_TYPE}" url="${OFFLINE_FOLDER}" version="${version}" enable="enable_dev" install="null" />
</jsplugins>
`;
}

/** The files `wpsjs debug` reads from the folder it serves: the add-in's name, version and type. */
function debugPackageJson() {
  return `${JSON.stringify({ name, version, description, addonType: ADDON_TYPE }, null, 2)}\n`;
}

/**
 * Adds the deployment files and, after every other asset is known, the offline copy of the add-in (every file but
 * the 在线模式 ones) under offline/<name>_<version>/.
 */
class WpsDeployPlugin {
  constructor(url) {
    this.url = url;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("WpsDeployPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "WpsDeployPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const add = (file, text) => compilation.emitAsset(file, new sources.RawSource(text), { minimized: true });
          add("jsplugins.xml", jspluginsXml(this.url));
          add("package.json", debugPackageJson());
          const online = new Set(["jsplugins.xml", "publish.html", "publish.js"]);
          for (const asset of compilation.getAssets()) {
            if (online.has(asset.name) || asset.name.startsWith("offline/")) continue;
            compilation.emitAsset(`offline/${OFFLINE_FOLDER}/${asset.name}`, asset.source, { minimized: true });
          }
          add("offline/publish.xml", publishXml());
        },
      );
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  const url = withTrailingSlash(String(env.publicUrl || DEBUG_URL));
  const csp = contentSecurityPolicy({ strictStyle: Boolean(env.strictStyle) });
  const publishCsp = [
    "default-src 'self'",
    "script-src 'self'",
    `connect-src ${WPS_SERVICE}`,
    "img-src 'self' data:",
    "style-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
  ].join("; ");

  return {
    mode,
    devtool: false,
    target: ["web", "es2020"],
    context: ROOT,
    entry: Object.fromEntries(PAGES.map((p) => [p.chunk, p.entry])),
    output: { path: OUT, filename: "[name].js", publicPath: "", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [TYPESCRIPT_RULE] },
    plugins: [
      ...PAGES.map((p) => pagePlugin(`${p.name}.html`, p.template, p.chunk, { csp })),
      new HtmlWebpackPlugin({
        filename: "publish.html",
        template: "./src/wps/publish.html",
        inject: false,
        minify: false,
        templateParameters: { publishCsp, name, version, url: escapeXml(url) },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets", info: { minimized: true } },
          { from: "src/wps/ribbon.xml", to: "ribbon.xml", info: { minimized: true } },
          {
            from: "src/wps/manifest.xml",
            to: "manifest.xml",
            info: { minimized: true },
            transform: (content) => content.toString("utf8").replace("__VERSION__", version),
          },
          // ES5 on purpose, and copied verbatim: they must run where the bundles cannot even be parsed.
          { from: "src/taskpane/legacy-check.js", to: "legacy-check.js", info: { minimized: true } },
          { from: "src/wps/publish.js", to: "publish.js", info: { minimized: true } },
        ],
      }),
      new WpsDeployPlugin(url),
    ],
    performance: {
      hints: mode === "production" ? "warning" : false,
      maxAssetSize: 800 * 1024,
      maxEntrypointSize: 800 * 1024,
      assetFilter: (file) => file.endsWith(".js") && !file.startsWith("offline/"),
    },
    stats: mode === "production" ? "errors-warnings" : "normal",
  };
};

module.exports.OUT = OUT;
module.exports.OFFLINE_FOLDER = OFFLINE_FOLDER;
module.exports.DEBUG_URL = DEBUG_URL;
