/**
 * Two general lexicons for telling names apart:
 * - common English words: the lower-case stems of the SCOWL size-60 en_US Hunspell word list
 *   (package `dictionary-en`, MIT AND BSD); a capitalized word whose lower-case form is one of them
 *   ("Sunset", "Drama", "Series") can be a work title or a common noun, while "Koolhaas" cannot;
 * - first names with gender: the Moby lists in src/rules/actors/first-names.ts, plus compromise's own.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from '../../rules/actors/first-names.js';
import { knownFirstName } from './firstnames.js';
import { POSSESSIVE_S_END } from '../../parse/quote-marks.js';

/** The word file, read synchronously beside the package's entry (its own entry loads it with a top-level await). */
function dicText(): string {
  const entry = createRequire(import.meta.url).resolve('dictionary-en');
  return readFileSync(join(dirname(entry), 'index.dic'), 'utf8');
}

function stems(): Set<string> {
  const out = new Set<string>();
  for (const line of dicText().split('\n')) {
    const word = line.split('/')[0]!;
    if (/^\p{Ll}[\p{Ll}'-]*$/u.test(word)) out.add(word);
  }
  return out;
}

const STEMS = stems();

/** Is the word (any case) a common English word, or an inflection of one (plural, past, -ing, -ly)? */
export function commonWord(word: string): boolean {
  const w = word.toLowerCase().replace(POSSESSIVE_S_END, '');
  if (STEMS.has(w)) return true;
  for (const [suffix, add] of INFLECTIONS) {
    if (w.length > suffix.length + 2 && w.endsWith(suffix) && STEMS.has(w.slice(0, -suffix.length) + add)) return true;
  }
  return false;
}

const INFLECTIONS: ReadonlyArray<readonly [string, string]> = [
  ['s', ''], ['es', ''], ['ies', 'y'], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e'], ['ly', ''], ['er', ''], ['ers', ''],
];

const split = (s: string): string[] => s.split(' ').map((x) => x.toLowerCase());
const FEMALE = new Set(split(FEMALE_FIRST_NAMES));
const MALE = new Set(split(MALE_FIRST_NAMES));

/** The gender of a first name ('either' when it is both), or null when the word is no known first name. */
export function firstNameGender(word: string): 'male' | 'female' | 'either' | null {
  const w = word.toLowerCase();
  const f = FEMALE.has(w);
  const m = MALE.has(w);
  if (f && m) return 'either';
  if (f) return 'female';
  if (m) return 'male';
  return knownFirstName(w) ? 'either' : null;
}
