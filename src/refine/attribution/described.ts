/**
 * A described, non-anonymous subject right before its verb keeps its phrase as the source ("Another
 * voter said", "A new national poll suggests", "Some 22 percent said", "Voss's close friends say"):
 * the noun phrase from the clause start to the verb group, "a"/"an" dropped. Anonymous sourcing
 * ("officials", "a spokeswoman", "people familiar with ...") and definite descriptions ("the governor",
 * anaphoric) are left to the other readers.
 */
import type { ParsedDoc, Token } from '../../parse/types.js';
import { ANONYMOUS_HEADS, DESCRIBED_OPENERS, NP_LEADS } from '../../rules/attribution/described.js';
import { ANONYMOUS_POST_WORDS } from '../../rules/attribution/phrase-sources.js';
import { PRONOUNS } from '../../rules/attribution/sources.js';
import type { SourceRef } from './source-ref.js';
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
  const from = /^(?:a|an)$/u.test(first.normal) ? toks[s + 1]! : first;
  return { kind: 'group', start: from.start, end: head.end, text: doc.text.slice(from.start, head.end), phrase: { start: from.start, end: head.end, text: doc.text.slice(from.start, head.end).replace(/\s+/gu, ' ') } };
}

/** An anonymous-sourcing head or post-modifier: "a senior administration official", "people familiar with" (left to the group readers). */
function anonymous(doc: ParsedDoc, s: number, end: number): boolean {
  const toks = doc.tokens;
  const span = toks.slice(s, end);
  return span.some((t) => ANONYMOUS_HEADS.has(word(t))) // "a spokesman for the ministry": the group readers resolve its body
    || span.some((t, k) => k > 0 && ANONYMOUS_POST_WORDS.has(t.normal) && span[k - 1]!.tags.has('Noun')); // "people familiar with
}

const dash = (doc: ParsedDoc, a: Token, b: Token): boolean => /^\s*[\u2014\u2013-]\s*$/u.test(doc.text.slice(a.end, b.start));
