/**
 * Guards that turn a reporting-verb match into a non-cue: a reduced passive ("sites announced with
 * fanfare"); and the possessor of an attribution noun.
 */
import type { ParsedDoc } from '../../parse/types.js';
import type { Cue } from './cue-types.js';
import { DETERMINERS, GROUP_NOUNS, INSTITUTION_NOUNS, PRONOUNS } from '../../rules/attribution/sources.js';
import { isBoundary, isCapitalized, isPossessive, word } from './tokens.js';

/** "sites announced with fanfare": a participle right after a bare plural thing noun, then "with"/"by", modifies that noun. */
export function reducedPassive(doc: ParsedDoc, cue: Cue, first: number): boolean {
  const toks = doc.tokens;
  const prev = toks[cue.first - 1];
  const next = toks[cue.end];
  if (!prev || cue.first <= first || !next || !/^(?:with|by)$/u.test(next.normal) || !toks[cue.first]!.normal.endsWith('ed')) return false;
  if (doc.text.slice(prev.end, toks[cue.first]!.start).trim() !== '') return false;
  const det = cue.first - 2 >= first && DETERMINERS.has(toks[cue.first - 2]!.normal); // "the judge agreed with": a subject
  return !det && /s$/u.test(prev.normal) && prev.tags.has('Noun') && !isCapitalized(prev) && !PRONOUNS.has(prev.normal) && !GROUP_NOUNS.has(word(prev)) && !INSTITUTION_NOUNS.has(word(prev));
}

/** Words that may stand between a possessor and its attribution noun: "Voss's Friday announcement", "his original pledge", "Roe's recent evidence-free claim". */
const nounModifier = (t: { tags: ReadonlySet<string>; hyphen?: unknown }): boolean => ['Adjective', 'Date', 'WeekDay', 'Month', 'Value'].some((g) => t.tags.has(g));

/**
 * The possessor of an attribution noun: the token right before it, or before up to two modifiers
 * ("Voss's Friday announcement that"), with no punctuation between; -1 when there is none.
 */
export function nounPossessor(doc: ParsedDoc, cue: Cue, first: number): number {
  const toks = doc.tokens;
  for (let p = cue.first - 1; p >= first && p >= cue.first - 3; p--) {
    const t = toks[p]!;
    if (isBoundary(doc, t, toks[p + 1]!)) return -1;
    if (isPossessive(t) || PRONOUNS.has(t.normal)) return p;
    if (!nounModifier(t) || isCapitalized(t) && !t.tags.has('Date') && !t.tags.has('WeekDay') && !t.tags.has('Month')) return p === cue.first - 1 ? p : -1;
  }
  return -1;
}
