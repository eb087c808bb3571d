/**
 * JSON Lines corpus input: one article per line, `{"id", "text", "date"?, "url"?, "title"?, "outlet"?}`
 * (the shape news scrapers write). Lines are streamed, one at a time: a 1 GB file is never held
 * whole. A malformed line becomes an error spec naming its line number; the rest go on.
 */
import { createReadStream } from 'node:fs';
import { z } from 'zod';
import { CliError } from './errors.js';
import { validDate } from '../refine/reference-date.js';
import { countLines, splitLines } from './lines.js';

/** One article read from a jsonl line. `path` is "file:line" (for messages and `input.path`). */
export interface RecordSpec {
  kind: 'record';
  path: string;
  line: number;
  id: string;
  text: string;
  date: string | null;
  title: string | null;
  url: string | null;
  outlet: string | null;
}

const OptText = z.string().nullish().transform((s) => s ?? null);

/** A date as YYYY-MM-DD, or an ISO timestamp whose date part is taken ("2031-03-02T09:00:00Z"). */
const RecordDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/, 'expected YYYY-MM-DD or an ISO 8601 timestamp')
  .transform((s) => s.slice(0, 10))
  .refine((s) => validDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))), 'not a real calendar date')
  .nullish()
  .transform((s) => s ?? null);

export const JsonlRecord = z.object({
  id: z.union([z.string().min(1), z.number().transform(String)]),
  text: z.string().regex(/\S/, 'is empty'),
  date: RecordDate,
  url: OptText,
  title: OptText,
  outlet: OptText,
});

/** Check one line; returns the record or throws E_BAD_RECORD with the reason. */
export function parseRecordLine(line: string, source: string, lineNo: number): RecordSpec {
  const path = `${source}:${lineNo}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    throw new CliError('E_BAD_RECORD', { path, reason: `not valid JSON (${(e as Error).message})` });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new CliError('E_BAD_RECORD', { path, reason: 'not a JSON object' });
  const r = JsonlRecord.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const field = issue.path.join('.') || 'record';
    const missing = (value as Record<string, unknown>)[field] === undefined;
    throw new CliError('E_BAD_RECORD', { path, reason: missing ? `no "${field}" field` : `"${field}" ${issue.message}` });
  }
  return { kind: 'record', path, line: lineNo, ...r.data };
}

export type RecordOrError = RecordSpec | { kind: 'error'; path: string; error: CliError };

/**
 * The records of a jsonl stream, in order. Blank lines are skipped; a line over `maxBytes`, with
 * bad UTF-8 or bad JSON, or without `id`/`text`, is yielded as an error and reading goes on.
 */
export async function* readRecords(stream: NodeJS.ReadableStream, source: string, maxBytes: number, lineOffset = 0): AsyncGenerator<RecordOrError> {
  let lineNo = lineOffset;
  for await (const line of splitLines(stream, maxBytes)) {
    lineNo++;
    if (line === null) {
      yield { kind: 'error', path: `${source}:${lineNo}`, error: new CliError('E_BAD_RECORD', { path: `${source}:${lineNo}`, reason: `longer than the ${maxBytes}-byte limit (--max-bytes)` }) };
      continue;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(line);
    } catch {
      yield { kind: 'error', path: `${source}:${lineNo}`, error: new CliError('E_BAD_RECORD', { path: `${source}:${lineNo}`, reason: 'not valid UTF-8' }) };
      continue;
    }
    if (!/\S/.test(text)) continue;
    try {
      yield parseRecordLine(text, source, lineNo);
    } catch (e) {
      yield { kind: 'error', path: `${source}:${lineNo}`, error: e as CliError };
    }
  }
}

/** Standard input as an input: the stream, and optionally the name and first line number its records are reported under. */
export interface StdinSource {
  stdin: NodeJS.ReadableStream;
  /** `--stdin-name`: the name standard input is reported under (default "-") */
  stdinName?: string;
  /** `--line-offset`: standard input's first line is line offset + 1 (a block cut from a larger file) */
  lineOffset?: number;
}

/** Open a jsonl file (or "-": standard input, under its name and line offset) and read its records. */
export function readRecordFile(path: string, maxBytes: number, src: StdinSource): AsyncGenerator<RecordOrError> {
  if (path === '-') return readRecords(src.stdin, src.stdinName ?? '-', maxBytes, src.lineOffset ?? 0);
  return readRecords(createReadStream(path), path, maxBytes);
}


/**
 * The inputs with every `jsonl` spec replaced by its records, as they are read: the caller holds
 * one record at a time. A jsonl file that cannot be opened becomes one error.
 */
export async function* streamInputs<S extends { kind: string; path: string }>(
  specs: Iterable<S>,
  opts: { maxBytes: number } & StdinSource,
): AsyncGenerator<S | RecordOrError> {
  for (const spec of specs) {
    if (spec.kind !== 'jsonl') {
      yield spec;
      continue;
    }
    try {
      yield* readRecordFile(spec.path, opts.maxBytes, opts);
    } catch (e) {
      yield { kind: 'error', path: spec.path, error: openError(e, spec.path) };
    }
  }
}

function openError(e: unknown, path: string): CliError {
  if (e instanceof CliError) return e;
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new CliError('E_NOT_FOUND', { path });
  if (code === 'EISDIR') return new CliError('E_IS_DIRECTORY', { path });
  return new CliError('E_UNREADABLE', { path, reason: code === 'EACCES' ? 'permission denied' : String(code ?? (e as Error).message) });
}

/** A record as input text: `path` is "file:line#id" so an extract output can be joined back to its record. */
export function recordInput(spec: RecordSpec, maxBytes: number): { path: string; text: string; bytes: number } {
  const bytes = Buffer.byteLength(spec.text, 'utf8');
  if (bytes > maxBytes) throw new CliError('E_TOO_LARGE', { path: spec.path, size: bytes, max: maxBytes });
  return { path: `${spec.path}#${spec.id}`, text: spec.text, bytes };
}

/** How many articles the inputs hold: one per file, one per non-blank line of a jsonl file (a quick pass). */
export async function countInputs(specs: { kind: string; path: string }[]): Promise<number> {
  let n = 0;
  for (const s of specs) {
    if (s.kind !== 'jsonl') n++;
    else if (s.path === '-') n += 2; // unknown until read: "several"
    else {
      try {
        n += await countLines(createReadStream(s.path));
      } catch {
        n++; // reported when read
      }
    }
  }
  return n;
}
