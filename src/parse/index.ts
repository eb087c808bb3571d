import { cutLongSentences } from './long-sentences.js';
import { splitParagraphs } from './paragraphs.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokens.js';
import type { Paragraph, ParsedDoc, Sentence } from './types.js';

export type { ParsedDoc, Paragraph, Sentence, Token, Span } from './types.js';
export { sentenceAt } from './types.js';

/** Text in, a document out: paragraphs, sentences and tagged tokens with offsets into `text`. */
export function parse(text: string): ParsedDoc {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (const p of splitParagraphs(text)) {
    const first = sentences.length;
    for (const s of cutLongSentences(text, splitSentences(text, p))) {
      sentences.push({
        index: sentences.length,
        paragraph: paragraphs.length,
        start: s.start,
        end: s.end,
        text: text.slice(s.start, s.end),
        firstToken: 0,
        endToken: 0,
      });
    }
    paragraphs.push({ index: paragraphs.length, start: p.start, end: p.end, firstSentence: first, endSentence: sentences.length });
  }
  const tokens = tokenize(text, sentences);
  let t = 0;
  for (const s of sentences) {
    s.firstToken = t;
    while (t < tokens.length && tokens[t]!.sentence === s.index) t++;
    s.endToken = t;
  }
  return { text, paragraphs, sentences, tokens };
}
