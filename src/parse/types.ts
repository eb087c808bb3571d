/**
 * The document model: the one parse every stage reads. Produced once per input by `parse()`; no stage
 * re-tokenizes, re-scans quotation marks or keeps its own copy of what a token carries.
 * All offsets are UTF-16 offsets into the ORIGINAL text: text.slice(start, end) is the item's text.
 */
export interface Span {
  start: number;
  end: number;
}

export interface Paragraph extends Span {
  index: number;
  /** index of the first sentence of the paragraph, and one past the last */
  firstSentence: number;
  endSentence: number;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  text: string;
  /** index of the first token of the sentence, and one past the last */
  firstToken: number;
  endToken: number;
}

export interface Token extends Span {
  index: number;
  sentence: number;
  /** surface text exactly as in the input (text.slice(start, end)) */
  text: string;
  /** compromise's normalized form (lower case, no punctuation, no diacritics: "Émile" -> "emile") */
  normal: string;
  /** `normal` without a possessive ending ("voss's" -> "voss", "jones'" -> "jones"): the form word patterns match */
  norm: string;
  /** compromise's tags for the term (Person, Place, Verb, PastTense, Date, ...) */
  tags: ReadonlySet<string>;
  /** starts with an upper-case letter, any script (`\p{Lu}`: "Émile", "Łódź", "Zola"); the retag stage clears it where the capital is no name evidence (a Title Case "Just" in "Doe Just Said") */
  cap: boolean;
  /** ends in a possessive ('s, ’s, s') */
  poss: boolean;
  /** the parts of a hyphenated token, possessive ending dropped ("U.S.-China" -> ["U.S.", "China"]); [] when none */
  hyphen: readonly string[];
  /** the first token of its sentence */
  first: boolean;
  /** starts inside a quotation (any span of `doc.quotes`) */
  inQuote: boolean;
}

/** A quotation: one span of `doc.quotes`, found by the one scanner (`quotes.ts`). */
export interface QuoteSpan {
  /** the quoted words, without marks (trimmed) */
  start: number;
  end: number;
  /** the opening mark's offset and the closing mark's end (the paragraph's end when carried on) */
  outerStart: number;
  outerEnd: number;
  /** the opening mark as written, and its family (« and “ are double, ‹ and ‘ single) */
  mark: string;
  family: 'double' | 'single';
  /** nested inside another quotation */
  nested: boolean;
  /** false when the paragraph ended with the quotation open and the next paragraph reopens it */
  closed: boolean;
}

export interface ParsedDoc {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  /** every quotation span (outer and nested), sorted by opening mark */
  quotes: QuoteSpan[];
}

/** The sentence containing offset `pos` (binary search; the last sentence starting at or before pos). */
export function sentenceAt(doc: ParsedDoc, pos: number): number {
  const s = doc.sentences;
  let lo = 0;
  let hi = s.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid]!.start <= pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** Index of the first item whose key is at or after `pos` in a list sorted by that key (items.length if none): binary search. */
function firstAtOrAfter<T>(items: readonly T[], key: (x: T) => number, pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const outerStart = (q: QuoteSpan): number => q.outerStart;
const spanStart = (x: { start: number }): number => x.start;

/** The quotations of `quotes` (in text order, as `doc.quotes` is) that open in [start, end): found by binary search, so a caller per sentence or per quotation stays linear overall. */
export function quotesOpeningIn(quotes: readonly QuoteSpan[], start: number, end: number): readonly QuoteSpan[] {
  return quotes.slice(firstAtOrAfter(quotes, outerStart, start), firstAtOrAfter(quotes, outerStart, end));
}

/** Index of the last span starting before `pos` in a list sorted by start (-1 if none): binary search. */
export function lastStartingBefore(spans: readonly { start: number }[], pos: number): number {
  return firstAtOrAfter(spans, spanStart, pos) - 1;
}
