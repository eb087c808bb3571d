/**
 * Cleaning a source phrase into a name: titles and possessives dropped, a surname expanded to the
 * full name found in the text, a title ("Sen." vs "Rep.") picking the person it introduced.
 */
import { TITLE_WORDS } from '../../rules/attribution/sources.js';
import { LEADING_TITLES, PAIR_TITLES } from '../../rules/attribution/function-words.js';
import type { NameIndex } from '../chains/types.js';
import { lastIndexWhere } from './tokens.js';
import { surnameKey } from '../chains/people.js';
import { POSSESSIVE_END } from '../../parse/quote-marks.js';

/**
 * Drop titles (leading, and up to the last title word: "Tulsa Police Chief Ann Roe" -> "Ann Roe") and a
 * possessive ending; a surname becomes the full name found in the text when that name ends the phrase.
 */
export function cleanName(text: string, names?: NameIndex): string {
  const parts = text.split(/\s+(?:and|&)\s+/u);
  if (parts.length > 1 && parts.every((p) => pairTitled(p) || (names?.fullName(p.split(/\s+/u).pop()!.toLowerCase()) !== undefined))) {
    return cleanOne(parts[0]!, names); // a pair of speakers: the first one stands for both
  }
  return cleanOne(text, names);
}

/** "Sen. Voss": the part opens with a pair title (PAIR_TITLES) and goes on after it. */
function pairTitled(part: string): boolean {
  const words = part.split(/\s+/u);
  return words.length > 1 && PAIR_TITLES.has(words[0]!.toLowerCase());
}

function cleanOne(text: string, names?: NameIndex): string {
  let words = text.replace(POSSESSIVE_END, '').split(/\s+/u).filter(Boolean);
  const lastTitle = lastIndexWhere(words, (w) => TITLE_WORDS.has(w.toLowerCase()));
  const rest = words.slice(lastTitle + 1);
  const capitalized = rest.length > 0 && rest.length <= 3 && rest.every((w) => /^\p{Lu}/u.test(w));
  const personRest = rest.length > 0 && (!names || names.fullName(surnameKey(rest.join(' '))) !== undefined || (capitalized && rest.length >= 2));
  if (lastTitle >= 0 && personRest) words = rest;
  else while (words.length > 1 && LEADING_TITLES.has(words[0]!.toLowerCase())) words.shift();
  const name = words.join(' ');
  if (words.length === 0) return name; // nothing left of the phrase ("'s"): no name, never a crash
  const titled = names && lastTitle >= 0 && words.length === 1 ? byTitle(names, text, words[0]!) : null;
  if (titled) return titled;
  const full = names?.fullName(surnameKey(name));
  if (!full) return name;
  if (words.length === 1) return full;
  const fw = full.split(' ');
  if (fw.length <= words.length && words.slice(words.length - fw.length).join(' ') === full) return full;
  if (fw.length > words.length && full.endsWith(name)) return full;
  if (fw.length >= 2 && words.length >= 3 && !words.some((w) => fw.includes(w) && w !== words[words.length - 1])) return full;
  return name;
}

/** Title words that name the same office: "Sen." and "Senator", "Rep." and "Representative". */
const SAME_TITLE: ReadonlyArray<readonly string[]> = [
  ['sen', 'sen.', 'senator'], ['rep', 'rep.', 'representative', 'congressman', 'congresswoman'], ['gov', 'gov.', 'governor'],
  ['gen', 'gen.', 'general'], ['dr', 'dr.', 'doctor'], ['prof', 'prof.', 'professor'],
];

/** "Sen. Delgado" when two Delgados share the text: the one the same title introduced. */
export function byTitle(names: NameIndex, text: string, surname: string): string | null {
  const title = text.split(/\s+/u)[0]!.toLowerCase();
  const forms = SAME_TITLE.find((g) => g.includes(title)) ?? [title];
  const key = surname.toLowerCase();
  for (const f of forms) {
    for (const [, full] of names.titled(f)) if (full.toLowerCase().split(/\s+/u).pop() === key) return full;
  }
  return null;
}
