// The Content-Security-Policy of every page (issue 8): the pages as the webpack config renders them, for the
// offline build and the CDN build, and the production build in dist/. No inline script anywhere, no eval, office.js
// the only thing the CDN build fetches from elsewhere.
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import type HtmlWebpackPlugin from "html-webpack-plugin";
import { DIST, ensureBuilt, ROOT } from "../e2e/built";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../../webpack.config.js");

type Variant = { cdn?: boolean; publicUrl?: string };

const PAGES = ["taskpane", "commands", "notice", "preview"];
const OFFICE_PAGES = ["taskpane", "commands", "notice"];

/**
 * The plugin's fallback loader renders lodash templates; ours only interpolate parameters by name (`<%= csp %>`),
 * so that is all this does — and any other template code fails here rather than slipping through.
 */
function render(source: string, params: object): string {
  return source.replace(/<%([=-]?)([\s\S]+?)%>/g, (_, kind: string, expr: string) => {
    const name = expr.trim();
    if (kind !== "=" || !(name in params)) throw new Error(`template code the test cannot render: <%${kind}${expr}%>`);
    return String((params as Record<string, unknown>)[name]);
  });
}

/** Each page's html as the config's HtmlWebpackPlugin would render its template (before scripts are injected). */
function renderedPages(variant: Variant): Record<string, string> {
  const built = config(variant, { mode: "production" });
  const pages: Record<string, string> = {};
  for (const plugin of built.plugins) {
    if (plugin.constructor.name !== "HtmlWebpackPlugin") continue;
    const options = (plugin as HtmlWebpackPlugin).userOptions as HtmlWebpackPlugin.Options;
    const source = readFileSync(join(ROOT, String(options.template)), "utf8");
    pages[String(options.filename).replace(/\.html$/, "")] = render(source, options.templateParameters as object);
  }
  return pages;
}

function policyOf(html: string): string[] {
  const metas = [...html.matchAll(/<meta\b[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/gi)].map((m) => m[0]);
  return metas.map((meta) => {
    const content = /content=(?:"([^"]*)"|'([^']*)')/i.exec(meta);
    return content ? (content[1] ?? content[2]) : "";
  });
}

function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

interface ScriptTag {
  src: string | null;
  body: string;
}

function scripts(html: string): ScriptTag[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((m) => {
    const src = /\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(m[1]);
    return { src: src ? (src[1] ?? src[2] ?? src[3]) : null, body: m[2] };
  });
}

function expectSafePage(name: string, html: string, variant: Variant) {
  const policies = policyOf(html);
  expect(policies).toEqual([config.contentSecurityPolicy({ cdn: Boolean(variant.cdn) })]);
  const d = directives(policies[0]);
  expect(d["default-src"]).toEqual(["'self'"]);
  expect(d["script-src"]).toEqual(variant.cdn ? ["'self'", "https://appsforoffice.microsoft.com"] : ["'self'"]);
  expect(d["connect-src"]).toEqual(["'self'"]);
  expect(d["img-src"]).toEqual(["'self'", "data:"]);
  expect(d["font-src"]).toEqual(["'self'"]);
  expect(d["style-src"]).toEqual(["'self'", "'unsafe-inline'"]);
  expect(d["object-src"]).toEqual(["'none'"]);
  expect(d["base-uri"]).toEqual(["'self'"]);
  expect(policies[0]).not.toContain("unsafe-eval");
  // Inline handlers are inline script too.
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  for (const s of scripts(html)) {
    expect({ page: name, src: s.src, body: s.body.trim() }).toEqual({ page: name, src: expect.any(String), body: "" });
    if (/^https?:/.test(s.src!)) expect(s.src).toBe(config.OFFICE_CDN_URL);
  }
}

describe("the pages as the config renders them", () => {
  const offline = renderedPages({});
  const cdn = renderedPages({ cdn: true });

  test("every page is rendered", () => {
    expect(Object.keys(offline).sort()).toEqual([...PAGES].sort());
  });

  test.each(PAGES)("%s carries the policy and no inline script (offline and CDN builds)", (page) => {
    expectSafePage(page, offline[page], {});
    expectSafePage(page, cdn[page], { cdn: true });
  });

  test.each(OFFICE_PAGES)("%s: the CDN build differs only by where office.js comes from", (page) => {
    const widened = offline[page]
      .replace(config.OFFICE_LOCAL_URL, config.OFFICE_CDN_URL)
      .replace("script-src 'self';", "script-src 'self' https://appsforoffice.microsoft.com;");
    expect(cdn[page]).toBe(widened);
    expect(scripts(offline[page]).map((s) => s.src)).toContain("office-js/office.js");
    expect(scripts(cdn[page]).map((s) => s.src)).toContain(config.OFFICE_CDN_URL);
  });

  test("the preview loads no office.js at all", () => {
    expect(scripts(offline.preview)).toEqual([]);
  });

  test("the strict-style variant swaps 'unsafe-inline' for the empty-style hash only", () => {
    const strict = config.contentSecurityPolicy({ strictStyle: true });
    expect(directives(strict)["style-src"]).toEqual(["'self'", config.EMPTY_STYLE_HASH]);
    expect(strict.replace(config.EMPTY_STYLE_HASH, "'unsafe-inline'")).toBe(config.contentSecurityPolicy({}));
  });
});

describe("the manifest copied by the build", () => {
  function manifestOut(variant: Variant): string {
    const built = config(variant, { mode: "production" });
    const copy = built.plugins.find((p: object) => p.constructor.name === "CopyPlugin");
    const pattern = copy.patterns.find((p: { from: string }) => p.from === "manifest.xml");
    return pattern.transform(readFileSync(join(ROOT, "manifest.xml")));
  }

  test("keeps https://localhost:3000/ by default and moves every URL to --env publicUrl", () => {
    const source = readFileSync(join(ROOT, "manifest.xml"), "utf8");
    const count = source.split("https://localhost:3000/").length - 1;
    expect(count).toBeGreaterThan(5);
    expect(manifestOut({})).toBe(source);
    const moved = manifestOut({ publicUrl: "https://intranet.example/jixiao" });
    expect(moved).not.toContain("localhost");
    expect(moved.split("https://intranet.example/jixiao/").length - 1).toBe(count);
  });

  test("copies office.js beside the pages offline, and not at all for the CDN build", () => {
    const froms = (variant: Variant) =>
      config(variant, { mode: "production" })
        .plugins.find((p: object) => p.constructor.name === "CopyPlugin")
        .patterns.map((p: { from: string }) => p.from);
    expect(froms({})).toContain("node_modules/@microsoft/office-js/dist");
    expect(froms({ cdn: true })).not.toContain("node_modules/@microsoft/office-js/dist");
  });
});

describe("the production build in dist/", () => {
  beforeAll(() => {
    ensureBuilt();
  }, 180_000);

  test.each(PAGES)("dist/%s.html carries the policy; its scripts are files of the build", (page) => {
    const html = readFileSync(join(DIST, `${page}.html`), "utf8");
    expectSafePage(page, html, {});
    const local = scripts(html).filter((s) => !/^https?:/.test(s.src!));
    expect(local.map((s) => s.src)).toContain(`${page}.js`);
    for (const s of local) expect(() => readFileSync(join(DIST, s.src!))).not.toThrow();
  });

  test("no bundle of ours evaluates strings as code", () => {
    const bundles = readdirSync(DIST).filter((f) => f.endsWith(".js"));
    expect(bundles).toEqual(expect.arrayContaining(["taskpane.js", "commands.js", "notice.js", "preview.js"]));
    for (const file of bundles) {
      const code = readFileSync(join(DIST, file), "utf8");
      expect({ file, eval: /\beval\s*\(/.test(code), newFunction: /\bnew\s+Function\s*\(/.test(code) }).toEqual({
        file,
        eval: false,
        newFunction: false,
      });
    }
  });
});

describe("the sources", () => {
  function files(dir: string): string[] {
    return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
    );
  }

  test("no UI code renders text as HTML", () => {
    const ui = ["src/taskpane", "src/preview", "src/commands", "src/main"].flatMap(files);
    expect(ui.length).toBeGreaterThan(10);
    for (const file of ui.filter((f) => /\.(tsx?|js)$/.test(f))) {
      const code = readFileSync(join(ROOT, file), "utf8");
      expect({
        file,
        html: /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML/.test(code),
      }).toEqual({
        file,
        html: false,
      });
    }
  });
});
