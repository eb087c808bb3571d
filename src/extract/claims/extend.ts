/**
 * A claim's content runs on over the sentences that follow it in the same paragraph when they are
 * quotation only, with no attribution of their own, and the quote stage gave their quotation the
 * claim's source as speaker (or none): '"We won," Voss said. "They lost."'.
 */
import type { Quote } from '../../schema/doc.js';
import { lastStartingBefore, type ParsedDoc, type Span } from '../../parse/types.js';
import type { Attribution, Frame } from '../../refine/attribution/index.js';
import { OPENING_MARK_CHARS } from '../../parse/quote-marks.js';

const OPENS_QUOTE = new RegExp(`^[${OPENING_MARK_CHARS}]`, 'u');

export function extendOverQuotes(doc: ParsedDoc, att: Attribution, f: Frame, quotes: readonly Quote[], source: string | null): number {
  const lead = leadIn(doc, att, f);
  if (lead !== null) return lead;
  let end = f.end;
  let s = f.sentence + 1;
  const para = doc.sentences[f.sentence]!.paragraph;
  while (s < doc.sentences.length && s <= f.sentence + 3) {
    const next = doc.sentences[s]!;
    if (next.paragraph !== para || !OPENS_QUOTE.test(next.text) || att.frames[s]!.length > 0 || otherSpeaker(quotes, s, source)) break;
    end = next.end;
    s++;
  }
  return end;
}

/** The quotation opening sentence s was given a speaker other than the claim's source. */
function otherSpeaker(quotes: readonly Quote[], s: number, source: string | null): boolean {
  const q = quotes.find((x) => x.sentence === s && x.kind === 'statement');
  return q !== undefined && q.speaker !== null && source !== null && q.speaker !== source;
}

/**
 * A claim whose sentence opens with its source and cue ('Voss said.') starts at the quotation-only
 * sentence before it; a claim whose sentence opens with a quotation ('"...," Voss said.') starts at the
 * quotation-only paragraph before it, with no attribution of its own (a speech quoted over paragraphs).
 */
export function extendBack(doc: ParsedDoc, att: Attribution, f: Frame): number | null {
  const sent = doc.sentences[f.sentence]!;
  const prev = doc.sentences[f.sentence - 1];
  if (!prev) return null;
  const lead = f.source && f.source.text !== '' ? Math.min(f.source.start, f.cueStart) : f.cueStart;
  const para = doc.paragraphs[prev.paragraph]!;
  return prev.paragraph !== sent.paragraph
    ? OPENS_QUOTE.test(sent.text) && quotedParagraph(doc, att, para.index) ? para.start : null
    : OPENS_QUOTE.test(prev.text) && att.frames[prev.index]!.length === 0 && lead - sent.start < 40 ? prev.start : null;
}

/** Paragraph p is one quotation, with no attribution frame in it. */
function quotedParagraph(doc: ParsedDoc, att: Attribution, p: number): boolean {
  const para = doc.paragraphs[p]!;
  const q = doc.quotes[lastStartingBefore(doc.quotes, para.start + 2)];
  return q !== undefined && q.outerStart >= para.start && q.outerEnd >= doc.text.slice(0, para.end).trimEnd().length - 1 && att.frames.slice(para.firstSentence, para.endSentence).every((fs) => fs.length === 0);
}

/** "Voss continued:" / "The Ledger reports:" / "Voss told the crowd, to loud applause:" closing its sentence, the last cue of it: the content is the next sentence (the next paragraph too). */
function leadIn(doc: ParsedDoc, att: Attribution, f: Frame): number | null {
  const sent = doc.sentences[f.sentence]!;
  const next = doc.sentences[f.sentence + 1];
  if (!next || !/:\s*$/u.test(sent.text) || att.frames[f.sentence]!.some((g) => g.cueStart >= f.cueEnd) || att.frames[next.index]!.some((g) => g.claim)) return null;
  return next.end;
}

/**
 * Sentence s widened to the whole of the quotations that cross its edges: 'Voss wrote: "We won. They
 * lost."' is split inside the quotation, and its claim is the whole quotation.
 */
export function quoteReach(doc: ParsedDoc, s: number): Span {
  const sent = doc.sentences[s]!;
  const span = { start: sent.start, end: sent.end };
  for (let k = lastStartingBefore(doc.quotes, sent.end); k >= 0; k--) {
    const q = doc.quotes[k]!;
    if (q.nested) continue;
    if (q.outerEnd <= sent.start) break; // top-level quotations do not overlap: the ones before end earlier
    span.start = Math.min(span.start, q.outerStart);
    span.end = Math.max(span.end, q.outerEnd);
  }
  return span;
}
