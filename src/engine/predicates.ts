/**
 * The built-in token predicates of patterns (`@cap`, `@poss`, ...) and the gap marks (`,` `;` `:` `—` `"`).
 * They read only the token and the text around it: no English words. A stage adds its own named
 * predicates (document-wide tests such as "a known surname") through MatchEnv.predicates.
 */
import type { ParsedDoc } from '../parse/types.js';
import { APOSTROPHE_CHARS, DASH_CHARS } from '../parse/quote-marks.js';

/** One letter, an apostrophe (APOSTROPHE_CHARS) and a capital: an elided particle opening a name (@elided). */
const ELIDED = new RegExp(`^\\p{L}[${APOSTROPHE_CHARS}]\\p{Lu}`, 'u');

/** A test on token `i` of `doc`, inside the range being matched. */
export type TokenPredicate = (doc: ParsedDoc, i: number, range: { first: number; end: number }) => boolean;

export type GapMark = 'comma' | 'semicolon' | 'colon' | 'dash' | 'quote';

const GAP_TESTS: Record<GapMark, RegExp> = {
  comma: /,/u,
  semicolon: /;/u,
  colon: /:/u,
  dash: new RegExp(`[${DASH_CHARS}]|--|\\s-\\s`, 'u'),
  quote: /["\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a]|''|``|(?:^|\s)['\u2018\u2019]|['\u2018\u2019](?:\s|$)/u,
};

/** The text between token j-1 and token j (the range's edges stand in for missing neighbours). */
export function gapText(doc: ParsedDoc, j: number, range: { first: number; end: number }): string {
  const toks = doc.tokens;
  const sentence = doc.sentences[toks[Math.min(j, range.end - 1)]?.sentence ?? 0];
  const from = j > range.first ? toks[j - 1]!.end : sentence?.start ?? 0;
  const to = j < range.end ? toks[j]!.start : sentence?.end ?? doc.text.length;
  return from <= to ? doc.text.slice(from, to) : '';
}

export function gapHas(doc: ParsedDoc, j: number, range: { first: number; end: number }, mark: GapMark): boolean {
  return GAP_TESTS[mark].test(gapText(doc, j, range));
}

const after = (mark: GapMark): TokenPredicate => (doc, i, range) => gapHas(doc, i + 1, range, mark);
const text = (doc: ParsedDoc, i: number): string => doc.tokens[i]!.text;

export const BUILTIN_PREDICATES: ReadonlyMap<string, TokenPredicate> = new Map<string, TokenPredicate>([
  /** starts with an upper-case letter of any script ("Émile", "Łódź") */
  ['cap', (doc, i) => doc.tokens[i]!.cap],
  /** lower-case first letter */
  ['lower', (doc, i) => /^\p{Ll}/u.test(text(doc, i))],
  /** two or more letters, all upper case ("NATO", "U.S.") */
  ['upper', (doc, i) => /^(?=(?:.*\p{Lu}){2})[\p{Lu}\p{N}.&-]+$/u.test(text(doc, i))],
  /** upper-case letters and no lower-case one, whatever else it holds ("HALE", "HALE,CHAIR", "UN.") */
  ['caps', (doc, i) => /\p{Lu}/u.test(text(doc, i)) && !/\p{Ll}/u.test(text(doc, i))],
  /** an acronym: upper-case letters, maybe with dots or & ("FCC", "U.S.", "AT&T") */
  ['acronym', (doc, i) => /^\p{Lu}(?:[\p{Lu}&]|\.(?=\p{Lu}))+\.?$/u.test(text(doc, i))],
  /** a possessive ("Voss's", "agencies'") */
  ['poss', (doc, i) => doc.tokens[i]!.poss],
  /** one letter, an apostrophe and a capital: an elided particle opening a name ("D’Souza", "O'Brien") */
  ['elided', (doc, i) => ELIDED.test(text(doc, i))],
  /** hyphenated ("Ji-hoon", "state-run") */
  ['hyphen', (doc, i) => /\p{L}-\p{L}/u.test(text(doc, i))],
  /** holds a digit */
  ['number', (doc, i) => /\p{N}/u.test(text(doc, i))],
  /** opens with a digit ("22", "1990s", "3-D") */
  ['digit', (doc, i) => /^\d/u.test(text(doc, i))],
  /** ends with a percent sign ("40%") */
  ['percent', (doc, i) => /%$/u.test(text(doc, i))],
  /** the first token of the range (usually the sentence) */
  ['first', (_doc, i, range) => i === range.first],
  /** the last token of the range */
  ['last', (_doc, i, range) => i === range.end - 1],
  /** followed by one plain space and the next token of the range ("Nora Day", not "Nora, Day", "Nora\nDay" or the range's last token) */
  ['spaced', (doc, i, range) => i + 1 < range.end && gapText(doc, i + 1, range) === ' '],
  /** followed by a comma, colon, semicolon, dash or quotation mark */
  ['hasComma', after('comma')],
  ['hasColon', after('colon')],
  ['hasSemicolon', after('semicolon')],
  ['hasDash', after('dash')],
  ['hasQuote', after('quote')],
  /** inside a quotation (the document model's quotation spans) */
  ['inQuote', (doc, i) => doc.tokens[i]!.inQuote],
]);
