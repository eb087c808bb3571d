/**
 * Files of many articles, read as records: JSON Lines (streamed line by line), JSON (an array of
 * records, or an object holding one, as news APIs export: `{"articles": [...]}`), and RSS/Atom feeds
 * (each item an article whose HTML content is read as a page). `streamInputs` replaces each such
 * file by its records, in order; a file that cannot be read or parsed becomes one error.
 */
import { CliError } from './errors.js';
import { DEFAULT_FIELDS, getPath, type FieldFlags } from './record-fields.js';
import { readRecordFile, recordSpec, readRecords, type RecordOrError, type StdinSource } from './jsonl-records.js';
import { readInputFile, readStdin } from './read-input.js';
import { Readable } from 'node:stream';

export interface StreamOptions extends StdinSource {
  maxBytes: number;
  fields?: FieldFlags | undefined;
}

/** A whole-file record source may be this many times the per-article bound (JSON Lines streams, with no bound). */
const WHOLE_FILE_FACTOR = 8;

/** The inputs with every jsonl, json and feed spec replaced by its records, as they are read. */
export async function* streamInputs<S extends { kind: string; path: string }>(specs: Iterable<S>, opts: StreamOptions): AsyncGenerator<S | RecordOrError> {
  for (const spec of specs) {
    if (spec.kind !== 'jsonl' && spec.kind !== 'json' && spec.kind !== 'feed') {
      yield spec;
      continue;
    }
    try {
      if (spec.kind === 'jsonl') yield* readRecordFile(spec.path, opts.maxBytes, opts, opts.fields);
      else {
        const bound = opts.maxBytes * WHOLE_FILE_FACTOR;
        const name = spec.path === '-' ? (opts.stdinName ?? '-') : spec.path;
        const { text } = spec.path === '-' ? await readStdin(opts.stdin, bound) : await readInputFile(spec.path, bound);
        if (spec.kind === 'feed') yield* (await import('./feed.js')).feedRecords(text, name); // the feed parser loads only for feeds
        else yield* jsonRecords(text, name, opts);
      }
    } catch (e) {
      yield { kind: 'error', path: spec.path, error: openError(e, spec.path) };
    }
  }
}

/** The records of a JSON file: an array, an object holding an array of records, one record, or (unparsable as one value) JSON Lines. */
export async function* jsonRecords(text: string, source: string, opts: StreamOptions): AsyncGenerator<RecordOrError> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    if (/\}\s*\r?\n\s*\{/.test(text)) {
      yield* readRecords(Readable.from([Buffer.from(text)]), source, opts.maxBytes, 0, opts.fields);
      return;
    }
    throw new CliError('E_BAD_RECORD', { path: source, reason: `not valid JSON (${(e as Error).message})` });
  }
  const list = recordList(value, opts.fields?.text);
  for (let i = 0; i < list.length; i++) {
    const path = `${source}:${i + 1}`;
    try {
      yield recordSpec(list[i], path, i + 1, opts.fields);
    } catch (e) {
      yield { kind: 'error', path, error: e as CliError };
    }
  }
}

/**
 * The array of records in a parsed JSON value: itself; an object with an article text field is one
 * record; else the first array of objects found within two levels of it (`articles`, `response.results`).
 */
export function recordList(value: unknown, textField?: string): unknown[] {
  if (Array.isArray(value)) return value;
  if ((textField ? [textField] : DEFAULT_FIELDS.text).some((f) => typeof getPath(value, f) === 'string')) return [value];
  const queue: [unknown, number][] = [[value, 0]];
  while (queue.length > 0) {
    const [v, depth] = queue.shift()!;
    if (!v || typeof v !== 'object' || depth > 2) continue;
    for (const child of Object.values(v as Record<string, unknown>)) {
      if (Array.isArray(child) && child.length > 0 && child.every((c) => c && typeof c === 'object' && !Array.isArray(c))) return child;
      if (child && typeof child === 'object' && !Array.isArray(child)) queue.push([child, depth + 1]);
    }
  }
  return [value];
}

function openError(e: unknown, path: string): CliError {
  if (e instanceof CliError) return e;
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new CliError('E_NOT_FOUND', { path });
  if (code === 'EISDIR') return new CliError('E_IS_DIRECTORY', { path });
  return new CliError('E_UNREADABLE', { path, reason: code === 'EACCES' ? 'permission denied' : String(code ?? (e as Error).message) });
}
