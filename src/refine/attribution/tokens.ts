/** Small token helpers shared by the attribution engine. */
import type { ParsedDoc, Token } from '../../parse/types.js';
import { NEVER_NAMES } from '../../rules/attribution/sources.js';
import { PARTICIPLE_ENDING } from '../../rules/attribution/verbs.js';
import { APOSTROPHE_CHARS, DASH_CHARS, QUOTE_MARK_CHARS } from '../../parse/quote-marks.js';

/** A comma, semicolon, colon, bracket, dash or any quotation mark but the straight apostrophe. */
const BOUNDARY = new RegExp(`[,;:()${DASH_CHARS}${QUOTE_MARK_CHARS.replace("'", '')}[\\]]|''|--|\\s-\\s`, 'u');

/** The token's normal form without a possessive ending: "voss's" -> "voss" (the document model's `norm`). */
export function word(t: Token): string {
  return t.norm;
}

export function isPossessive(t: Token): boolean {
  return t.poss;
}

/** The token has the participle's ending (row cue.form.participle): "saying", "adding", whatever the tagger calls it. */
export function participleForm(t: Token): boolean {
  return t.normal.endsWith(PARTICIPLE_ENDING.ending);
}

/** The tagger reads the token as a verb. */
export function isVerb(t: Token): boolean {
  return t.tags.has('Verb');
}

/** Upper-case first letter in any script ("Émile"), from the document model. */
export function isCapitalized(t: Token): boolean {
  return t.cap;
}

/** Text between two tokens (punctuation and spaces), or from a token to a position. */
export function gapText(doc: ParsedDoc, a: Token, b: Token): string {
  return doc.text.slice(a.end, b.start);
}

/** A boundary between tokens a and b: a comma, semicolon, colon, bracket, dash or quotation mark (not the apostrophe that ends a plural possessive, straight or curly: "Voss’ aides"). */
export function isBoundary(doc: ParsedDoc, a: Token, b: Token): boolean {
  const gap = gapText(doc, a, b);
  const possessive = a.poss && APOSTROPHE_CHARS.includes(gap.charAt(0)) && !APOSTROPHE_CHARS.includes(gap.charAt(1)); // not the two apostrophes that close a quotation ("the ''bridges'' to")
  return BOUNDARY.test(possessive ? gap.slice(1) : gap);
}

/** True when the token's own text ends with punctuation that closes a clause ("Voss," tokenized as "Voss"). */
export function tokenEndsClause(doc: ParsedDoc, t: Token): boolean {
  return /^[,;:]/u.test(doc.text.slice(t.end, t.end + 1));
}

const NAME_TAGS = ['ProperNoun', 'Person', 'Organization', 'Place', 'Acronym', 'Honorific'];
const FUNCTION_TAGS = ['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Adverb', 'QuestionWord', 'Verb', 'Expression', 'Value', 'Cardinal', 'Modal', 'Copula'];

/** A capitalized token that can start a name: tagged as a name, or at least not a function word. */
export function isNameLike(t: Token, sentenceFirst = false): boolean {
  if (!isCapitalized(t) || NEVER_NAMES.has(t.normal) || t.tags.has('Date') || t.tags.has('Month') || t.tags.has('WeekDay')) return false;
  if (NAME_TAGS.some((g) => t.tags.has(g))) return true;
  return !(sentenceFirst && t.tags.has('Plural')) && !FUNCTION_TAGS.some((g) => t.tags.has(g));
}

/** A capitalized function word ("What", "This", "There") that a source phrase may skip. */
export function isCapitalizedFunctionWord(t: Token): boolean {
  return isCapitalized(t) && !isNameLike(t);
}

/** Index of the last item that passes the test, or -1 (Array.prototype.findLastIndex is ES2023). */
export function lastIndexWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let k = items.length - 1; k >= 0; k--) if (test(items[k]!)) return k;
  return -1;
}
