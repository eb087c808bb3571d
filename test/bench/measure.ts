/**
 * Measurement helpers of the benchmark: the corpus, temp inputs, child processes and timings.
 * Every measurement runs in a child process on the compiled code (dist/), one at a time.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin/tiktok-claims.js');
export const CHILD = join(ROOT, 'test/bench/child.mjs');

/** All .txt files under dir, recursively, sorted. */
export function walkTxt(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const p = join(dir, name);
    if (name.startsWith('.')) return [];
    if (statSync(p).isDirectory()) return walkTxt(p);
    return name.endsWith('.txt') ? [p] : [];
  });
}

/** The article texts of the benchmark: fixtures/ and ../shared/bench/ (training sets, *-train, left out: 20 MB), read in place. */
export function corpusFiles(): string[] {
  const bench = join(ROOT, '../shared/bench');
  const sets = (() => {
    try {
      return readdirSync(bench).filter((d) => !d.endsWith('-train')).sort();
    } catch {
      return [];
    }
  })();
  return [...walkTxt(join(ROOT, 'fixtures')), ...sets.flatMap((d) => walkTxt(join(bench, d)))];
}

/**
 * One document of at least `bytes` bytes: the articles concatenated (repeated as needed), blank line
 * between; with `unpunctuated`, every . ! ? and line break becomes a space (one endless sentence).
 */
export function bigDocument(files: string[], bytes: number, path: string, unpunctuated = false): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i = (i + 1) % files.length) {
    const t = readFileSync(files[i]!, 'utf8').trim() + '\n\n';
    parts.push(t);
    size += Buffer.byteLength(t);
  }
  const text = parts.join('');
  writeFileSync(path, unpunctuated ? text.replace(/[.!?\n]/g, ' ') : text);
  return path;
}

/** A directory of `n` article files: the corpus repeated. */
export function batchDir(files: string[], n: number, dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const f = files[i % files.length]!;
    writeFileSync(join(dir, `${String(i).padStart(4, '0')}-${basename(f)}`), readFileSync(f));
  }
  return dir;
}

export interface Timed {
  seconds: number;
  code: number;
  stdout: string;
  stderr: string;
}

/** Run node with args, wait, return the wall time. Output to /dev/null unless `capture`. */
export function timeNode(args: string[], capture = false, timeoutMs = 30 * 60_000): Timed {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', capture ? 'pipe' : 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
    timeout: timeoutMs,
  });
  const seconds = (performance.now() - t0) / 1000;
  return { seconds, code: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** Run a child.mjs measurement and parse its JSON answer (null when it failed, e.g. out of memory). */
export function child<T>(args: string[], nodeArgs: string[] = []): (T & { wallSeconds: number }) | { error: string; wallSeconds: number } {
  const r = timeNode([...nodeArgs, CHILD, ...args], true);
  if (r.code !== 0) return { error: (r.stderr.trim().split('\n').pop() ?? '') || `exit ${r.code}`, wallSeconds: r.seconds };
  return { ...(JSON.parse(r.stdout) as T), wallSeconds: r.seconds };
}

/** The median wall time of `runs` runs of node with args (start-up measurements). */
export function medianSeconds(args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = timeNode(args);
    if (r.code !== 0) throw new Error(`node ${args.join(' ')} failed: ${r.stderr}`);
    times.push(r.seconds);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Where the figures come from. */
export function machine() {
  const cpuinfo = (() => {
    try {
      return readFileSync('/proc/cpuinfo', 'utf8');
    } catch {
      return '';
    }
  })();
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  return {
    nproc: availableParallelism(),
    cpu: model.trim(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    loadavg: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

export const kb = (bytes: number) => bytes / 1024;
export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
