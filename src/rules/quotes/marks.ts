/**
 * Quotation marks (DATA ONLY). `family` pairs marks: a double opening mark is closed by a double
 * closing mark. `role` is fixed for curly marks; straight marks are decided by context.
 */
export interface QuoteMark {
  id: string;
  mark: string;
  family: 'double' | 'single';
  role: 'open' | 'close' | 'either';
  example: string;
}

export const QUOTE_MARKS: readonly QuoteMark[] = [
  { id: 'mark.curly-double-open', mark: '\u201c', family: 'double', role: 'open', example: '\u201cWe won,\u201d she said.' },
  { id: 'mark.curly-double-close', mark: '\u201d', family: 'double', role: 'close', example: '\u201cWe won,\u201d she said.' },
  { id: 'mark.low-double-open', mark: '\u201e', family: 'double', role: 'open', example: '\u201eWe won\u201d' },
  { id: 'mark.backticks', mark: '``', family: 'double', role: 'open', example: '``We won,\'\' she said.' },
  { id: 'mark.two-apostrophes', mark: "''", family: 'double', role: 'either', example: "''We won,'' she said." },
  { id: 'mark.straight-double', mark: '"', family: 'double', role: 'either', example: '"We won," she said.' },
  { id: 'mark.guillemet-open', mark: '\u00ab', family: 'double', role: 'open', example: '\u00abWe won\u00bb' },
  { id: 'mark.guillemet-close', mark: '\u00bb', family: 'double', role: 'close', example: '\u00abWe won\u00bb' },
  { id: 'mark.curly-single-open', mark: '\u2018', family: 'single', role: 'open', example: 'a \u2018final deal\u2019' },
  { id: 'mark.curly-single-close', mark: '\u2019', family: 'single', role: 'either', example: 'a \u2018final deal\u2019 (also an apostrophe: don\u2019t)' },
  { id: 'mark.straight-single', mark: "'", family: 'single', role: 'either', example: "a 'final deal' (also an apostrophe: don't, the '90s)" },
];

/** Longest quote a single-quote pair may span, in characters (single marks are often apostrophes). */
export const MAX_SINGLE_QUOTE_CHARS = 400;

/** Elisions that start with an apostrophe and are not opening quotes: 'em, 'til, '90s. */
export const LEADING_ELISIONS = /^['\u2019](?:em|til|cause|n|tis|twas|\d\ds?)\b/iu;
