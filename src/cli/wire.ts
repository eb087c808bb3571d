/**
 * What the --jobs pool (pool.ts) and its workers (worker.ts) send each other: plain, cloneable data.
 * A worker does as much of the work as it can, so that the main thread only writes: it reads the file,
 * analyzes it, and sends back either the finished output text (`render`: extract in input order), the
 * article's ledger digest (`digest`: ledger), or the document itself (`doc`: extract --unordered, whose
 * output position is known only on the main thread).
 */
import type { UserLexicon } from '../schema/lexicon.js';
import type { FormatContext } from '../format/index.js';
import type { RecordSpec } from '../io/jsonl-records.js';
import type { ClaimsDoc } from '../schema/doc.js';
import type { ArticleDigest } from '../schema/ledger.js';
import type { BatchResult } from './batch.js';
import { CliError } from '../io/errors.js';
import type { MessageCode } from '../io/messages.js';

/** How a worker finishes a document before sending it back. */
export type WorkerOutput =
  | { kind: 'doc' }
  | { kind: 'render'; format: string; ctx: RenderContext }
  | { kind: 'digest' };

/** A FormatContext without its colors and chalk instance (rebuilt from `level` in the worker). */
export type RenderContext = Omit<FormatContext, 'color' | 'chalk'> & { level: 0 | 1 | 2 | 3 };

/** What a worker is started with. */
export interface WorkerSetup {
  referenceDate: string | null;
  maxBytes: number;
  explain?: boolean;
  output?: WorkerOutput;
  /** the merged user lexicon (plain data) */
  lexicon?: UserLexicon | null;
  /** one large input analyzed apart (apart.ts): its rendered output is sent in pieces, each once asked for */
  apart?: boolean;
}

export interface PoolTask {
  index: number;
  /** a file the worker reads, or a jsonl record with its text */
  spec: { kind: 'file'; path: string; html?: boolean } | RecordSpec;
}

/** A worker's first message: its modules loaded, it is ready for tasks. */
export const READY = 'ready';

/** One input's result as it crosses the thread boundary (a CliError does not survive structured cloning). */
export type WireResult =
  | { ok: true; index: number; doc: ClaimsDoc; text: string }
  | { ok: true; index: number; rendered: string }
  | { ok: true; index: number; digest: ArticleDigest }
  | { ok: false; index: number; path: string; error: { code: MessageCode; message: string } };

/** A pool result: a BatchResult, or an input already finished by its worker (rendered whole, or in pieces: apart.ts). */
export type PoolResult =
  | BatchResult
  | { ok: true; index: number; rendered: string }
  | { ok: true; index: number; digest: ArticleDigest }
  | { ok: true; index: number; parts: AsyncIterable<string> };

/**
 * What a worker analyzing one input apart sends: READY, then a failure (WireResult), or `parts` (the
 * input is analyzed), each `part` of the output (the next once the main thread posts 'more'), `end`.
 */
export type ApartMessage = typeof READY | WireResult | { index: number; parts: true } | { part: string } | { end: true };

export function toWire(r: Exclude<PoolResult, { parts: AsyncIterable<string> }>): WireResult {
  if (r.ok) return r;
  return { ok: false, index: r.index, path: r.path, error: { code: r.error.code, message: r.error.message } };
}

export function fromWire(w: WireResult): PoolResult {
  if (w.ok) return w;
  const error = new CliError(w.error.code);
  error.message = w.error.message;
  return { ok: false, index: w.index, path: w.path, error };
}

/** The render context a worker needs for `ctx` (everything but chalk). */
export function renderContext(ctx: FormatContext, level: 0 | 1 | 2 | 3): RenderContext {
  return { level, inputs: ctx.inputs, offsets: ctx.offsets, items: ctx.items, version: ctx.version, width: ctx.width };
}
