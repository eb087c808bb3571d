/**
 * The parsed document every extractor reads. Produced once per input by `parse()`.
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
  /** compromise's normalized form (lower case, no punctuation) */
  normal: string;
  /** compromise's tags for the term (Person, Place, Verb, PastTense, Date, ...) */
  tags: ReadonlySet<string>;
}

export interface ParsedDoc {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
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
