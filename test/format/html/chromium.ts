/** Headless Chromium for the report tests: Debian's /usr/bin/chromium (or $CHROMIUM), no network. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CHROMIUM = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p): p is string => Boolean(p) && existsSync(p!)) ?? null;

/** Without the background-networking flags Chromium tries connections that this machine refuses. */
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface ChromiumRun {
  status: number | null;
  stdout: string;
  /** console messages of the page (Chromium logs them to stderr as INFO:CONSOLE lines) */
  console: string[];
}

export function chromium(file: string, extra: string[]): ChromiumRun {
  const profile = mkdtempSync(join(tmpdir(), 'tc-chromium-'));
  try {
    const args = [...FLAGS, `--user-data-dir=${profile}`, '--enable-logging=stderr', '--v=0', ...extra, pathToFileURL(file).href];
    const r = spawnSync(CHROMIUM!, args, { encoding: 'utf8', timeout: 90_000, maxBuffer: 64 * 1024 * 1024 });
    const console = (r.stderr ?? '').split('\n').filter((l) => /:CONSOLE[:(\]]/.test(l));
    return { status: r.status, stdout: r.stdout ?? '', console };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

export const dumpDom = (file: string) => chromium(file, ['--dump-dom']);
/** The DOM and a screenshot of the page from one launch. */
export const dumpWithScreenshot = (file: string, png: string, size = '1400,1000') => chromium(file, ['--dump-dom', `--screenshot=${png}`, `--window-size=${size}`, '--hide-scrollbars']);
