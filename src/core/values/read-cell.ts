// Reading what a cell says: a number with its unit and comparator, a piece of text, nothing, or something that
// looks like a number but cannot be read safely. Never guesses silently: doubtful input is `invalid`, with a
// Chinese reason.
import Decimal from "decimal.js";
import { CellData, CellValue } from "../grid/grid";
import { LEADING_COMPARATORS, TRAILING_COMPARATORS, leadingComparator, trailingComparator } from "./comparators";
import { parseNumberFormat } from "./number-format";
import { Comparator, Quantity, Reading } from "./types";

/** Where the parts of a number typed as text sit, in the original string (for normalising it exactly). */
export interface NumberTextParts {
  quantity: Quantity;
  /** The original text, trimmed. */
  text: string;
  /** Original text before the number (comparator, spaces, a plus sign). */
  prefix: string;
  /** The number as typed, in ASCII after mapping full-width characters (6,000.50, -8.7). */
  token: string;
  /** The number exactly as it stood in the original text. */
  tokenOriginal: string;
  /** Original text between the number and the % sign ("" when none or not a percentage). */
  between: string;
  /** The % sign as it stood ("%" or full-width "％"), "" when not a percentage. */
  percentSign: string;
  /** Original text after the number (after the % sign of a percentage). */
  suffix: string;
}

/** What makes trailing text a deadline or a sentence rather than a unit (12月底前, 2023年完成, 1-2个): digits,
 *  punctuation, spaces inside, words of time. */
const NOT_A_UNIT = /[\d，。；;：:、（）()！？!?\s]|前|底|之内|完成|年度|以前|左右|约/;
const UNIT_MAX_LENGTH = 8;

/** A dash or slash alone says "nothing here" (其他资金 | - | -, 分值 — on a 其中 row). */
const NOTHING = /^\s*[-—–－―/／]+\s*$/;

/** What a cell shows, as far as reading it goes: a recognized table's field is one. */
export type ShownCell = Pick<CellData, "value" | "numFmt" | "error">;

export function readCell(cell: ShownCell): Reading {
  if (cell.error) return { kind: "invalid", text: cell.error, reason: `单元格显示错误值 ${cell.error}` };
  return readValue(cell.value, cell.numFmt);
}

/** Reads a raw cell value under its number format. */
export function readValue(value: CellValue, numFmt?: string): Reading {
  if (value === null || value === undefined) return { kind: "empty" };
  if (typeof value === "boolean") return { kind: "text", text: value ? "TRUE" : "FALSE" };
  if (typeof value === "number") return readNumber(value, numFmt);
  if (value.trim() === "" || NOTHING.test(value)) return { kind: "empty" };
  return readText(value);
}

function readNumber(value: number, numFmt: string | undefined): Reading {
  if (!Number.isFinite(value)) return { kind: "invalid", text: String(value), reason: "数值无效" };
  return { kind: "number", quantity: numberQuantity(value, numFmt).quantity };
}

interface Decoration {
  percent: boolean;
  unit: string;
  comparator?: Comparator;
}
const PLAIN: Decoration = { percent: false, unit: "" };
/** What a number format adds around its numbers, worked out once per format. */
const decorations = new Map<string, Decoration>();

function decorationOf(numFmt: string | undefined): Decoration {
  if (numFmt === undefined || numFmt === "General") return PLAIN;
  let d = decorations.get(numFmt);
  if (d) return d;
  d = PLAIN;
  const shape = parseNumberFormat(numFmt);
  if (shape) {
    const prefix = shape.prefix.trim();
    const lead = leadingComparator(prefix);
    const comparatorFromPrefix = lead.length === prefix.length ? lead.comparator : undefined;
    let suffix = shape.suffix.trim();
    const trail = trailingComparator(suffix);
    if (trail.length) suffix = suffix.slice(0, suffix.length - trail.length).trim();
    const comparator = comparatorFromPrefix ?? trail.comparator;
    d = { percent: shape.percent, unit: shape.percent ? "%" + suffix : suffix };
    if (comparator) d.comparator = comparator;
  }
  if (decorations.size < 500) decorations.set(numFmt, d);
  return d;
}

/** The quantity a finite number shows under `numFmt`, and the number itself (a fraction for a percentage). */
export function numberQuantity(value: number, numFmt: string | undefined): { quantity: Quantity; raw: Decimal } {
  const raw = new Decimal(value);
  const d = decorationOf(numFmt);
  const quantity: Quantity = { value: d.percent ? raw.times(100) : raw, unit: d.unit, percent: d.percent };
  if (d.comparator) quantity.comparator = d.comparator;
  return { quantity, raw };
}

/** Digits, half- or full-width: text without any is never a number. */
const ANY_DIGIT = /[0-9\uff10-\uff19]/;

export function readText(value: string): Reading {
  return readingOf(value, textParts(value));
}

/** `parseNumberText`, skipping text without a digit (most qualitative text). */
export function textParts(value: string): ReturnType<typeof parseNumberText> {
  return ANY_DIGIT.test(value) ? parseNumberText(value) : null;
}

/** The reading of text from its parts (see `textParts`). */
export function readingOf(value: string, parts: ReturnType<typeof parseNumberText>): Reading {
  if (parts === null)
    return value.trim() === "" || NOTHING.test(value) ? { kind: "empty" } : { kind: "text", text: value.trim() };
  if ("reason" in parts) return { kind: "invalid", text: value.trim(), reason: parts.reason };
  return { kind: "number", quantity: parts.quantity };
}

/**
 * Splits text such as `≥ 6,000.5 万美元` into its parts. Returns null for text that is not a number with a
 * unit (有效保障, 12月底前完成), `{reason}` for a number that cannot be read safely (7.50., 1,2,3).
 */
export function parseNumberText(original: string): NumberTextParts | { reason: string } | null {
  const m = NUMBER_TEXT.exec(mapCharacters(original));
  if (!m) return null;
  const [, space, label = "", leadWord = "", gap, token, percent = "", rawRest] = m;
  const start = space.length;
  const tokenStart = start + label.length + leadWord.length + gap.length;
  const tokenEnd = tokenStart + token.length;
  const end = tokenEnd + percent.length + rawRest.length;
  const text = original.slice(start, end);
  // A note in brackets after the unit says what it is (`98 %(百分比)`, 河北): not part of the unit.
  let unitText = rawRest.trim().replace(/\s*[(（][^()（）]*[)）]$/, "");
  const trail = TRAILING.exec(unitText);
  const trailing = trail ? TRAILING_WORDS.get(trail[1]) : undefined;
  if (trail) unitText = unitText.slice(0, unitText.length - trail[1].length).trim();
  if (unitText.length > UNIT_MAX_LENGTH || NOT_A_UNIT.test(unitText)) return null;
  if (percent && unitText !== "") return null;
  const leading = leadWord ? leadingComparator(leadWord).comparator : undefined;
  if (leading && trailing) return null;

  const invalid = SIMPLE_NUMBER.test(token) ? null : checkToken(token);
  if (invalid) return { reason: `「${text}」${invalid}` };
  const signless = token.charCodeAt(0) === 43 /* + */ ? token.slice(1) : token;
  const quantity: Quantity = {
    value: new Decimal(signless.includes(",") ? signless.replace(/,/g, "") : signless),
    unit: percent ? "%" : unitText,
    percent: percent !== "",
  };
  const comparator: Comparator | undefined = leading ?? trailing;
  if (comparator) quantity.comparator = comparator;
  const percentAt = tokenEnd + percent.length - 1;
  return {
    quantity,
    text,
    prefix: original.slice(start, tokenStart),
    token: signless,
    tokenOriginal: original.slice(tokenStart, tokenEnd),
    between: percent ? original.slice(tokenEnd, percentAt) : "",
    percentSign: percent ? original[percentAt] : "",
    suffix: original.slice(tokenEnd + percent.length, end),
  };
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/**
 * Optional space, a label with its colon (`预算数: 2.38`, `其中:中央补助 2.38 万元`, as forms print a figure beside its
 * name in one cell), a leading comparator word, the number, an optional % sign, the rest (trimmed off at the end).
 */
const NUMBER_TEXT = new RegExp(
  "^(\\s*)((?:[\\u4e00-\\u9fff]{1,8}[:：][\\u4e00-\\u9fff/]{0,8}\\s*)?)(" +
    LEADING_COMPARATORS.map(([w]) => w)
      .sort((a, b) => b.length - a.length)
      .map(escapeRegex)
      .join("|") +
    ")?( *)([+-]?(?:\\d[\\d.,]*|\\.\\d[\\d.,]*))(\\s*%)?([^]*?)\\s*$",
);
const TRAILING_WORDS = new Map(TRAILING_COMPARATORS);
const TRAILING = new RegExp("(" + TRAILING_COMPARATORS.map(([w]) => w).join("|") + ")$");
const SIMPLE_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/** Why a numeric token cannot be read safely, or null when it can. */
function checkToken(token: string): string | null {
  const body = token.replace(/^[+-]/, "");
  if (/[.,]$/.test(body)) return "末尾多了小数点或逗号，不是有效数字";
  if ((body.match(/\./g) ?? []).length > 1) return "含有多个小数点，不是有效数字";
  if (body.includes(",")) {
    if (!/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(body)) return "中的逗号不是千分位分隔符，无法确定数值";
  }
  if (body.startsWith(".")) return null;
  return null;
}

/**
 * Maps full-width ASCII (０-９, ％, ．, ，, ＞) to half-width and the minus sign to "-", one character for one,
 * so positions in the mapped text are positions in the original.
 */
const NEEDS_MAPPING = /[\uff01-\uff5e\u3000\u00a0\u2212\ufe63]/;

export function mapCharacters(text: string): string {
  if (!NEEDS_MAPPING.test(text)) return text;
  let out = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (ch === "\u3000" || ch === "\u00a0") out += " ";
    else if (ch === "\u2212" || ch === "\ufe63") out += "-";
    else out += ch;
  }
  return out;
}
