/**
 * One large input analyzed apart: a file over APART_ABOVE bytes is read, analyzed and rendered in a
 * worker thread of its own whose heap is bounded (`resourceLimits.maxOldGenerationSizeMb`, heapFor),
 * and its output comes back in pieces (Formatter.documentParts), each written before the next is made.
 * Without a bound V8 lets the heap grow far above what is live (a 10 MB text: 670 MB peak RSS for
 * about 150 MB live); with one it collects sooner, and the main thread never loads the pipeline. A
 * document that does not fit fails with E_OUT_OF_MEMORY (one line, exit 3), naming --max-heap.
 */
import { stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { CliError } from '../io/errors.js';
import type { InputSpec } from '../io/expand-inputs.js';
import { streamInputs } from '../io/records.js';
import { processOne, type BatchOptions } from './batch.js';
import { workerFile } from './pool.js';
import { fromWire, READY, type ApartMessage, type PoolResult, type PoolTask, type WorkerOutput, type WorkerSetup } from './wire.js';

/** Files larger than this (in bytes) are analyzed apart (news articles are far shorter). */
export const APART_ABOVE = 512 * 1024;

/** The heap bound of a worker analyzing `bytes` of text, in MB: the pipeline's own (about 50 MB) plus room for the results. */
export function heapFor(bytes: number): number {
  return Math.ceil(192 + (24 * bytes) / 2 ** 20);
}

/** Is this input a file large enough to be analyzed apart? (An unreadable one is not: processOne reports it.) */
export async function isLarge(spec: { kind: string; path: string }, above = APART_ABOVE): Promise<boolean> {
  if (spec.kind !== 'file') return false;
  return stat(spec.path).then((s) => s.isFile() && s.size > above, () => false);
}

/** What `runApart` needs besides the input: the batch options, the rendering, the heap bound (MB; default heapFor). */
export interface ApartOptions {
  batch: BatchOptions;
  output: Extract<WorkerOutput, { kind: 'render' }>;
  maxHeapMb?: number;
  workerFile?: string;
  /** files over this many bytes go apart (default APART_ABOVE; tests lower it) */
  above?: number;
}

/**
 * `runSequential` (batch.ts) for extract: results in input order, one input at a time, a file over
 * APART_ABOVE bytes analyzed and rendered apart (its result: the output in pieces).
 */
export async function* runInOrder(specs: InputSpec[], batch: BatchOptions, o: Omit<ApartOptions, 'batch'>): AsyncGenerator<PoolResult> {
  let i = 0;
  for await (const spec of streamInputs(specs, batch)) {
    const index = i++;
    if (spec.kind === 'file' && (await isLarge(spec, o.above))) yield await runApart(spec, index, { ...o, batch });
    else yield await processOne(spec, index, batch);
  }
}

/** The input analyzed in its own bounded worker: a failure, or its output as pieces to write in order. */
export async function runApart(spec: { kind: 'file'; path: string; html?: boolean }, index: number, o: ApartOptions): Promise<PoolResult> {
  const { size } = await stat(spec.path);
  const heap = o.maxHeapMb ?? heapFor(size);
  const { batch } = o;
  const setup: WorkerSetup = { referenceDate: batch.referenceDate, maxBytes: batch.maxBytes, explain: batch.explain, output: o.output, lexicon: batch.lexicon ?? null, apart: true };
  const worker = new Worker(o.workerFile ?? workerFile(), { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: heap } });
  const inbox = messages(worker, spec.path, heap);
  const task: PoolTask = { index, spec };
  worker.postMessage(task);
  try {
    for (;;) {
      const m = await inbox.next();
      if (m.done) throw new CliError('E_INTERNAL_INPUT', { path: spec.path, message: 'the worker stopped without a result' });
      if (m.value === READY) continue;
      if ('part' in m.value || 'end' in m.value) continue;
      if (!('parts' in m.value)) {
        void worker.terminate();
        return fromWire(m.value);
      }
      return { ok: true, index, parts: pieces(worker, inbox) };
    }
  } catch (e) {
    void worker.terminate();
    if (e instanceof CliError) return { ok: false, index, path: spec.path, error: e };
    throw e;
  }
}

/** The output pieces as the worker sends them; each is asked for once the one before has been taken. */
async function* pieces(worker: Worker, inbox: AsyncGenerator<ApartMessage>): AsyncGenerator<string> {
  try {
    for (;;) {
      const m = await inbox.next();
      if (m.done || m.value === READY || 'end' in m.value) return;
      if ('part' in m.value) {
        yield m.value.part;
        worker.postMessage('more');
      }
    }
  } finally {
    void worker.terminate();
  }
}

/** The worker's messages until it ends; its death (out of memory, a crash) is thrown as a CliError. */
async function* messages(worker: Worker, path: string, heap: number): AsyncGenerator<ApartMessage> {
  const queue: ApartMessage[] = [];
  let failure: CliError | null = null;
  let ended = false;
  let wake: (() => void) | null = null;
  const poke = () => wake?.();
  worker.on('message', (m: ApartMessage) => (queue.push(m), poke()));
  worker.on('error', (e: Error & { code?: string }) => {
    failure = e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new CliError('E_OUT_OF_MEMORY', { path, heap }) : new CliError('E_INTERNAL_INPUT', { path, message: e.message });
    poke();
  });
  worker.on('exit', () => ((ended = true), poke()));
  for (;;) {
    if (queue.length > 0) yield queue.shift()!;
    else if (failure) throw failure;
    else if (ended) return;
    else await new Promise<void>((resolve) => (wake = resolve));
  }
}
