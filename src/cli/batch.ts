import type { ClaimsDoc, ErrorRecord } from '../schema/doc.js';
import { SCHEMA_VERSION } from '../schema/doc.js';
import type { InputSpec } from '../io/expand-inputs.js';
import { readInputFile, readStdin } from '../io/read-input.js';
import { recordInput, streamInputs } from '../io/jsonl-records.js';
import { CliError } from '../io/errors.js';

export interface BatchOptions {
  referenceDate: string | null;
  maxBytes: number;
  stdin: NodeJS.ReadableStream;
  /** `--stdin-name`: the name standard input is reported under (default "-") */
  stdinName?: string;
  /** `--line-offset`: the line number standard input's first line follows (jsonl records) */
  lineOffset?: number;
  /** --explain: every item says which rows produced it; the document lists rejected candidates */
  explain?: boolean;
}

export type BatchResult =
  | { ok: true; index: number; doc: ClaimsDoc; text: string }
  | { ok: false; index: number; path: string; error: CliError };

/** Process one input: read, check, analyze. Never throws: a failure is a result. */
export async function processOne(spec: InputSpec, index: number, opts: BatchOptions): Promise<BatchResult> {
  try {
    if (spec.kind === 'error') throw spec.error;
    if (spec.kind === 'jsonl') throw new Error('a jsonl input must be read with streamInputs()');
    const input = spec.kind === 'record' ? recordInput(spec, opts.maxBytes) : spec.kind === 'stdin' ? { ...(await readStdin(opts.stdin, opts.maxBytes)), path: opts.stdinName ?? '-' } : await readInputFile(spec.path, opts.maxBytes);
    // loaded on first use: the main thread of a --jobs run never loads the pipeline (and compromise)
    const { analyze } = await import('../pipeline.js');
    const record = spec.kind === 'record' ? { id: spec.id, url: spec.url } : {};
    const doc = analyze(input.text, { referenceDate: opts.referenceDate ?? (spec.kind === 'record' ? spec.date : null), path: input.path, bytes: input.bytes, explain: opts.explain, ...record });
    return { ok: true, index, doc, text: input.text };
  } catch (e) {
    const error = e instanceof CliError ? e : new CliError('E_INTERNAL_INPUT', { path: spec.path, message: (e as Error)?.message ?? String(e) });
    if (!(e instanceof CliError) && process.env.DEBUG?.includes('tiktok-claims')) console.error(e);
    return { ok: false, index, path: spec.path, error };
  }
}

/** Results in input order, one input at a time (a jsonl input gives one result per record, streamed). */
export async function* runSequential(specs: InputSpec[], opts: BatchOptions): AsyncGenerator<BatchResult> {
  let i = 0;
  for await (const spec of streamInputs(specs, opts)) yield await processOne(spec, i++, opts);
}

export function errorRecord(path: string, error: CliError): ErrorRecord {
  return {
    schemaVersion: SCHEMA_VERSION,
    input: { path },
    error: { code: error.code, message: error.message, exitCode: error.exitCode },
  };
}
