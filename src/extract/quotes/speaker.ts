/**
 * Who said a quotation: a frame in the quote's own sentence(s) (nearest cue, content covering the
 * quote first; where that frame has no source phrase, the clause layer's speaker first), else, for a quotation that fills its sentence, the frame of the previous sentence
 * of its paragraph (a speech goes on: '"...," Roe told the board. "..." Hale said he disagreed.' is Roe's), else of a next
 * sentence that opens with its report, else of the last sentence of the previous paragraph, else of the next sentence.
 */
import type { ParsedDoc } from '../../parse/types.js';
import { quotesOpeningIn, sentenceAt } from '../../parse/types.js';
import { decide, propose, sentenceRange } from '../../engine/decide.js';
import type { Trace } from '../../engine/trace.js';
import { QUOTE_ASIDES, QUOTE_NOUN_TOPICS, QUOTE_RELATIVE_REPORTS, QUOTE_SHARES, QUOTE_SURVEY_SOURCES, QUOTE_SURVEYS, SURVEY_ENV, type FrameYield } from '../../rules/quotes/speakers.js';
import { phraseSource } from '../../refine/attribution/described.js';
import type { RuleTable } from '../../engine/rule.js';
import { cueSpan, type Attribution, type Frame } from '../../refine/attribution/index.js';
import type { QuoteSpan } from '../../parse/types.js';
import { OPENING_MARK_CHARS } from '../../parse/quote-marks.js';
import { clauseSpeaker, leadSpeaker, type SpeakerContext } from './clause-speaker.js';

/** A sentence that opens with a quotation mark. */
export const OPENS_QUOTE = new RegExp(`^\\s*[${OPENING_MARK_CHARS}]`, 'u');

export interface SpeakerResult {
  speaker: string | null;
  rule: string;
  /** the attribution words where no frame reports the quotation but a row makes it its speaker's report (ClauseSpeaker.cue) */
  cue?: { start: number; end: number };
}

export function findSpeaker(doc: ParsedDoc, sx: SpeakerContext, q: QuoteSpan): SpeakerResult | null {
  const att = sx.att;
  const first = sentenceAt(doc, q.outerStart);
  const last = sentenceAt(doc, Math.max(q.outerStart, q.outerEnd - 1));
  const own: Frame[] = [];
  for (let s = first; s <= last; s++) own.push(...att.frames[s]!.filter((f) => !closedRelative(doc, sx, f, q)));
  const best = nearest(doc, att, own, q, sx.trace);
  const byClause = best && hasSource(best) ? null : clauseSpeaker(doc, sx, q, first);
  if (byClause) return byClause;
  if (best) return surveyOfShare(doc, sx, own, best, q) ?? { speaker: att.sourceOf(best), rule: 'speaker.same-sentence' };
  if (!fillsSentence(doc, q, first, last) && (q.nested || !quotesFill(doc, att.quotes, first, last))) return null;
  const lead = leadSpeaker(doc, sx, first, last);
  if (lead) return lead;
  const para = doc.sentences[first]!.paragraph;
  const prev = doc.sentences[first - 1];
  const before = prev && (prev.paragraph === para || startsParagraph(doc, first)) ? reporterOfQuote(doc, att, first - 1, sx.trace) ?? pick(att, first - 1) : null;
  if (before && prev!.paragraph === para) return { speaker: att.sourceOf(before), rule: 'speaker.previous-sentence' };
  const after = doc.sentences[last + 1];
  if (after && after.paragraph === doc.sentences[last]!.paragraph && !OPENS_QUOTE.test(after.text)) {
    const f = pick(att, last + 1);
    if (f && f.source && f.source.start - after.start < 30 && f.cueStart - after.start < 60) return { speaker: att.sourceOf(f), rule: 'speaker.next-sentence' };
  }
  if (before) return { speaker: att.sourceOf(before), rule: 'speaker.previous-paragraph' };
  const next = doc.sentences[last + 1];
  if (next && next.paragraph === doc.sentences[last]!.paragraph) {
    const f = pick(att, last + 1);
    if (f && f.cueStart - next.start < 40) return { speaker: att.sourceOf(f), rule: 'speaker.next-sentence' };
  }
  return null;
}

/**
 * The frame whose content covers the quote (an outer report before one nested in it, an attribution
 * noun with a topic phrase, or a report in a dash aside, inside a verb's report before it: rows
 * QUOTE_NOUN_TOPICS, QUOTE_ASIDES; a named
 * speaker before an outlet's credit, as the claim decides: the outlet is only its via; a report
 * whose source resolves to someone before one nested in it whose source resolves to no one: 'Voss
 * said she'd asked her "people"', 'Voss said, and I quote, "..."'), else the one whose cue is nearest.
 */
function nearest(doc: ParsedDoc, att: Attribution, frames: Frame[], q: QuoteSpan, trace?: Trace): Frame | null {
  let best: Frame | null = null;
  let bestD = Infinity;
  const covering = (o: Frame): boolean => o.start <= q.start && q.end <= o.end + 2;
  for (const f of frames) {
    const covers = covering(f);
    const nested = covers && !f.claim && f.kind === 'verb' && frames.some((o) => o !== f && o.claim && covering(o) && o.cueStart < f.cueStart);
    const credited = covers && f.kind === 'credit' && frames.some((o) => o !== f && o.kind === 'verb' && o.claim && o.source?.kind === 'name' && covering(o) && att.sourceOf(o) !== null);
    const unresolved = covers && att.sourceOf(f) === null && frames.some((o) => o !== f && covering(o) && o.cueStart < f.cueStart && att.sourceOf(o) !== null);
    const inner = covers && frames.some((o) => o !== f && covering(o) && o.start <= f.cueStart && o.cueStart < f.cueStart);
    const topic = inner && (yields(QUOTE_NOUN_TOPICS, doc, f, trace) || yields(QUOTE_ASIDES, doc, f, trace));
    const d = (covers ? 0 : 1e6) + (nested || credited || unresolved || topic ? 5e5 : 0) + Math.min(Math.abs(f.cueStart - q.outerEnd), Math.abs(q.outerStart - f.cueEnd));
    if (d < bestD) {
      best = f;
      bestD = d;
    }
  }
  return best;
}

/**
 * The survey that speaks a quotation its frame gives to a share of respondents ("75 percent of voters
 * said"): a fronted "In a <survey>," before the share (QUOTE_SURVEYS), else an earlier report covering
 * the quotation whose source is a survey (QUOTE_SURVEY_SOURCES); rows QUOTE_SHARES read the share.
 */
function surveyOfShare(doc: ParsedDoc, sx: SpeakerContext, own: Frame[], best: Frame, q: QuoteSpan): SpeakerResult | null {
  if (!best.source?.text) return null;
  const range = sentenceRange(doc, best.sentence);
  const cx = { doc, range, env: SURVEY_ENV, trace: sx.trace, kind: 'quote' };
  if (!decide(QUOTE_SHARES, cueSpan(doc, { cueStart: best.source.start, cueEnd: best.source.end }), cx)) return null;
  const fronted = propose(QUOTE_SURVEYS, cx).find((d) => doc.tokens[d.span.end - 1]!.end <= best.source!.start);
  if (fronted) return { speaker: phraseSource(doc, fronted.span.first, fronted.span.end).text, rule: fronted.rule };
  for (const o of own) {
    if (o === best || !o.source?.text || o.cueStart >= best.cueStart || o.start > q.start || q.end > o.end + 2) continue;
    const d = decide(QUOTE_SURVEY_SOURCES, cueSpan(doc, { cueStart: o.source.start, cueEnd: o.source.end }), { ...cx, range: sentenceRange(doc, o.sentence) });
    const who = d ? sx.att.sourceOf(o) : null;
    if (who) return { speaker: who, rule: d!.rule };
  }
  return null;
}

/** Frame f, inside an earlier verb's report, yields the quotation to it by a row of the table: an attribution noun with a topic phrase (QUOTE_NOUN_TOPICS), a report in a dash aside right before the quotation (QUOTE_ASIDES). */
function yields(rows: RuleTable<FrameYield>, doc: ParsedDoc, f: Frame, trace?: Trace): boolean {
  return decide(rows, cueSpan(doc, f), { doc, range: sentenceRange(doc, f.sentence), trace, kind: 'frame' })?.value.kinds.includes(f.kind) ?? false;
}

/**
 * A report in a relative clause (row QUOTE_RELATIVE_REPORTS) that a main clause ends before the quotation:
 * a clause with its own subject (outside quotations) starts after the report's cue and ends before the
 * quotation ('In a letter that Roe called "cruel," Hale demanded "an apology"': the apology is not Roe's).
 */
function closedRelative(doc: ParsedDoc, sx: SpeakerContext, f: Frame, q: QuoteSpan): boolean {
  if (!f.source?.text || f.cueStart > q.outerStart) return false;
  const toks = doc.tokens;
  const at = cueSpan(doc, { cueStart: f.source.start, cueEnd: f.source.end }).first;
  const main = (sx.clauses[f.sentence] ?? []).some((c) => c.subject && c.order === 'before' && c.via !== 'relative' && !toks[c.subject.head]!.inQuote && !toks[c.verb.first]!.inQuote && (toks[c.subject.first]!.start > f.cueEnd || (toks[c.subject.head]!.end <= f.source!.start && toks[c.verb.first]!.start > f.cueEnd)) && toks[c.verb.end - 1]!.end <= q.outerStart);
  return main && decide(QUOTE_RELATIVE_REPORTS, { first: at, end: at + 1 }, { doc, range: sentenceRange(doc, f.sentence), trace: sx.trace, kind: 'frame' }) !== null;
}

/** A frame whose cue has a source phrase ("Saying ..., Ann Roe elaborated, "..."" has none): else the quotation's clause may name its speaker. */
const hasSource = (f: Frame): boolean => (f.source?.text.length ?? 0) > 0;

/** Where sentence s holds a quotation, the frame with a resolved source that reports its last one (as its own speaker is decided): a quotation continued in the next sentence is that speaker's ('the agency noted: "...," said Ann Roe. "We are ..."' -> Ann Roe). */
function reporterOfQuote(doc: ParsedDoc, att: Attribution, s: number, trace?: Trace): Frame | null {
  const sent = doc.sentences[s]!;
  const q = quotesOpeningIn(doc.quotes, sent.start, sent.end).at(-1);
  if (!q) return null;
  const fs = (att.frames[s] ?? []).filter((f) => att.sourceOf(f) !== null);
  return fs.length > 1 ? nearest(doc, att, fs, q, trace) : null;
}

/** The frame of sentence s with a resolved source, preferring a person-like (non-group) one. */
function pick(att: Attribution, s: number): Frame | null {
  const fs = att.frames[s] ?? [];
  return fs.find((f) => f.kind === 'verb' && att.sourceOf(f) !== null) ?? fs.find((f) => att.sourceOf(f) !== null) ?? null;
}

export function fillsSentence(doc: ParsedDoc, q: QuoteSpan, first: number, last: number): boolean {
  const start = doc.sentences[first]!.start;
  const end = doc.sentences[last]!.end;
  return (q.outerEnd - q.outerStart) / Math.max(1, end - start) >= 0.6;
}

/** The quotations of sentences first..last together fill them ('"It was a start" and his team "took it from there."'): one speaker's words with a few joining words between. */
export function quotesFill(doc: ParsedDoc, quotes: readonly QuoteSpan[], first: number, last: number): boolean {
  const start = doc.sentences[first]!.start;
  const end = doc.sentences[last]!.end;
  let quoted = 0;
  for (const o of quotesOpeningIn(quotes, start, end + 1)) if (!o.nested && o.outerEnd <= end + 1) quoted += Math.min(o.outerEnd, end) - o.outerStart;
  return quoted / Math.max(1, end - start) >= 0.6;
}

function startsParagraph(doc: ParsedDoc, s: number): boolean {
  return doc.paragraphs[doc.sentences[s]!.paragraph]!.firstSentence === s;
}
