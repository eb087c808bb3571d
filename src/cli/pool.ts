/**
 * `--jobs N`: process many inputs on N worker threads, yielding the same results as `runSequential`,
 * in input order (or as they finish with `ordered: false`), or already finished by the worker
 * (`output`: rendered text, a ledger digest; see wire.ts). Each worker loads the pipeline once and
 * works through its file inputs one at a time, with DEPTH of them sent ahead so that it never waits for
 * the main thread; inputs that are not files (standard input, inputs that already failed to expand) are
 * handled on the main thread. At most `window` inputs are in flight or waiting to be yielded, so memory
 * stays bounded however long the batch and however slow the reader. A worker that dies (out of memory,
 * a crash) fails only the input it was on, and is replaced; the inputs sent ahead to it go to another.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { InputSpec } from '../io/expand-inputs.js';
import type { RecordOrError } from '../io/jsonl-records.js';
import { processOne, type BatchOptions } from './batch.js';
import { CliError } from '../io/errors.js';
import { fromWire, READY, type PoolResult, type PoolTask, type WireResult, type WorkerOutput, type WorkerSetup } from './wire.js';

export interface PoolOptions {
  /** number of worker threads (at most one per input) */
  jobs: number;
  /** true: yield in input order; false: yield each result as soon as it is done */
  ordered: boolean;
  /** what the workers send back (default: the documents) */
  output?: WorkerOutput;
  /** how many inputs there are, when known (no more workers than inputs) */
  inputs?: number;
  /** the worker script (tests); default: the compiled worker.js */
  workerFile?: string;
}

/** Tasks sent ahead to each worker, so that it never waits for the main thread between two inputs. */
const DEPTH = 2;

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
  /** sent to this worker and not yet answered, oldest first */
  tasks: PoolTask[];
  failure: Error | null;
  /** it started (sent READY): a crash later is the input's fault, so it is replaced */
  ready: boolean;
}

const failure = (index: number, path: string, message: string): PoolResult => ({ ok: false, index, path, error: new CliError('E_INTERNAL_INPUT', { path, message }) });

/** One input of the pool: a file (read by a worker), a jsonl record (its text sent to a worker), or one handled here. */
export type PoolInput = Exclude<InputSpec, { kind: 'jsonl' }> | RecordOrError;

export async function* runPool(inputs: Iterable<PoolInput> | AsyncIterable<PoolInput>, opts: BatchOptions, pool: PoolOptions): AsyncGenerator<PoolResult> {
  const source = Symbol.asyncIterator in inputs ? inputs[Symbol.asyncIterator]() : toAsync(inputs);
  const file = pool.workerFile ?? workerFile();
  const setup: WorkerSetup = { referenceDate: opts.referenceDate, maxBytes: opts.maxBytes, explain: opts.explain, output: pool.output ?? { kind: 'doc' }, lexicon: opts.lexicon ?? null };
  const window = Math.max(4, pool.jobs * 4);
  const done = new Map<number, PoolResult>();
  const retry: PoolTask[] = []; // tasks sent ahead to a worker that died before it began them
  const finished: number[] = []; // indexes in completion order (unordered mode)
  const pending: PoolInput[] = []; // read from the source, not started
  let exhausted = false; // the source has no more inputs
  let filling = false;
  let sourceError: unknown = null;
  let dead: string | null = null; // no worker left: why
  let next = 0; // index of the next input to start
  let yielded = 0;
  let stopping = false;
  let wake: (() => void) | null = null;

  const settle = (r: PoolResult) => {
    done.set(r.index, r);
    if (!pool.ordered) finished.push(r.index);
    dispatch();
    wake?.();
  };

  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(file, { workerData: setup }), tasks: [], failure: null, ready: false };
    slot.worker.on('message', (w: WireResult | typeof READY) => {
      if (w === READY) return void (slot.ready = true);
      slot.tasks = slot.tasks.filter((t) => t.index !== w.index);
      settle(fromWire(w));
    });
    slot.worker.on('error', (e) => (slot.failure = e));
    slot.worker.on('exit', () => {
      if (stopping) return;
      const reason = slot.failure?.message ?? 'exited';
      slots.splice(slots.indexOf(slot), 1);
      if (slot.ready) slots.push(spawn()); // a worker that never started is not restarted (no respawn loop)
      const [current, ...waiting] = slot.tasks; // a worker works through its tasks in order: the first is the one it was on
      if (current) settle(failure(current.index, current.spec.path, `worker stopped while processing this input: ${reason}`));
      if (slots.length === 0) {
        for (const t of waiting) settle(failure(t.index, t.spec.path, `no worker could start: ${reason}`));
        failRest(`no worker could start: ${reason}`);
      } else {
        retry.push(...waiting); // sent ahead, not begun: another worker takes them
        dispatch();
      }
    });
    return slot;
  };

  /** No worker left: every file or record not yet started fails. */
  function failRest(message: string): void {
    dead = message;
    dispatch();
  }

  /** Read inputs from the source while the window has room (one reader at a time). */
  async function fill(): Promise<void> {
    if (filling) return;
    filling = true;
    try {
      while (!stopping && !exhausted && next + pending.length - yielded < window) {
        const it = await source.next();
        if (it.done) exhausted = true;
        else pending.push(it.value);
        dispatch();
      }
    } catch (e) {
      sourceError = e;
    } finally {
      filling = false;
      wake?.();
    }
  }

  function dispatch(): void {
    for (let idle = free(); !stopping && idle && retry.length > 0; idle = free()) send(idle, retry.shift()!);
    while (!stopping && pending.length > 0) {
      const spec = pending[0]!;
      const index = next;
      if (spec.kind !== 'file' && spec.kind !== 'record') {
        pending.shift();
        next++;
        void processOne(spec, index, opts).then(settle);
        continue;
      }
      if (dead !== null) {
        pending.shift();
        next++;
        settle(failure(index, spec.path, dead));
        continue;
      }
      const idle = free();
      if (!idle) return;
      pending.shift();
      next++;
      send(idle, { index, spec: spec.kind === 'file' ? { kind: 'file', path: spec.path, ...(spec.html ? { html: true } : {}) } : spec });
    }
  }

  /** The worker with the fewest tasks, if it can take one more: DEPTH once it started, one before. */
  function free(): Slot | undefined {
    let best: Slot | undefined;
    for (const s of slots) if (s.tasks.length < (s.ready ? DEPTH : 1) && (!best || s.tasks.length < best.tasks.length)) best = s;
    return best;
  }

  function send(slot: Slot, task: PoolTask): void {
    slot.tasks.push(task);
    slot.worker.postMessage(task);
  }

  const count = Array.isArray(inputs) ? (inputs as PoolInput[]).filter((s) => s.kind === 'file' || s.kind === 'record').length : (pool.inputs ?? pool.jobs);
  const slots: Slot[] = [];
  for (let i = 0; i < Math.min(pool.jobs, count); i++) slots.push(spawn());
  if (slots.length === 0) dead = 'no worker started';
  try {
    void fill();
    for (;;) {
      if (sourceError) throw sourceError;
      if (exhausted && pending.length === 0 && yielded === next) break;
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
      void fill();
      yield r;
    }
  } finally {
    stopping = true;
    await Promise.all([...slots.map((s) => s.worker.terminate()), source.return?.()]);
  }
}

async function* toAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items;
}
