/**
 * A worker thread of the --jobs pool (see pool.ts, wire.ts): it receives file inputs, processes them
 * one at a time, in order, with the same `processOne` as the sequential path, and posts each result
 * back finished as far as the setup asks (rendered output, a ledger digest, or the document). It loads
 * the pipeline (and compromise) once, when it starts; the main thread never has to. Started with
 * `apart` (apart.ts), it analyzes one large input and sends its output in pieces, each once asked for.
 */
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { FormatContext, Formatter } from '../format/index.js';
import { digestOf } from '../ledger/digest.js';
import { metaOf, processOne, type BatchOptions, type BatchResult } from './batch.js';
import { makeChalk } from './color.js';
import { READY, toWire, type ApartMessage, type PoolResult, type PoolTask, type RenderContext, type WorkerOutput, type WorkerSetup } from './wire.js';

/** The formatter and its context for a `render` output. */
async function renderer(output: { format: string; ctx: RenderContext }): Promise<{ format: Formatter; ctx: FormatContext }> {
  const format: Formatter | undefined = (await import('../format/index.js')).FORMATS[output.format];
  if (!format) throw new Error(`unknown format ${output.format}`);
  const { level, ...rest } = output.ctx;
  return { format, ctx: { ...rest, color: level > 0, chalk: makeChalk(level) } };
}

/** Finish a document as the setup asks; failures and `doc` output pass through. */
export async function finisher(output: WorkerOutput | undefined): Promise<(r: BatchResult, task: PoolTask) => PoolResult> {
  if (!output || output.kind === 'doc') return (r) => r;
  if (output.kind === 'digest') {
    return (r, task) => (r.ok ? { ok: true, index: r.index, digest: digestOf(r.doc, metaOf(task.spec, r.doc)) } : r);
  }
  const { format, ctx } = await renderer(output);
  return (r) => (r.ok ? { ok: true, index: r.index, rendered: format.document(r.doc, r.text, ctx, r.index) } : r);
}

/** One large input (apart.ts): analyze it, then send its output piece by piece, each after the main thread asked for more. */
async function apart(port: MessagePort, task: PoolTask, opts: BatchOptions, output: WorkerOutput | undefined): Promise<void> {
  const post = (m: ApartMessage) => port.postMessage(m);
  if (output?.kind !== 'render') throw new Error('a large input apart is rendered');
  const { format, ctx } = await renderer(output);
  const r = await processOne(task.spec, task.index, opts);
  if (!r.ok) return post(toWire(r));
  post({ index: r.index, parts: true });
  for (const part of format.documentParts?.(r.doc, r.text, ctx, r.index) ?? [format.document(r.doc, r.text, ctx, r.index)]) {
    if (!part) continue;
    post({ part });
    await once(port, 'message');
  }
  post({ end: true });
}

async function start(): Promise<void> {
  const port = parentPort;
  if (!port) return; // imported, not started as a worker
  const setup = workerData as WorkerSetup;
  await import('../pipeline.js'); // compromise loads once, here; if it fails, no READY: the pool does not restart this worker
  const opts: BatchOptions = { referenceDate: setup.referenceDate, maxBytes: setup.maxBytes, explain: setup.explain, lexicon: setup.lexicon ?? null, stdin: Readable.from([]) };
  if (setup.apart) {
    port.once('message', (task: PoolTask) => void apart(port, task, opts, setup.output));
    return port.postMessage(READY);
  }
  const finish = await finisher(setup.output);
  let queue = Promise.resolve();
  port.on('message', (task: PoolTask) => {
    queue = queue.then(async () => port.postMessage(toWire(finish(await processOne(task.spec, task.index, opts), task) as Exclude<PoolResult, { parts: AsyncIterable<string> }>)));
  });
  port.postMessage(READY); // the pipeline loaded: ready for tasks
}

await start();
