/**
 * Number agreement between a subject phrase and its verb: "a fraction of the $20 million experts say"
 * has a singular head (fraction) and a plural present verb (say), so the phrase is no subject; the
 * plural nouns that end it are ("experts", a reduced relative clause: "the $20 million [that] experts
 * say"). A phrase that agrees ("the experts say", "a fraction of the experts says") is kept.
 */
import type { ParsedDoc, Token } from '../../parse/types.js';
import type { Headed } from './types.js';

/** A present-tense verb in its plural form ("say", not "says": the tagger marks it Infinitive too): a singular noun is never its subject. */
const pluralPresent = (t: Token): boolean => t.tags.has('PresentTense') && t.tags.has('Infinitive') && !t.tags.has('Modal') && !t.tags.has('Copula');
const singularNoun = (t: Token): boolean => t.tags.has('Singular') && !t.tags.has('Plural') && !t.cap;
/** A word of the plural tail: a lower-case noun or adjective ("economic experts"), no number, determiner or preposition. */
const tailWord = (t: Token): boolean => !t.cap && (t.tags.has('Noun') || t.tags.has('Adjective')) && !t.tags.has('Value') && !t.tags.has('Determiner') && !t.tags.has('Pronoun');

/** The phrase np before the verb at token v, or its plural tail when np's head disagrees with the verb in number. */
export function agreeing(doc: ParsedDoc, np: Headed | null, v: number): Headed | null {
  const toks = doc.tokens;
  const verb = toks[v];
  if (!np || !verb || np.head >= np.end - 1 || !pluralPresent(verb) || !singularNoun(toks[np.head]!)) return np;
  const last = toks[np.end - 1]!;
  if (!last.tags.has('Plural') || last.cap) return np;
  let k = np.end - 1;
  while (k - 1 > np.head && tailWord(toks[k - 1]!)) k--;
  return { first: k, end: np.end, head: np.end - 1 };
}
