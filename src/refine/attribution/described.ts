/**
 * A described, non-anonymous subject right before its verb keeps its phrase as the source ("Another
 * voter said", "A new national poll suggests", "Some 22 percent said", "Voss's close friends say"):
 * the noun phrase from the clause start to the verb group, "a"/"an" dropped. Anonymous sourcing
 * ("officials", "a spokeswoman", "people familiar with ...") and definite descriptions ("the governor",
 * anaphoric) are left to the other readers.
 */
import type { ParsedDoc, Token } from '../../parse/types.js';
import { ANONYMOUS_HEADS, DESCRIBED_LEXICONS, DESCRIBED_OPENERS, DESCRIBED_TABLE, NP_LEADS, ROLE_TABLE } from '../../rules/attribution/described.js';
import { decide, type MatchEnv } from '../../engine/index.js';
import { NO_TRACE, type Trace } from '../../engine/trace.js';
import { ANONYMOUS_POST_WORDS } from '../../rules/attribution/phrase-sources.js';
import { PRONOUNS } from '../../rules/attribution/sources.js';
import type { SourceRef } from './source-ref.js';
import { spanDescription } from './describe.js';
import { RELATIVE_PRONOUNS } from '../../rules/clauses/rows.js';
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

/** The longest described phrase (tokens); a longer run is no phrase of its own. */
export const MAX_PHRASE = 12;
/** Articles a described phrase drops. */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/** The rows' environment: their word sets, and `@name` (capitalized as a name, not only as its sentence's first word: "One in five say"). */
const ENV: MatchEnv = {
  lexicons: DESCRIBED_LEXICONS,
  predicates: new Map([['name', (doc, i) => doc.tokens[i]!.cap && (!doc.tokens[i]!.first || doc.tokens[i]!.tags.has('ProperNoun'))]]),
};

/**
 * A subject phrase [first, end) with head `head` that describes its speakers without naming them keeps
 * the phrase as the source, whatever its opener ("police said", "opponents have likened", "Twenty-four
 * percent said", "One in five say", "said one former executive"), as the rows of `sources.described`
 * decide (src/rules/attribution/described.ts; the deciding row is traced). "a"/"an" dropped.
 */
export function describedPhrase(doc: ParsedDoc, first: number, end: number, head: number, trace: Trace = NO_TRACE): SourceRef | null {
  if (end - first > MAX_PHRASE) return null;
  const d = decide(DESCRIBED_TABLE, { first: head, end: head + 1 }, { doc, range: { first, end }, env: ENV, trace, kind: 'source', verdict: (v) => (v ? 'accept' : 'reject') });
  return d?.value ? phraseSource(doc, first, end) : null;
}

/** "The mayor of Lyon": a definite role with a post-modifier, by the row of `sources.role` (the same environment). */
export function roleHolds(doc: ParsedDoc, first: number, end: number, head: number, trace: Trace): boolean {
  return decide(ROLE_TABLE, { first: head, end: head + 1 }, { doc, range: { first, end }, env: ENV, trace, kind: 'source' }) !== null;
}

const dash = (doc: ParsedDoc, a: Token, b: Token): boolean => /^\s*[\u2014\u2013-]\s*$/u.test(doc.text.slice(a.end, b.start));
