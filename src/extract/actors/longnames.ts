/** Long names: "X, Y and Z" lists after an institution head, "and" in a legislature's committee, hyphened given-name syllables. */
import { matchAt } from './lexicon.js';
import { ENTITY_KINDS } from './span.js';
import type { Word } from './types.js';
import { bare, COMMITTEE, DEFINITE_ARTICLE, hasTag, HYPHEN_MODIFIER, LEGISLATURE, NAME_AND } from './wordsets.js';
import { commonWord } from './english.js';

/**
 * The shape of a hyphened given name's two syllables, the one owner of it (the actors and the sources read
 * it): a short capitalized syllable, then a short lower-case one ("Ji-hoon", "Siu-wan", "Jae-in").
 */
export function syllablePair(first: string, second: string): boolean {
  return /^\p{Ll}{2,4}$/u.test(second) && /^\p{Lu}\p{Ll}{1,3}$/u.test(first) && !HYPHEN_MODIFIER.has(second);
}

/**
 * The looser shape a titled person's name reads (titled.ts nameEnd, "Sen. Moon Jae-in", "Mr. Lee Myung-bak"):
 * word w, hyphened, is one to five lower-case letters and no modifier ("-led", "-run"), whatever the first
 * part. Not syllablePair's: that one would drop a five-letter syllable or a longer first part (review, session 15).
 */
export function titledSyllable(w: Word): boolean {
  return w.hyphen && /^\p{Ll}{1,5}$/u.test(w.text) && !HYPHEN_MODIFIER.has(w.lower);
}

/** "Park Ji-hoon", "Lee Seo-yeon": a short lower-case syllable hyphened to a short capitalized one after a name part. */
export function syllable(words: readonly Word[], k: number): boolean {
  const w = words[k]!;
  const prev = words[k - 1]!;
  const before = words[k - 2];
  return !w.cap && prev.cap && syllablePair(prev.text, w.text)
    && !!before && before.cap && !before.hyphen && before.sentence === w.sentence && w.start - prev.end === 1;
}

/** The gap before a list item: a comma (its "and" may follow: "X, Y, and Z"), or spaces before "and". */
const LIST_GAP = /^(?<comma>,)?[ \t]+$/u;
/** An item runs over at most this many capitalized words ("and Grain Workers"). */
const ITEM_WORDS = 3;

/**
 * "Ministry of Roads, Ports and Energy", "Union of Farm, Mill and Grain Workers", "Council for Roads,
 * Bridges, and Tunnels": a headed name [i, r) goes on over ", Word" items while the
 * list ends in "and Word" (or ", and Word" after a first item), all capitalized common words not yet used;
 * otherwise r.
 */
export function listEnd(text: string, words: readonly Word[], r: number, used: Uint8Array): number {
  const item = (k: number, tags: readonly string[]): boolean => !used[k] && listItem(words, k, words[r - 1]!.sentence, tags);
  const gap = (k: number): RegExpExecArray | null => LIST_GAP.exec(text.slice(words[k - 1]!.end, words[k]?.start ?? 0));
  let k = r;
  for (let items = 0; k < words.length && items < 4; items++) {
    const comma = !!gap(k)?.groups?.comma;
    const and = NAME_AND.has(words[k]!.lower) && !!gap(k) && (!comma || items > 0);
    const at = and ? k + 1 : k;
    const tags = and && items > 0 ? LAST_ITEM_TAGS : ITEM_TAGS;
    if (!(and || comma) || !item(at, tags) || (and && items === 0 && placeBefore(words, k))) return r; // "University of Miami and Apex Reef Trust": two names
    for (k = at + 1; k < at + (and ? ITEM_WORDS : 2) && gap(k) && !gap(k)!.groups?.comma && item(k, tags); k++);
    if (and) return k;
  }
  return r;
}

/** Tags no list item bears; the last item of a list with commas may look like a body ("and Grain Workers"). */
const LAST_ITEM_TAGS = ['Person', 'Place', 'Acronym', 'FirstName', 'LastName'];
const ITEM_TAGS = [...LAST_ITEM_TAGS, 'Organization'];

const listItem = (words: readonly Word[], k: number, sentence: number, tags: readonly string[]): boolean => {
  const w = words[k];
  return !!w && w.cap && !w.poss && w.sentence === sentence && !matchAt(words, k, ENTITY_KINDS) && !hasTag(w, tags);
};

/** "Senate Energy and Natural Resources Committee": "and" inside a legislature's committee name. */
export function committeeAnd(words: readonly Word[], k: number, i: number): boolean {
  const head = DEFINITE_ARTICLE.has(words[i]!.lower) ? words[i + 1] : words[i];
  if (!head || !LEGISLATURE.has(bare(head))) return false;
  for (let x = k + 1; x < words.length && x <= k + 4 && words[x]!.cap; x++) if (COMMITTEE.has(bare(words[x]!))) return true;
  return false;
}

/** Tags of a word that qualifies the name's topic rather than naming a place ("Centre for Irish and Scottish Studies"). */
const NOT_PLACE_TAGS = ['Demonym', 'Adjective'];

/**
 * "the University of Miami and Apex Reef Trust", "the University of Bristol and UC Davis": proper names (no
 * common English word) between the name's link and "and" are a place that ends the name, so "and" begins a
 * second one ("Ministry of Health and Family Welfare" goes on); not where the place goes on over "and" as
 * one lexicon name ("the University of Trinidad and Tobago").
 */
export function placeBefore(words: readonly Word[], k: number): boolean {
  let x = k - 1;
  while (x > 0 && words[x]!.cap && !commonWord(words[x]!.text) && !hasTag(words[x]!, NOT_PLACE_TAGS) && k - x <= 3) x--;
  if (x === k - 1 || words[x]!.cap) return false;
  for (let y = x + 1; y < k; y++) {
    const m = matchAt(words, y, ENTITY_KINDS);
    if (m && (y + m.len > k || m.entry.kind === 'demonym')) return false; // "for Irish and Scottish Studies": a demonym qualifies the topic
  }
  return true;
}
