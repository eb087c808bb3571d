/**
 * Ranges (DATA ONLY): a yearless date that opens a range takes its year from the date that closes it
 * ("between March 31 and July 31, 2023" -> 2023-03-31; "from July 1 (or the day after ...) through
 * September 30" -> the July 1 before that September 30), not from the tense of the sentence.
 */
export const RANGE_JOIN = {
  id: 'dates.range.join',
  /** the text between the two dates */
  between: /^\s*(?:\([^()]{0,120}\)\s*)?,?\s*(?:through|thru|to|until|till|and|[-\u2013\u2014])\s*$/,
  /** the text before the first date (required for "and": "between X and Y") */
  opener: /\b(?:from|between)\s+$/i,
  example: 'The waiver applies to permits that lapsed between June 2 and August 19, 2024.',
  counter: 'The board met on June 2 and August 19, 2024 was the vote.',
};
