import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/tiktok-claims.js', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** standard input (default: empty) */
  input?: string | Buffer;
  /** environment overrides; undefined removes a variable. NO_COLOR and FORCE_COLOR are removed unless given */
  env?: Record<string, string | undefined>;
  /** pretend standard output / standard error is a terminal (default: both piped) */
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
}

/** The environment a run sees: this process's, without color overrides, plus the test's own. */
function runEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...overrides };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  return env;
}

/** A writable stream that collects what is written to it (as a fake process's stdout or stderr). */
function collector(isTTY: boolean): { stream: Writable & { isTTY: boolean }; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _enc, done) {
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
      done();
    },
  });
  return { stream: Object.assign(stream, { isTTY }), text: () => Buffer.concat(chunks).toString('utf8') };
}

/**
 * Run the CLI in this process: `main(proc)` from the TypeScript sources with a fake process (argv,
 * environment, standard input from a string, collected stdout/stderr, terminal flags). The working
 * directory is this process's (the repository root under vitest). Use this for every CLI test where
 * spawning a process is not the point; `spawnCli` for the few where it is (start-up, pipes, signals).
 * Note: `--jobs` runs with several file inputs start worker threads from the compiled dist/ (kept
 * fresh by test/global-setup.ts). Without `--jobs`, several inputs (files, or the records of one jsonl,
 * json or feed file) go to a pool of one worker per core, each loading the pipeline (a second or more
 * of CPU): pass `--jobs 1` where the pool is not the point, `--jobs 2` where it is (jobs.test.ts shows
 * the pool gives what `--jobs 1` gives).
 */
export async function runCli(args: string[], opts: RunOptions = {}): Promise<CliRun> {
  const out = collector(opts.stdoutTTY ?? false);
  const err = collector(opts.stderrTTY ?? false);
  const stdin = Readable.from(opts.input === undefined || opts.input.length === 0 ? [] : [Buffer.from(opts.input)]);
  const code = await main({ argv: [process.execPath, BIN, ...args], env: runEnv(opts.env), stdin, stdout: out.stream, stderr: err.stream });
  return { code, stdout: out.text(), stderr: err.text() };
}

/** Spawn the real binary (the compiled code in dist/, rebuilt by test/global-setup.ts when stale) with args, optional stdin and environment overrides. */
export function spawnCli(args: string[], opts: { input?: string | Buffer; env?: Record<string, string | undefined>; cwd?: string; nodeArgs?: string[] } = {}): CliRun {
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, [...(opts.nodeArgs ?? []), BIN, ...args], {
    input: opts.input ?? '',
    env: runEnv(opts.env),
    cwd: opts.cwd ?? ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
