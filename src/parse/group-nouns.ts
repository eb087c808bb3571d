/**
 * Group nouns compromise reads as verbs after a modifier: "Dunmore police say", "Avalonian police reported",
 * "Rebel forces Tuesday said" (police, forces: Verb, PresentTense), so the clause layer found the verb
 * "police" and no subject. Such a word right after a capitalized modifier or an adjective, and right before
 * another verb (a day name may stand between), is the plural subject noun; "Avalon forces a vote" (an
 * object after it) keeps its verb.
 */
import type { Token } from './types.js';

/** Plural group nouns that are also third-person verbs (to police, to force, to judge, to guard). */
const NOUN_VERBS: ReadonlySet<string> = new Set(['police', 'forces', 'judges', 'guards']);

/** The tags of the noun (as compromise tags "Police" opening a sentence). */
const PLURAL_NOUN_TAGS: ReadonlySet<string> = Object.freeze(new Set(['Noun', 'Plural']));

const VERBAL = ['Verb', 'Auxiliary', 'Modal', 'Copula'];
const DAYS = ['Date', 'WeekDay'];

/** Retag the group nouns read as verbs (see above); linear, one pass. */
export function markGroupNouns(text: string, tokens: Token[]): void {
  for (let k = 1; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    if (!NOUN_VERBS.has(t.normal) || t.cap || !t.tags.has('Verb')) continue;
    const mod = tokens[k - 1]!;
    const modifier = (mod.cap && !mod.tags.has('Pronoun')) || mod.tags.has('Adjective');
    const day = DAYS.some((g) => tokens[k + 1]!.tags.has(g)) ? 1 : 0;
    const next = tokens[k + 1 + day];
    const sameSentence = next !== undefined && mod.sentence === t.sentence && next.sentence === t.sentence;
    if (modifier && sameSentence && text.slice(mod.end, t.start) === ' ' && VERBAL.some((g) => next!.tags.has(g))) t.tags = PLURAL_NOUN_TAGS;
  }
}
