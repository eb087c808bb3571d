/**
 * A worker thread of the --jobs pool (see pool.ts): it receives one file input at a time, processes
 * it with the same `processOne` as the sequential path, and posts the result back. It loads the
 * pipeline (and compromise) once, when it starts; the main thread never has to.
 */
import { Readable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import { processOne, type BatchOptions, type BatchResult } from './batch.js';
import { READY, type PoolTask, type WireResult, type WorkerSetup } from './pool.js';

/** A result as plain data: a CliError does not survive structured cloning, so send its code and message. */
export function toWire(r: BatchResult): WireResult {
  if (r.ok) return r;
  return { ok: false, index: r.index, path: r.path, error: { code: r.error.code, message: r.error.message } };
}

async function start(): Promise<void> {
  const port = parentPort;
  if (!port) return; // imported, not started as a worker
  const setup = workerData as WorkerSetup;
  await import('../pipeline.js'); // compromise loads once, here; if it fails, no READY: the pool does not restart this worker
  const opts: BatchOptions = { referenceDate: setup.referenceDate, maxBytes: setup.maxBytes, explain: setup.explain, stdin: Readable.from([]) };
  port.on('message', (task: PoolTask) => {
    void processOne(task.spec, task.index, opts).then((r) => port.postMessage(toWire(r)));
  });
  port.postMessage(READY); // the pipeline loaded: ready for tasks
}

await start();
