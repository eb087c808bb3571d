import { cutLongSentences } from './long-sentences.js';
import { splitParagraphs } from './paragraphs.js';
import { scanQuotes } from './quotes.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokens.js';
import type { Paragraph, ParsedDoc, QuoteSpan, Sentence, Span, Token } from './types.js';
import { APOSTROPHE_CHARS, S_END } from './quote-marks.js';

export type { ParsedDoc, Paragraph, Sentence, Token, Span, QuoteSpan } from './types.js';
export { sentenceAt } from './types.js';

/**
 * Text in, the document model out, built once: paragraphs, quotation spans (one scanner for every
 * mark), quote-aware sentences, and compromise-tagged tokens with offsets and the flags every stage
 * reads (norm, cap, poss, hyphen, first, inQuote).
 */
export function parse(text: string): ParsedDoc {
  const spans = splitParagraphs(text);
  const quotes = scanQuotes(text, spans);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let q = 0;
  for (const p of spans) {
    const first = sentences.length;
    while (q < quotes.length && quotes[q]!.outerStart < p.start) q++;
    let qe = q;
    while (qe < quotes.length && quotes[qe]!.outerStart < p.end) qe++;
    for (const s of cutLongSentences(text, splitSentences(text, p, quotes.slice(q, qe)))) {
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
  const tokens = tokenize(text, sentences, quotes);
  let t = 0;
  for (const s of sentences) {
    s.firstToken = t;
    if (t < tokens.length && tokens[t]!.sentence === s.index) tokens[t]!.first = true;
    while (t < tokens.length && tokens[t]!.sentence === s.index) t++;
    s.endToken = t;
  }
  markInQuote(tokens, quotes);
  markPluralPossessives(text, tokens, quotes);
  return { text, paragraphs, sentences, tokens, quotes };
}

/** token.inQuote: the token starts inside an outer quotation span (marks included). Linear: both lists are in text order. */
function markInQuote(tokens: Token[], quotes: readonly QuoteSpan[]): void {
  const outer: Span[] = quotes.filter((q) => !q.nested).map((q) => ({ start: q.outerStart, end: q.outerEnd }));
  let k = 0;
  for (const tok of tokens) {
    while (k < outer.length && outer[k]!.end <= tok.start) k++;
    tok.inQuote = k < outer.length && outer[k]!.start <= tok.start;
  }
}

const APOSTROPHE = new RegExp(`[${APOSTROPHE_CHARS}]`, 'u');

/**
 * compromise leaves the apostrophe of a plural possessive out of the token ("Jones' aide" -> "Jones"):
 * such a token is possessive unless that apostrophe is the closing mark of a quotation ("the 'works' on").
 */
function markPluralPossessives(text: string, tokens: Token[], quotes: readonly QuoteSpan[]): void {
  const closers = new Set(quotes.filter((q) => q.family === 'single' && q.closed).map((q) => q.outerEnd - 1));
  for (const tok of tokens) {
    if (tok.poss || !S_END.test(tok.text) || !APOSTROPHE.test(text[tok.end] ?? '') || closers.has(tok.end)) continue;
    if (/[\p{L}\p{N}]/u.test(text[tok.end + 1] ?? '')) continue;
    tok.poss = true;
  }
}
