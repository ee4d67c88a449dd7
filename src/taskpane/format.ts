// Display formatting only: numbers arrive rounded from the report; Intl does the rest, no arithmetic here.
const SCORE = new Intl.NumberFormat("zh-CN", {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  useGrouping: false,
});
const PERCENT = new Intl.NumberFormat("zh-CN", {
  style: "percent",
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const DASH = "—";

export function formatScore(n: number | null | undefined): string {
  return n === null || n === undefined ? DASH : SCORE.format(n);
}

export function formatPercent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? DASH : PERCENT.format(rate);
}

/** Turns whatever was thrown into the Chinese sentence the person reads; never hides it. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "string" && error) return error;
  return `未知错误：${String(error)}`;
}
