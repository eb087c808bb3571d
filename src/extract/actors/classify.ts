/**
 * Type a capitalized name that no lexicon knows, from its words, compromise's tags and its context:
 * suffixes ("Acme Corp.", "Doeville Herald"), person tags, media credit cues ("according to X"),
 * place tags, appositive roles. Each decision names its rule.
 */
import type { ActorType } from '../../schema/doc.js';
import { nameEvidence } from './evidence.js';
import { knownFirstName } from './firstnames.js';
import { appositiveRole, roleBefore } from './role.js';
import { syllable } from './longnames.js';
import type { Word } from './types.js';
import { AGENCY_WORD, bare, BUSINESS_NOUN, LOCATIVE, US_STATE, WORLD_REGION, STATE_ABBREV, CUE_AFTER, CUE_BEFORE, hasTag, MEDIA_POSS_NOUN, MEDIA_SUFFIX, ORG_HEAD, POSS_CUE, ORG_SUFFIX, PERSON_TAGS, SCHOOL_PREP, TOLD_CUE } from './wordsets.js';

export interface Typing {
  type: ActorType;
  rule: string;
  /** false when the type is only the default guess */
  sure: boolean;
  role: string | null;
}

const t = (type: ActorType, rule: string, sure = true, role: string | null = null): Typing => ({ type, rule, sure, role });

/** Type the name made of words [a, b). */
export function classify(text: string, words: readonly Word[], a: number, b: number): Typing {
  const first = words[a]!;
  const last = words[b - 1]!;
  const n = b - a;
  if (n > 1 && words.slice(a, b - 1).some((w) => w.poss) && MEDIA_POSS_NOUN.has(bare(last))) return t('media', 'actors.media.possessive');
  if (n > 1 && MEDIA_SUFFIX.has(bare(last))) return t('media', 'actors.media.suffix');
  if (n === 1 && first.poss && possCredit(text, words, a)) return t('media', 'actors.media.possessive-cue');
  if (n > 1 && ORG_SUFFIX.has(bare(last))) return t('organization', 'actors.org.suffix');
  if (n > 2 && headOf(words, a, b)) return t('organization', 'actors.org.head');
  if (n === 2 && lawSchool(words, a, b)) return t('organization', 'actors.org.law-school');
  if (n > 1 && words.slice(a + 1, b - 1).some((w) => w.cap && ORG_SUFFIX.has(bare(w)))) return t('organization', 'actors.org.inner');
  if (n > 1 && BUSINESS_NOUN.has(bare(last))) return t('organization', 'actors.org.business', false);
  if (n > 1 && words.slice(a + 1, b).some((w, x) => w.hyphen && syllable(words, a + 1 + x))) return t('person', 'actors.person.syllable');
  if (placeContext(text, words, b)) return t('place', 'actors.place.state');
  if (US_STATE.has(words.slice(a, b).map((w) => w.lower).join(' '))) return t('place', 'actors.place.us-state');
  if (WORLD_REGION.has(words.slice(a, b).map((w) => w.lower).join(' '))) return t('place', 'actors.place.world-region');
  if (showNetwork(words, b)) return t('media', 'actors.media.show');
  const context = nameEvidence(text, words, a, b, 'context');
  if (context) return t(context.then, context.id);
  const span = words.slice(a, b);
  const personal = span.some((w) => hasTag(w, PERSON_TAGS) || (w.tags.has('Person') && !w.tags.has('Organization')));
  const role = appositiveRole(text, words, b);
  const before = n > 1 ? roleBefore(text, words, a) : null;
  if (personal) return t('person', 'actors.person.tags', n > 1 || role !== null, role ?? before);
  if (before) return t('person', 'actors.person.role-before', true, before);
  if (mediaCue(words, a, b) && !possessor(words, b) && !span.some((w) => AGENCY_WORD.has(bare(w)) || ORG_HEAD.has(bare(w)))) return t('media', 'actors.media.cue');
  if (role && n > 1) return t('person', 'actors.person.appositive', true, role);
  if (n === 1 && toldOutlet(words, a)) return t('media', 'actors.media.told');
  if (n > 1 && span.some((w) => AGENCY_WORD.has(bare(w)))) return t('organization', 'actors.org.agency');
  if (span.some((w) => w.tags.has('Country'))) return t('country', 'actors.country.tag');
  if (span.some((w) => hasTag(w, ['City', 'Region'])) || (span.some((w) => w.tags.has('Place')) && locativeBefore(words, a))) {
    return t('place', 'actors.place.tag');
  }
  if (span.some((w) => w.tags.has('Organization'))) return t('organization', 'actors.org.tag');
  if (n === 1 && /^[\p{Lu}.&]{2,}$/u.test(first.text)) return t('organization', 'actors.org.acronym');
  if (n === 2 && knownFirstName(first.text) && /^\p{Lu}\p{Ll}/u.test(last.text)) return t('person', 'actors.person.first-name');
  const ev = nameEvidence(text, words, a, b, 'name');
  if (ev) return t(ev.then, ev.id);
  return t('organization', 'actors.org.default', false);
}

/** "Bank of X", "Western District of Y": an institution head followed by "of" or "for" inside the name. */
function headOf(words: readonly Word[], a: number, b: number): boolean {
  for (let k = a; k < b - 2; k++) if (words[k]!.cap && ORG_HEAD.has(bare(words[k]!)) && ['of', 'for'].includes(words[k + 1]!.lower)) return true;
  return false;
}

/** "a professor at Doeville Law": "<Name> Law" after "at" is a law school. */
export function lawSchool(words: readonly Word[], a: number, b: number): boolean {
  const prev = words[a - 1];
  return words[b - 1]!.lower === 'law' && !!prev && prev.sentence === words[a]!.sentence && SCHOOL_PREP.has(prev.lower);
}

/** "in X", "from X": a preposition of place before the name. */
function locativeBefore(words: readonly Word[], a: number): boolean {
  const p = words[a - 1];
  return !!p && p.sentence === words[a]!.sentence && LOCATIVE.has(p.lower);
}

/** "Springfield, Mo." / "Springfield, Illinois": a town followed by its state. */
function placeContext(text: string, words: readonly Word[], b: number): boolean {
  const next = words[b];
  if (!next || !/^\s*,\s*$/u.test(text.slice(words[b - 1]!.end, next.start))) return false;
  return STATE_ABBREV.has(next.lower) || (next.cap && hasTag(next, ['Region']) && !next.tags.has('Country'));
}

/** "CBS's 'Evening Show'": a possessive name before a quoted title is the show's network. */
function showNetwork(words: readonly Word[], b: number): boolean {
  const last = words[b - 1]!;
  const next = words[b];
  return last.poss && !!next && next.title && next.sentence === last.sentence;
}

/** Credited as an outlet: "according to X", "told X", "X reported". */
export function mediaCue(words: readonly Word[], a: number, b: number): boolean {
  let k = a;
  if (k > 0 && words[k - 1]!.lower === 'the') k--;
  for (const cue of CUE_BEFORE) {
    if (k < cue.length) continue;
    if (cue.every((c, x) => words[k - cue.length + x]!.lower === c && words[k - cue.length + x]!.sentence === words[a]!.sentence)) return true;
  }
  for (const cue of CUE_AFTER) {
    if (cue.every((c, x) => words[b + x]?.lower === c && words[b + x]!.sentence === words[a]!.sentence)) return true;
  }
  return false;
}

/** "according to Ferris's, ...", "a report in Ferris's.": a lone possessive name after a credit cue, then punctuation. */
function possCredit(text: string, words: readonly Word[], a: number): boolean {
  const w = words[a]!;
  if (!/^['\u2019]s\s*[,.;:)\u2014]/u.test(text.slice(w.end, w.end + 5)) && words[a + 1]?.sentence === w.sentence) return false;
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
function toldOutlet(words: readonly Word[], a: number): boolean {
  const w = words[a]!;
  const prev = words[a - 1];
  const next = words[a + 1];
  if (!prev || prev.sentence !== w.sentence || !TOLD_CUE.has(prev.lower) || hasTag(w, [...PERSON_TAGS, 'Person'])) return false;
  if (next && next.sentence === w.sentence && !next.cap && next.start - w.end <= 1 && hasTag(next, ['Noun', 'Adjective'])) return false;
  for (let x = 1; x < a; x++) if (words[x]!.text === w.text && words[x - 1]!.cap) return false;
  return true;
}
