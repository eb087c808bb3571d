import type { Quote } from '../../schema/doc.js';
import type { ParsedDoc } from '../../parse/types.js';
import type { QuoteSpan } from '../../parse/types.js';
import type { ExtractContext } from '../context.js';
import { sentenceAt } from '../../parse/types.js';
import type { Attribution } from '../../refine/attribution/index.js';
import { cueKind, defaultKind, namingKind } from './kind.js';
import { findSpeaker } from './speaker.js';
import type { SpeakerContext } from './clause-speaker.js';
import { carried } from './carry.js';

/**
 * A statement that no frame reports but whose speaker a row reads from a clause that reports it
 * ('Ann Roe went on: "..."', '"...," Ann Roe shrugged.'): the claims stage makes it a claim of that
 * speaker, its cue the clause's verb (one decision makes both).
 */
export interface QuoteReport {
  quote: Quote;
  cueStart: number;
  cueEnd: number;
}

export interface QuotesResult {
  quotes: Quote[];
  reports: QuoteReport[];
}

/** Quotes: every span in quotation marks, with kind and speaker; and the reports its speaker rows found. */
export function extractQuotes(ctx: ExtractContext, given: SpeakerContext): QuotesResult {
  const sx: SpeakerContext = { ...given, trace: given.trace ?? ctx.trace };
  const att = sx.att;
  const doc = ctx.doc;
  const out: Quote[] = [];
  const reports: QuoteReport[] = [];
  for (const q of att.quotes) {
    const text = doc.text.slice(q.start, q.end);
    const cue = cueKind(doc.text, q, doc.sentences[sentenceAt(doc, q.outerStart)]!.start) ?? namingKind(doc, q, sx.trace);
    const found = cue ? null : findSpeaker(doc, sx, q);
    const carry = found?.speaker ? null : q.nested ? enclosing(out, q) : carried(doc, sx, out, q);
    const kind = cue ?? defaultKind(text, found !== null || carry !== null);
    const speaker = kind.kind === 'statement' ? found?.speaker ?? carry?.speaker ?? null : null;
    const quote: Quote = {
      text,
      kind: kind.kind,
      speaker,
      speakerId: null, // set by the actor-id post-pass (refine/actor-ids.ts)
      speakerRule: speaker === null ? null : found?.speaker ? found.rule : carry!.rule,
      start: q.start,
      end: q.end,
      sentence: sentenceAt(doc, q.start),
      rule: `${q.nested ? 'quote.nested' : 'quote.pair'}:${kind.rule}`,
    };
    out.push(quote);
    const reported = speaker !== null && found?.speaker ? found.cue : undefined;
    reports.push(...(reported ? [{ quote, cueStart: reported.start, cueEnd: reported.end }] : []));
  }
  return { quotes: out, reports };
}

/** A quotation nested in a statement and without a frame of its own: the enclosing statement's speaker quotes it. */
function enclosing(out: readonly Quote[], q: QuoteSpan): { speaker: string; rule: string } | null {
  const o = [...out].reverse().find((x) => x.start <= q.outerStart && q.outerEnd <= x.end + 1);
  return o?.kind === 'statement' && o.speaker !== null ? { speaker: o.speaker, rule: 'speaker.enclosing' } : null;
}

