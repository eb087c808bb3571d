import { BEFORE_NUMBER, MAYBE_FINAL, NEVER_FINAL, SENTENCE_OPENERS } from './abbreviations.js';
import { isSpace, trim } from './paragraphs.js';
import { scanQuotes } from './quotes.js';
import { DASH_CHARS } from './quote-marks.js';
import type { QuoteSpan, Span } from './types.js';

/** A quotation longer than this does not hold sentences together (protects against mispairing). */
const MAX_QUOTE_HOLD = 1200;

const TERMINATORS = '.!?\u2026';
const CLOSERS = '"\'\u201d\u2019)]';
const INITIALS = /^(?:[a-z]\.){0,4}[a-z]$/;

/**
 * Split one paragraph [start, end) of `text` into sentence spans (trimmed).
 * A sentence ends at . ! ? or an ellipsis (with any closing quotes/brackets), followed by space and
 * a sentence opener (capital, digit, opening quote), unless the period belongs to an abbreviation
 * or an initial, or the boundary would cut a balanced quotation apart. Linear in the paragraph length.
 * `quotes`: the paragraph's quotation spans from the one scanner (scanned here when not given); the
 * closed, outer, double-mark ones (" “ « „ ``) hold sentences together.
 */
export function splitSentences(text: string, para: Span, quotes: readonly QuoteSpan[] = scanQuotes(text, [para])): Span[] {
  const holds = quotes
    .filter((q) => q.outerStart >= para.start && q.outerEnd <= para.end && !q.nested && q.closed && q.family === 'double')
    .map((q) => ({ start: q.outerStart, end: q.outerEnd }))
    .filter((q) => q.end - q.start <= MAX_QUOTE_HOLD);
  const out: Span[] = [];
  let sentStart = para.start;
  let h = 0;
  let i = para.start;
  while (i < para.end) {
    const ch = text[i]!;
    if (!TERMINATORS.includes(ch)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < para.end && TERMINATORS.includes(text[j]!)) j++;
    const runLen = j - i;
    while (j < para.end && CLOSERS.includes(text[j]!)) j++;
    const boundary = j;
    if (boundary >= para.end) break;
    if (!isSpace(text.charCodeAt(boundary))) {
      i = j;
      continue;
    }
    let k = boundary;
    while (k < para.end && isSpace(text.charCodeAt(k))) k++;
    if (k >= para.end) break;
    // advance the quotation pointer and test whether the boundary sits inside a quotation
    while (h < holds.length && holds[h]!.end <= boundary) h++;
    const insideQuote = h < holds.length && holds[h]!.start < i && holds[h]!.end > boundary;
    if (!insideQuote && opensSentence(text, k) && !isAbbreviation(text, para.start, i, runLen, k, ch)) {
      const s = trim(text, { start: sentStart, end: boundary });
      if (s) out.push(s);
      sentStart = k;
    }
    i = j;
  }
  const last = trim(text, { start: sentStart, end: para.end });
  if (last) out.push(last);
  return out;
}

/** A character that may open a sentence. */
const OPENS_SENTENCE = new RegExp(`[\\p{Lu}\\p{Nd}"'\\u201c\\u2018(\\[\\u2022*${DASH_CHARS}-]`, 'u');

/** Does the character at k open a sentence? Capital letter, digit, opening quote or bracket, bullet. */
function opensSentence(text: string, k: number): boolean {
  const c = text[k]!;
  if (OPENS_SENTENCE.test(c)) return true;
  return false;
}

/** Is the period at i part of an abbreviation or initial, so that it does not end the sentence? */
function isAbbreviation(text: string, paraStart: number, i: number, runLen: number, next: number, ch: string): boolean {
  if (ch !== '.' || runLen !== 1) return false;
  let a = i;
  const limit = Math.max(paraStart, i - 12);
  while (a > limit && /[A-Za-z.']/.test(text[a - 1]!)) a--;
  const raw = text.slice(a, i);
  if (!raw) return false;
  const word = raw.toLowerCase();
  const nextWord = wordAt(text, next).toLowerCase();
  const nextIsDigit = /\d/.test(text[next]!);
  if (BEFORE_NUMBER.has(word) && !(raw.length === 1 && /[A-Z]/.test(raw))) return nextIsDigit; // "p. 12", but "Robert P. Doe" is an initial
  if (NEVER_FINAL.has(word)) return true;
  if (MAYBE_FINAL.has(word)) return !SENTENCE_OPENERS.has(nextWord);
  if (INITIALS.test(word) && /[A-Z]/.test(raw[raw.length - 1]!)) {
    // single initial ("George W. Bush") never ends a sentence; dotted ones ("J.D.") do before an opener
    return raw.length === 1 || !SENTENCE_OPENERS.has(nextWord);
  }
  return false;
}

function wordAt(text: string, k: number): string {
  let e = k;
  while (e < text.length && e - k < 20 && /[A-Za-z']/.test(text[e]!)) e++;
  return text.slice(k, e);
}
