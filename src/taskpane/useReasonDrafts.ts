// The state of the 偏差原因 drafting list: which rows to write, with which cause and measure, and the preview of
// each text as the app would write it. Previews come from the app (the pane drafts nothing itself).
import { useCallback, useRef, useState } from "react";
import { errorMessage } from "./format";
import type { PaneSession, ReasonPlanChoice, ReasonRow } from "./types";

export interface Draft {
  /** Write this row. Rows a person already filled start unticked; ticking one means replacing that text. */
  include: boolean;
  /** "" lets the app choose. */
  cause: string;
  measure: string;
  preview: string | null;
  previewError: string | null;
}

export type DraftPatch = Partial<Pick<Draft, "include" | "cause" | "measure">>;

export function choiceOf(row: ReasonRow, draft: Draft): ReasonPlanChoice {
  const choice: ReasonPlanChoice = {};
  if (draft.cause) choice.cause = draft.cause;
  if (draft.measure) choice.measure = draft.measure;
  if (row.hasPersonText) choice.replace = true;
  return choice;
}

function freshDraft(row: ReasonRow): Draft {
  // A form without a 偏差原因 column gets its draft to copy: nothing to write.
  return { include: !row.hasPersonText && !row.copyOnly, cause: "", measure: "", preview: null, previewError: null };
}

export function useReasonDrafts(session: PaneSession) {
  const [rows, setRows] = useState<ReasonRow[] | null>(null);
  const [drafts, setDraftState] = useState<Record<string, Draft>>({});
  // The drafts as last set, readable from callbacks without waiting for a render.
  const current = useRef<Record<string, Draft>>({});
  // Only the newest preview request of a cell may land; earlier answers are stale.
  const tickets = useRef<Record<string, number>>({});

  const setDrafts = useCallback((next: Record<string, Draft>) => {
    current.current = next;
    setDraftState(next);
  }, []);

  const patchDraft = useCallback(
    (cell: string, patch: Partial<Draft>) => {
      const draft = current.current[cell];
      if (draft) setDrafts({ ...current.current, [cell]: { ...draft, ...patch } });
    },
    [setDrafts],
  );

  const preview = useCallback(
    (row: ReasonRow, draft: Draft) => {
      const ticket = (tickets.current[row.cell] ?? 0) + 1;
      tickets.current[row.cell] = ticket;
      session.previewReason(row.cell, choiceOf(row, draft)).then(
        (text) => {
          if (tickets.current[row.cell] === ticket) patchDraft(row.cell, { preview: text, previewError: null });
        },
        (error: unknown) => {
          if (tickets.current[row.cell] === ticket)
            patchDraft(row.cell, { preview: null, previewError: errorMessage(error) });
        },
      );
    },
    [session, patchDraft],
  );

  /** Reads the rows again, keeping the choices made for cells that are still listed. */
  const load = useCallback(async () => {
    const next = await session.reasonRows();
    const merged: Record<string, Draft> = {};
    for (const row of next) {
      const kept = current.current[row.cell];
      merged[row.cell] = kept ? { ...kept, preview: null, previewError: null } : freshDraft(row);
    }
    setDrafts(merged);
    setRows(next);
    for (const row of next) preview(row, merged[row.cell]);
  }, [session, preview, setDrafts]);

  const update = useCallback(
    (row: ReasonRow, patch: DraftPatch) => {
      const draft = { ...current.current[row.cell], ...patch };
      setDrafts({ ...current.current, [row.cell]: draft });
      if (patch.cause !== undefined || patch.measure !== undefined) preview(row, draft);
    },
    [preview, setDrafts],
  );

  const clear = useCallback(() => {
    setDrafts({});
    setRows(null);
  }, [setDrafts]);

  const choices = useCallback((): Record<string, ReasonPlanChoice> => {
    const out: Record<string, ReasonPlanChoice> = {};
    for (const row of rows ?? []) {
      const draft = current.current[row.cell];
      if (draft?.include) out[row.cell] = choiceOf(row, draft);
    }
    return out;
  }, [rows]);

  return { rows, drafts, load, update, clear, choices };
}
