/**
 * Name boundaries inside a capitalized run:
 * - letters after a name end it ("Daniel Quaspel FRS" -> "Daniel Quaspel"; rows POSTNOMINALS);
 * - common words before a first name are a role or a label, not the name ("Editorial Manager Chet
 *   Quaspel", "fellow-Scots Paul Quaspel" -> the name starts at the first name), unless the run ends in a
 *   common word ("Fort Lee Historic Park" stays whole).
 */
import { POSTNOMINALS } from '../../rules/actors/non-actors.js';
import { commonWord, firstNameGender } from './english.js';
import type { Word } from './types.js';
import { hasTag, PERSON_TAGS } from './wordsets.js';

const POSTNOMINAL = new Set(POSTNOMINALS.map((r) => r.word));

/** End of the run [a, b) without trailing postnominal letters. */
export function withoutPostnominals(words: readonly Word[], a: number, b: number): number {
  while (b - a > 2 && POSTNOMINAL.has(words[b - 1]!.lower.replace(/\./gu, '')) && /^\p{Lu}/u.test(words[b - 1]!.text)) b--;
  return b;
}

const firstNameWord = (w: Word): boolean => firstNameGender(w.text) !== null || hasTag(w, ['FirstName', 'MaleName', 'FemaleName']);

/** "fellow-Scots", "ex-Beatle": a capitalized word hyphened to a lower-case one is a modifier. */
const hyphenedToLower = (words: readonly Word[], x: Word): boolean => x.hyphen && x.i > 0 && !words[x.i - 1]!.cap;

/** Start of the name in the run [a, b): past leading capitalized common words when a first name and a surname follow. */
export function nameStart(words: readonly Word[], a: number, b: number): number {
  for (let k = a + 1; k <= b - 2 && k - a <= 2; k++) {
    const w = words[k]!;
    if (!w.cap || !words[k - 1]!.cap || !firstNameWord(w) || commonWord(w.text)) continue; // a connector ("Brigade de Recherche") is no name, and no name starts after one
    if (commonWord(words[b - 1]!.text)) return a;
    if (words.slice(a, k).every((x) => (commonWord(x.text) || hyphenedToLower(words, x)) && !firstNameWord(x) && !hasTag(x, [...PERSON_TAGS, 'Place', 'Organization']))) return k;
    return a;
  }
  return a;
}
