/**
 * Temp files of atomic output that are not yet renamed into place. They are removed on every way
 * out of the process: a normal exit (an internal error included) and SIGINT / SIGTERM / SIGHUP,
 * after which the signal is raised again so the exit status stays the conventional 128 + n.
 */
import { rmSync } from 'node:fs';

const live = new Set<string>();
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function removeAll(): void {
  for (const p of live) rmSync(p, { force: true });
  live.clear();
}

function onSignal(sig: NodeJS.Signals): void {
  removeAll();
  uninstall();
  process.kill(process.pid, sig); // no handler now: the default action ends the process
}

function install(): void {
  process.on('exit', removeAll);
  for (const sig of SIGNALS) process.on(sig, onSignal);
}

function uninstall(): void {
  process.off('exit', removeAll);
  for (const sig of SIGNALS) process.off(sig, onSignal);
}

/** A temp file now exists at path: remove it if the process ends before forgetTemp(path). */
export function trackTemp(path: string): void {
  if (live.size === 0) install();
  live.add(path);
}

/** The temp file was renamed into place or removed. */
export function forgetTemp(path: string): void {
  if (!live.delete(path)) return;
  if (live.size === 0) uninstall();
}

/** Temp files currently tracked (for tests). */
export function liveTemps(): readonly string[] {
  return [...live];
}
