/** Word lists from the rules, as lookup sets, and small word tests shared by the actor modules. */
import {
  BODY_VERBS, DOCUMENT_HEADS, EPITHETS, GENERATION_SUFFIXES, DOCUMENT_PARTS, HYPHEN_MODIFIERS, NAME_PARTICLES, ELIDED_PARTICLES, SAY_VERBS, LOCAL_BODY_TAILS, LOCATIVES, STATE_ABBREVIATIONS,
  CORPORATE_SUFFIXES, FIRST_PERSON_WORDS, HEAD_LINKS, NEUTER_PRONOUNS, PERSONAL_PRONOUNS, PLACE_PREPOSITIONS, ROLE_QUALIFIERS, TITLE_CASE_SMALL_WORDS, TITLE_LINKS, WORK_TITLE_JOINS, MEDIA_CUES_AFTER, MEDIA_CUES_BEFORE, MEDIA_POSS_CUES, NAME_CONNECTORS, NAME_LINKS, POSS_NAME_WORDS, POSS_ORG_HEADS, ROLE_ARTICLES, SHOW_TITLE_WORDS, MEDIA_POSS_NOUNS, MEDIA_NOUNS_BEFORE, MEDIA_SUFFIXES, NOT_ACTORS, ORG_HEADS, JOURNAL_HEADS, ORG_SUFFIXES, SCHOOL_PREPOSITIONS, AGENCY_WORDS, LEGISLATURE_WORDS, COMMITTEE_WORDS, INSTITUTION_ADJECTIVES, INSTITUTION_QUALIFIERS, MEDIA_TOLD_CUES,
} from '../../rules/actors/words.js';
import { DEFINITE_ARTICLES, ENVOY_LINKS, LAW_SCHOOL_WORDS, NAME_AND_WORDS, NUMERAL_PRONOUNS, OF_TAIL_LINKS, SEAT_LOCATIVES } from '../../rules/actors/function-words.js';
import { BUSINESS_NOUNS, LEGAL_SUFFIXES } from '../../rules/actors/companies.js';
import { PLACE_HEADS } from '../../rules/actors/non-actors.js';
import { CONTINENT_ADJECTIVES, REGION_ADJECTIVES, US_STATES, WORLD_REGIONS } from '../../rules/actors/places.js';
import type { WordRow } from '../../rules/actors/types.js';
import type { Word } from './types.js';
import { APOSTROPHE_CHARS } from '../../parse/quote-marks.js';
import { commonWord } from './english.js';

const set = (rows: readonly WordRow[]): ReadonlySet<string> => new Set(rows.map((r) => r.word));

export const ORG_SUFFIX = set(ORG_SUFFIXES);
export const BUSINESS_NOUN = set(BUSINESS_NOUNS);
export const LEGAL_SUFFIX = set(LEGAL_SUFFIXES);
/** Region, continent and institution adjectives: alone they are no actor (row actors.skip.common-noun). */
export const REGION_ADJECTIVE: ReadonlySet<string> = new Set([...set(REGION_ADJECTIVES), ...set(CONTINENT_ADJECTIVES), ...set(INSTITUTION_ADJECTIVES)]);
export const US_STATE = set(US_STATES);
export const WORLD_REGION = set(WORLD_REGIONS);
export const ORG_HEAD = set(ORG_HEADS);
/** First words of a journal's name before "of"/"for" ("Journal of X"). */
export const JOURNAL_HEAD = set(JOURNAL_HEADS);
/** Heads after which "of the" goes on in a name ("Office of the X", "Proceedings of the X"). */
export const LINK_HEAD: ReadonlySet<string> = new Set([...ORG_HEAD, ...JOURNAL_HEAD]);
/** An institution's head or last word ('Court' of 'Court of X', 'Foundation' of 'X Foundation'). */
export const ORG_WORD: ReadonlySet<string> = new Set([...ORG_HEAD, ...ORG_SUFFIX]);
export const SCHOOL_PREP = set(SCHOOL_PREPOSITIONS);
export const AGENCY_WORD = set(AGENCY_WORDS);
export const LEGISLATURE = set(LEGISLATURE_WORDS);
export const TOLD_CUE = set(MEDIA_TOLD_CUES);
export const COMMITTEE = set(COMMITTEE_WORDS);
export const QUALIFIER = set(INSTITUTION_QUALIFIERS);
export const MEDIA_SUFFIX = set(MEDIA_SUFFIXES);
/** Words that end or open an institution's or an outlet's name, as one set each (one look-up, not two or three). */
export const BODY_SUFFIX: ReadonlySet<string> = new Set([...ORG_SUFFIX, ...MEDIA_SUFFIX]);
export const BODY_WORD: ReadonlySet<string> = new Set([...ORG_SUFFIX, ...ORG_HEAD]);
export const NAME_HEAD: ReadonlySet<string> = new Set([...BODY_SUFFIX, ...ORG_HEAD]);
/** Institution words that continue a name after a possessive ("King's College", "Visitors' Center"), and outlet nouns ("Doyle's List"): one set. */
export const POSS_ORG_HEAD: ReadonlySet<string> = new Set([...set(POSS_ORG_HEADS), ...set(MEDIA_POSS_NOUNS)]);
/** Collective nouns for people whose possessive goes on in a name ("Doeland Workers' Party", "People's Quaspel Units"). */
export const POSS_NAME_WORD = set(POSS_NAME_WORDS);
/** Links inside a name ("Bank of X"), the ones after which it may go on ("Center for X and Y"), and the small words read back for them. */
export const NAME_LINK = set(NAME_LINKS);
export const HEAD_LINK = set(HEAD_LINKS);
export const NAME_CONNECTOR = set(NAME_CONNECTORS);
export const SHOW_WORD = set(SHOW_TITLE_WORDS);
export const ROLE_ARTICLE = set(ROLE_ARTICLES);
export const FIRST_PERSON = set(FIRST_PERSON_WORDS);
export const TITLE_CASE_SMALL = set(TITLE_CASE_SMALL_WORDS);
export const CORPORATE_SUFFIX = set(CORPORATE_SUFFIXES);
export const PERSONAL_PRONOUN = set(PERSONAL_PRONOUNS);
export const NEUTER_PRONOUN = set(NEUTER_PRONOUNS);
export const PLACE_PREP = set(PLACE_PREPOSITIONS);
export const TITLE_LINK = set(TITLE_LINKS);
export const WORK_TITLE_JOIN = set(WORK_TITLE_JOINS);
export const ROLE_QUALIFIER = set(ROLE_QUALIFIERS);
/** Closed-class words of src/rules/actors/function-words.ts (review L1): the definite article, the "of" of a tail, "and" in or between names, "I", an envoy's "to", a seat's "on", a law school's "Law". */
export const DEFINITE_ARTICLE = set(DEFINITE_ARTICLES);
export const OF_TAIL_LINK = set(OF_TAIL_LINKS);
export const NAME_AND = set(NAME_AND_WORDS);
export const NUMERAL_PRONOUN = set(NUMERAL_PRONOUNS);
export const ENVOY_LINK = set(ENVOY_LINKS);
export const SEAT_LOCATIVE = set(SEAT_LOCATIVES);
export const LAW_SCHOOL_WORD = set(LAW_SCHOOL_WORDS);
export const POSS_CUE = MEDIA_POSS_CUES.map((r) => r.word.split(' '));
export const HYPHEN_MODIFIER = set(HYPHEN_MODIFIERS);
export const PARTICLES = set(NAME_PARTICLES);
const ELIDED = set(ELIDED_PARTICLES);
const APOSTROPHES = new RegExp(`[${APOSTROPHE_CHARS}]`, 'gu');
/** "van 't", "in 't": spans a and b (a particle, then the elided article after its apostrophe) are a row of ELIDED_PARTICLES. */
export const elidedParticle = (text: string, a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  ELIDED.has(text.slice(a.start, b.end).replace(APOSTROPHES, "'").toLowerCase());
export const EPITHET = set(EPITHETS);
/** Last words of places (streets, buildings, landmarks): src/rules/actors/non-actors.ts. */
export const PLACE_HEAD = set(PLACE_HEADS);
/** "the Great" after a name: an epithet that belongs to it. */
export const epithetAt = (words: readonly Word[], k: number): boolean => DEFINITE_ARTICLE.has(words[k]?.lower ?? '') && !!words[k + 1]?.cap && EPITHET.has(words[k + 1]!.lower) && words[k + 1]!.sentence === words[k]!.sentence;
export const GENERATION = set(GENERATION_SUFFIXES);
/** "the Great", "Jr.": an epithet or a generational suffix that belongs to the name before it. */
export const nameSuffixAt = (words: readonly Word[], k: number): boolean => epithetAt(words, k) || GENERATION.has(words[k]!.lower);
/** Words dropped from the end of a name ("a Texas Democrat" -> Texas). */
export const TRAILING_NOT = new Set(NOT_ACTORS.filter((r) => r.id.startsWith('party-word:') || r.id.startsWith('trailing-title:')).map((r) => r.word));
export const SAY_VERB = set(SAY_VERBS);
export const STATE_ABBREV = set(STATE_ABBREVIATIONS);
export const NOT_ACTOR: ReadonlySet<string> = new Set([...set(NOT_ACTORS), ...STATE_ABBREV]);
export const LOCATIVE = set(LOCATIVES);
export const DOC_HEAD = set(DOCUMENT_HEADS);
/** Document heads that may also end a body's name ("the Harlow Initiative said"). */
export const DOC_HEAD_BODY = set(DOCUMENT_HEADS.filter((r) => r.id.startsWith('doc-plan')));
export const DOC_PART = set(DOCUMENT_PARTS);
export const BODY_VERB = set(BODY_VERBS);
export const CUE_BEFORE = [...MEDIA_CUES_BEFORE, ...MEDIA_NOUNS_BEFORE].map((r) => r.word.split(' '));
export const LOCAL_TAILS = LOCAL_BODY_TAILS.map((r) => r.word.split(' '));
export const CUE_AFTER = MEDIA_CUES_AFTER.map((r) => r.word.split(' '));

/** Tags that say a word names someone or somewhere. */
export const NAME_TAGS = ['Person', 'FirstName', 'LastName', 'Place', 'Country', 'City', 'Region', 'Organization', 'Acronym'];
export const PERSON_TAGS = ['FirstName', 'LastName', 'MaleName', 'FemaleName'];
/** Tags of words that are not names even when capitalized at a sentence start. */
const FUNCTION_TAGS = [
  'Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Adverb', 'QuestionWord', 'Modal', 'Auxiliary', 'Copula',
  'Verb', 'Adjective', 'Gerund', 'Date', 'Value', 'Expression',
];

const CONTRACTION = new RegExp(`(?:n[${APOSTROPHE_CHARS}]t|[${APOSTROPHE_CHARS}](?:ll|re|ve|m|d))$`, 'iu');

export const hasTag = (w: Word, tags: readonly string[]): boolean => tags.some((t) => w.tags.has(t));
export const bare = (w: Word): string => w.lower.replace(/\.$/, '');

const DATE_TAGS = ['Date', 'WeekDay', 'Month'];
export const MONTH: ReadonlySet<string> = new Set(NOT_ACTORS.filter((r) => r.id.startsWith('month:')).map((r) => r.word));

/** "Teodora May": a month word marked a surname by the rows of actors.month-surname (boundary.ts, once per document). */
export const monthSurname = (words: readonly Word[], k: number): boolean => words[k]!.monthSurname;

/** A date word that ends a name ("Jane Doe Monday", "Doe May 5"), unless it is a month surname. */
export const dateWord = (words: readonly Word[], k: number): boolean => hasTag(words[k]!, DATE_TAGS) && !monthSurname(words, k);

/** A word of a closed class or a verb/adjective: not part of a name. */
export const functionWord = (w: Word): boolean => hasTag(w, FUNCTION_TAGS);

/** Lower-case words of the text: a capital at a sentence start on one of them is not a name. */
export function lowerWords(words: readonly Word[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) if (!w.cap && /^\p{Ll}/u.test(w.text)) out.add(w.lower);
  return out;
}

/**
 * A capitalized word at a sentence start that is probably a common word ("Parallel", "Efforts"): not one that
 * is no English word and opens a run of capitalized words ("Ngata Oru Tavake Lomu's party won").
 */
export function commonOpener(words: readonly Word[], i: number, lower: ReadonlySet<string>): boolean {
  const w = words[i]!;
  if (NOT_ACTOR.has(w.lower) || NOT_ACTOR.has(bare(w)) || CONTRACTION.test(w.text)) return true;
  if (!w.first) return false;
  if (lower.has(w.lower) || hasTag(w, FUNCTION_TAGS)) return true;
  return !hasTag(w, NAME_TAGS) && !nameByContext(words, i) && !(words[i + 1]?.cap && !commonWord(w.text));
}

/** An unknown capitalized opener reads as a name when possessive, listed ("X and Y") or saying something. */
function nameByContext(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  const next = words[i + 1];
  if (w.poss) return true;
  if (!next || next.sentence !== w.sentence) return false;
  if (SAY_VERB.has(next.lower)) return true;
  const after = words[i + 2];
  return NAME_AND.has(next.lower) && !!after && after.cap && after.sentence === w.sentence && hasTag(after, ['Organization', 'Person']);
}
