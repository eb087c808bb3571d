/**
 * Quotation marks (DATA ONLY), read by the one quotation scanner (`./quotes.ts`) that both the
 * sentence splitter and every stage use. Kept beside the parser: parse sits below src/rules. `family` pairs marks: a double opening mark is closed by a double
 * closing mark. `role` is fixed for curly marks; straight marks are decided by context.
 */
export interface QuoteMark {
  id: string;
  mark: string;
  family: 'double' | 'single';
  role: 'open' | 'close' | 'either';
  /** an opening mark that closes this low mark when one is open (German style „…“ and ‚…‘) */
  alsoCloses?: string;
  example: string;
}

export const QUOTE_MARKS: readonly QuoteMark[] = [
  { id: 'mark.curly-double-open', mark: '\u201c', family: 'double', role: 'open', alsoCloses: '\u201e', example: '\u201cWe won,\u201d she said.' },
  { id: 'mark.curly-double-close', mark: '\u201d', family: 'double', role: 'close', example: '\u201cWe won,\u201d she said.' },
  { id: 'mark.low-double-open', mark: '\u201e', family: 'double', role: 'open', example: '\u201eWe won\u201d' },
  { id: 'mark.backticks', mark: '``', family: 'double', role: 'open', example: '``We won,\'\' she said.' },
  { id: 'mark.two-apostrophes', mark: "''", family: 'double', role: 'either', example: "''We won,'' she said." },
  { id: 'mark.straight-double', mark: '"', family: 'double', role: 'either', example: '"We won," she said.' },
  { id: 'mark.guillemet-open', mark: '\u00ab', family: 'double', role: 'open', example: '\u00abWe won\u00bb' },
  { id: 'mark.guillemet-close', mark: '\u00bb', family: 'double', role: 'close', example: '\u00abWe won\u00bb' },
  { id: 'mark.low-single-open', mark: '\u201a', family: 'single', role: 'open', example: '\u201aWe won\u2019' },
  { id: 'mark.angle-single-open', mark: '\u2039', family: 'single', role: 'open', example: '\u2039We won\u203a' },
  { id: 'mark.angle-single-close', mark: '\u203a', family: 'single', role: 'close', example: '\u2039We won\u203a' },
  { id: 'mark.curly-single-open', mark: '\u2018', family: 'single', role: 'open', alsoCloses: '\u201a', example: 'a \u2018final deal\u2019' },
  { id: 'mark.curly-single-close', mark: '\u2019', family: 'single', role: 'either', example: 'a \u2018final deal\u2019 (also an apostrophe: don\u2019t)' },
  { id: 'mark.straight-single', mark: "'", family: 'single', role: 'either', example: "a 'final deal' (also an apostrophe: don't, the '90s)" },
];

/** Longest quote a single-quote pair may span, in characters (single marks are often apostrophes). */
export const MAX_SINGLE_QUOTE_CHARS = 400;

/** The dash characters that set off a piece of a sentence (en dash, em dash, horizontal bar), for character classes; "--" and a spaced hyphen are tested beside them. */
export const DASH_CHARS = '\u2013\u2014\u2015';

/** The dash that sets off an aside and never joins a range (the em dash; the en dash of "10\u201312" is left out), for classes of clause-ending marks. */
export const ASIDE_DASH = '\u2014';

/** The apostrophes, straight and curly: they end a plural possessive ("Voss' aides", "Voss\u2019 aides") and open elisions. */
export const APOSTROPHE_CHARS = "'\u2019";

/** A possessive ending at the end of a word, apostrophe and optional "s" ("Voss's", "Voss'"), to strip it. */
export const POSSESSIVE_END = new RegExp(`[${APOSTROPHE_CHARS}]s?$`, 'u');
/** An apostrophe-s at the end of a word ("Voss's"). */
export const POSSESSIVE_S_END = new RegExp(`[${APOSTROPHE_CHARS}]s$`, 'u');
/** A word written with a final s, either case ("Voss", "PLAYERS"): a lone apostrophe after it may make it a plural possessive ("Voss' aides"). */
export const S_END = /s$/iu;

/** Elisions that start with an apostrophe and are not opening quotes: 'em, 'til, '90s. */
export const LEADING_ELISIONS = new RegExp(`^[${APOSTROPHE_CHARS}](?:em|til|cause|n|tis|twas|\\d\\ds?)\\b`, 'iu');

/** Every one-character quotation mark of the table, for character classes ("“”„«»'‘’‚‹›). */
export const QUOTE_MARK_CHARS: string = QUOTE_MARKS.filter((m) => m.mark.length === 1).map((m) => m.mark).join('');
/** Every character of every mark of the table, the two-character marks' included (the backtick of ``), for character classes. */
export const MARK_CHARS: string = [...new Set(QUOTE_MARKS.flatMap((m) => [...m.mark]))].join('');
/** The one-character marks of the double family ("“”„«»). */
export const DOUBLE_MARK_CHARS: string = QUOTE_MARKS.filter((m) => m.mark.length === 1 && m.family === 'double').map((m) => m.mark).join('');
/** The one-character marks that can open a quotation ("“„«'‘‚‹ and the backtick of ``). */
export const OPENING_MARK_CHARS: string = QUOTE_MARKS.filter((m) => m.role !== 'close' && m.id !== 'mark.curly-single-close').map((m) => m.mark[0]!).filter((c, i, all) => all.indexOf(c) === i).join('');
/** The one-character marks that open a double quotation ("“„«). */
export const DOUBLE_OPENING_CHARS: string = [...OPENING_MARK_CHARS].filter((c) => DOUBLE_MARK_CHARS.includes(c)).join('');
/** The one-character marks that can close a quotation ("”»'’›, and “ ‘ after „ ‚). */
export const CLOSING_MARK_CHARS: string = QUOTE_MARKS.filter((m) => m.mark.length === 1 && (m.role !== 'open' || m.alsoCloses)).map((m) => m.mark).join('');
/** The one-character marks that close a double quotation and never open one ("”»). */
export const DOUBLE_CLOSING_CHARS: string = QUOTE_MARKS.filter((m) => m.mark.length === 1 && m.family === 'double' && m.role !== 'open').map((m) => m.mark).join('');
