import type { Actor, Quote } from '../../schema/doc.js';
import type { ExtractContext } from '../context.js';
import { sentenceAt } from '../../parse/types.js';
import { attribution } from '../../refine/attribution/index.js';
import { cueKind, defaultKind } from './kind.js';
import { findSpeaker } from './speaker.js';

/** Quotes: every span in quotation marks, with kind and speaker. */
export function extractQuotes(ctx: ExtractContext, actors: Actor[]): Quote[] {
  const doc = ctx.doc;
  const att = attribution(doc, actors);
  const out: Quote[] = [];
  for (const q of att.quotes) {
    const text = doc.text.slice(q.start, q.end);
    const cue = cueKind(doc.text, q);
    const found = cue ? null : findSpeaker(doc, att, q);
    const kind = cue ?? defaultKind(text, found !== null);
    const speaker = kind.kind === 'statement' ? found?.speaker ?? null : null;
    out.push({
      text,
      kind: kind.kind,
      speaker,
      speakerRule: speaker !== null ? found!.rule : null,
      start: q.start,
      end: q.end,
      sentence: sentenceAt(doc, q.start),
      rule: `${q.nested ? 'quote.nested' : 'quote.pair'}:${kind.rule}`,
    });
  }
  return out;
}
