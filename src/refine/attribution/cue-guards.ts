/**
 * The possessor of an attribution noun (the reduced passive "yards announced with speeches" is a
 * pattern row of CUE_REJECTIONS).
 */
import type { ParsedDoc } from '../../parse/types.js';
import type { Cue } from './cue-types.js';
import { PRONOUNS } from '../../rules/attribution/sources.js';
import { isBoundary, isCapitalized, isPossessive } from './tokens.js';

/** Words that may stand between a possessor and its attribution noun: "Voss's Friday announcement", "his original pledge", "Roe's recent evidence-free claim", "Roe's disparaging remarks" (an -ing form the tagger reads as a verb). */
const nounModifier = (t: { tags: ReadonlySet<string>; hyphen?: unknown }): boolean => ['Adjective', 'Gerund', 'Date', 'WeekDay', 'Month', 'Value'].some((g) => t.tags.has(g));

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
