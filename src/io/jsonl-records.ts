/**
 * JSON Lines corpus input: one article per line, `{"id", "text", "date"?, "url"?, "title"?, "outlet"?}`
 * (the shape news scrapers write). Lines are streamed, one at a time: a 1 GB file is never held
 * whole. A malformed line becomes an error spec naming its line number; the rest go on.
 */
import { createReadStream } from 'node:fs';
import { CliError } from './errors.js';
import { recordFields, type FieldFlags } from './record-fields.js';
import { countLines, splitLines } from './lines.js';

/** One article read from a record file (a jsonl line, an element of a JSON array, a feed item). `path` is "file:N" (N: line, element or item number). */
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
  /** where the record came from: its date is the reference date with this source */
  from: 'record' | 'feed';
  /** the text is HTML (a feed item's content): read it as a page */
  html?: boolean;
}

/** A parsed JSON value as a record: its fields (FieldFlags name them), its id or its position. */
export function recordSpec(value: unknown, path: string, n: number, fields: FieldFlags = {}): RecordSpec {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new CliError('E_BAD_RECORD', { path, reason: 'not a JSON object' });
  const r = recordFields(value as Record<string, unknown>, fields, path);
  return { kind: 'record', path, line: n, ...r, id: r.id ?? String(n), from: 'record' };
}

/** Check one line; returns the record or throws E_BAD_RECORD with the reason. */
export function parseRecordLine(line: string, source: string, lineNo: number, fields: FieldFlags = {}): RecordSpec {
  const path = `${source}:${lineNo}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    throw new CliError('E_BAD_RECORD', { path, reason: `not valid JSON (${(e as Error).message})` });
  }
  return recordSpec(value, path, lineNo, fields);
}

export type RecordOrError = RecordSpec | { kind: 'error'; path: string; error: CliError };

/**
 * The records of a jsonl stream, in order. Blank lines are skipped; a line over `maxBytes`, with
 * bad UTF-8 or bad JSON, or without `id`/`text`, is yielded as an error and reading goes on.
 */
export async function* readRecords(stream: NodeJS.ReadableStream, source: string, maxBytes: number, lineOffset = 0, fields: FieldFlags = {}): AsyncGenerator<RecordOrError> {
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
      yield parseRecordLine(text, source, lineNo, fields);
    } catch (e) {
      yield { kind: 'error', path: `${source}:${lineNo}`, error: e as CliError };
    }
  }
}

/** Standard input as an input: the stream, and optionally the name and first line number its records are reported under. */
export interface StdinSource {
  stdin: NodeJS.ReadableStream;
  /** `--stdin-name`: the name standard input is reported under (default "-") */
  stdinName?: string | undefined;
  /** `--line-offset`: standard input's first line is line offset + 1 (a block cut from a larger file) */
  lineOffset?: number | undefined;
}

/** Open a jsonl file (or "-": standard input, under its name and line offset) and read its records. */
export function readRecordFile(path: string, maxBytes: number, src: StdinSource, fields: FieldFlags = {}): AsyncGenerator<RecordOrError> {
  if (path === '-') return readRecords(src.stdin, src.stdinName ?? '-', maxBytes, src.lineOffset ?? 0, fields);
  return readRecords(createReadStream(path), path, maxBytes, 0, fields);
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
    if (s.kind !== 'jsonl' && s.kind !== 'json' && s.kind !== 'feed') n++;
    else if (s.kind !== 'jsonl') n += 2; // unknown until parsed: "several"
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
