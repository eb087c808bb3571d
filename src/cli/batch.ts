import type { ClaimsDoc, ErrorRecord } from '../schema/doc.js';
import { SCHEMA_VERSION } from '../schema/doc.js';
import type { InputSpec } from '../io/expand-inputs.js';
import { loadArticle } from '../io/article-input.js';
import type { FieldFlags } from '../io/record-fields.js';
import { streamInputs } from '../io/records.js';
import { CliError } from '../io/errors.js';
import type { ArticleMeta } from '../ledger/digest.js';
import type { UserLexicon } from '../schema/lexicon.js';

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
  /** --lexicon files and the config file's, merged: the user's rows join the built-in lexicons */
  lexicon?: UserLexicon | null;
  /** the record fields named on the command line (--text-field ...) */
  fields?: FieldFlags;
}

export type BatchResult =
  | { ok: true; index: number; doc: ClaimsDoc; text: string }
  | { ok: false; index: number; path: string; error: CliError };

/** Process one input: read, check, analyze. Never throws: a failure is a result. */
export async function processOne(spec: InputSpec, index: number, opts: BatchOptions): Promise<BatchResult> {
  try {
    const a = await loadArticle(spec, opts.maxBytes, opts.stdin, opts.stdinName);
    // loaded on first use: the main thread of a --jobs run never loads the pipeline (and compromise)
    const { analyze } = await import('../pipeline.js');
    const own = opts.referenceDate ? null : a.date; // --date wins over the article's own date
    const doc = analyze(a.text, {
      referenceDate: opts.referenceDate ?? own,
      ...(own && a.dateSource ? { referenceDateSource: a.dateSource } : {}),
      path: a.path, bytes: a.bytes, id: a.id, url: a.url, title: a.title, outlet: a.outlet, byline: a.byline,
      includeText: a.converted,
      explain: opts.explain,
      lexicon: opts.lexicon ?? null,
    });
    return { ok: true, index, doc, text: a.text };
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

/** What the ledger keeps of where an article came from: its record id, else its path; title, url and outlet from the document's header. */
export function metaOf(spec: { kind: string; path: string; id?: string }, doc: ClaimsDoc): ArticleMeta {
  const { title, url, outlet } = doc.input;
  return { id: spec.kind === 'record' && spec.id ? spec.id : spec.path, path: spec.path, title, url, outlet };
}
