/**
 * Progress of a long batch on stderr: one line, redrawn in place, with the count, the rate and the
 * time left. Drawn only when enabled (stderr is a terminal, not --quiet, several inputs) and only once
 * the batch has run for `delayMs`, so short runs print nothing. `clear()` before writing anything else
 * to the terminal; `done()` at the end erases the line.
 */
export interface Progress {
  /** one more input finished */
  tick(): void;
  /** erase the line (before a warning is printed); the next tick draws it again */
  clear(): void;
  done(): void;
}

export interface ProgressOptions {
  enabled: boolean;
  /** milliseconds before the first draw */
  delayMs?: number;
  /** minimum milliseconds between draws */
  intervalMs?: number;
  /** clock in milliseconds (tests pass a fake one) */
  now?: () => number;
}

const ERASE = '\r\x1b[K';

/** Should progress be shown? Only on a terminal, never with --quiet, never when the output itself goes to that terminal. */
export function progressWanted(opts: { quiet?: boolean; stderrTTY?: boolean; stdoutTTY?: boolean; toFile: boolean; inputs: number }): boolean {
  return !opts.quiet && Boolean(opts.stderrTTY) && (opts.toFile || !opts.stdoutTTY) && opts.inputs > 1;
}

export function createProgress(stream: NodeJS.WritableStream, total: number, options: ProgressOptions): Progress {
  const now = options.now ?? (() => performance.now());
  const delay = options.delayMs ?? 1000;
  const interval = options.intervalMs ?? 250;
  const t0 = now();
  let count = 0;
  let drawn = false;
  let lastDraw = -Infinity;
  const noop: Progress = { tick: () => {}, clear: () => {}, done: () => {} };
  if (!options.enabled) return noop;
  const clear = () => {
    if (drawn) stream.write(ERASE);
    drawn = false;
    lastDraw = -Infinity;
  };
  const tick = () => {
    count++;
    const t = now();
    if (t - t0 < delay || (t - lastDraw < interval && count < total)) return;
    lastDraw = t;
    drawn = true;
    stream.write(ERASE + progressLine(count, total, (t - t0) / 1000));
  };
  return { tick, clear, done: clear };
}

/** "120/500 inputs  8.3/s  ETA 46s" */
export function progressLine(count: number, total: number, seconds: number): string {
  const rate = seconds > 0 ? count / seconds : 0;
  const eta = rate > 0 ? (total - count) / rate : NaN;
  return `${count}/${total} inputs  ${rate.toFixed(1)}/s  ETA ${formatDuration(eta)}`;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
