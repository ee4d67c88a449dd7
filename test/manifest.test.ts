/**
 * The add-in manifest, checked the way Office would reject it: element order, identity, https URLs, icons that exist
 * at the size they claim, resource ids that resolve, the two ribbon buttons and the ExcelApi requirement. Each
 * checker is also run on a deliberately broken copy, so a checker that silently passes everything fails here.
 */
import { execFile } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { createRequire } from "module";
import { tmpdir } from "os";
import { join } from "path";
import { promisify } from "util";
import { inflateSync } from "zlib";
import { crc32, drawIcon, ICONS, PNG_SIGNATURE } from "../scripts/make-icons";

const ROOT = join(__dirname, "..");
const MANIFEST_PATH = join(ROOT, "manifest.xml");
const MANIFEST_XML = readFileSync(MANIFEST_PATH, "utf8");
/** The build rewrites this prefix to the production origin, so every URL in the manifest must start with it. */
const DEV_ORIGIN = "https://localhost:3000/";

// ---------------------------------------------------------------------------------------------------------------
// XML, as an ordered tree

interface XmlElement {
  /** Local name, namespace prefix dropped: `bt:Image` → `Image`. */
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: XmlElement[];
}

interface Xml2jsNode {
  "#name": string;
  $?: Record<string, string>;
  _?: string;
  $$?: Xml2jsNode[];
}

// xml2js ships without type declarations (it comes with office-addin-manifest); the one call used is typed here.
const xml2js = createRequire(__filename)("xml2js") as {
  parseStringPromise(xml: string, options: object): Promise<Record<string, Xml2jsNode>>;
};

function toElement(node: Xml2jsNode): XmlElement {
  return {
    name: node["#name"].replace(/^.*:/, ""),
    attrs: node.$ ?? {},
    text: (node._ ?? "").trim(),
    children: (node.$$ ?? []).map(toElement),
  };
}

async function parseXml(xml: string): Promise<XmlElement> {
  const doc = await xml2js.parseStringPromise(xml, {
    explicitChildren: true,
    preserveChildrenOrder: true,
    explicitRoot: true,
  });
  return toElement(Object.values(doc)[0]);
}

function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c) => c.name === name);
}

function childrenNamed(el: XmlElement | undefined, name: string): XmlElement[] {
  return el?.children.filter((c) => c.name === name) ?? [];
}

function path(el: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  return names.reduce<XmlElement | undefined>((at, name) => child(at, name), el);
}

function descendants(el: XmlElement): XmlElement[] {
  return el.children.flatMap((c) => [c, ...descendants(c)]);
}

// ---------------------------------------------------------------------------------------------------------------
// Schema order (OfficeAppManifestV1_1.xsd and TaskPaneAppVersionOverridesV1_0.xsd, as listed in
// https://learn.microsoft.com/office/dev/add-ins/develop/manifest-element-ordering)

const TASKPANE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "Dictionary",
  "VersionOverrides",
  "ExtendedOverrides",
];

/** Child order for the parents inside VersionOverrides that this manifest uses. */
const NESTED_ORDER: Record<string, string[]> = {
  VersionOverrides: ["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo", "EquivalentAddins"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  Group: ["OverriddenByRibbonApi", "Label", "Icon", "Control"],
  Control: ["OverriddenByRibbonApi", "Label", "Supertip", "Icon", "Action", "Enabled", "Items"],
  Supertip: ["Title", "Description"],
  Action: ["TaskpaneId", "SourceLocation", "Title", "FunctionName"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
};

const REQUIRED_TOP_LEVEL = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];

/** Problems with the children of `el` against `order`: unknown names, names out of order, repeats that are apart. */
function orderProblems(el: XmlElement, order: string[], where: string): string[] {
  const problems: string[] = [];
  let last = -1;
  let lastName = "";
  for (const c of el.children) {
    const at = order.indexOf(c.name);
    if (at < 0) problems.push(`${where}: <${c.name}> is not a child the schema allows here`);
    else if (at < last) problems.push(`${where}: <${c.name}> must come before <${lastName}>`);
    else if (at === last && c.name !== "Control") problems.push(`${where}: <${c.name}> appears twice`);
    if (at >= 0) {
      last = Math.max(last, at);
      lastName = order[last];
    }
  }
  return problems;
}

function checkStructure(root: XmlElement): string[] {
  const problems: string[] = [];
  if (root.name !== "OfficeApp") problems.push(`root is <${root.name}>, not <OfficeApp>`);
  if (root.attrs["xsi:type"] !== "TaskPaneApp") problems.push(`OfficeApp xsi:type is ${root.attrs["xsi:type"]}`);
  for (const name of REQUIRED_TOP_LEVEL) {
    if (!child(root, name)) problems.push(`OfficeApp: <${name}> is missing`);
  }
  problems.push(...orderProblems(root, TASKPANE_APP_ORDER, "OfficeApp"));
  for (const el of descendants(child(root, "VersionOverrides") ?? root)) {
    const order = NESTED_ORDER[el.name];
    if (order) problems.push(...orderProblems(el, order, el.name));
  }
  const vo = child(root, "VersionOverrides");
  if (vo) {
    problems.push(...orderProblems(vo, NESTED_ORDER.VersionOverrides, "VersionOverrides"));
    if (vo.attrs["xsi:type"] !== "VersionOverridesV1_0") problems.push("VersionOverrides is not VersionOverridesV1_0");
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Identity, locale, hosts, permissions

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PACKAGE_VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

function override(el: XmlElement | undefined, locale: string): string | undefined {
  return childrenNamed(el, "Override").find((o) => o.attrs.Locale === locale)?.attrs.Value;
}

function checkIdentity(root: XmlElement): string[] {
  const problems: string[] = [];
  const id = child(root, "Id")?.text ?? "";
  if (!GUID.test(id)) problems.push(`Id "${id}" is not a GUID`);
  const version = child(root, "Version")?.text;
  if (version !== `${PACKAGE_VERSION}.0`)
    problems.push(`Version ${version} does not match package.json ${PACKAGE_VERSION}`);
  if (!child(root, "ProviderName")?.text) problems.push("ProviderName is empty");
  if (child(root, "DefaultLocale")?.text !== "zh-CN") problems.push("DefaultLocale is not zh-CN");

  const name = child(root, "DisplayName");
  if (name?.attrs.DefaultValue !== "绩效自评助手") problems.push(`DisplayName is "${name?.attrs.DefaultValue}"`);
  if (override(name, "en-US") !== "Performance Self-Evaluation Assistant") {
    problems.push("DisplayName has no en-US override “Performance Self-Evaluation Assistant”");
  }
  const description = child(root, "Description");
  if (!/[\u4e00-\u9fff]/.test(description?.attrs.DefaultValue ?? "")) problems.push("Description is not in Chinese");
  if (!override(description, "en-US")) problems.push("Description has no en-US override");

  const hosts = childrenNamed(child(root, "Hosts"), "Host").map((h) => h.attrs.Name);
  if (hosts.join() !== "Workbook") problems.push(`Hosts are [${hosts.join(", ")}], not [Workbook]`);
  if (child(root, "Permissions")?.text !== "ReadWriteDocument") problems.push("Permissions is not ReadWriteDocument");
  const source = path(root, "DefaultSettings", "SourceLocation")?.attrs.DefaultValue;
  if (source !== `${DEV_ORIGIN}taskpane.html`) problems.push(`DefaultSettings SourceLocation is ${source}`);
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// URLs

/** Elements whose DefaultValue (and whose Overrides' Value) is a URL. */
const URL_ELEMENTS = new Set(["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "Image", "Url"]);

function checkUrls(root: XmlElement): string[] {
  const problems: string[] = [];
  const visit = (el: XmlElement, parent: XmlElement | undefined): void => {
    const isUrl = URL_ELEMENTS.has(el.name) || (el.name === "Override" && parent && URL_ELEMENTS.has(parent.name));
    for (const [attr, value] of Object.entries(el.attrs)) {
      if (attr === "xmlns" || attr.startsWith("xmlns:")) continue;
      const expectsUrl = isUrl && (attr === "DefaultValue" || attr === "Value");
      if ((expectsUrl || /^[a-z][a-z0-9+.-]*:\/\//i.test(value)) && !value.startsWith(DEV_ORIGIN)) {
        problems.push(`<${el.name} ${attr}="${value}">: URL must start with ${DEV_ORIGIN}`);
      }
    }
    if (el.name === "AppDomain" && !el.text.startsWith("https://")) problems.push(`AppDomain ${el.text} is not https`);
    el.children.forEach((c) => visit(c, el));
  };
  visit(root, undefined);
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Resources and resource ids

type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

/** Which resource table a `resid` on each element refers to. */
const RESID_KIND: Record<string, ResourceKind> = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

const MAX_LENGTH: Partial<Record<ResourceKind, number>> = { ShortStrings: 125, LongStrings: 250 };

interface Resource {
  value: string;
  overrides: string[];
}

function resources(root: XmlElement): Record<ResourceKind, Map<string, Resource>> {
  const res = path(root, "VersionOverrides", "Resources");
  const table = (kind: ResourceKind): Map<string, Resource> =>
    new Map(
      (child(res, kind)?.children ?? []).map((r) => [
        r.attrs.id,
        { value: r.attrs.DefaultValue, overrides: childrenNamed(r, "Override").map((o) => o.attrs.Value) },
      ]),
    );
  return {
    Images: table("Images"),
    Urls: table("Urls"),
    ShortStrings: table("ShortStrings"),
    LongStrings: table("LongStrings"),
  };
}

function resolve(root: XmlElement, kind: ResourceKind, resid: string | undefined): string | undefined {
  return resid === undefined ? undefined : resources(root)[kind].get(resid)?.value;
}

function checkResids(root: XmlElement): string[] {
  const problems: string[] = [];
  const table = resources(root);
  const res = path(root, "VersionOverrides", "Resources");
  const used = new Set<string>();
  for (const el of descendants(child(root, "VersionOverrides") ?? root)) {
    const resid = el.attrs.resid;
    if (resid === undefined) continue;
    const kind = RESID_KIND[el.name];
    if (!kind) problems.push(`<${el.name} resid="${resid}">: no resource table for this element`);
    else if (!table[kind].has(resid)) problems.push(`<${el.name} resid="${resid}"> does not resolve in ${kind}`);
    if (resid.length > 32) problems.push(`resid "${resid}" is longer than 32 characters`);
    if (kind) used.add(`${kind}/${resid}`);
  }
  for (const kind of Object.keys(table) as ResourceKind[]) {
    const ids = (child(res, kind)?.children ?? []).map((r) => r.attrs.id);
    for (const id of ids.filter((x, i) => ids.indexOf(x) !== i)) problems.push(`${kind}: id ${id} is defined twice`);
    for (const [id, { value, overrides }] of table[kind]) {
      if (!used.has(`${kind}/${id}`)) problems.push(`${kind}: ${id} is never used`);
      const max = MAX_LENGTH[kind];
      for (const text of [value, ...overrides]) {
        if (max && [...text].length > max) problems.push(`${kind}: ${id} is longer than ${max} characters`);
      }
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Icons

interface PngInfo {
  width: number;
  height: number;
  /** Decoded straight RGBA pixels (filter type 0 only, which is what scripts/make-icons.ts writes). */
  rgba?: Uint8Array;
}

/** Reads a PNG's header and checks every chunk's CRC; throws with a reason if the file is not a sound PNG. */
function readPng(bytes: Buffer): PngInfo {
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error("not a PNG signature");
  let at = 8;
  let info: PngInfo | undefined;
  const idat: Buffer[] = [];
  let colourType = -1;
  while (at < bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString("latin1", at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    const crc = bytes.readUInt32BE(at + 8 + length);
    if (crc32(bytes.subarray(at + 4, at + 8 + length)) !== crc) throw new Error(`bad CRC in ${type}`);
    if (type === "IHDR") {
      info = { width: data.readUInt32BE(0), height: data.readUInt32BE(4) };
      colourType = data[9];
    }
    if (type === "IDAT") idat.push(data);
    at += 12 + length;
    if (type === "IEND") break;
  }
  if (!info) throw new Error("no IHDR chunk");
  const raw = inflateSync(Buffer.concat(idat));
  const stride = 1 + info.width * 4;
  if (colourType === 6 && raw.length === stride * info.height && raw.every((b, i) => i % stride !== 0 || b === 0)) {
    const rgba = new Uint8Array(info.width * info.height * 4);
    for (let y = 0; y < info.height; y++) rgba.set(raw.subarray(y * stride + 1, (y + 1) * stride), y * info.width * 4);
    info.rgba = rgba;
  }
  return info;
}

/** The file an icon URL points to, relative to the repository root (the build serves assets/ as /assets/). */
function assetFile(url: string): string | undefined {
  return url.startsWith(`${DEV_ORIGIN}assets/`) ? url.slice(DEV_ORIGIN.length) : undefined;
}

function checkIconFile(url: string | undefined, size: number, what: string, root: string): string[] {
  const file = url === undefined ? undefined : assetFile(url);
  if (!file) return [`${what}: ${url} is not under ${DEV_ORIGIN}assets/`];
  if (!existsSync(join(root, file))) return [`${what}: ${file} does not exist`];
  try {
    const { width, height } = readPng(readFileSync(join(root, file)));
    return width === size && height === size ? [] : [`${what}: ${file} is ${width}×${height}, not ${size}×${size}`];
  } catch (error) {
    return [`${what}: ${file}: ${(error as Error).message}`];
  }
}

function checkIcons(root: XmlElement, repoRoot: string): string[] {
  const problems = [
    ...checkIconFile(child(root, "IconUrl")?.attrs.DefaultValue, 32, "IconUrl", repoRoot),
    ...checkIconFile(child(root, "HighResolutionIconUrl")?.attrs.DefaultValue, 64, "HighResolutionIconUrl", repoRoot),
  ];
  for (const icon of descendants(child(root, "VersionOverrides") ?? root).filter((e) => e.name === "Icon")) {
    const images = childrenNamed(icon, "Image");
    const sizes = images.map((i) => Number(i.attrs.size));
    for (const required of [16, 32, 80]) {
      if (!sizes.includes(required)) problems.push(`an <Icon> has no ${required}px image`);
    }
    for (const image of images) {
      const url = resolve(root, "Images", image.attrs.resid);
      problems.push(...checkIconFile(url, Number(image.attrs.size), `Image ${image.attrs.resid}`, repoRoot));
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Ribbon buttons and requirements

function checkButtons(root: XmlElement): string[] {
  const problems: string[] = [];
  const form = path(root, "VersionOverrides", "Hosts", "Host", "DesktopFormFactor");
  const functionFile = resolve(root, "Urls", child(form, "FunctionFile")?.attrs.resid);
  if (functionFile !== `${DEV_ORIGIN}commands.html`) problems.push(`FunctionFile is ${functionFile}`);
  const surface = childrenNamed(form, "ExtensionPoint").find((e) => e.attrs["xsi:type"] === "PrimaryCommandSurface");
  const tab = child(surface, "OfficeTab") ?? child(surface, "CustomTab");
  const group = child(tab, "Group");
  const label = (el: XmlElement | undefined): string | undefined =>
    resolve(root, "ShortStrings", child(el, "Label")?.attrs.resid);
  if (label(group) !== "绩效自评") problems.push(`the ribbon group is labelled ${label(group)}, not 绩效自评`);

  const controls = childrenNamed(group, "Control");
  const ids = controls.map((c) => c.attrs.id);
  if (new Set(ids).size !== ids.length) problems.push("two controls share an id");
  const button = (text: string): XmlElement | undefined =>
    controls.find((c) => c.attrs["xsi:type"] === "Button" && label(c) === text);

  const taskpane = child(button("绩效自评助手"), "Action");
  if (taskpane?.attrs["xsi:type"] !== "ShowTaskpane") problems.push("no 绩效自评助手 button that shows the task pane");
  else {
    if (!child(taskpane, "TaskpaneId")?.text) problems.push("the task pane button has no TaskpaneId");
    const url = resolve(root, "Urls", child(taskpane, "SourceLocation")?.attrs.resid);
    if (url !== `${DEV_ORIGIN}taskpane.html`) problems.push(`the task pane button opens ${url}`);
  }
  const recalc = child(button("一键重算"), "Action");
  if (recalc?.attrs["xsi:type"] !== "ExecuteFunction") problems.push("no 一键重算 button that executes a function");
  else if (child(recalc, "FunctionName")?.text !== "recalcAll") problems.push("一键重算 does not call recalcAll");
  return problems;
}

function checkRequirements(root: XmlElement): string[] {
  const sets = path(root, "Requirements", "Sets");
  const excel = childrenNamed(sets, "Set").find((s) => s.attrs.Name === "ExcelApi");
  const version = excel?.attrs.MinVersion ?? sets?.attrs.DefaultMinVersion;
  // Exactly 1.8: anything newer would shut out Office 2019, which the add-in serves with reduced features.
  return version === "1.8" ? [] : [`ExcelApi requirement is ${version}, not 1.8`];
}

// ---------------------------------------------------------------------------------------------------------------

type Checker = (root: XmlElement) => string[];

const CHECKERS: Record<string, Checker> = {
  structure: checkStructure,
  identity: checkIdentity,
  urls: checkUrls,
  resids: checkResids,
  icons: (root) => checkIcons(root, ROOT),
  buttons: checkButtons,
  requirements: checkRequirements,
};

function replaceOnce(xml: string, from: string | RegExp, to: string): string {
  const out = xml.replace(from, to);
  if (out === xml) throw new Error(`mutation did not apply: ${from}`);
  return out;
}

describe("manifest.xml", () => {
  let root: XmlElement;
  beforeAll(async () => {
    root = await parseXml(MANIFEST_XML);
  });

  it.each(Object.keys(CHECKERS))("passes the %s checks", (name) => {
    expect(CHECKERS[name](root)).toEqual([]);
  });

  it("asks for data validation's requirement set and nothing newer", () => {
    expect(path(root, "Requirements", "Sets", "Set")?.attrs).toEqual({ Name: "ExcelApi", MinVersion: "1.8" });
  });

  // Each broken copy must make its checker complain with the expected words.
  const broken: [string, keyof typeof CHECKERS, (xml: string) => string, RegExp][] = [
    [
      "Permissions moved before DefaultSettings",
      "structure",
      (xml) =>
        replaceOnce(
          replaceOnce(xml, "  <Permissions>ReadWriteDocument</Permissions>\n", ""),
          "  <DefaultSettings>",
          "  <Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>",
        ),
      /<DefaultSettings> must come before <Permissions>/,
    ],
    [
      "FunctionFile before GetStarted",
      "structure",
      (xml) =>
        replaceOnce(
          replaceOnce(xml, /\s*<FunctionFile resid="Commands.Url"\/>/, ""),
          "<GetStarted>",
          '<FunctionFile resid="Commands.Url"/><GetStarted>',
        ),
      /DesktopFormFactor: <GetStarted> must come before <FunctionFile>/,
    ],
    [
      "Permissions removed",
      "structure",
      (xml) => replaceOnce(xml, "<Permissions>ReadWriteDocument</Permissions>", ""),
      /<Permissions> is missing/,
    ],
    ["Id not a GUID", "identity", (xml) => replaceOnce(xml, /<Id>[^<]*<\/Id>/, "<Id>jixiao</Id>"), /not a GUID/],
    [
      "no English display name",
      "identity",
      (xml) => replaceOnce(xml, /<Override Locale="en-US" Value="Performance Self-Evaluation Assistant"\/>/, ""),
      /DisplayName has no en-US override/,
    ],
    [
      "an http icon URL",
      "urls",
      (xml) =>
        replaceOnce(
          xml,
          'DefaultValue="https://localhost:3000/assets/icon-16.png"',
          'DefaultValue="http://localhost:3000/assets/icon-16.png"',
        ),
      /icon-16\.png.*must start with https:\/\/localhost:3000\//,
    ],
    [
      "a relative task pane URL",
      "urls",
      (xml) =>
        replaceOnce(
          xml,
          '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>',
          '<SourceLocation DefaultValue="taskpane.html"/>',
        ),
      /SourceLocation DefaultValue="taskpane.html"/,
    ],
    [
      "a dangling resid",
      "resids",
      (xml) => replaceOnce(xml, '<Label resid="RecalcButton.Label"/>', '<Label resid="RecalcButton.Caption"/>'),
      /resid="RecalcButton.Caption"> does not resolve in ShortStrings/,
    ],
    [
      "a short string in the long-string table",
      "resids",
      (xml) => replaceOnce(xml, '<Description resid="RecalcButton.Tooltip"/>', '<Description resid="Group.Label"/>'),
      /resid="Group.Label"> does not resolve in LongStrings/,
    ],
    [
      "an icon file that does not exist",
      "icons",
      (xml) => replaceOnce(xml, "assets/recalc-80.png", "assets/recalc-81.png"),
      /assets\/recalc-81\.png does not exist/,
    ],
    [
      "a 16 px file where 32 px is stated",
      "icons",
      (xml) =>
        replaceOnce(
          xml,
          'id="Icon.32x32" DefaultValue="https://localhost:3000/assets/icon-32.png"',
          'id="Icon.32x32" DefaultValue="https://localhost:3000/assets/icon-16.png"',
        ),
      /icon-16\.png is 16×16, not 32×32/,
    ],
    [
      "recalc calling the wrong function",
      "buttons",
      (xml) => replaceOnce(xml, "<FunctionName>recalcAll</FunctionName>", "<FunctionName>recalc</FunctionName>"),
      /does not call recalcAll/,
    ],
    [
      "the task pane button turned into a function",
      "buttons",
      (xml) => replaceOnce(xml, '<Action xsi:type="ShowTaskpane">', '<Action xsi:type="ExecuteFunction">'),
      /no 绩效自评助手 button that shows the task pane/,
    ],
    [
      "ExcelApi 1.7",
      "requirements",
      (xml) => replaceOnce(xml, '<Set Name="ExcelApi" MinVersion="1.8"/>', '<Set Name="ExcelApi" MinVersion="1.7"/>'),
      /ExcelApi requirement is 1\.7/,
    ],
  ];

  it.each(broken)("rejects a copy with %s", async (_what, checker, mutate, expected) => {
    const problems = CHECKERS[checker](await parseXml(mutate(MANIFEST_XML)));
    expect(problems.join("\n")).toMatch(expected);
  });
});

describe("icons", () => {
  it.each(ICONS.map((spec) => [spec.file, spec] as const))(
    "assets/%s is exactly what scripts/make-icons.ts draws",
    (_file, spec) => {
      const png = readPng(readFileSync(join(ROOT, "assets", spec.file)));
      expect([png.width, png.height]).toEqual([spec.size, spec.size]);
      expect(png.rgba).toBeDefined();
      expect(Buffer.from(png.rgba ?? []).equals(Buffer.from(drawIcon(spec.kind, spec.size)))).toBe(true);
    },
  );

  it("every icon has transparent corners and an opaque middle", () => {
    for (const spec of ICONS) {
      const { rgba } = readPng(readFileSync(join(ROOT, "assets", spec.file)));
      const alpha = (x: number, y: number): number => rgba?.[(y * spec.size + x) * 4 + 3] ?? -1;
      expect(alpha(0, 0)).toBe(0);
      expect(alpha(spec.size >> 1, spec.size >> 1)).toBe(255);
    }
  });

  it("the PNG reader rejects a file with a damaged chunk", () => {
    const bytes = Buffer.from(readFileSync(join(ROOT, "assets", "icon-16.png")));
    bytes[20] ^= 0xff; // inside IHDR's width/height, so the CRC no longer matches
    expect(() => readPng(bytes)).toThrow(/bad CRC in IHDR/);
  });
});

// The manifest names pages, files and a function that other parts of the project must provide; a misspelling on
// either side would only show up inside Excel, so the wiring is checked here.
describe("manifest wiring", () => {
  interface BuildConfig {
    plugins: { constructor: { name: string }; userOptions?: { filename?: string }; patterns?: CopyPattern[] }[];
  }
  interface CopyPattern {
    from: string;
    to: string;
    transform?: (content: Buffer) => string;
  }
  const webpackConfig = createRequire(__filename)("../webpack.config.js") as (
    env: Record<string, string>,
    argv: Record<string, string>,
  ) => BuildConfig;
  const build = (env: Record<string, string> = {}): BuildConfig => webpackConfig(env, { mode: "production" });
  const copies = (config: BuildConfig): CopyPattern[] => config.plugins.flatMap((p) => p.patterns ?? []);

  let root: XmlElement;
  beforeAll(async () => {
    root = await parseXml(MANIFEST_XML);
  });

  it("every page the manifest opens is a page the build emits", () => {
    const pages = new Set(
      build()
        .plugins.map((p) => p.userOptions?.filename)
        .filter(Boolean),
    );
    const urls = [...MANIFEST_XML.matchAll(/https:\/\/localhost:3000\/([^"]+\.html)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(0);
    for (const page of new Set(urls)) expect(pages).toContain(page);
  });

  it("the build copies assets/ to /assets/, where the manifest points", () => {
    expect(copies(build())).toContainEqual(expect.objectContaining({ from: "assets", to: "assets" }));
  });

  it("the build rewrites every manifest URL when given a production origin", () => {
    const pattern = copies(build({ publicUrl: "https://jixiao.example.gov.cn/addin" })).find(
      (p) => p.from === "manifest.xml",
    );
    const rewritten = pattern?.transform?.(Buffer.from(MANIFEST_XML)) ?? "";
    expect(rewritten).not.toContain("localhost");
    expect(rewritten).toContain('DefaultValue="https://jixiao.example.gov.cn/addin/taskpane.html"');
  });

  it("every ribbon function is registered with Office.actions.associate", () => {
    const names = descendants(root)
      .filter((e) => e.name === "FunctionName")
      .map((e) => e.text);
    const sources = ["src/commands", "src/main"]
      .filter((dir) => existsSync(join(ROOT, dir)))
      .flatMap((dir) =>
        readdirSync(join(ROOT, dir))
          .filter((f) => /\.tsx?$/.test(f))
          .map((f) => readFileSync(join(ROOT, dir, f), "utf8")),
      )
      .join("\n");
    expect(names).toEqual(["recalcAll"]);
    for (const name of names) expect(sources).toMatch(new RegExp(`Office\\.actions\\.associate\\(\\s*"${name}"`));
  });
});

describe("office-addin-manifest info", () => {
  const run = promisify(execFile);
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), "jixiao-manifest-"));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("reads the manifest offline and prints its name and id", async () => {
    const id = /<Id>([^<]*)<\/Id>/.exec(MANIFEST_XML)?.[1];
    const { stdout } = await run("npx", ["--no", "office-addin-manifest", "info", "manifest.xml"], { cwd: ROOT });
    expect(stdout).toContain(`Id: ${id}`);
    expect(stdout).toContain("Name: 绩效自评助手");
    expect(stdout).toContain("Type: TaskPaneApp");
    expect(stdout).toContain("Hosts: Workbook");
  });

  it("exits non-zero on a manifest cut off halfway", async () => {
    const truncated = join(scratch, "manifest.xml");
    writeFileSync(truncated, MANIFEST_XML.slice(0, MANIFEST_XML.length >> 1));
    await expect(run("npx", ["--no", "office-addin-manifest", "info", truncated], { cwd: ROOT })).rejects.toMatchObject(
      {
        code: 1,
      },
    );
  });
});
