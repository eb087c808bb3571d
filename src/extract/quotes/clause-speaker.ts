/**
 * A quotation's speaker from the clause layer, where its sentence has no reporting frame: the rows
 * of src/rules/quotes/speakers.ts say which clause speaks (the last one before the quotation, or the
 * one right after a sentence-opening quotation); its subject, read as a source phrase and resolved
 * through the chains, is the speaker. A subject that resolves to no one (a group, a thing) decides
 * nothing and the next row is tried.
 */
import type { ParsedDoc, QuoteSpan } from '../../parse/types.js';
import { lastStartingBefore } from '../../parse/types.js';
import { holds, type DecideContext } from '../../engine/decide.js';
import type { TokenRange } from '../../engine/pattern.js';
import type { Clause, Clauses } from '../../extract/clauses/index.js';
import type { Attribution } from '../../refine/attribution/index.js';
import type { Chains } from '../../refine/chains/index.js';
import { TITLE_SMALL_WORDS } from '../../rules/quotes/kinds.js';
import { subjectRef } from '../../refine/attribution/clause-source.js';
import { QUOTE_SPEAKER_FALLBACKS, type SpeakerFallback } from '../../rules/quotes/speakers.js';

/** Source phrases that say who by themselves or through a chain; groups and things do not speak a quotation here. */
const SPEAKING_KINDS: ReadonlySet<string> = new Set(['name', 'pronoun', 'role']);

export interface ClauseSpeaker {
  speaker: string;
  rule: string;
}

/** What the rows read: who the clauses' subjects are, and the clauses themselves. */
export interface SpeakerContext {
  att: Attribution;
  chains: Chains;
  clauses: Clauses;
}

const ENV = { lexicons: new Map([['title-small', TITLE_SMALL_WORDS]]) };

export function clauseSpeaker(doc: ParsedDoc, sx: SpeakerContext, q: QuoteSpan, s: number): ClauseSpeaker | null {
  const sent = doc.sentences[s]!;
  const span = { first: Math.max(sent.firstToken, lastStartingBefore(doc.tokens, q.start) + 1), end: sent.firstToken };
  span.end = span.first;
  while (span.end < sent.endToken && doc.tokens[span.end]!.start < q.end) span.end++;
  const cx: DecideContext = { doc, range: { first: sent.firstToken, end: sent.endToken }, env: ENV };
  let speaker: string | null = null;
  const row = QUOTE_SPEAKER_FALLBACKS.rows.find((r) => holds(r, span, cx) && (speaker = spokenBy(doc, sx, CLAUSES_OF[r.then.clause](doc, sx.clauses[s] ?? [], span), r.then)) !== null);
  return row && speaker ? { speaker, rule: row.id } : null;
}

/** The first clause (nearest first) whose subject resolves to a speaker the row accepts. */
function spokenBy(doc: ParsedDoc, sx: SpeakerContext, clauses: readonly Clause[], how: SpeakerFallback): string | null {
  for (const c of clauses) {
    const ref = subjectRef(doc, c);
    const fits = ref !== null && SPEAKING_KINDS.has(ref.kind) && (how.who === null || sx.chains.chainOf(ref.start, ref.end)?.type === how.who);
    const speaker = fits ? sx.att.resolver.resolve(ref) : null;
    if (speaker) return speaker;
  }
  return null;
}

/** The clauses (outside quotations) whose verb ends before the quotation, nearest first. */
const before = (doc: ParsedDoc, clauses: readonly Clause[], span: TokenRange): Clause[] => outside(doc, clauses).filter((c) => c.verb.end <= span.first).reverse();
/** The clause whose subject stands right after the quotation ('"...," Ann Roe laughed'). */
const after = (doc: ParsedDoc, clauses: readonly Clause[], span: TokenRange): Clause[] => outside(doc, clauses).filter((c) => c.subject!.first === span.end && c.verb.first > span.end);
const CLAUSES_OF = { before, after } as const;

const outside = (doc: ParsedDoc, clauses: readonly Clause[]): Clause[] => clauses.filter((c) => c.subject && !doc.tokens[c.verb.first]!.inQuote && !doc.tokens[c.subject.head]!.inQuote);
