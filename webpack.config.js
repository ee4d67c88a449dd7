// Production build of the add-in's pages: the task pane, the ribbon command's function file (with the small notice
// page it opens), and the browser preview served by `npm start`.
//
//   npx webpack --mode production                                   office.js from dist/office-js/ (offline)
//   npx webpack --mode production --env cdn                         office.js from Microsoft's CDN
//   npx webpack --mode production --env publicUrl=https://intranet.example/jixiao/
//                                                                   manifest URLs rewritten to that origin
//   npm run dev-server  (webpack serve --mode development)          https://localhost:3000/ with the certificates
//                                                                   of `npx office-addin-dev-certs install`
//
// Every page carries the same Content-Security-Policy (see contentSecurityPolicy below); no page has inline script,
// and no bundle relies on eval: source maps are files (devtool "source-map" in development), never eval ones.
// A production build keeps its maps out of dist/, which is what gets copied to the server, and beside it in
// dist-maps/ ("hidden-source-map": no sourceMappingURL comment), so the stack of an error report can be mapped back.
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const ROOT = __dirname;
const DEV_ORIGIN = "https://localhost:3000/";
const DEV_PORT = 3000;
/** Where a production build puts its source maps, relative to dist/: the folder beside it. */
const MAPS_DIR = "../dist-maps";
const OFFICE_CDN_ORIGIN = "https://appsforoffice.microsoft.com";
const OFFICE_CDN_URL = `${OFFICE_CDN_ORIGIN}/lib/1/hosted/office.js`;
const OFFICE_LOCAL_URL = "office-js/office.js";

/** The hash of the empty string: it lets a page create empty <style> elements and nothing else. */
const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

/**
 * The policy of every page. Fluent UI (Griffel's renderer and FluentProvider's theme) appends empty <style> elements
 * and fills them through CSSOM (`sheet.insertRule`); CSP counts such an element as inline style, so with
 * `style-src 'self'` alone Chromium blocks every one and the pane renders unstyled (test/e2e/preview.test.ts shows
 * it). Either 'unsafe-inline' or EMPTY_STYLE_HASH makes it work. We ship 'unsafe-inline' because office.js itself
 * applies inline styles in Excel on the web (OfficeDev/office-js#1687), and a hash in the directive would switch
 * 'unsafe-inline' off; `--env strictStyle` builds the hash variant for hosts that can do without.
 */
function contentSecurityPolicy({ cdn = false, strictStyle = false } = {}) {
  const scriptSrc = cdn ? `'self' ${OFFICE_CDN_ORIGIN}` : "'self'";
  const styleSrc = strictStyle ? `'self' ${EMPTY_STYLE_HASH}` : "'self' 'unsafe-inline'";
  return [
    "default-src 'self'",
    `script-src ${scriptSrc}`,
    "connect-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `style-src ${styleSrc}`,
    "object-src 'none'",
    "base-uri 'self'",
  ].join("; ");
}

/** The pages: each has its own entry, template and title. Scripts are injected as external `defer` tags only. */
const PAGES = [
  { name: "taskpane", entry: "./src/main/taskpane-excel.tsx", template: "./src/taskpane/taskpane.html" },
  { name: "commands", entry: "./src/main/commands-excel.ts", template: "./src/commands/commands.html" },
  { name: "notice", entry: "./src/commands/notice.ts", template: "./src/commands/notice.html" },
  { name: "preview", entry: "./src/main/preview.tsx", template: "./src/preview/preview.html", office: false },
];

/**
 * The dev server's HTTPS options: the CA, certificate and key that `npx office-addin-dev-certs install` generates
 * in ~/.office-addin-dev-certs. Read as files, not through the package's getHttpsServerOptions(), which on Linux
 * reinstalls the CA into the system store with sudo whenever it is not there, and fails where there is no sudo
 * (CI, containers); trusting the CA is the install command's job, once.
 */
function devCertificates() {
  const defaults = require("office-addin-dev-certs/lib/defaults");
  const read = (file) => {
    if (!fs.existsSync(file))
      throw new Error(`No ${file}: run "npx office-addin-dev-certs install" once, then "npm run dev-server" again.`);
    return fs.readFileSync(file);
  };
  return {
    ca: read(defaults.caCertificatePath),
    cert: read(defaults.localhostCertificatePath),
    key: read(defaults.localhostKeyPath),
  };
}

/** Empties dist-maps/ before a production build writes it, as output.clean does for dist/. */
class CleanMapsPlugin {
  apply(compiler) {
    compiler.hooks.beforeRun.tap("CleanMapsPlugin", () =>
      fs.rmSync(path.resolve(compiler.options.output.path, MAPS_DIR), { recursive: true, force: true }),
    );
  }
}

/** TypeScript through ts-loader, transpiled only (`npm run typecheck` checks types); shared by every build here. */
const TYPESCRIPT_RULE = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  loader: "ts-loader",
  options: {
    transpileOnly: true,
    // ES modules reach webpack intact so it can drop the Fluent components we do not import.
    compilerOptions: { module: "esnext", moduleResolution: "bundler", sourceMap: true },
  },
};

/** One page: its template rendered with `templateParameters`, its own chunk injected as an external defer script. */
function pagePlugin(filename, template, chunk, templateParameters) {
  return new HtmlWebpackPlugin({
    filename,
    template,
    chunks: [chunk],
    inject: "body",
    scriptLoading: "defer",
    minify: false,
    templateParameters,
  });
}

function withTrailingSlash(url) {
  return url.endsWith("/") ? url : `${url}/`;
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  const cdn = Boolean(env.cdn);
  const publicUrl = env.publicUrl ? withTrailingSlash(String(env.publicUrl)) : DEV_ORIGIN;
  const csp = contentSecurityPolicy({ cdn, strictStyle: Boolean(env.strictStyle) });
  const officeJs = cdn ? OFFICE_CDN_URL : OFFICE_LOCAL_URL;
  // The one text every page shows where the bundles cannot run (legacy-check.js).
  const legacyMessage = fs.readFileSync(path.join(ROOT, "src", "taskpane", "legacy-message.html"), "utf8").trim();

  const copies = [
    { from: "assets", to: "assets", info: { minimized: true } },
    {
      from: "manifest.xml",
      to: "manifest.xml",
      info: { minimized: true },
      transform: (content) => content.toString("utf8").split(DEV_ORIGIN).join(publicUrl),
    },
    // ES5 on purpose, and copied verbatim: it must run where the bundles cannot even be parsed.
    { from: "src/taskpane/legacy-check.js", to: "legacy-check.js", info: { minimized: true } },
    { from: "samples/*.json", to: "samples/[name][ext]", noErrorOnMissing: true, info: { minimized: true } },
  ];
  if (!cdn) {
    copies.push({ from: "node_modules/@microsoft/office-js/dist", to: "office-js", info: { minimized: true } });
  }

  const production = mode === "production";
  return {
    mode,
    devtool: production ? "hidden-source-map" : "source-map",
    target: ["web", "es2020"],
    context: ROOT,
    entry: Object.fromEntries(PAGES.map((p) => [p.name, p.entry])),
    output: {
      path: path.join(ROOT, "dist"),
      filename: "[name].js",
      publicPath: "",
      clean: true,
      ...(production ? { sourceMapFilename: `${MAPS_DIR}/[file].map` } : {}),
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [TYPESCRIPT_RULE] },
    plugins: [
      ...PAGES.map((p) =>
        pagePlugin(`${p.name}.html`, p.template, p.name, {
          csp,
          officeJs: p.office === false ? null : officeJs,
          legacyMessage,
        }),
      ),
      new CopyWebpackPlugin({ patterns: copies }),
      ...(production ? [new CleanMapsPlugin()] : []),
    ],
    performance: {
      hints: mode === "production" ? "warning" : false,
      // The task pane's budget is 200 KB gzipped; raw that is about 700 KB. office.js copies are not ours.
      maxAssetSize: 800 * 1024,
      maxEntrypointSize: 800 * 1024,
      assetFilter: (file) => file.endsWith(".js") && !file.startsWith("office-js/"),
    },
    stats: mode === "production" ? "errors-warnings" : "normal",
    // Only `webpack serve` reads this (and only then the certificates).
    devServer: env.WEBPACK_SERVE
      ? {
          port: DEV_PORT,
          server: { type: "https", options: devCertificates() },
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false,
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};

module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.TYPESCRIPT_RULE = TYPESCRIPT_RULE;
module.exports.pagePlugin = pagePlugin;
module.exports.PAGES = PAGES;
module.exports.EMPTY_STYLE_HASH = EMPTY_STYLE_HASH;
module.exports.OFFICE_CDN_URL = OFFICE_CDN_URL;
module.exports.OFFICE_LOCAL_URL = OFFICE_LOCAL_URL;
module.exports.MAPS_DIR = MAPS_DIR;
module.exports.DEV_PORT = DEV_PORT;
