/**
 * A quotation's speaker from the clause layer, where its sentence has no reporting frame: the rows
 * of src/rules/quotes/speakers.ts say which clause speaks (the last one before the quotation, or the
 * one right after a sentence-opening quotation); its subject, read as a source phrase and resolved
 * through the chains, is the speaker. A subject that resolves to no one (a group, a thing) decides
 * nothing and the next row is tried.
 */
import type { ParsedDoc, QuoteSpan } from '../../parse/types.js';
import { lastStartingBefore } from '../../parse/types.js';
import { decide, holds, sentenceRange, type DecideContext } from '../../engine/decide.js';
import type { Trace } from '../../engine/trace.js';
import type { TokenRange } from '../../engine/pattern.js';
import type { Clause, Clauses } from '../../extract/clauses/index.js';
import type { Attribution } from '../../refine/attribution/index.js';
import type { Chains } from '../../refine/chains/index.js';
import { TITLE_SMALL_WORDS } from '../../rules/quotes/kinds.js';
import { subjectRef } from '../../refine/attribution/clause-source.js';
import { COMPLEMENTIZERS, QUOTE_COMPLEMENTS, SPEECH_WORDS, QUOTE_SPEAKER_FALLBACKS, QUOTE_SPEAKER_LEADS, type SpeakerFallback, type SpeakerLead } from '../../rules/quotes/speakers.js';
import { gapText, type TokenPredicate } from '../../engine/predicates.js';
import { headCandidate, type SourceRef } from '../../refine/attribution/source-np.js';
import { CLOSING_MARK_CHARS, DASH_CHARS } from '../../parse/quote-marks.js';
import { titleCase } from '../actors/words.js';

/** Source phrases that say who by themselves or through a chain; groups and things do not speak a quotation here. */
const SPEAKING_KINDS: ReadonlySet<string> = new Set(['name', 'pronoun', 'role']);
const speaks = (ref: SourceRef | null): ref is SourceRef => ref !== null && SPEAKING_KINDS.has(ref.kind);

export interface ClauseSpeaker {
  speaker: string;
  rule: string;
  /** the speaking clause's verb (character offsets), where the row says the quotation is that clause's report (SpeakerFallback.claim) */
  cue?: { start: number; end: number };
}

/** What the rows read: who the clauses' subjects are, and the clauses themselves. */
export interface SpeakerContext {
  att: Attribution;
  chains: Chains;
  clauses: Clauses;
  /** where the quote rows record what held (the extraction context's) */
  trace?: Trace;
}

/** The line's first token, capitalized, with only a dash before it on its line ("- Ann Roe.", "— Ann Roe"). */
const dashLine: TokenPredicate = (doc, i, range) => i === range.first && doc.tokens[i]!.cap && DASH_ONLY.test(gapText(doc, i, range));
const DASH_ONLY = new RegExp(`^\\s*(?:[-${DASH_CHARS}]|--)\\s*$`, 'u');

/** The line's first token, on the line of a quotation that opens the sentence before and ends it in "?" or "!" (the splitter cut '"Why?" Hale asked.' there). */
const afterCry: TokenPredicate = (doc, i, range) => i === range.first && doc.tokens[doc.sentences[doc.tokens[i]!.sentence - 1]?.firstToken ?? i]!.inQuote && AFTER_CRY.test(doc.text.slice(Math.max(0, doc.tokens[i]!.start - 8), doc.tokens[i]!.start));
const AFTER_CRY = new RegExp(`[?!][${CLOSING_MARK_CHARS}']+[ \\t]+$`, 'u');

/** The line's first token, on a headline line: a sentence that is its paragraph, in Title Case ("Roe Takes Talk Of A Second Term 'Very Seriously.'"). */
const headlineLine: TokenPredicate = (doc, i, range) => {
  const s = doc.sentences[doc.tokens[i]!.sentence]!;
  const p = doc.paragraphs[s.paragraph]!;
  return i === range.first && p.endSentence - p.firstSentence === 1 && titleCase(s.text);
};

const ENV = { lexicons: new Map([['title-small', TITLE_SMALL_WORDS], ['speech', SPEECH_WORDS], ['complementizer', COMPLEMENTIZERS]]), predicates: new Map([['dashLine', dashLine], ['afterCry', afterCry], ['headlineLine', headlineLine]]) };

/** The quotation's word tokens within sentence s (a token that holds the opening mark and the quotation's first letters, as '"…' in '"… The ...', is one of them). */
export function quoteTokens(doc: ParsedDoc, q: QuoteSpan, s: number): TokenRange {
  const sent = doc.sentences[s]!;
  const before = lastStartingBefore(doc.tokens, q.start);
  const straddles = before >= 0 && doc.tokens[before]!.end > q.start;
  const span = { first: Math.max(sent.firstToken, straddles ? before : before + 1), end: sent.firstToken };
  span.end = span.first;
  while (span.end < sent.endToken && doc.tokens[span.end]!.start < q.end) span.end++;
  return span;
}

/** Who the subjects of sentence s's clauses (outside quotations) are, when they name someone of the type (any when null). */
export function subjectsOf(doc: ParsedDoc, sx: SpeakerContext, s: number, who: SpeakerFallback['who']): string[] {
  return outside(doc, sx.clauses[s] ?? []).map((c) => spokenBy(doc, sx, [c], { who })).filter((x): x is string => x !== null);
}

/** Every clause of sentence s (outside quotations) has the speaker, or a pronoun that names no one else ("that is", "she said"), for its subject: no one and nothing else speaks there. */
export function onlySpeakerSubjects(doc: ParsedDoc, sx: SpeakerContext, s: number, speaker: string): boolean {
  return outside(doc, sx.clauses[s] ?? []).every((c) => {
    const ref = subjectRef(doc, c);
    const who = ref ? sx.att.resolver.resolve(ref) : null;
    return who === speaker || (ref?.kind === 'pronoun' && who === null);
  });
}

export function clauseSpeaker(doc: ParsedDoc, sx: SpeakerContext, q: QuoteSpan, s: number): ClauseSpeaker | null {
  const sent = doc.sentences[s]!;
  const span = quoteTokens(doc, q, s);
  const cx: DecideContext = { doc, range: { first: sent.firstToken, end: sent.endToken }, env: ENV };
  let found: Spoken | null = null;
  const row = QUOTE_SPEAKER_FALLBACKS.rows.find((r) => holds(r, span, cx) && (found = SPEAKER_OF[r.then.clause](doc, sx, s, span, r.then)) !== null);
  const by = found as Spoken | null;
  return row && by ? { speaker: by.speaker, rule: row.id, ...(row.then.claim && by.clause ? { cue: verbSpan(doc, by.clause) } : {}) } : null;
}

interface Spoken {
  speaker: string;
  /** the speaking clause; null where the row reads a name that is no clause's subject (a headline's opening name) */
  clause: Clause | null;
}

type SpeakerOf = (doc: ParsedDoc, sx: SpeakerContext, s: number, span: TokenRange, how: Pick<SpeakerFallback, 'who'>) => Spoken | null;

/** Who speaks by the row's `clause`: the subject of a clause before or after the quotation, or the name that opens the line before it. */
const SPEAKER_OF: Record<SpeakerFallback['clause'], SpeakerOf> = {
  before: (doc, sx, s, span, how) => speakerClause(doc, sx, before(doc, sx.clauses[s] ?? [], span, sx.trace), how),
  after: (doc, sx, s, span, how) => speakerClause(doc, sx, after(doc, sx.clauses[s] ?? [], span), how),
  opening: (doc, sx, s, span, how) => {
    const at = doc.tokens[doc.sentences[s]!.firstToken]!.start;
    const chain = span.first > doc.sentences[s]!.firstToken ? sx.chains.named.find((m) => m.start === at)?.chain : null;
    return chain && (how.who === null || chain.type === how.who) ? { speaker: chain.name, clause: null } : null;
  },
};

/** The first clause (nearest first) whose subject resolves to a speaker the row accepts, and that speaker. */
function speakerClause(doc: ParsedDoc, sx: SpeakerContext, clauses: readonly Clause[], how: Pick<SpeakerFallback, 'who'>): Spoken | null {
  for (const c of clauses) {
    const ref = subjectRef(doc, c);
    const fits = speaks(ref) && (how.who === null || sx.chains.chainOf(ref.start, ref.end)?.type === how.who);
    const speaker = fits ? sx.att.resolver.resolve(ref) : null;
    if (speaker) return { speaker, clause: c };
  }
  return null;
}

const spokenBy = (doc: ParsedDoc, sx: SpeakerContext, clauses: readonly Clause[], how: Pick<SpeakerFallback, 'who'>): string | null => speakerClause(doc, sx, clauses, how)?.speaker ?? null;

const verbSpan = (doc: ParsedDoc, c: Clause): { start: number; end: number } => ({ start: doc.tokens[c.verb.first]!.start, end: doc.tokens[c.verb.end - 1]!.end });

/** The clauses (outside quotations) whose verb ends before the quotation, nearest first; a clause inside a complement (rows QUOTE_COMPLEMENTS) after the clauses governing it. */
const before = (doc: ParsedDoc, clauses: readonly Clause[], span: TokenRange, trace?: Trace): Clause[] => {
  const near = outside(doc, clauses).filter((c) => c.verb.end <= span.first).reverse();
  const governed = near.filter((c) => decide(QUOTE_COMPLEMENTS, c.subject!, { doc, range: sentenceRange(doc, c.sentence), env: ENV, trace, kind: 'clause' }) !== null);
  return [...near.filter((c) => !governed.includes(c)), ...governed];
};
/** The clause whose subject stands right after the quotation ('"...," Ann Roe laughed'), or whose verb does with its subject after it ('"...!" beamed Ann Roe'). */
const after = (doc: ParsedDoc, clauses: readonly Clause[], span: TokenRange): Clause[] => outside(doc, clauses).filter((c) => (c.subject!.first === span.end && c.verb.first > span.end) || (c.verb.first === span.end && c.subject!.first > c.verb.first));


/** A clause stands right after the quotation, its subject a group or a thing ('"Encore!" the audience shouted back'): they speak it, not an earlier speaker. */
export const answeredAfter = (doc: ParsedDoc, sx: SpeakerContext, q: QuoteSpan, s: number): boolean => after(doc, sx.clauses[s] ?? [], quoteTokens(doc, q, s)).some((c) => !speaks(subjectRef(doc, c)));

const outside = (doc: ParsedDoc, clauses: readonly Clause[]): Clause[] => clauses.filter((c) => c.subject && !doc.tokens[c.verb.first]!.inQuote && !doc.tokens[c.subject.head]!.inQuote);

/**
 * A quotation that fills its sentence, from the line next to it (rows QUOTE_SPEAKER_LEADS): the line
 * before when the quotation opens its sentence, the line after when it ends it; either within the
 * paragraph or across a paragraph break.
 */
export function leadSpeaker(doc: ParsedDoc, sx: SpeakerContext, first: number, last: number): ClauseSpeaker | null {
  const lines = { previous: first - 1, next: last + 1 };
  let speaker: string | null = null;
  const row = QUOTE_SPEAKER_LEADS.rows.find((r) => {
    const s = doc.sentences[lines[r.then.line]];
    const range = s ? { first: s.firstToken, end: s.endToken } : null;
    return range !== null && holds(r, range, { doc, range, env: ENV }) && (speaker = READ[r.then.read](doc, sx, s!.index, range)) !== null;
  });
  return row && speaker ? { speaker, rule: row.id, ...(row.then.claim ? { cue: leadMark(doc, lines[row.then.line]) } : {}) } : null;
}

/** What opens line s before its first word (the dash of "— Ann Roe"), without the space around it. */
function leadMark(doc: ParsedDoc, s: number): { start: number; end: number } {
  const sent = doc.sentences[s]!;
  const gap = doc.text.slice(sent.start, doc.tokens[sent.firstToken]!.start);
  return { start: sent.start + gap.length - gap.trimStart().length, end: sent.start + gap.trimEnd().length };
}

/** The line's speaker: its reporting frame's source ("As the Ledger reported, ...:"), else the nearest clause subject (from the line's end) that names someone; or the name it consists of; or, on a line with no frame (its frame speaks through the frame fallbacks), the nearest clause subject that is a person; or the person whose surname opens a line of capitals. */
const READ: Record<SpeakerLead['read'], (doc: ParsedDoc, sx: SpeakerContext, s: number, range: TokenRange) => string | null> = {
  clause: (doc, sx, s) => (sx.att.frames[s] ?? []).map((f) => sx.att.sourceOf(f)).find((x) => x !== null) ?? spokenBy(doc, sx, outside(doc, sx.clauses[s] ?? []).reverse(), { who: null }),
  name: (doc, sx, _s, range) => sx.att.resolver.resolve(headCandidate(doc, range.first, range.end)),
  person: (doc, sx, s) => ((sx.att.frames[s] ?? []).length > 0 ? null : spokenBy(doc, sx, outside(doc, sx.clauses[s] ?? []).reverse(), { who: 'person' })),
  opening: (doc, sx, s, range) => spokenBy(doc, sx, outside(doc, sx.clauses[s] ?? []).filter((c) => c.subject!.first === range.first && c.verb.first === c.subject!.end), { who: null }),
  surname: (doc, sx, _s, range) => doc.tokens.slice(range.first, Math.min(range.end, range.first + 2)).map((t) => sx.chains.names.fullName(t.norm.split(',')[0]!)).find((x) => x !== undefined) ?? null, // "HALE,CHAIR OF THE BOARD": a word and its role run together
};
