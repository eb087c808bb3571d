/**
 * A worker thread of the --jobs pool (see pool.ts, wire.ts): it receives file inputs, processes them
 * one at a time, in order, with the same `processOne` as the sequential path, and posts each result
 * back finished as far as the setup asks (rendered output, a ledger digest, or the document). It loads
 * the pipeline (and compromise) once, when it starts; the main thread never has to.
 */
import { Readable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import type { FormatContext, Formatter } from '../format/index.js';
import { digestOf } from '../ledger/digest.js';
import { metaOf, processOne, type BatchOptions, type BatchResult } from './batch.js';
import { makeChalk } from './color.js';
import { READY, toWire, type PoolResult, type PoolTask, type WorkerOutput, type WorkerSetup } from './wire.js';

/** Finish a document as the setup asks; failures and `doc` output pass through. */
export async function finisher(output: WorkerOutput | undefined): Promise<(r: BatchResult, task: PoolTask) => PoolResult> {
  if (!output || output.kind === 'doc') return (r) => r;
  if (output.kind === 'digest') {
    return (r, task) => (r.ok ? { ok: true, index: r.index, digest: digestOf(r.doc, metaOf(task.spec, r.doc)) } : r);
  }
  const format: Formatter | undefined = (await import('../format/index.js')).FORMATS[output.format];
  if (!format) throw new Error(`unknown format ${output.format}`);
  const { level, ...rest } = output.ctx;
  const ctx: FormatContext = { ...rest, color: level > 0, chalk: makeChalk(level) };
  return (r) => (r.ok ? { ok: true, index: r.index, rendered: format.document(r.doc, r.text, ctx, r.index) } : r);
}

async function start(): Promise<void> {
  const port = parentPort;
  if (!port) return; // imported, not started as a worker
  const setup = workerData as WorkerSetup;
  await import('../pipeline.js'); // compromise loads once, here; if it fails, no READY: the pool does not restart this worker
  const opts: BatchOptions = { referenceDate: setup.referenceDate, maxBytes: setup.maxBytes, explain: setup.explain, lexicon: setup.lexicon ?? null, stdin: Readable.from([]) };
  const finish = await finisher(setup.output);
  let queue = Promise.resolve();
  port.on('message', (task: PoolTask) => {
    queue = queue.then(async () => port.postMessage(toWire(finish(await processOne(task.spec, task.index, opts), task))));
  });
  port.postMessage(READY); // the pipeline loaded: ready for tasks
}

await start();
