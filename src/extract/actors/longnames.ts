/** Long names: "X, Y and Z" lists after an institution head, "and" in a legislature's committee, hyphened given-name syllables. */
import { matchAt } from './lexicon.js';
import { ENTITY_KINDS } from './span.js';
import type { Word } from './types.js';
import { bare, COMMITTEE, hasTag, HYPHEN_MODIFIER, LEGISLATURE } from './wordsets.js';

/** "Park Ji-hoon", "Lee Seo-yeon": a short lower-case syllable hyphened to a short capitalized one after a name part. */
export function syllable(words: readonly Word[], k: number): boolean {
  const w = words[k]!;
  const prev = words[k - 1]!;
  const before = words[k - 2];
  return !w.cap && /^\p{Ll}{2,4}$/u.test(w.text) && prev.cap && /^\p{Lu}\p{Ll}{1,3}$/u.test(prev.text) && !HYPHEN_MODIFIER.has(prev.lower)
    && !!before && before.cap && !before.hyphen && before.sentence === w.sentence && w.start - prev.end === 1;
}

/**
 * "Ministry of Trade, Industry and Energy": a headed name [i, r) goes on over ", Word" items while the list
 * ends in "and Word", all capitalized common words; otherwise r.
 */
export function listEnd(text: string, words: readonly Word[], r: number): number {
  let k = r;
  for (let items = 0; k < words.length && items < 4; items++) {
    const sep = text.slice(words[k - 1]!.end, words[k]!.start);
    const and = words[k]!.lower === 'and' && /^[ \t]+$/u.test(sep);
    const at = and ? k + 1 : k;
    if (!(and || /^,[ \t]+$/u.test(sep)) || !listItem(words, at, words[r - 1]!.sentence)) return r;
    k = at + 1;
    if (and) return k;
    if (/^[ \t]+$/u.test(text.slice(words[k - 1]!.end, words[k]?.start ?? 0)) && words[k]?.cap && listItem(words, k, words[r - 1]!.sentence)) k++;
  }
  return r;
}

const listItem = (words: readonly Word[], k: number, sentence: number): boolean => {
  const w = words[k];
  return !!w && w.cap && !w.poss && w.sentence === sentence && !matchAt(words, k, ENTITY_KINDS) && !hasTag(w, ['Person', 'Place', 'Organization', 'Acronym', 'FirstName', 'LastName']);
};

/** "Senate Energy and Natural Resources Committee": "and" inside a legislature's committee name. */
export function committeeAnd(words: readonly Word[], k: number, i: number): boolean {
  const head = words[i]!.lower === 'the' ? words[i + 1] : words[i];
  if (!head || !LEGISLATURE.has(bare(head))) return false;
  for (let x = k + 1; x < words.length && x <= k + 4 && words[x]!.cap; x++) if (COMMITTEE.has(bare(words[x]!))) return true;
  return false;
}
