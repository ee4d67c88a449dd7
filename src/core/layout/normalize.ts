// Header and label text as the matcher compares it: the same words however they were typed (line breaks, spaces,
// full-width characters, a unit or an "(A)" in brackets).

const BRACKETS: Record<string, string> = { "【": "(", "】": ")", "〔": "(", "〕": ")", "[": "(", "]": ")" };

/**
 * NFKC (full-width → half-width), no whitespace at all (line breaks, full-width spaces), other brackets as round
 * ones, lower case, and every bracketed part left out: `全年预算数\n（万元）` and `执行率(B/A)` become `全年预算数`
 * and `执行率`.
 */
export function headerKey(text: string): string {
  let s = text
    .normalize("NFKC")
    .replace(/[\s\u200b\ufeff]+/g, "")
    .replace(/[【】〔〕[\]]/g, (ch) => BRACKETS[ch])
    .toLowerCase();
  for (let prev = ""; prev !== s;) {
    prev = s;
    s = s.replace(/\([^()]*\)/g, "");
  }
  // A label written with its colon (`预算数:`, `项目名称:`) is the same header.
  return s.replace(/:+$/, "");
}

/**
 * A row label as the matcher compares it: the header key without numbering (`1、`, `一、`), a leading `其中:` and
 * trailing colons, so `3、本级专项资金（一个专项一行）` is `本级专项资金` and `其中:基本支出：` is `基本支出`.
 */
export function labelKey(text: string): string {
  return headerKey(text)
    .replace(/^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.]/, "")
    .replace(/^其中[:,，、]?/, "")
    .replace(/[:;。，,、]+$/, "");
}

/** A 一级 label with the weight it carries: `产出指标（50分）` → 产出指标, 50. */
export function splitLevelWeight(text: string): { label: string; weight?: number } {
  const flat = flatLabel(text);
  const m = /^(.*?)[(（]\s*(\d+(?:\.\d+)?)\s*分?\s*[)）]$/.exec(flat.normalize("NFKC"));
  if (m && m[1] !== "") return { label: m[1].trim(), weight: Number(m[2]) };
  return { label: flat };
}

/** A label printed over several lines, on one: the line breaks a narrow column forced are not part of it. */
export function flatLabel(text: string): string {
  return (text.includes("\n") || text.includes("\r") ? text.replace(/\s*[\r\n]+\s*/g, "") : text).trim();
}

/** A text as family evidence compares it: the header key's spelling, with its brackets and what they hold kept
 *  (`预算执行情况(万元)(20分)`, `得分(20分*执行率)`). */
export function rawKey(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\s\u200b\ufeff]+/g, "")
    .toLowerCase();
}

/** Points a label gives (`(20分)`, `得分(20分*执行率)`, `年度绩效目标(80分)`), if it gives one. */
export function pointsIn(text: string): number | undefined {
  const m = /(\d+(?:\.\d+)?)\s*分/.exec(text.normalize("NFKC"));
  return m ? Number(m[1]) : undefined;
}
