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

/** A file of the word-list package ("index.dic", "index.aff"), read synchronously beside its entry (the entry loads them with a top-level await). */
function dictionaryFile(name: string): string {
  const entry = createRequire(import.meta.url).resolve('dictionary-en');
  return readFileSync(join(dirname(entry), name), 'utf8');
}

/** The lower-case words of the list, each with its affix flags. */
function stems(): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of dictionaryFile('index.dic').split('\n')) {
    const [word, flags = ''] = line.split('/') as [string, string?];
    if (/^\p{Ll}[\p{Ll}'-]*$/u.test(word)) out.set(word, flags.trim());
  }
  return out;
}

/** One PFX or SFX row of the Hunspell affix file: on a stem that meets the condition, strip this and add that. */
interface Affix {
  flag: string;
  prefix: boolean;
  cross: boolean;
  strip: string;
  add: string;
  cond: RegExp;
}

/** The PFX and SFX rows of the affix file beside the word file: which prefixes and suffixes each flag adds ("search/A" is also "research"); other lines, REP, TRY and compounds, are spelling aids, not derivations. */
function affixes(): Affix[] {
  const out: Affix[] = [];
  const cross = new Map<string, boolean>();
  for (const line of dictionaryFile('index.aff').split('\n')) {
    const f = line.trim().split(/\s+/u);
    if ((f[0] !== 'PFX' && f[0] !== 'SFX') || f.length < 4) continue;
    const [kind, flag, strip, add, cond = '.'] = f as [string, string, string, string, string?];
    if (f.length === 4) {
      cross.set(flag, strip === 'Y');
      continue;
    }
    const prefix = kind === 'PFX';
    out.push({ flag, prefix, cross: cross.get(flag) ?? false, strip: strip === '0' ? '' : strip, add: add === '0' ? '' : add, cond: new RegExp(prefix ? `^${cond}` : `${cond}$`, 'u') });
  }
  return out.filter((a) => !a.add.includes("'"));
}

const STEMS = stems();
const AFFIXES = affixes();
const PREFIXES = AFFIXES.filter((a) => a.prefix);
const SUFFIXES = AFFIXES.filter((a) => !a.prefix);

/** Derivations need a stem of three letters or more: the list's two-letter entries ("ed", "re") would make names of affixes ("Reed", "Red"). */
const MIN_STEM = 3;

/** The stem a suffix row would have made w of, when the list gives that stem the row's flag (and the prefix flag also asked for). */
function suffixed(w: string, also?: Affix): boolean {
  return SUFFIXES.some((s) => {
    if (!w.endsWith(s.add) || (also && !s.cross)) return false;
    const stem = w.slice(0, w.length - s.add.length) + s.strip;
    if (stem.length < MIN_STEM) return false;
    const flags = STEMS.get(stem);
    return flags !== undefined && flags.includes(s.flag) && s.cond.test(stem) && (!also || flags.includes(also.flag));
  });
}

/** w is a word of the list with a prefix its flags allow, and maybe a suffix too ("disarmament", "reconstructed"). */
function derived(w: string): boolean {
  if (suffixed(w)) return true;
  return PREFIXES.some((p) => {
    if (!w.startsWith(p.add)) return false;
    const rest = p.strip + w.slice(p.add.length);
    if (rest.length < MIN_STEM || !p.cond.test(rest)) return false;
    return STEMS.get(rest)?.includes(p.flag) || (p.cross && suffixed(rest, p));
  });
}

const COMMON = new Map<string, boolean>();

/** Is the word (any case) a common English word, or an inflection or derivation of one (plural, past, -ing, -ly, -ment, re-, dis-)? */
export function commonWord(word: string): boolean {
  const w = word.toLowerCase().replace(POSSESSIVE_S_END, '');
  const known = COMMON.get(w);
  if (known !== undefined) return known;
  const common = STEMS.has(w) || INFLECTIONS.some(([suffix, add]) => w.length > suffix.length + 2 && w.endsWith(suffix) && STEMS.has(w.slice(0, -suffix.length) + add)) || derived(w);
  COMMON.set(w, common);
  return common;
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
