import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { CliError } from './errors.js';
import type { RecordSpec } from './jsonl-records.js';
import { headOf, sniff } from './sniff.js';

/**
 * One input to process: a file (article text, or a saved web page with `html`), standard input, a
 * path that already failed to expand, a file of many articles (`jsonl`, `json`, `feed`: read record
 * by record, see records.ts), or one of its records.
 */
export type InputSpec =
  | { kind: 'file'; path: string; html?: boolean }
  | { kind: 'stdin'; path: '-'; html?: boolean | undefined }
  | { kind: 'error'; path: string; error: CliError }
  | { kind: 'jsonl'; path: string }
  | { kind: 'json'; path: string }
  | { kind: 'feed'; path: string }
  | RecordSpec;

/**
 * How inputs are read: auto (by extension: .html/.htm pages, .rss/.atom/.xml feeds, .json and
 * .jsonl/.ndjson records; other files by their first bytes: a page or a feed is read as one, the rest
 * as text), txt, html, feed, json (an array, or JSON Lines), jsonl.
 */
export type InputFormat = 'auto' | 'txt' | 'html' | 'feed' | 'json' | 'jsonl';
export const INPUT_FORMATS: InputFormat[] = ['auto', 'txt', 'html', 'feed', 'json', 'jsonl'];
const JSONL_EXT = /\.(?:jsonl|ndjson)$/i;
/** The files a directory or a glob gives, per input format. */
const DIR_EXT: Record<InputFormat, RegExp> = {
  auto: /\.txt$/i,
  txt: /\.txt$/i,
  html: /\.html?$/i,
  feed: /\.(?:rss|atom|xml)$/i,
  json: /\.json$/i,
  jsonl: JSONL_EXT,
};

/** A warning about one input (stderr, once): it is not what its name or --input-format says. */
export type InputWarning = (path: string, message: string) => void;

/** --input-format: one of INPUT_FORMATS (default auto). */
export function parseInputFormat(value: string | undefined): InputFormat {
  const v = value ?? 'auto';
  if (!(INPUT_FORMATS as string[]).includes(v)) {
    throw new CliError('E_BAD_OPTION', { message: `unknown --input-format "${v}": expected one of ${INPUT_FORMATS.join(', ')}` });
  }
  return v as InputFormat;
}

const GLOB_CHARS = /[*?[]/;

/**
 * Expand command-line inputs in order: `-` is standard input, a directory gives its .txt files
 * (recursively, sorted), a glob (`*`, `**`, `?`, `[...]`) gives the .txt files it matches, anything
 * else is taken as a file (and fails later, one input at a time, if it is not readable).
 */
export async function expandInputs(args: string[], format: InputFormat = 'auto', warn: InputWarning = () => {}): Promise<InputSpec[]> {
  const out: InputSpec[] = [];
  const ext = DIR_EXT[format];
  const file = (path: string) => fileSpec(path, format, warn);
  let stdinSeen = false;
  for (const arg of args) {
    if (arg === '-') {
      if (stdinSeen) throw new CliError('E_STDIN_TWICE');
      stdinSeen = true;
      const many = format === 'jsonl' || format === 'json' || format === 'feed';
      out.push(many ? ({ kind: format, path: '-' } as InputSpec) : { kind: 'stdin', path: '-', html: format === 'html' ? true : format === 'auto' ? undefined : false });
      continue;
    }
    const st = await stat(arg).catch(() => null);
    const unreadable: InputSpec[] = [];
    if (st?.isDirectory()) {
      const files = await walkTxt(arg, ext, unreadable);
      if (files.length === 0 && unreadable.length === 0) out.push({ kind: 'error', path: arg, error: new CliError('E_IS_DIRECTORY', { path: arg }) });
      for (const f of files) out.push(await file(f));
    } else if (!st && GLOB_CHARS.test(arg)) {
      const files = await expandGlob(arg, format === 'auto' ? globExt(arg) : ext, unreadable);
      if (files.length === 0 && unreadable.length === 0) out.push({ kind: 'error', path: arg, error: new CliError('E_GLOB_EMPTY', { path: arg }) });
      for (const f of files) out.push(await file(f));
    } else out.push(await file(arg));
    out.push(...unreadable);
  }
  return out;
}

/** A glob under auto takes the files of the kind its extension names (`*.html`, `**\/*.jsonl`), else .txt. */
function globExt(glob: string): RegExp {
  for (const f of ['jsonl', 'json', 'html', 'feed'] as const) if (DIR_EXT[f].test(glob)) return DIR_EXT[f];
  return DIR_EXT.auto;
}

const AUTO_EXT: [RegExp, 'jsonl' | 'json' | 'feed' | 'html'][] = [
  [JSONL_EXT, 'jsonl'],
  [/\.json$/i, 'json'],
  [/\.(?:rss|atom|xml)$/i, 'feed'],
  [/\.html?$/i, 'html'],
];

/**
 * One file as an input: of the kind --input-format names, or under auto of the kind its extension
 * names, else of the kind its first bytes show (a page, a feed; the rest text). A .txt file (or any
 * file read as text) that looks like HTML, XML or JSON gets one warning.
 */
async function fileSpec(path: string, format: InputFormat, warn: InputWarning): Promise<InputSpec> {
  const kind = format === 'auto' ? AUTO_EXT.find(([re]) => re.test(path))?.[1] : format === 'txt' ? undefined : format;
  if (kind === 'html') return { kind: 'file', path, html: true };
  if (kind) return { kind, path } as InputSpec;
  const seen = sniff(await headOf(path));
  if (seen === 'text') return { kind: 'file', path };
  const what = seen === 'html' ? 'an HTML page' : seen === 'feed' ? 'an RSS/Atom feed' : seen === 'xml' ? 'XML' : 'JSON';
  if (format === 'auto' && seen === 'html') {
    warn(path, `${path}: looks like an HTML page: read as one (its main text; --input-format txt reads it as text)`);
    return { kind: 'file', path, html: true };
  }
  if (format === 'auto' && seen === 'feed') {
    warn(path, `${path}: looks like an RSS/Atom feed: read as one (one article per item; --input-format txt reads it as text)`);
    return { kind: 'feed', path };
  }
  const hint = seen === 'json' ? '--input-format json' : seen === 'xml' ? 'markup will be read as words' : `--input-format ${seen}`;
  warn(path, `${path}: looks like ${what}, not plain text: read as text (${hint})`);
  return { kind: 'file', path };
}

/**
 * All .txt (or `ext`) files under dir, recursively, in sorted order (hidden folders and node_modules
 * skipped). Symbolic links are followed, to files and to folders; a folder already visited (a link
 * loop, or two links to one folder) is walked once. A folder that cannot be read is reported in
 * `unreadable` as an input error, not taken for an empty one.
 */
export async function walkTxt(dir: string, ext: RegExp = /\.txt$/, unreadable: InputSpec[] = [], seen = new Set<string>()): Promise<string[]> {
  const real = await realpath(dir).catch(() => dir);
  if (seen.has(real)) return [];
  seen.add(real);
  const out: string[] = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    unreadable.push({ kind: 'error', path: dir, error: new CliError('E_UNREADABLE', { path: dir, reason: (e as NodeJS.ErrnoException).code ?? String(e) }) });
    return out;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    const target = e.isSymbolicLink() ? await stat(p).catch(() => null) : e; // a dangling link is skipped
    if (target?.isDirectory()) out.push(...(await walkTxt(p, ext, unreadable, seen)));
    else if (target?.isFile() && ext.test(e.name)) out.push(p);
  }
  return out;
}

/** Expand a glob against the file system: the part before the first wildcard segment is the base. */
async function expandGlob(pattern: string, ext: RegExp, unreadable: InputSpec[]): Promise<string[]> {
  const parts = pattern.split(/[\\/]/);
  const firstWild = parts.findIndex((p) => GLOB_CHARS.test(p));
  const base = parts.slice(0, firstWild).join(sep) || '.';
  const re = globToRegExp(parts.slice(firstWild).join('/'));
  const files = await walkTxt(base, ext, unreadable);
  return files.filter((f) => re.test(relative(base, f).split(sep).join('/')));
}

/** A glob as an anchored RegExp with no nested quantifiers: `**` spans folders, `*` and `?` do not. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        re += '[' + glob.slice(i + 1, close).replace(/\\/g, '\\\\').replace(/^!/, '^') + ']';
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
