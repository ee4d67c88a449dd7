// A one-line progress bar on stderr, redrawn in place. Only for a terminal: in a pipe or a log it would be noise.
export interface Progress {
  update(done: number, total: number, file: string): void;
  /** Clears the line, so other output starts at the left margin. */
  clear(): void;
  /** Redraws after other output was written. */
  redraw(): void;
}

const quiet: Progress = { update() {}, clear() {}, redraw() {} };

export function progressBar(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (total <= 1 || !stream.isTTY) return quiet;
  let line = "";
  const draw = () => stream.write(`\r\x1b[K${line}`);
  return {
    update(done, all, file) {
      const width = 24;
      const filled = Math.round((done / all) * width);
      const head = `检查中 [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${all} `;
      const room = Math.max(0, (stream.columns || 80) - displayWidth(head) - 1);
      line = head + fit(file, room);
      draw();
    },
    clear() {
      if (line) stream.write("\r\x1b[K");
    },
    redraw() {
      if (line) draw();
    },
  };
}

/** Terminal columns: CJK and full-width characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return w;
}

/** Keeps the end of a path (the file name) when it does not fit. */
function fit(s: string, room: number): string {
  if (displayWidth(s) <= room) return s;
  const chars = [...s];
  let out = "";
  for (let i = chars.length - 1; i >= 0 && displayWidth("…" + chars[i] + out) <= room; i--) out = chars[i] + out;
  return room > 0 ? "…" + out : "";
}
