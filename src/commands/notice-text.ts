// What the ribbon's 一键重算 tells the person, and how that travels to the notice dialog (in its URL, as the
// Dialog API offers no other way to hand a page data before it loads).
import type { Outcome } from "../app/session";

export interface Notice {
  ok: boolean;
  title: string;
  message: string;
  details: string[];
}

/** Enough for a few lines; URLs stay far below the length where old Office webviews cut them. */
const MAX_DETAILS = 5;
const MAX_DETAIL_CHARS = 200;

export function noticeFromOutcome(outcome: Outcome): Notice {
  const details = [...outcome.conflicts, ...outcome.skipped];
  return { ok: outcome.conflicts.length === 0, title: "一键重算", message: outcome.message, details };
}

export function noticeFromError(error: unknown): Notice {
  const text = error instanceof Error && error.message ? error.message : String(error);
  return { ok: false, title: "一键重算未完成", message: text, details: [] };
}

function clip(text: string): string {
  return text.length > MAX_DETAIL_CHARS ? `${text.slice(0, MAX_DETAIL_CHARS - 1)}…` : text;
}

export function noticeQuery(notice: Notice): string {
  const params = new URLSearchParams();
  params.set("ok", notice.ok ? "1" : "0");
  params.set("t", notice.title);
  params.set("m", clip(notice.message));
  const shown = notice.details.slice(0, MAX_DETAILS).map(clip);
  if (notice.details.length > MAX_DETAILS)
    shown.push(`另有 ${notice.details.length - MAX_DETAILS} 条，请打开任务窗格查看。`);
  for (const d of shown) params.append("d", d);
  return params.toString();
}

export function noticeFromQuery(search: string): Notice | null {
  const params = new URLSearchParams(search);
  const message = params.get("m");
  if (message === null) return null;
  return { ok: params.get("ok") === "1", title: params.get("t") ?? "一键重算", message, details: params.getAll("d") };
}
