import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { CliError } from './errors.js';
import type { RecordSpec } from './jsonl-records.js';

/**
 * One input to process: a file, standard input, a path that already failed to expand, a JSON Lines
 * file of articles (`jsonl`: read record by record, see jsonl-records.ts), or one of its records.
 */
export type InputSpec =
  | { kind: 'file'; path: string }
  | { kind: 'stdin'; path: '-' }
  | { kind: 'error'; path: string; error: CliError }
  | { kind: 'jsonl'; path: string }
  | RecordSpec;

/** How inputs are read: auto (.jsonl/.ndjson files are records, the rest article text), txt, jsonl. */
export type InputFormat = 'auto' | 'txt' | 'jsonl';
export const INPUT_FORMATS: InputFormat[] = ['auto', 'txt', 'jsonl'];
const JSONL_EXT = /\.(?:jsonl|ndjson)$/i;

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
export async function expandInputs(args: string[], format: InputFormat = 'auto'): Promise<InputSpec[]> {
  const out: InputSpec[] = [];
  const ext = format === 'jsonl' ? JSONL_EXT : /\.txt$/;
  const file = (path: string): InputSpec =>
    format === 'jsonl' || (format === 'auto' && JSONL_EXT.test(path)) ? { kind: 'jsonl', path } : { kind: 'file', path };
  let stdinSeen = false;
  for (const arg of args) {
    if (arg === '-') {
      if (stdinSeen) throw new CliError('E_STDIN_TWICE');
      stdinSeen = true;
      out.push(format === 'jsonl' ? { kind: 'jsonl', path: '-' } : { kind: 'stdin', path: '-' });
      continue;
    }
    const st = await stat(arg).catch(() => null);
    if (st?.isDirectory()) {
      const files = await walkTxt(arg, ext);
      if (files.length === 0) out.push({ kind: 'error', path: arg, error: new CliError('E_IS_DIRECTORY', { path: arg }) });
      for (const f of files) out.push(file(f));
    } else if (!st && GLOB_CHARS.test(arg)) {
      const files = await expandGlob(arg, format === 'auto' && JSONL_EXT.test(arg) ? JSONL_EXT : ext);
      if (files.length === 0) out.push({ kind: 'error', path: arg, error: new CliError('E_GLOB_EMPTY', { path: arg }) });
      for (const f of files) out.push(file(f));
    } else out.push(file(arg));
  }
  return out;
}

/** All .txt (or `ext`) files under dir, recursively, in sorted order (hidden folders and node_modules skipped). */
export async function walkTxt(dir: string, ext: RegExp = /\.txt$/): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walkTxt(p, ext)));
    else if (e.isFile() && ext.test(e.name)) out.push(p);
  }
  return out;
}

/** Expand a glob against the file system: the part before the first wildcard segment is the base. */
async function expandGlob(pattern: string, ext: RegExp): Promise<string[]> {
  const parts = pattern.split(/[\\/]/);
  const firstWild = parts.findIndex((p) => GLOB_CHARS.test(p));
  const base = parts.slice(0, firstWild).join(sep) || '.';
  const re = globToRegExp(parts.slice(firstWild).join('/'));
  const files = await walkTxt(base, ext);
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
