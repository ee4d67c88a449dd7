// The text a person sees in a cell: a number shown through its number format ("0.00%" shows 0.93 as "93.00%").
// Only the formats the official workbooks use are rendered exactly: General, 0, 0.00, 0%, 0.00%, grouping, and
// literal text around the number (`0" 万美元"`, `"≥"0"个"`). Anything else (dates, fractions, scientific) falls
// back to General, which still shows the right number.
import Decimal from "decimal.js";
import { CellData } from "./grid";

export function cellText(cell: CellData | undefined): string {
  if (!cell) return "";
  if (cell.error) return cell.error;
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return formatNumber(v, cell.numFmt);
}

/** Shown texts by format and value: the same few figures (0, 10, 100%) recur all over a workbook. */
const SHOWN = new Map<string, Map<number, string>>();
let shownCount = 0;

export function formatNumber(value: number, numFmt?: string): string {
  if (!Number.isFinite(value)) return String(value);
  if (!numFmt) return Number.isInteger(value) && Math.abs(value) < 1e11 ? String(value) : general(value);
  let byValue = SHOWN.get(numFmt);
  let text = byValue?.get(value);
  if (text !== undefined) return text;
  text = /^general$/i.test(numFmt.trim()) ? general(value) : formatted(value, numFmt);
  if (shownCount >= 20_000) {
    SHOWN.clear();
    shownCount = 0;
    byValue = undefined;
  }
  if (!byValue) SHOWN.set(numFmt, (byValue = new Map()));
  byValue.set(value, text);
  shownCount++;
  return text;
}

function formatted(value: number, numFmt: string): string {
  const sections = sectionsOf(numFmt);
  let section = sections[0];
  let minus = value < 0;
  // A second section is for negative numbers (written without a minus sign), a third for zero; an empty one
  // shows nothing, as in Excel.
  if (value < 0 && sections.length > 1) {
    section = sections[1];
    minus = false;
  } else if (value === 0 && sections.length > 2) {
    section = sections[2];
  }
  if (!section) return general(value);
  return render(Math.abs(value), section, minus);
}

/** Excel's General: up to 10 significant digits, no trailing zeros. */
function general(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  const d = new Decimal(value).toSignificantDigits(10);
  return d.abs().gte(1e11) || (d.abs().lt(1e-9) && !d.isZero()) ? d.toExponential() : d.toFixed();
}

/** One section of a format, worked out once: the text around the number and how the number is written. */
interface Section {
  prefix: string;
  suffix: string;
  /** No digit placeholders: the section shows its text only (`0;-0;"零"` shows 零 for zero). */
  textOnly: boolean;
  point: boolean;
  grouping: boolean;
  minInt: number;
  minDecimals: number;
  maxDecimals: number;
  percents: number;
}

/** The sections of a format (null where this renderer falls back to General); formats repeat, so they are kept. */
const SECTIONS = new Map<string, (Section | null)[]>();

function sectionsOf(format: string): (Section | null)[] {
  let sections = SECTIONS.get(format);
  if (!sections) {
    sections = splitSections(format).map((text) => {
      const tokens = tokenize(text);
      return tokens && compile(tokens);
    });
    if (SECTIONS.size < 1000) SECTIONS.set(format, sections);
  }
  return sections;
}

/** `value` with `decimals` places, half away from zero on its decimal value (as Excel shows 1.005 as 1.01). */
function fixed(value: number, decimals: number): string {
  const scaled = value * 10 ** decimals;
  // Binary floating point only matters at a tie; elsewhere the built-in rounding is right.
  if (Math.abs(scaled - Math.floor(scaled) - 0.5) > 1e-6 && Math.abs(scaled) < 1e15) return value.toFixed(decimals);
  return new Decimal(value).toFixed(decimals, Decimal.ROUND_HALF_UP);
}

function splitSections(format: string): string[] {
  const out: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === "\\") i++;
    else if (ch === ";" && !quoted) {
      out.push(format.slice(start, i));
      start = i + 1;
    }
  }
  out.push(format.slice(start));
  return out;
}

type Token =
  { kind: "literal"; text: string } | { kind: "digit"; ch: string } | { kind: "point" | "comma" | "percent" };

/** The tokens of one section, or null for a format this renderer does not handle (dates, text, scientific). */
function tokenize(section: string): Token[] | null {
  const tokens: Token[] = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      tokens.push({ kind: "literal", text: section.slice(i + 1, stop) });
      i = stop;
    } else if (ch === "\\") {
      tokens.push({ kind: "literal", text: section[i + 1] ?? "" });
      i++;
    } else if (ch === "[") {
      const end = section.indexOf("]", i + 1);
      const inner = section.slice(i + 1, end < 0 ? section.length : end);
      if (inner.startsWith("$")) tokens.push({ kind: "literal", text: inner.slice(1).split("-")[0] });
      i = end < 0 ? section.length : end;
    } else if (ch === "_") {
      tokens.push({ kind: "literal", text: " " });
      i++;
    } else if (ch === "*") {
      i++;
    } else if (ch === "0" || ch === "#" || ch === "?") {
      tokens.push({ kind: "digit", ch });
    } else if (ch === ".") {
      tokens.push({ kind: "point" });
    } else if (ch === ",") {
      tokens.push({ kind: "comma" });
    } else if (ch === "%") {
      tokens.push({ kind: "percent" });
    } else if (ch === "@" || /[yYmMdDhHsSeE/]/.test(ch)) {
      return null;
    } else {
      tokens.push({ kind: "literal", text: ch });
    }
  }
  return tokens;
}

function compile(tokens: Token[]): Section {
  const firstDigit = tokens.findIndex((t) => t.kind === "digit");
  let lastDigit = firstDigit;
  tokens.forEach((t, i) => t.kind === "digit" && (lastDigit = i));
  const shown = (t: Token) =>
    t.kind === "literal"
      ? t.text
      : t.kind === "percent"
        ? "%"
        : t.kind === "point"
          ? "."
          : t.kind === "comma"
            ? ","
            : "";
  const out: Section = {
    prefix: "",
    suffix: "",
    textOnly: firstDigit < 0,
    point: false,
    grouping: false,
    minInt: 0,
    minDecimals: 0,
    maxDecimals: 0,
    percents: tokens.filter((t) => t.kind === "percent").length,
  };
  tokens.forEach((t, i) => {
    if (firstDigit < 0 || i < firstDigit) out.prefix += shown(t);
    else if (i > lastDigit)
      out.suffix += t.kind === "point" || t.kind === "comma" ? shown(t) : t.kind === "digit" ? "" : shown(t);
    else if (t.kind === "percent") out.suffix = "%" + out.suffix;
    else if (t.kind === "point") out.point = true;
    else if (t.kind === "comma") out.grouping = true;
    else if (t.kind === "digit") {
      if (!out.point) out.minInt += t.ch === "0" ? 1 : 0;
      else {
        out.maxDecimals++;
        if (t.ch === "0") out.minDecimals = out.maxDecimals;
      }
    }
  });
  return out;
}

function render(value: number, s: Section, minus: boolean): string {
  if (s.textOnly) return s.prefix;
  // Rounded to the 15 digits Excel keeps, so 0.9381 × 100 is 93.81 and not 93.81000000000001.
  const scaled = s.percents ? Number((value * 100 ** s.percents).toPrecision(15)) : value;
  const text = fixed(scaled, s.maxDecimals);
  const dot = text.indexOf(".");
  let int = dot < 0 ? text : text.slice(0, dot);
  let frac = dot < 0 ? "" : text.slice(dot + 1);
  let end = frac.length;
  while (end > s.minDecimals && frac.charCodeAt(end - 1) === 48) end--;
  frac = frac.slice(0, end);
  if (int === "0" && s.minInt === 0) int = "";
  if (int.length < s.minInt) int = int.padStart(s.minInt, "0");
  if (s.grouping) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const number = s.point ? int + "." + frac : int;
  const negative = minus && /[1-9]/.test(number);
  return (negative ? "-" : "") + s.prefix + number + s.suffix;
}
