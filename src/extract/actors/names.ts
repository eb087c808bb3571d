/** Person-name helpers: core words (initials dropped), surname, gender from first names. */
import type { Candidate, Word } from './types.js';
import { GENERATION } from './wordsets.js';

const INITIAL = /^\p{Lu}\.?$/u;

/** Curly apostrophes folded to straight ones and accents dropped, so O’Neill = O'Neill and Erdoğan = Erdogan. */
export const fold = (s: string): string => (ASCII.test(s) ? s : s.replace(/[\u2018\u2019]/gu, "'").normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC'));
/** Plain ASCII has no curly apostrophe and no accent: folding returns it as it is (most words; fold runs on every word). */
const ASCII = /^[\u0000-\u007f]*$/u;

/** The words of a person mention without middle initials ("Jane Q. Doe" -> Jane, Doe). */
export function coreWords(c: Candidate, words: readonly Word[]): string[] {
  const out: string[] = [];
  for (let k = c.from; k < c.to; k++) {
    const w = words[k]!;
    const t = fold(w.text);
    if (w.hyphen && k > c.from && out.length > 0) out[out.length - 1] += `-${t}`;
    else if (!(INITIAL.test(t) && c.to - c.from > 1)) out.push(t);
  }
  return c.sharedSurname ? [...out, fold(c.sharedSurname)] : out;
}

/** "Jane Doe Jr." -> Doe: the surname, before a generational suffix. */
export const surname = (core: readonly string[]): string => (generational(core) ? core.at(-2)! : core.at(-1)!);

/** Does the name end in a generational suffix ("Jr.")? */
export const generational = (core: readonly string[]): boolean => core.length > 2 && GENERATION.has(core.at(-1)!.toLowerCase());

/** Gender of a person mention from compromise's first-name tags. */
export function nameGender(c: Candidate, words: readonly Word[]): 'male' | 'female' | null {
  if (c.gender) return c.gender;
  const w = words[c.from]!;
  if (c.to - c.from < 2) return null;
  if (w.tags.has('FemaleName') && !w.tags.has('MaleName')) return 'female';
  if (w.tags.has('MaleName') && !w.tags.has('FemaleName')) return 'male';
  return null;
}
