/**
 * The progress bar on stderr (files done, MB/s, ETA), drawn only on a terminal. Lines printed
 * while it is shown (errors) go through `log` so they do not mix with the bar.
 */
export interface ProgressState {
  done: number;
  total: number;
  bytesDone: number;
  bytesTotal: number;
}

export interface Progress {
  update(state: ProgressState): void;
  log(line: string): void;
  end(): void;
}

const WIDTH = 24;
const REDRAW_MS = 100;

export function createProgress(stream: { write(text: string): unknown }, enabled: boolean): Progress {
  const started = Date.now();
  let last = 0;
  let shown = false;
  let state: ProgressState | undefined;
  const clear = () => {
    if (shown) stream.write("\r\x1b[2K");
    shown = false;
  };
  const draw = () => {
    if (!state) return;
    const seconds = Math.max((Date.now() - started) / 1000, 1e-3);
    const rate = state.bytesDone / 1e6 / seconds;
    const share = state.total ? state.done / state.total : 1;
    const filled = Math.round(share * WIDTH);
    const left = state.bytesDone > 0 ? ((state.bytesTotal - state.bytesDone) / 1e6 / rate) : NaN;
    const eta = Number.isFinite(left) ? `ETA ${formatSeconds(left)}` : "ETA -";
    stream.write(`\r\x1b[2K[${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${state.done}/${state.total} files  ${rate.toFixed(2)} MB/s  ${eta}`);
    shown = true;
  };
  if (!enabled) return { update() {}, log: (line) => void stream.write(line + "\n"), end() {} };
  return {
    update(s) {
      state = s;
      const now = Date.now();
      if (now - last >= REDRAW_MS || s.done === s.total) {
        last = now;
        draw();
      }
    },
    log(line) {
      clear();
      stream.write(line + "\n");
      draw();
    },
    end: clear,
  };
}

export function formatSeconds(s: number): string {
  if (s < 60) return `${s.toFixed(s < 10 ? 1 : 0)}s`;
  const m = Math.floor(s / 60);
  return `${m}m${String(Math.round(s % 60)).padStart(2, "0")}s`;
}
