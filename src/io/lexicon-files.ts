/**
 * The user's lexicon files: those a config file names (`lexicon`: a path or a list, relative to the
 * config file), then those given with `--lexicon` (relative to the working directory), checked with
 * zod and merged. The config file is found from the working directory up by lilconfig:
 * `package.json` (a "tiktok-claims" key), `tiktok-claims.config.json`, `.tiktok-claimsrc`,
 * `.tiktok-claimsrc.json`. Any problem is one line naming the file (and the field), exit 2.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { lilconfig, type LilconfigResult } from 'lilconfig';
import { z } from 'zod';
import type { LexiconFile, UserLexicon } from '../schema/lexicon.js';
import { CliError } from './errors.js';

export const CONFIG_PLACES = ['package.json', 'tiktok-claims.config.json', '.tiktok-claimsrc', '.tiktok-claimsrc.json'];

const Config = z.object({ lexicon: z.union([z.string().min(1), z.array(z.string().min(1))]).optional() }).passthrough();

const json = (path: string, content: string): unknown => {
  try {
    return JSON.parse(content);
  } catch (e) {
    throw new CliError('E_BAD_CONFIG', { path, reason: `not valid JSON (${(e as Error).message})` });
  }
};

/** The config file found from `cwd` up, or null. */
export async function findConfig(cwd: string): Promise<LilconfigResult> {
  return lilconfig('tiktok-claims', { searchPlaces: CONFIG_PLACES, loaders: { '.json': json, noExt: json } }).search(cwd);
}

/** The lexicon files to read: the config's, then the command line's, as absolute paths with the names they were given. */
export async function lexiconPaths(given: readonly string[], cwd: string): Promise<{ path: string; name: string }[]> {
  const found = await findConfig(cwd);
  const out: { path: string; name: string }[] = [];
  if (found && !found.isEmpty) {
    const r = Config.safeParse(found.config);
    if (!r.success) throw new CliError('E_BAD_CONFIG', { path: found.filepath, reason: `"lexicon": expected a file path or a list of them` });
    const list = r.data.lexicon === undefined ? [] : Array.isArray(r.data.lexicon) ? r.data.lexicon : [r.data.lexicon];
    for (const p of list) out.push({ path: resolve(dirname(found.filepath), p), name: p });
  }
  for (const p of given) out.push({ path: resolve(cwd, p), name: p });
  return out;
}

/** Read and check one lexicon file. */
export async function readLexiconFile(path: string, name: string): Promise<LexiconFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError('E_BAD_LEXICON', { path: name, reason: code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? (e as Error).message})` });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new CliError('E_BAD_LEXICON', { path: name, reason: `not valid JSON (${(e as Error).message})` });
  }
  const { parseLexicon } = await import('../extract/lexicon/merge.js'); // compromise loads only when there is a lexicon
  try {
    return parseLexicon(value);
  } catch (e) {
    throw new CliError('E_BAD_LEXICON', { path: name, reason: (e as Error).message });
  }
}

/** The merged user lexicon of a run, or null when there is none. */
export async function loadLexicons(given: readonly string[], cwd: string): Promise<UserLexicon | null> {
  const paths = await lexiconPaths(given, cwd);
  if (paths.length === 0) return null;
  const files = [];
  for (const p of paths) files.push({ source: p.name, data: await readLexiconFile(p.path, p.name) });
  const { mergeLexicons } = await import('../extract/lexicon/merge.js');
  return mergeLexicons(files);
}
