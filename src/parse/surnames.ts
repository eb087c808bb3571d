/**
 * Surnames that compromise reads as dates: "Doris Day", "Kristen Day" (tagged Date, Duration) are a given
 * name and a surname, and the lone "Day said" further on is the same person. A capitalized Date word right
 * after a given name is retagged as a surname, and so is every other capitalized, stand-alone token of
 * that word in the document ("Day said", "Day's foundation"), so that every stage reads a name. A holiday
 * after a given name ("on Victoria Day") opens with a preposition and stays a date; a compound holiday
 * ("Election Day", "Labor Day": after another capitalized word) stays a date wherever it occurs.
 */
import type { Token } from './types.js';

/** The tags a date word read as a surname carries (as compromise tags "O'Connor"). */
const SURNAME_TAGS: ReadonlySet<string> = Object.freeze(new Set(['ProperNoun', 'Noun', 'Singular', 'Person', 'LastName']));

/** Words before a given name that make "Victoria Day" the holiday: "on Victoria Day", "since Victoria Day". */
const DATE_LEADS: ReadonlySet<string> = new Set(['on', 'since', 'before', 'after', 'until', 'till', 'by', 'for', 'of', 'this', 'last', 'next', 'every']);

/** What may follow a lone surname: its verb ("Day said", "Day has said", "Day also said"). */
const NAME_NEXT = ['Verb', 'Auxiliary', 'Modal', 'Copula', 'Adverb'];

/** A capitalized date word: "Day" (not a month or a weekday, which compromise already reads as names after a given name). */
const dateWord = (t: Token): boolean => t.cap && t.tags.has('Date') && !t.tags.has('Month') && !t.tags.has('WeekDay') && !t.hyphen.length;

/** Retag the date words that are surnames (see above); linear: two passes over the tokens. */
export function markDateSurnames(text: string, tokens: Token[]): void {
  const surnames = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    const given = tokens[k - 1]!;
    if (!dateWord(t) || !given.tags.has('FirstName') || given.poss || given.sentence !== t.sentence || text.slice(given.end, t.start) !== ' ') continue;
    const lead = k >= 2 && tokens[k - 2]!.sentence === t.sentence ? tokens[k - 2]! : undefined;
    if (lead && DATE_LEADS.has(lead.normal)) continue;
    surnames.add(t.norm);
  }
  if (surnames.size === 0) return;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!dateWord(t) || !surnames.has(t.norm)) continue;
    const prev = k > 0 ? tokens[k - 1]! : undefined;
    const next = tokens[k + 1];
    const compound = prev !== undefined && prev.cap && prev.sentence === t.sentence && text.slice(prev.end, t.start) === ' ' && !prev.tags.has('FirstName');
    // "Day said", "Day's foundation", "..., Day, they said": a name; "Day after day", "Day two of the trial": still a date
    const named = t.poss || next === undefined || next.sentence !== t.sentence || text.slice(t.end, next.start) !== ' ' || NAME_NEXT.some((g) => next.tags.has(g)) || next.cap;
    if (!compound && named) t.tags = SURNAME_TAGS;
  }
}
