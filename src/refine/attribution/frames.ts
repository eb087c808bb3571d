/**
 * Attribution frames: a cue, its source phrase and its content span, per sentence.
 * Quotes read every frame (to find speakers); claims read the frames whose cue makes a claim.
 */
import { quotesOpeningIn, type ParsedDoc, type QuoteSpan } from '../../parse/types.js';
import { NO_TRACE, type Trace } from '../../engine/trace.js';
import { findCues, type Cue } from './cues.js';
import { nounPossessor } from './cue-guards.js';
import { base, trim, type Frame } from './frame-base.js';
import { citedAside, contentFloor, coordinated, nestedIn, noSource, statementContent, trailingWins } from './frame-links.js';
import { labelFrame } from './label.js';
import { headCandidate, nameRun, type SourceRef } from './source-np.js';
import { verbSource } from './subject.js';
import { describedPhrase, MAX_PHRASE } from './described.js';
import { decide, holds } from '../../engine/decide.js';
import type { MatchEnv, TokenPredicate } from '../../engine/index.js';
import { CREDIT_DESCRIPTION } from '../../rules/attribution/phrases.js';
import { FRONTED_PARTICIPLE, ONE_CLAIM_WITH_PREVIOUS } from '../../rules/attribution/frame-rows.js';
import { isBoundary, isPossessive } from './tokens.js';
import { OPENING_MARK_CHARS } from '../../parse/quote-marks.js';
import type { Clauses } from '../../extract/clauses/index.js';

export type { Frame } from './frame-base.js';

const QUOTE_OPEN = new RegExp(`^\\s*[${OPENING_MARK_CHARS}]`, 'u');

/** Every frame of sentence s whose cue has a source phrase. */
export function sentenceFrames(doc: ParsedDoc, s: number, trace: Trace = NO_TRACE, clauses: Clauses = []): Frame[] {
  const out: Frame[] = [];
  const label = labelFrame(doc, s);
  if (label) out.push(label);
  let fronted: { cue: Cue; rule: string; unlent: Frame | null; at: number } | null = null;
  for (const cue of findCues(doc, s, trace)) {
    const prev = out.length > 0 ? out[out.length - 1]! : null;
    const issued = prev ? statementContent(doc, cue, prev, clauses) : null;
    const shared = issued ?? (cue.kind === 'verb' && prev?.kind === 'verb' && prev.source && prev.source.text !== '' ? coordinated(doc, cue, prev, clauses, trace) : null);
    if (shared && !shared.claim && cue.claim) note(doc, trace, shared, ONE_CLAIM_WITH_PREVIOUS.id);
    const found = shared ?? (cue.kind === 'verb' ? verbFrame(doc, s, cue, contentFloor(doc, out), clauses, out.some(trailing), trace) : cue.kind === 'credit' ? creditFrame(doc, s, cue, trace) : nounFrame(doc, s, cue));
    const opening: string | null = !fronted ? frontedRow(doc, s, cue) : null;
    const f = opening ? null : found;
    if (opening) fronted = { cue, rule: opening, unlent: found, at: out.length }; // its source may come with the main clause
    else if (!f) noSource(doc, s, cue, trace);
    const cited = f ? citedAside(doc, out, f, trace) : null;
    if (cited) cited.claim = false;
    if (f && f.claim && nestedIn(doc, out, f, trace)) f.claim = false;
    const lent = f && fronted ? lendSource(doc, s, fronted.cue, f) : null;
    if (lent) {
      out.push(lent);
      note(doc, trace, lent, fronted!.rule);
      fronted = null;
    }
    if (f) out.push(f);
  }
  if (fronted?.unlent) out.splice(fronted.at, 0, fronted.unlent); // no main clause lent a source: the participle keeps its own frame
  else if (fronted) noSource(doc, s, fronted.cue, trace);
  trailingWins(doc, out, trace);
  return out;
}

/** The FRONTED_PARTICIPLE row a verb cue opening its sentence and closed by a comma fits ("Citing the storm, ..."), else null. */
function frontedRow(doc: ParsedDoc, s: number, cue: Cue): string | null {
  if (cue.kind !== 'verb') return null;
  const sent = doc.sentences[s]!;
  const cx = { doc, range: { first: sent.firstToken, end: sent.endToken } };
  return FRONTED_PARTICIPLE.rows.find((row) => holds(row, { first: cue.first, end: cue.end }, cx) !== null)?.id ?? null;
}

/**
 * The fronted participle's frame, with the source of the main clause's frame f when that source stands
 * right after the participle's comma, before its own verb ("Citing the storm, the agency urged ...").
 */
function lendSource(doc: ParsedDoc, s: number, cue: Cue, f: Frame): Frame | null {
  const src = f.source;
  const end = src && src.end <= f.cueStart ? pieceEnd(doc, cue, src.start) : -1;
  if (!src || end < 0) return null;
  const lent = base(doc, s, cue, src);
  lent.claim = lent.claim && !(cue.cites && f.speech); // "Citing two aides, the Ledger reported ...": what is cited is the report's source
  lent.start = lent.cueEnd;
  lent.end = end;
  return trim(doc, lent);
}

/**
 * Where the fronted participle's piece ends, at most LENT_GAP characters before the main clause's source
 * at offset `at`: its comma, else the close of a quotation it ends with ('Calling it a "culture of greed"
 * the bishop said'); -1 when neither.
 */
function pieceEnd(doc: ParsedDoc, cue: Cue, at: number): number {
  const from = doc.tokens[cue.end - 1]!.end;
  const comma = doc.text.indexOf(',', from);
  const quote = doc.quotes.find((q) => !q.nested && q.outerStart >= from && q.outerEnd <= at);
  const end = comma >= 0 && comma <= at ? comma : quote?.outerEnd ?? -1;
  return end >= 0 && at - end <= LENT_GAP ? end : -1;
}

/** At most this many characters between the participle's comma and the main clause's source (", the", ", Senator"). */
const LENT_GAP = 16;

/** A frame decision in the trace (stage "cues"): a cue with no source phrase (rejected) or a frame that makes no claim of its own. */
function note(doc: ParsedDoc, trace: Trace, f: Frame, rule: string, verdict: 'refine' | 'reject' = 'refine'): void {
  if (trace.enabled) trace.add({ rule, stage: 'cues', verdict, start: f.cueStart, end: f.cueEnd, kind: 'cue', text: doc.text.slice(f.cueStart, f.cueEnd) });
}

/** A frame whose content comes before its source and cue ('"...," said Voss', '"...," Voss said'). */
const trailing = (f: Frame): boolean => f.source !== null && f.source.text !== '' && f.end <= Math.min(f.cueStart, f.source.start);

/**
 * A verb's frame: its content follows the cue, or precedes the source when the sentence opens with a
 * quotation (unless an earlier frame of the sentence already closes that quotation: '"...," said Voss,
 * who said she ...': `leadTaken`) or when fewer than three words follow.
 */
function verbFrame(doc: ParsedDoc, s: number, cue: Cue, floor: number, clauses: Clauses, leadTaken: boolean, trace: Trace): Frame | null {
  const { ref, after } = verbSource(doc, s, cue, floor, clauses, false, trace);
  if (!ref) return null;
  const f = base(doc, s, cue, ref);
  const sent = doc.sentences[s]!;
  const lead = doc.text.slice(sent.start, Math.min(ref.start, f.cueStart));
  const restStart = after ? ref.end : f.cueEnd;
  const restWords = doc.text.slice(restStart, sent.end).split(/\s+/u).filter((w) => /\w/u.test(w)).length;
  const opens = doc.tokens.slice(sent.firstToken, sent.endToken).find((t) => t.start >= restStart)?.inQuote === true; // 'Roe said: "..."' reports the quotation after it
  const closed = opens ? undefined : closingRightBefore(doc, s, Math.min(ref.start, f.cueStart));
  const quotedRest = quotesOpeningIn(doc.quotes, restStart, sent.end).some((q) => !q.nested); // 'Roe called it "reckless".': few words, but a quotation after the cue is its content
  if ((QUOTE_OPEN.test(lead) && !leadTaken) || (restWords < 3 && !quotedRest)) f.end = Math.min(ref.start, f.cueStart);
  else if (closed) {
    f.start = closed.outerStart; // 'The board noted: "...," said Ann Roe, its chair.': the quotation is hers
    f.end = Math.min(ref.start, f.cueStart);
  } else f.start = f.cueEnd;
  return trim(doc, f);
}

/** The last quotation inside sentence s, not opening it, that closes right before offset `at` with no word between ('..., "...," said Ann Roe'). */
function closingRightBefore(doc: ParsedDoc, s: number, at: number): QuoteSpan | undefined {
  const sent = doc.sentences[s]!;
  const q = quotesOpeningIn(doc.quotes, sent.start + 1, at).filter((x) => !x.nested && x.outerEnd <= at).pop();
  return q && !doc.tokens.slice(sent.firstToken, sent.endToken).some((t) => t.start >= q.outerEnd && t.start < at) ? q : undefined;
}

function creditFrame(doc: ParsedDoc, s: number, cue: Cue, trace: Trace): Frame | null {
  const sent = doc.sentences[s]!;
  const limit = Math.min(sent.endToken, cue.end + 10);
  const credit = creditDescription(doc, cue.end, sent.endToken, trace);
  let ref = credit && !credit.namesFirst ? credit.ref : withPhrase(doc, cue.end, firstCandidate(doc, cue.end, limit), credit?.ref ?? null);
  if (!ref && cue.bare) ref = { kind: 'group', start: doc.tokens[cue.end - 1]!.end, end: doc.tokens[cue.end - 1]!.end, text: '' };
  if (!ref) return null;
  const f = base(doc, s, cue, ref);
  const lead = doc.text.slice(sent.start, f.cueStart);
  const after = doc.text.slice(ref.end, sent.end);
  const parenthetical = /^[^,.;]*,\s*\S+(?:\s+\S+){2}/u.test(after);
  if (/\w/u.test(lead.replace(/^\W*(?:and|but|however|yet|so)\b/iu, ''))) {
    if (!parenthetical || !/,\s*$/u.test(lead)) f.end = f.cueStart;
  } else {
    const comma = doc.text.indexOf(',', ref.end);
    f.start = comma > 0 && comma < sent.end ? comma + 1 : ref.end;
  }
  return trim(doc, f);
}

/**
 * "according to a recent poll of Ohio voters", "according to court filings": an indefinite or bare
 * description naming no one after the credit keeps its phrase (to the next boundary or quotation, at most
 * a described phrase's length) as the source, as a described subject does (describedPhrase: not definite,
 * not anonymous, not a name), unless a row of CREDIT_DESCRIPTION gives the source to someone else. Its
 * head is the last word before the first post-modifier.
 */
function creditDescription(doc: ParsedDoc, first: number, end: number, trace: Trace): { ref: SourceRef; namesFirst: boolean } | null {
  const toks = doc.tokens;
  const limit = Math.min(end, first + MAX_PHRASE + 1); // one token past the longest phrase: describedPhrase refuses it
  let stop = first;
  while (stop < limit && (stop === first || !isBoundary(doc, toks[stop - 1]!, toks[stop]!)) && !toks[stop]!.inQuote) stop++;
  let head = first;
  while (head + 1 < stop && !postModifier(doc, head + 1, { first, end: stop })) head++;
  const range = { first, end: stop };
  const d = stop === first ? null : decide(CREDIT_DESCRIPTION, range, { doc, range, env: CREDIT_ENV, trace, kind: 'source', verdict: (v) => (v === 'names-first' ? 'refine' : 'reject') });
  if (stop === first || d?.value === 'subject') return null;
  const ref = describedPhrase(doc, first, stop, head, trace, !d && head > first && trailingAdjective(doc, head) ? head - 1 : undefined); // "two senators [present]", "a publishing executive [familiar] with the talks": the noun, when no row reads the adjective and no capital names anyone
  return ref ? { ref, namesFirst: d !== null } : null;
}

/**
 * The name readers' candidate after a credit, and the credit's described phrase `d` for when they name no one
 * in it: no candidate; a plain group ("a report released Friday") that keeps its maker ("by the Harbor
 * Institute", read at its head) and else reads as the phrase; a pronoun or role word that does not open the
 * phrase ("a transcript of [her] remarks", "a letter from the [chair] of ...").
 */
function withPhrase(doc: ParsedDoc, first: number, c: SourceRef | null, d: SourceRef | null): SourceRef | null {
  if (!c || !d) return c ?? d;
  if (c.kind === 'name') return c;
  if (c.kind === 'group') return c.modifier || c.owner || c.phrase || c.description ? c : { ...c, phrase: d.phrase };
  return c.start > doc.tokens[first]!.start ? d : c;
}

/** An adjective right after the lower-case noun it follows, closing the phrase or opening its post-modifier: "senators present", "an executive familiar (with ...)". */
function trailingAdjective(doc: ParsedDoc, k: number): boolean {
  const [t, prev] = [doc.tokens[k]!, doc.tokens[k - 1]!];
  return t.tags.has('Adjective') && !t.tags.has('Noun') && !t.cap && prev.tags.has('Noun') && !prev.tags.has('Pronoun') && !prev.cap;
}

/** Tags that open a noun's post-modifier: "poll [of] Ohio voters", "data [released] Friday", "records [that] show", "a notice [the] bureau published". */
const POST_MODIFIER_TAGS = ['Preposition', 'Verb', 'Conjunction', 'QuestionWord', 'Determiner', 'Pronoun'];
const postModifier: TokenPredicate = (doc, i) => POST_MODIFIER_TAGS.some((g) => doc.tokens[i]!.tags.has(g));
const CREDIT_ENV: MatchEnv = { predicates: new Map([['postModifier', postModifier]]) };

/** First source candidate in a window: "statements Voss made", "the secretary's comments". */
function firstCandidate(doc: ParsedDoc, i: number, end: number): SourceRef | null {
  for (let k = i; k < end; k++) {
    if (k > i && isBoundary(doc, doc.tokens[k - 1]!, doc.tokens[k]!)) break;
    const c = headCandidate(doc, k, k + Math.min(6, end - k));
    if (c && (c.kind !== 'group' || c.modifier || k === i)) return c;
  }
  return null;
}

function nounFrame(doc: ParsedDoc, s: number, cue: Cue): Frame | null {
  const toks = doc.tokens;
  const p = nounPossessor(doc, cue, doc.sentences[s]!.firstToken);
  if (p < 0) return null;
  const pt = toks[p]!;
  let ref: SourceRef | null;
  if (!isPossessive(pt)) ref = headCandidate(doc, p, p + 1);
  else {
    let k = p;
    const first = doc.sentences[s]!.firstToken;
    while (k > first && nameRun(doc, k - 1, p + 1) === p + 1 && !isPossessive(toks[k - 1]!)) k--;
    ref = headCandidate(doc, k, p + 1);
  }
  if (!ref) return null;
  const f = base(doc, s, cue, ref);
  f.start = f.cueStart;
  return trim(doc, f);
}
