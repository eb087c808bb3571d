/**
 * A described, non-anonymous subject right before its verb keeps its phrase as the source ("Another
 * voter said", "A new national poll suggests", "Some 22 percent said", "Voss's close friends say"):
 * the noun phrase from the clause start to the verb group, "a"/"an" dropped. Anonymous sourcing
 * ("officials", "a spokeswoman", "people familiar with ...") and definite descriptions ("the governor",
 * anaphoric) are left to the other readers.
 */
import type { ParsedDoc, Token } from '../../parse/types.js';
import { ANONYMOUS_HEADS, DESCRIBED_OPENERS, INDEFINITE_OPENERS, NP_LEADS, STANDALONE_QUANTIFIERS } from '../../rules/attribution/described.js';
import { DEFINITE_OPENERS } from '../../rules/attribution/phrase-sources.js';
import { ANONYMOUS_POST_WORDS } from '../../rules/attribution/phrase-sources.js';
import { PRONOUNS } from '../../rules/attribution/sources.js';
import type { SourceRef } from './source-ref.js';
import { spanDescription } from './describe.js';
import { RELATIVE_PRONOUNS, RELEASE_NOUNS } from '../../rules/clauses/rows.js';
import { isBoundary, isCapitalized, isPossessive, word } from './tokens.js';

const MAX_WORDS = 10;
const VERBISH = ['Verb', 'Modal', 'Auxiliary', 'Copula'];

/** The described subject in tokens [start, e) (e: the verb group's first token), or null. */
export function describedSubject(doc: ParsedDoc, start: number, e: number): SourceRef | null {
  const toks = doc.tokens;
  let s = start;
  while (s < e && NP_LEADS.has(toks[s]!.normal)) s++;
  let end = s;
  while (end < e && !VERBISH.some((g) => toks[end]!.tags.has(g)) && !RELATIVE_PRONOUNS.has(toks[end]!.normal)) end++;
  if (end - s < 2 || end - s > MAX_WORDS || end !== e) return null;
  for (let k = s + 1; k < end; k++) if (isBoundary(doc, toks[k - 1]!, toks[k]!) && !dash(doc, toks[k - 1]!, toks[k]!)) return null;
  const first = toks[s]!;
  const head = toks[end - 1]!;
  if (PRONOUNS.has(first.normal) || PRONOUNS.has(head.normal) || isCapitalized(head) || isPossessive(head)) return null;
  const opener = DESCRIBED_OPENERS.has(first.normal) || /^\d/u.test(first.text) || (isPossessive(first) && isCapitalized(first));
  if (!opener || !(head.tags.has('Noun') || /^\d|%$/u.test(head.text))) return null;
  if (anonymous(doc, s, end)) return null;
  return phraseSource(doc, s, end);
}

/** The phrase [first, end) as a described source, "a"/"an" dropped ("a bartender in Dayton" -> "bartender in Dayton"). */
export function phraseSource(doc: ParsedDoc, first: number, end: number): SourceRef {
  const toks = doc.tokens;
  const from = ARTICLES.has(toks[first]!.normal) && first + 1 < end ? toks[first + 1]! : toks[first]!;
  const last = toks[end - 1]!;
  return { kind: 'group', start: from.start, end: last.end, text: doc.text.slice(from.start, last.end), phrase: spanDescription(doc, from, last) };
}

/** An anonymous-sourcing head or post-modifier: "a senior administration official", "people familiar with" (left to the group readers). */
function anonymous(doc: ParsedDoc, s: number, end: number): boolean {
  const toks = doc.tokens;
  const span = toks.slice(s, end);
  return span.some((t) => ANONYMOUS_HEADS.has(word(t))) // "a spokesman for the ministry": the group readers resolve its body
    || span.some((t, k) => k > 0 && ANONYMOUS_POST_WORDS.has(t.normal) && span[k - 1]!.tags.has('Noun')); // "people familiar with
}

const MAX_PHRASE = 12;
/** Tags of a head that names who by itself (a name, a pronoun) or says when (a date): no described phrase. */
const NAMING_TAGS = ['Pronoun', 'Person', 'Honorific'];
const PROPER_TAGS = [...NAMING_TAGS, 'ProperNoun'];
/** Articles a described phrase drops. */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/**
 * A subject phrase [first, end) with head `head` that describes its speakers without naming them keeps
 * the phrase as the source, whatever its opener ("police said", "opponents have likened", "Twenty-four
 * percent said", "One in five say", "said one former executive"): a lower-case common-noun head (or a
 * number, or a quantifier standing alone: "another said"), not definite ("the critics", "his aides":
 * anaphoric), not anonymous ("officials", "a spokeswoman", "people familiar with") and no release (a
 * "statement which said" speaks for its issuer, left to the readers that find it). "a"/"an" dropped.
 */
export function describedPhrase(doc: ParsedDoc, first: number, end: number, head: number): SourceRef | null {
  const toks = doc.tokens;
  const h = toks[head]!;
  const opener = toks[first]!;
  const lower = !h.cap || (h.first && !PROPER_TAGS.some((g) => h.tags.has(g))); // "One in five say": capitalized only as the sentence's first word
  const nominal = h.tags.has('Noun') || h.tags.has('Value') || STANDALONE_QUANTIFIERS.has(h.normal);
  const definite = DEFINITE_OPENERS.has(opener.normal) || (isPossessive(opener) && !isCapitalized(opener));
  const counted = head > first && toks[head - 1]!.tags.has('Value'); // "About a quarter said": a fraction, no date
  const countable = counted || h.tags.has('Plural') || h.tags.has('Value') || STANDALONE_QUANTIFIERS.has(h.normal) || INDEFINITE_OPENERS.has(opener.normal); // a singular head needs a number or "a", "one", "another": "Acme's engagement suggests" is no speaker
  const named = !countable || !lower || !nominal || NAMING_TAGS.some((g) => h.tags.has(g)) || (h.tags.has('Date') && !counted);
  if (named || definite || RELEASE_NOUNS.has(h.normal) || end - first > MAX_PHRASE || anonymous(doc, first, end) || h.poss) return null;
  return phraseSource(doc, first, end);
}

const dash = (doc: ParsedDoc, a: Token, b: Token): boolean => /^\s*[\u2014\u2013-]\s*$/u.test(doc.text.slice(a.end, b.start));
