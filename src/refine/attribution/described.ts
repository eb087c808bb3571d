/**
 * A described, non-anonymous subject right before its verb keeps its phrase as the source ("Another
 * voter said", "A new national poll suggests", "Some 22 percent said", "Voss's close friends say"):
 * the noun phrase from the clause start to the verb group, "a"/"an" dropped. Anonymous sourcing
 * ("officials", "a spokeswoman", "people familiar with ...") and definite descriptions ("the governor",
 * anaphoric) are left to the other readers.
 */
import type { ParsedDoc, Token } from '../../parse/types.js';
import { DASH_CHARS } from '../../parse/quote-marks.js';
import { DESCRIBED_LEXICONS, DESCRIBED_TABLE, DROPPED_ARTICLES, NP_LEADS, ROLE_TABLE, SUBJECT_TABLE, type DescribedTake } from '../../rules/attribution/described.js';
import { decide, type Decision, type MatchEnv } from '../../engine/index.js';
import type { TokenPredicate } from '../../engine/predicates.js';
import { NO_TRACE, type Trace } from '../../engine/trace.js';
import type { SourceRef } from './source-ref.js';
import { spanDescription } from './describe.js';
import { RELATIVE_PRONOUNS } from '../../rules/clauses/rows.js';
import { isBoundary } from './tokens.js';

const MAX_WORDS = 10;
const VERBISH = ['Verb', 'Modal', 'Auxiliary', 'Copula'];

/** The described subject in tokens [start, e) (e: the verb group's first token), by the rows of `sources.subject`, or null. */
export function describedSubject(doc: ParsedDoc, start: number, e: number, trace: Trace = NO_TRACE): SourceRef | null {
  const toks = doc.tokens;
  let s = start;
  while (s < e && NP_LEADS.has(toks[s]!.normal)) s++;
  let end = s;
  while (end < e && !VERBISH.some((g) => toks[end]!.tags.has(g)) && !RELATIVE_PRONOUNS.has(toks[end]!.normal)) end++;
  if (end - s < 2 || end - s > MAX_WORDS || end !== e) return null;
  for (let k = s + 1; k < end; k++) if (isBoundary(doc, toks[k - 1]!, toks[k]!) && !dash(doc, toks[k - 1]!, toks[k]!)) return null;
  const d = decide(SUBJECT_TABLE, { first: end - 1, end }, { doc, range: { first: s, end }, env: ENV, trace, kind: 'source', verdict: (v) => (v ? 'accept' : 'reject') });
  return d?.value ? phraseSource(doc, s, end) : null;
}

/** The phrase [first, end) as a described source, "a"/"an" dropped ("a bartender in Dayton" -> "bartender in Dayton"). */
export function phraseSource(doc: ParsedDoc, first: number, end: number): SourceRef {
  const toks = doc.tokens;
  const from = DROPPED_ARTICLES.has(toks[first]!.normal) && first + 1 < end ? toks[first + 1]! : toks[first]!;
  const last = toks[end - 1]!;
  return { kind: 'group', start: from.start, end: last.end, text: doc.text.slice(from.start, last.end), phrase: spanDescription(doc, from, last) };
}

/** The longest described phrase (tokens); a longer run is no phrase of its own. */
export const MAX_PHRASE = 12;

/** The rows' environment: their word sets, and `@name` (capitalized as a name, not only as its sentence's first word: "One in five say"). */
const ENV: MatchEnv = {
  lexicons: DESCRIBED_LEXICONS,
  predicates: new Map<string, TokenPredicate>([
    ['name', (doc, i) => doc.tokens[i]!.cap && (!doc.tokens[i]!.first || doc.tokens[i]!.tags.has('ProperNoun'))],
    ['name-poss', (doc, i) => doc.tokens[i]!.cap && doc.tokens[i]!.poss],
  ]),
};

/**
 * A subject phrase [first, end) with head `head` that describes its speakers without naming them keeps
 * the phrase as the source, whatever its opener ("police said", "opponents have likened", "Twenty-four
 * percent said", "One in five say", "said one former executive"), as the rows of `sources.described`
 * decide (src/rules/attribution/described.ts; the deciding row is traced). "a"/"an" dropped.
 */
export function describedPhrase(doc: ParsedDoc, first: number, end: number, head: number, trace: Trace = NO_TRACE, nextHead?: number): SourceRef | null {
  if (end - first > MAX_PHRASE) return null;
  const at = (h: number): Decision<DescribedTake> | null => decide(DESCRIBED_TABLE, { first: h, end: h + 1 }, { doc, range: { first, end }, env: ENV, trace, kind: 'source', verdict: (v) => (v ? 'accept' : 'reject') });
  const d = at(head) ?? (nextHead === undefined ? null : at(nextHead)); // a second head the caller reads when no row decides the first
  return d?.value ? phraseSource(doc, first, end) : null;
}

/** "The mayor of Lyon": a definite role with a post-modifier, by the row of `sources.role` (the same environment). */
export function roleHolds(doc: ParsedDoc, first: number, end: number, head: number, trace: Trace): boolean {
  return decide(ROLE_TABLE, { first: head, end: head + 1 }, { doc, range: { first, end }, env: ENV, trace, kind: 'source' }) !== null;
}

const DASH_GAP = new RegExp(`^\\s*[${DASH_CHARS}-]\\s*$`, 'u');
const dash = (doc: ParsedDoc, a: Token, b: Token): boolean => DASH_GAP.test(doc.text.slice(a.end, b.start));
