/**
 * Overlong sentences (text without sentence punctuation, a runaway list) are cut into pieces that
 * every stage then reads as sentences: the cost of tagging and of every per-sentence pass stays
 * linear, and no item repeats an unbounded sentence. News sentences are far shorter (a 600-character
 * sentence is already rare), so real articles are never cut.
 */
import { trim } from './paragraphs.js';
import { pieces } from './tokens.js';
import type { Span } from './types.js';

/** The longest sentence any stage sees, in UTF-16 code units. */
export const MAX_SENTENCE_CHARS = 2000;

/** The sentence spans, each longer than MAX_SENTENCE_CHARS cut (at a clause break or a space) into trimmed pieces. */
export function cutLongSentences(text: string, spans: Span[]): Span[] {
  if (spans.every((s) => s.end - s.start <= MAX_SENTENCE_CHARS)) return spans;
  const out: Span[] = [];
  for (const s of spans) {
    if (s.end - s.start <= MAX_SENTENCE_CHARS) out.push(s);
    else for (const p of pieces(text, s, MAX_SENTENCE_CHARS)) {
      const t = trim(text, p);
      if (t) out.push(t);
    }
  }
  return out;
}
