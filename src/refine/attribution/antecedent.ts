/**
 * Special subjects before a cue: a relative pronoun's antecedent (", which estimated"), a quoted
 * title's producer, a group noun right before the verb, and "advisers to Voss" (the advisers speak).
 */
import type { ParsedDoc, Token } from '../../parse/types.js';
import { GROUP_NOUNS, SUBJECT_GAP_WORDS } from '../../rules/attribution/sources.js';
import { RELATION_HEADS } from '../../rules/attribution/phrase-sources.js';
import { ANTECEDENT_RELATIVES, MAKER_LINKS, RELATION_LINKS } from '../../rules/attribution/function-words.js';
import { DEFINITE_ARTICLES } from '../../rules/attribution/described.js';
import { group } from './group.js';
import { headCandidate, nameEndingAt, type SourceRef } from './source-np.js';
import { isBoundary, isCapitalized, isPossessive, word } from './tokens.js';
import { CLOSING_MARK_CHARS, DOUBLE_OPENING_CHARS } from '../../parse/quote-marks.js';

const QUOTE_THEN_COMMA = new RegExp(`,\\s*[${CLOSING_MARK_CHARS.replace("'", '')}]\\s*$|[${CLOSING_MARK_CHARS.replace("'", '')}],\\s*$`, 'u');

const AFTER_OPENING = new RegExp(`[${DOUBLE_OPENING_CHARS}\u2018\u201a\u2039]\\s*$`, 'u');

/** ", which estimated ...": a relative pronoun right before the cue stands for the name just before its comma. */
export function relativeAntecedent(doc: ParsedDoc, first: number, cueFirst: number): SourceRef | null {
  const toks = doc.tokens;
  let k = cueFirst - 1;
  while (k > first && SUBJECT_GAP_WORDS.has(word(toks[k]!))) k--;
  if (k <= first || !ANTECEDENT_RELATIVES.has(toks[k]!.normal) || !isBoundary(doc, toks[k - 1]!, toks[k]!)) return null;
  const gap = doc.text.slice(toks[k - 1]!.end, toks[k]!.start);
  if (QUOTE_THEN_COMMA.test(gap)) return titleProducer(doc, first, k);
  if (!/,\s*$/u.test(gap)) return null;
  const named = nameEndingAt(doc, first, k);
  return named && named.kind === 'name' ? named : null;
}

/** A lower-case group noun right before the verb, after other words: "the $20 million experts say". */
export function groupEndingAt(doc: ParsedDoc, start: number, e: number): SourceRef | null {
  const t = doc.tokens[e - 1]!;
  if (e - 1 <= start || isCapitalized(t) || !GROUP_NOUNS.has(word(t))) return null;
  return group(doc, e - 1, e, null);
}

/** "advisers to Voss say": a relation head and "to"/"of" before the final name; the advisers speak, not Voss. */
export function relationBefore(doc: ParsedDoc, start: number, e: number): boolean {
  const toks = doc.tokens;
  for (let k = start; k + 2 < e; k++) {
    if (RELATION_HEADS.has(toks[k]!.normal) && RELATION_LINKS.has(toks[k + 1]!.normal) && !isBoundary(doc, toks[k]!, toks[k + 1]!)) return true;
  }
  return false;
}

/**
 * 'the committee's staff report, "Leaks in the Pipe," which estimated': the producer of a quoted title
 * (a possessor or a "by X" before it), else null; the title itself never speaks.
 */
function titleProducer(doc: ParsedDoc, first: number, k: number): SourceRef | null {
  const toks = doc.tokens;
  let t0 = k - 1;
  while (t0 > first && !AFTER_OPENING.test(doc.text.slice(toks[t0 - 1]!.end, toks[t0]!.start))) t0--;
  for (let m = t0 - 1; m >= Math.max(first, t0 - 8); m--) {
    const t = toks[m]!;
    if (MAKER_LINKS.has(t.normal)) return headCandidate(doc, m + 1, t0);
    if (isPossessive(t)) return headCandidate(doc, m > first && DEFINITE_ARTICLES.has(toks[m - 1]!.normal) ? m - 1 : m, m + 1);
  }
  return null;
}

/** "successfully argued": a lower-case -ly adverb between the subject and its verb. */
export const lyAdverb = (t: Token): boolean => !isCapitalized(t) && t.tags.has('Adverb') && /^[a-z]{4,}ly$/u.test(t.normal);
