/**
 * Tests on a capitalized run in its sentence, named as predicates by the typing rows
 * (src/rules/actors/typing.ts): credits, places by context, shows, told-outlets, tags.
 */
import { syllable } from './longnames.js';
import type { Candidate, Word } from './types.js';
import { APOSTROPHE_CHARS, ASIDE_DASH } from '../../parse/quote-marks.js';
import { firstNameGender } from './english.js';
import {
  AGENCY_WORD, bare, CUE_AFTER, CUE_BEFORE, DEFINITE_ARTICLE, hasTag, LAW_SCHOOL_WORD, ORG_HEAD, PERSON_TAGS, POSS_CUE, SCHOOL_PREP, STATE_ABBREV, TOLD_CUE, US_STATE, WORLD_REGION,
} from './wordsets.js';

const phrase = (words: readonly Word[], a: number, b: number): string => words.slice(a, b).map((w) => w.lower).join(' ');

export const usState = (words: readonly Word[], a: number, b: number): boolean => US_STATE.has(phrase(words, a, b));
export const worldRegion = (words: readonly Word[], a: number, b: number): boolean => WORLD_REGION.has(phrase(words, a, b));

/** A person tag on a word of the run (a Person tag only without an Organization tag). */
export function personTagged(words: readonly Word[], a: number, b: number): boolean {
  return words.slice(a, b).some((w) => hasTag(w, PERSON_TAGS) || (w.tags.has('Person') && !w.tags.has('Organization')));
}

/** "Park Ji-hoon": a hyphened given-name syllable inside a run of two words or more. */
export function syllableName(words: readonly Word[], a: number, b: number): boolean {
  return b - a > 1 && words.slice(a + 1, b).some((w, x) => w.hyphen && syllable(words, a + 1 + x));
}

/** "a professor at Doeville Law": "<Name> Law" after "at" is a law school. */
export function lawSchool(words: readonly Word[], a: number, b: number): boolean {
  const prev = words[a - 1];
  return LAW_SCHOOL_WORD.has(words[b - 1]!.lower) && !!prev && prev.sentence === words[a]!.sentence && SCHOOL_PREP.has(prev.lower);
}

/** "Springfield, Mo." / "Springfield, Illinois": a town followed by its state. */
export function placeContext(text: string, words: readonly Word[], b: number): boolean {
  const next = words[b];
  if (!next || !/^\s*,\s*$/u.test(text.slice(words[b - 1]!.end, next.start))) return false;
  return STATE_ABBREV.has(next.lower) || (next.cap && hasTag(next, ['Region']) && !next.tags.has('Country'));
}

/** "CBS's 'Evening Show'": a possessive name before a quoted title is the show's network. */
export function showNetwork(words: readonly Word[], b: number): boolean {
  const last = words[b - 1]!;
  const next = words[b];
  return last.poss && !!next && next.title && next.sentence === last.sentence;
}

/** Credited as an outlet: "according to X", "told X", "X reported". */
export function mediaCue(words: readonly Word[], a: number, b: number): boolean {
  let k = a;
  if (k > 0 && DEFINITE_ARTICLE.has(words[k - 1]!.lower)) k--;
  for (const cue of CUE_BEFORE) {
    if (k < cue.length) continue;
    if (cue.every((c, x) => words[k - cue.length + x]!.lower === c && words[k - cue.length + x]!.sentence === words[a]!.sentence)) return true;
  }
  for (const cue of CUE_AFTER) {
    if (cue.every((c, x) => words[b + x]?.lower === c && words[b + x]!.sentence === words[a]!.sentence)) return true;
  }
  return false;
}

/** A media credit that is not an owner ("according to Hale's lawyer") nor an agency ("Statistics Doeland"). */
export function mediaCredit(words: readonly Word[], a: number, b: number): boolean {
  const span = words.slice(a, b);
  return mediaCue(words, a, b) && !possessor(words, b) && !span.some((w) => AGENCY_WORD.has(bare(w)) || ORG_HEAD.has(bare(w)));
}

const LONE_POSSESSIVE = new RegExp(`^[${APOSTROPHE_CHARS}]s\\s*[,.;:)${ASIDE_DASH}]`, 'u');

/** "according to Ferris's, ...", "a report in Ferris's.": a lone possessive name after a credit cue, then punctuation. */
export function possCredit(text: string, words: readonly Word[], a: number): boolean {
  const w = words[a]!;
  if (!LONE_POSSESSIVE.test(text.slice(w.end, w.end + 5)) && words[a + 1]?.sentence === w.sentence) return false;
  return POSS_CUE.some((cue) => cue.every((c, x) => words[a - cue.length + x]?.lower === c && words[a - cue.length + x]!.sentence === w.sentence));
}

/** "according to Hale's lawyer": a possessive name before a lower-case noun owns it; it is not the outlet. */
function possessor(words: readonly Word[], b: number): boolean {
  const last = words[b - 1]!;
  const next = words[b];
  return last.poss && !!next && next.sentence === last.sentence && !next.cap;
}

/**
 * "the agency told Ledger on Monday": a lone unknown name right after "told", never seen as a person's
 * surname before, and not a modifier of the noun after it ("told Avalonian state broadcaster X").
 */
export function toldOutlet(words: readonly Word[], a: number): boolean {
  const w = words[a]!;
  const prev = words[a - 1];
  const next = words[a + 1];
  if (!prev || prev.sentence !== w.sentence || !TOLD_CUE.has(prev.lower) || hasTag(w, [...PERSON_TAGS, 'Person'])) return false;
  if (next && next.sentence === w.sentence && !next.cap && next.start - w.end <= 1 && hasTag(next, ['Noun', 'Adjective'])) return false;
  for (let x = 1; x < a; x++) if (words[x]!.text === w.text && words[x - 1]!.cap) return false;
  return true;
}

/**
 * "Shaw's Pygmalion", "Quaspel's Free Culture": capitalized words right after a person's possessive name
 * are the title of a work, unless they start with a first name or a person's tag.
 */
export function afterPersonPoss(words: readonly Word[], i: number, out: readonly Candidate[]): boolean {
  const prev = out[out.length - 1];
  if (i === 0 || !words[i - 1]!.poss || !prev || prev.to !== i || prev.type !== 'person') return false;
  return !hasTag(words[i]!, [...PERSON_TAGS, 'Person']) && firstNameGender(words[i]!.text) === null;
}
