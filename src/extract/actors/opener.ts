/**
 * An unknown capitalized word opening a sentence ("Henrike" in "Henrike Vos, the agency's director,
 * said") is a first name, not a common word (it never appears in lower case), when the next word is a capitalized name part and the
 * pair is a name by context: a person tag on the second word, a speech verb right after the pair,
 * an appositive role after it, or a business noun or organization suffix ending the name ("Kestrel Networks").
 */
import type { ParsedDoc } from '../../parse/types.js';
import { matchAt } from './lexicon.js';
import { appositiveRole } from './role.js';
import { ENTITY_KINDS, spaceOnly } from './span.js';
import type { Word } from './types.js';
import { bare, BUSINESS_NOUN, functionWord, hasTag, NOT_ACTOR, ORG_SUFFIX, PERSON_TAGS, SAY_VERB } from './wordsets.js';

/** The only tags an unknown first name may carry (a common noun also has Uncountable, Plural...). */
const NAME_LIKE = new Set(['Noun', 'Singular', 'ProperNoun', 'TitleCase', 'Person', 'FirstName', 'MaleName', 'FemaleName']);

export function namedOpener(doc: ParsedDoc, words: readonly Word[], i: number, lower: ReadonlySet<string>): boolean {
  const text = doc.text;
  const w = words[i]!;
  const next = words[i + 1];
  if (!w.first || w.poss || !next || !next.cap || next.hyphen || !spaceOnly(text, w, next)) return false;
  if ([...w.tags].some((t) => !NAME_LIKE.has(t))) return false;
  if (lower.has(w.lower) || functionWord(w) || NOT_ACTOR.has(w.lower) || functionWord(next) || NOT_ACTOR.has(next.lower)) return false;
  if (matchAt(words, i, ENTITY_KINDS) || matchAt(words, i + 1)) return false;
  if (hasTag(next, PERSON_TAGS) || next.tags.has('Person') || companyTail(text, words, i)) return true;
  const after = words[i + 2];
  if (after && after.sentence === w.sentence && SAY_VERB.has(after.lower) && !next.poss) return true;
  return appositiveRole(doc, words, i + 2) !== null;
}

/** "Kestrel Networks, a rival, ...": the capitalized words after the opener end in a business noun or an organization suffix. */
function companyTail(text: string, words: readonly Word[], i: number): boolean {
  for (let k = i + 1; k <= i + 3 && k < words.length && words[k]!.cap && spaceOnly(text, words[k - 1]!, words[k]!); k++) {
    const next = words[k + 1];
    const last = !next || !next.cap || !spaceOnly(text, words[k]!, next);
    if (last) return BUSINESS_NOUN.has(bare(words[k]!)) || ORG_SUFFIX.has(bare(words[k]!));
  }
  return false;
}

/** Lower-case forms of the capitalized words used inside sentences (not as openers or in headlines). */
export function innerCaps(words: readonly Word[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) if (w.cap && !w.first && !w.headline) out.add(w.lower);
  return out;
}

/**
 * "Prairie farm groups are worried": a lone capitalized opener right before a lower-case noun modifies
 * it, when the word is never capitalized inside a sentence elsewhere in the text; not a name.
 */
export function modifierOpener(text: string, words: readonly Word[], i: number, inner: ReadonlySet<string>): boolean {
  const w = words[i]!;
  const next = words[i + 1];
  if (!w.first || w.poss || w.headline || inner.has(w.lower) || !next || next.cap || !spaceOnly(text, w, next)) return false;
  return next.tags.has('Noun') && !hasTag(next, ['Verb', 'Pronoun', 'Possessive', 'Determiner', 'Preposition', 'Conjunction', 'Adverb']);
}
