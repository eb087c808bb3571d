import nlp from 'compromise';
import type { Span, Token } from './types.js';

/** Sentences are tagged in chunks of at most this many characters, so memory stays bounded. */
const CHUNK_CHARS = 8000;

interface CompromiseTerm {
  text: string;
  normal?: string;
  tags: Set<string>;
}

/**
 * Tag the text once with compromise, chunk by chunk of whole sentences, and map every term back to
 * offsets in the original text. `sentences` must be in text order; each token gets the index of the
 * sentence it starts in. Linear: each chunk is tagged once and the offsets come from a forward scan.
 */
export function tokenize(text: string, sentences: Span[]): Token[] {
  const tokens: Token[] = [];
  let s = 0;
  while (s < sentences.length) {
    let e = s + 1;
    while (e < sentences.length && sentences[e]!.end - sentences[s]!.start <= CHUNK_CHARS) e++;
    const chunkStart = sentences[s]!.start;
    const chunkEnd = sentences[e - 1]!.end;
    const chunk = text.slice(chunkStart, chunkEnd);
    const view = nlp(chunk) as unknown as { document: CompromiseTerm[][] };
    let cursor = 0;
    let sent = s;
    for (const cSentence of view.document) {
      for (const term of cSentence) {
        if (!term.text) continue;
        const at = chunk.indexOf(term.text, cursor);
        if (at < 0 || at - cursor > 200) continue; // compromise changed the surface form: skip the term
        const start = chunkStart + at;
        const end = start + term.text.length;
        cursor = at + term.text.length;
        while (sent + 1 < e && sentences[sent + 1]!.start <= start) sent++;
        tokens.push({
          index: tokens.length,
          sentence: sent,
          start,
          end,
          text: term.text,
          normal: term.normal ?? term.text.toLowerCase(),
          tags: term.tags,
        });
      }
    }
    s = e;
  }
  return tokens;
}
