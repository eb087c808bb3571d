/**
 * How the frames of one sentence relate: a verb sharing the subject before it
 * ("stressed X and said Y"), a report nested in another's content, a final attribution owning the sentence.
 */
import type { ParsedDoc } from '../../parse/types.js';
import type { Cue } from './cue-types.js';
import { base, cueSpan, trim, type Frame } from './frame-base.js';
import { isBoundary, isVerb, participleForm } from './tokens.js';
import { headCandidate } from './source-np.js';
import { lastStartingBefore } from '../../parse/types.js';
import { CITED_ASIDE, CITED_PEOPLE, JOINED_HOST, NESTED_REPORT, NO_SOURCE, OWN_PARTICIPLE_REPORT, TRAILING_OWNER } from '../../rules/attribution/frame-rows.js';
import { FRAME_JOINERS } from '../../rules/attribution/function-words.js';
import { INFINITIVE_MARKERS } from '../../rules/clauses/rows.js';
import { decide, sentenceRange } from '../../engine/decide.js';
import { clauseFor, type Clauses } from '../../extract/clauses/index.js';
import { clauseSource } from './clause-source.js';
import type { SourceRef } from './source-ref.js';
import { NO_TRACE, type Trace } from '../../engine/trace.js';

/** Rows that change a frame record a refinement (shown in the explain of the claim they touch). */
const REFINE = (): 'refine' => 'refine';

/**
 * "The panel opened a review of the deal, the two companies disclosed.": a final attribution whose
 * content precedes it owns the sentence; verbs inside that content make no claim of their own (row
 * frame.trailing-owner, recorded in the trace).
 */
export function trailingWins(doc: ParsedDoc, frames: Frame[], trace: Trace = NO_TRACE): Frame[] {
  const last = frames[frames.length - 1];
  if (!last || last.kind !== 'verb' || !last.claim || !last.source || last.source.text === '' || last.end > last.source.start) return [];
  const toks = doc.tokens;
  const env = { predicates: new Map([['owned', (_d: ParsedDoc, i: number) => toks[i]!.start >= last.start && toks[i]!.end <= last.end]]) };
  const cx = { doc, range: sentenceRange(doc, last.sentence), env, trace, kind: 'cue', verdict: REFINE };
  const inside = frames.filter((f) => f !== last && f.kind !== 'credit' && f.claim && f.sentence === last.sentence && decide(TRAILING_OWNER, cueSpan(doc, f), cx));
  for (const f of inside) f.claim = false;
  return inside;
}

/** The first token after the last "X said" cue of the sentence: a later subject is searched from there. */
export function contentFloor(doc: ParsedDoc, frames: Frame[]): number {
  const p = frames.length > 0 ? frames[frames.length - 1]! : null;
  if (!p || !p.plain || !p.source || p.source.end > p.cueStart) return 0;
  const sent = doc.sentences[p.sentence]!;
  let k = sent.firstToken;
  while (k < sent.endToken && doc.tokens[k]!.start < p.cueEnd) k++;
  return k;
}

/** A report inside the content of "X said ...": "Voss said Roe had warned the pilots that ..." is one claim (row frame.nested, recorded in the trace). */
export function nestedIn(doc: ParsedDoc, frames: Frame[], f: Frame, trace: Trace = NO_TRACE): boolean {
  if (f.kind !== 'verb' || f.plain || !f.source || f.source.text === '') return false;
  const toks = doc.tokens;
  const cues = new Set(frames.filter((p) => p.plain && p.source !== null && p.source.end <= p.cueStart).map((p) => lastStartingBefore(toks, p.cueEnd)));
  const at = lastStartingBefore(toks, f.source.start + 1);
  const env = { predicates: new Map([['plainCue', (_d: ParsedDoc, i: number) => cues.has(i)]]) };
  return cues.size > 0 && decide(NESTED_REPORT, { first: at, end: at + 1 }, { doc, range: sentenceRange(doc, f.sentence), env, trace, kind: 'cue', verdict: REFINE }) !== null;
}

/**
 * "The Ledger, citing two aides, reported ...": the frame before f whose citing participle stands in the
 * aside between f's source and its verb names f's source when the CITED_ASIDE row holds (cited people
 * follow it), not a content of its own; null otherwise ("citing data from the census" reports the data).
 */
export function citedAside(doc: ParsedDoc, frames: Frame[], f: Frame, trace: Trace = NO_TRACE): Frame | null {
  const prev = frames[frames.length - 1];
  const aside = prev?.cites && prev.claim && f.speech && f.source?.text && prev.source?.start === f.source.start && prev.cueStart >= f.source.end && prev.cueEnd <= f.cueStart;
  const toks = doc.tokens;
  const span = aside ? cueSpan(doc, prev) : null;
  const range = { first: doc.sentences[f.sentence]!.firstToken, end: lastStartingBefore(toks, f.cueStart + 1) };
  return span && decide(CITED_ASIDE, span, { doc, range, env: CITED_ENV, trace, kind: 'cue' }) ? prev! : null;
}

const CITED_ENV = { lexicons: new Map([['cited', CITED_PEOPLE]]) };

/**
 * "Voss issued a statement saying ...": a later cue that reports the statement named by the cue of frame
 * `prev` (VerbCue.document) joins `prev`, with prev's source and no claim of its own, as the clause layer
 * reads it: a participle of the issued statement (clauses.order rows valued 'issued': "issued a statement on
 * Tuesday saying"), or a relative clause whose antecedent is the statement ("put out a statement that called
 * the offer an insult"). Null otherwise.
 */
export function statementContent(doc: ParsedDoc, cue: Cue, prev: Frame, clauses: Clauses = []): Frame | null {
  if (prev.document !== true) return null;
  const c = clauseFor(clauses, doc, cue.first, cue.end);
  const statement = cueSpan(doc, prev);
  if (!c || c.verb.first < statement.end) return null;
  const relative = c.via === 'relative' && c.subject !== null && c.subject.head >= statement.first && c.subject.head < statement.end;
  return c.issued || relative ? { ...base(doc, prev.sentence, cue, prev.source), claim: false } : null;
}

/**
 * "Voss stressed X and said Y": a verb right after "and" (or a participle after a comma) joins the frame
 * before it; its source is the clause layer's (the subject of the clause it hangs on), which is that
 * frame's source unless another clause stands between ("say X, and the union sued, saying"). Its content
 * starts after its cue: a quotation before it is the frame before's.
 */
export function coordinated(doc: ParsedDoc, cue: Cue, prev: Frame, clauses: Clauses = [], trace: Trace = NO_TRACE): Frame | null {
  const before = doc.tokens[cue.first - 1];
  if (!before || before.start < prev.cueStart) return null;
  const participle = participleForm(doc.tokens[cue.first]!) && /,/u.test(doc.text.slice(before.end, doc.tokens[cue.first]!.start));
  if (!participle && !FRAME_JOINERS.has(before.normal)) return null;
  const f = base(doc, prev.sentence, cue, hostSource(doc, cue, prev, clauses, trace));
  f.start = f.cueEnd; // its report follows its cue: a quotation before it is the frame before's ('suggested that X was "..." and argued Y')
  trim(doc, f);
  const ownReport = (participle ? (cue.speech && cue.continues) || (cue.claim && ownParticiple(doc, cue, trace)) : cue.claim && !cue.stance) && !request(doc, cue); // "says X and says Y", "said X but insists Y", "said X and called Y a Z", "said X, adding that Y": two claims ("said the firm was X and expected Y" stays one)
  if (prev.plain && !ownReport && verbBetween(doc, prev.cueEnd, cue.first - 1)) f.claim = false; // "said X, arguing Y", "said X and asked Y to Z": one claim
  if (participle && cue.cites && prev.claim && citesSource(doc, cue)) f.claim = false; // "the paper said, citing two aides": one claim
  return f;
}

/**
 * The joined verb's source: the clause layer's subject of its host clause when row frame.joined.host-clause
 * holds (that subject stands after the frame before: "say X, and the union sued, saying"), else the frame before's.
 */
function hostSource(doc: ParsedDoc, cue: Cue, prev: Frame, clauses: Clauses, trace: Trace): SourceRef | null {
  const c = clauseFor(clauses, doc, cue.first, cue.end);
  const frameEnd = prev.source ? lastStartingBefore(doc.tokens, Math.max(prev.cueEnd, prev.source.end)) : -1;
  const frameSource = c?.order === 'coordinated' && c.subject && prev.source && prev.source.text !== '' && doc.tokens[c.subject.end - 1]!.end <= prev.source.start ? lastStartingBefore(doc.tokens, prev.source.start + 1) : -1; // a joined verb's (not a participle's): the frame before's source, after the host's subject
  const env = { predicates: new Map([['frameEnd', (_d: ParsedDoc, i: number) => i === frameEnd], ['frameSource', (_d: ParsedDoc, i: number) => i === frameSource]]) };
  const range = { first: doc.sentences[prev.sentence]!.firstToken, end: c?.verb.first ?? 0 };
  const host = c?.subject && frameEnd >= 0 ? decide(JOINED_HOST, c.subject, { doc, range, env, trace, kind: 'cue', verdict: REFINE }) : null;
  return (host ? clauseSource(doc, cue, clauses, false, trace)?.ref : null) ?? prev.source;
}

/** ", arguing that ...": a participle of saying with a content of its own (row frame.participle.own-report, recorded in the trace). */
function ownParticiple(doc: ParsedDoc, cue: Cue, trace: Trace): boolean {
  const s = doc.tokens[cue.first]!.sentence;
  return decide(OWN_PARTICIPLE_REPORT, { first: cue.first, end: cue.end }, { doc, range: sentenceRange(doc, s), trace, kind: 'cue', verdict: REFINE }) !== null;
}

/** "citing two people familiar with ...", "citing officials": the cited words name a source, not a content. */
function citesSource(doc: ParsedDoc, cue: Pick<Cue, 'first' | 'end'>): boolean {
  const end = Math.min(doc.sentences[doc.tokens[cue.first]!.sentence]!.endToken, cue.end + 5);
  const ref = headCandidate(doc, cue.end, end);
  return ref !== null && ref.kind !== 'pronoun';
}

/** "asked Washington to treat ...", "told him to leave": "to" and a verb within a few words of the cue, before any boundary or other verb ("says he introduced a bill to ..." reports), make a request. */
function request(doc: ParsedDoc, cue: Cue): boolean {
  const end = Math.min(doc.sentences[doc.tokens[cue.first]!.sentence]!.endToken, cue.end + 5);
  for (let k = cue.end; k < end - 1; k++) {
    if ((k > cue.end && isBoundary(doc, doc.tokens[k - 1]!, doc.tokens[k]!)) || isVerb(doc.tokens[k]!)) return false;
    if (INFINITIVE_MARKERS.has(doc.tokens[k]!.normal) && isVerb(doc.tokens[k + 1]!)) return true;
  }
  return false;
}

/** Is there a verb among the tokens that start at or after offset `from` and come before token `before`? */
function verbBetween(doc: ParsedDoc, from: number, before: number): boolean {
  for (let k = before - 1; k >= 0 && doc.tokens[k]!.start >= from; k--) if (isVerb(doc.tokens[k]!)) return true;
  return false;
}

/** Record that a cue found no source phrase (row frame.no-source): it makes no frame. */
export function noSource(doc: ParsedDoc, s: number, cue: Pick<Cue, 'first' | 'end'>, trace: Trace): void {
  decide(NO_SOURCE, { first: cue.first, end: cue.end }, { doc, range: sentenceRange(doc, s), trace, kind: 'cue', verdict: () => 'reject' });
}
