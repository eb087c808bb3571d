import { NAME_CONFLICT, NAME_FOLDS } from '../rules/ledger.js';

/** The key two names are compared by across articles: lower case, folded (see NAME_FOLDS). */
export function nameKey(name: string): string {
  let k = name.trim().toLowerCase();
  for (const f of NAME_FOLDS) k = k.replace(f.from, f.to);
  return k.trim();
}

/** Number of words in a name key. */
export function wordCount(key: string): number {
  return key ? key.split(' ').length : 0;
}

/** The last word of a name key ("ana ruiz" -> "ruiz"). */
export function lastWord(key: string): string {
  const i = key.lastIndexOf(' ');
  return i < 0 ? key : key.slice(i + 1);
}

/** The fuller of two names: more words, then more characters; ties keep the first. */
export function fuller(a: string, b: string): boolean {
  const wa = wordCount(nameKey(a));
  const wb = wordCount(nameKey(b));
  return wa !== wb ? wa > wb : a.length > b.length;
}

/** Shorten to n characters on one line, with an ellipsis when cut. */
export function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
}

/** True when two names are full names (NAME_CONFLICT.minWords or more) and neither holds all the other's words. */
export function conflicting(a: string, b: string): boolean {
  const ka = nameKey(a).split(' ');
  const kb = nameKey(b).split(' ');
  if (ka.length < NAME_CONFLICT.minWords || kb.length < NAME_CONFLICT.minWords) return false;
  const [short, long] = ka.length <= kb.length ? [ka, new Set(kb)] : [kb, new Set(ka)];
  return !short.every((w) => long.has(w));
}
