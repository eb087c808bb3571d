/**
 * `--jobs N`: process many inputs on N worker threads, yielding the same `BatchResult`s as
 * `runSequential`, in input order (or as they finish with `ordered: false`). Each worker loads the
 * pipeline once and takes one file at a time; inputs that are not files (standard input, inputs that
 * already failed to expand) are handled on the main thread. At most `window` inputs are in flight or
 * waiting to be yielded, so memory stays bounded however long the batch and however slow the reader.
 * A worker that dies (out of memory, a crash) fails only its current input and is replaced.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { InputSpec } from '../io/expand-inputs.js';
import type { ClaimsDoc } from '../schema/doc.js';
import { processOne, type BatchOptions, type BatchResult } from './batch.js';
import { CliError } from '../io/errors.js';
import type { MessageCode } from '../io/messages.js';

export interface PoolOptions {
  /** number of worker threads (at most one per input) */
  jobs: number;
  /** true: yield in input order; false: yield each result as soon as it is done */
  ordered: boolean;
  /** the worker script (tests); default: the compiled worker.js */
  workerFile?: string;
}

/** What a worker is started with, and what it is sent and sends back (plain, cloneable data). */
export interface WorkerSetup {
  referenceDate: string | null;
  maxBytes: number;
  explain?: boolean;
}
export interface PoolTask {
  index: number;
  spec: { kind: 'file'; path: string; html?: boolean };
}
/** A worker's first message: its modules loaded, it is ready for tasks. */
export const READY = 'ready';
export type WireResult =
  | { ok: true; index: number; doc: ClaimsDoc; text: string }
  | { ok: false; index: number; path: string; error: { code: MessageCode; message: string } };

export function fromWire(w: WireResult): BatchResult {
  if (w.ok) return w;
  const error = new CliError(w.error.code);
  error.message = w.error.message;
  return { ok: false, index: w.index, path: w.path, error };
}

/**
 * The compiled worker: next to this file in dist/, or, when this module runs from the TypeScript
 * sources (tsx, vitest), the one in dist/ at the repository root (run `npm run build` first).
 */
export function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  const file = here.endsWith('.ts') ? fileURLToPath(new URL('../../dist/src/cli/worker.js', import.meta.url)) : here.replace(/pool\.js$/, 'worker.js');
  if (!existsSync(file)) throw new CliError('E_INTERNAL', { message: `worker not found at ${file} (run npm run build)` });
  return file;
}

interface Slot {
  worker: Worker;
  task: PoolTask | null;
  failure: Error | null;
  /** it started (sent READY): a crash later is the input's fault, so it is replaced */
  ready: boolean;
}

const failure = (index: number, path: string, message: string): BatchResult => ({ ok: false, index, path, error: new CliError('E_INTERNAL_INPUT', { path, message }) });

export async function* runPool(specs: InputSpec[], opts: BatchOptions, pool: PoolOptions): AsyncGenerator<BatchResult> {
  const file = pool.workerFile ?? workerFile();
  const setup: WorkerSetup = { referenceDate: opts.referenceDate, maxBytes: opts.maxBytes, explain: opts.explain };
  const window = Math.max(4, pool.jobs * 4);
  const done = new Map<number, BatchResult>();
  const finished: number[] = []; // indexes in completion order (unordered mode)
  let next = 0; // next input to start
  let yielded = 0;
  let stopping = false;
  let wake: (() => void) | null = null;

  const settle = (r: BatchResult) => {
    done.set(r.index, r);
    if (!pool.ordered) finished.push(r.index);
    dispatch();
    wake?.();
  };

  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(file, { workerData: setup }), task: null, failure: null, ready: false };
    slot.worker.on('message', (w: WireResult | typeof READY) => {
      if (w === READY) return void (slot.ready = true);
      slot.task = null;
      settle(fromWire(w));
    });
    slot.worker.on('error', (e) => (slot.failure = e));
    slot.worker.on('exit', () => {
      if (stopping) return;
      const reason = slot.failure?.message ?? 'exited';
      slots.splice(slots.indexOf(slot), 1);
      if (slot.ready) slots.push(spawn()); // a worker that never started is not restarted (no respawn loop)
      if (slot.task) settle(failure(slot.task.index, slot.task.spec.path, `worker stopped while processing this input: ${reason}`));
      if (slots.length === 0) failRest(`no worker could start: ${reason}`);
    });
    return slot;
  };

  /** No worker left: every file input not yet started fails. */
  function failRest(message: string): void {
    for (; next < specs.length; next++) {
      const spec = specs[next]!;
      if (spec.kind === 'file') settle(failure(next, spec.path, message));
      else void processOne(spec, next, opts).then(settle);
    }
  }

  function dispatch(): void {
    while (!stopping && next < specs.length && next - yielded < window) {
      const spec = specs[next]!;
      const index = next;
      if (spec.kind !== 'file') {
        next++;
        void processOne(spec, index, opts).then(settle);
        continue;
      }
      const idle = slots.find((s) => !s.task);
      if (!idle) return;
      next++;
      idle.task = { index, spec: { kind: 'file', path: spec.path, ...(spec.html ? { html: true } : {}) } };
      idle.worker.postMessage(idle.task);
    }
  }

  const fileCount = specs.filter((s) => s.kind === 'file').length;
  const slots: Slot[] = [];
  for (let i = 0; i < Math.min(pool.jobs, fileCount); i++) slots.push(spawn());
  try {
    dispatch();
    while (yielded < specs.length) {
      const index = pool.ordered ? yielded : finished[0];
      const r = index === undefined ? undefined : done.get(index);
      if (!r) {
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        continue;
      }
      done.delete(r.index);
      if (!pool.ordered) finished.shift();
      yielded++;
      dispatch();
      yield r;
    }
  } finally {
    stopping = true;
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
