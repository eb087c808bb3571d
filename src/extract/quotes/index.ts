import type { Quote } from '../../schema/doc.js';
import type { ParsedDoc } from '../../parse/types.js';
import type { QuoteSpan } from '../../parse/types.js';
import type { ExtractContext } from '../context.js';
import { sentenceAt } from '../../parse/types.js';
import type { Attribution } from '../../refine/attribution/index.js';
import { cueKind, defaultKind } from './kind.js';
import { findSpeaker } from './speaker.js';
import type { SpeakerContext } from './clause-speaker.js';
import { CLOSING_MARK_CHARS } from '../../parse/quote-marks.js';

/** Quotes: every span in quotation marks, with kind and speaker. */
export function extractQuotes(ctx: ExtractContext, sx: SpeakerContext): Quote[] {
  const att = sx.att;
  const doc = ctx.doc;
  const out: Quote[] = [];
  for (const q of att.quotes) {
    const text = doc.text.slice(q.start, q.end);
    const cue = cueKind(doc.text, q);
    const found = cue ? null : findSpeaker(doc, sx, q);
    const carried = found?.speaker ? null : q.nested ? enclosing(out, q) : continued(doc, out[out.length - 1], q);
    const kind = cue ?? defaultKind(text, found !== null || carried !== null);
    const speaker = kind.kind === 'statement' ? found?.speaker ?? carried : null;
    out.push({
      text,
      kind: kind.kind,
      speaker,
      speakerId: null, // set by the actor-id post-pass (refine/actor-ids.ts)
      speakerRule: speaker === null ? null : carried !== null && !found?.speaker ? (q.nested ? 'speaker.enclosing' : 'speaker.continued') : found!.rule,
      start: q.start,
      end: q.end,
      sentence: sentenceAt(doc, q.start),
      rule: `${q.nested ? 'quote.nested' : 'quote.pair'}:${kind.rule}`,
    });
  }
  return out;
}

/**
 * A quotation opening its sentence right after a sentence that a statement closes goes on with that
 * statement's speaker: the next quoted sentence of a speech, in the same paragraph or the next one
 * ('Voss said: "We won." "They lost."'). Its own frame, when it has one with a speaker, wins before.
 */
function continued(doc: ParsedDoc, prev: Quote | undefined, q: QuoteSpan): string | null {
  const s = sentenceAt(doc, q.outerStart);
  const before = doc.sentences[s - 1];
  const goesOn = prev?.kind === 'statement' && before !== undefined && doc.sentences[s]!.start === q.outerStart && prev.end > before.start && CLOSING_ONLY.test(doc.text.slice(prev.end, before.end));
  return goesOn ? prev.speaker : null;
}

/** Only closing marks and a sentence's final punctuation between a quotation's words and its sentence's end. */
const CLOSING_ONLY = new RegExp(`^[\\s.,!?\u2026${CLOSING_MARK_CHARS}']*$`, 'u');

/** A quotation nested in a statement and without a frame of its own: the enclosing statement's speaker quotes it. */
function enclosing(out: readonly Quote[], q: QuoteSpan): string | null {
  for (let k = out.length - 1; k >= 0; k--) {
    const o = out[k]!;
    if (o.start <= q.outerStart && q.outerEnd <= o.end + 1) return o.kind === 'statement' ? o.speaker : null;
  }
  return null;
}

