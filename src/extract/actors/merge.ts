/**
 * Merge candidate mentions into actors: the index in cluster.ts, then whole-group passes (hyphenated
 * compounds, he/she persons, short forms "Acme" = "Acme Corp.", legal forms "Acme Ltd." = "Acme", a shorter full name = the one longer
 * name containing it, a generic lexicon body = the one local body of that head, a capital's place uses = its country).
 */
import { bracketed, initials, isAcronym } from './acronyms.js';
import { mergeCapitalPlaces, mergeSharedCountryNames } from './capitals.js';
import { Clusterer, type Group } from './cluster.js';
import { splitCompounds } from './compounds.js';
import { mergeContainedNames } from './contained.js';
import { mergeGenericBodies } from './generic.js';
import { mergeNicknames } from './nicknames.js';
import { mergeLegalForms } from './legal.js';
import { coreWords } from './names.js';
import { personsByPronoun } from './pronoun.js';
import { mergePlaceTails, mergePluralNames, mergeShortForms } from './short.js';
import type { Candidate, Word } from './types.js';

/**
 * "any Disaster Recovery Center (DRC)": an acronym in brackets that spells the name before it is that name's,
 * not the lexicon actor it also spells (the Congo).
 */
function definedAcronyms(text: string, cands: readonly Candidate[]): Candidate[] {
  return cands.map((x, i) => {
    const prev = i > 0 ? cands[i - 1]! : null;
    if (!x.key || !prev || prev.key || !isAcronym(x.text) || !bracketed(text, prev, x) || initials(prev.text) !== x.text) return x;
    return { ...x, key: null, canonical: null, type: prev.type, rule: 'actors.acronym.defined' };
  });
}

export function cluster(text: string, words: readonly Word[], all: readonly Candidate[]): Group[] {
  const c = new Clusterer(text, words);
  const cands = definedAcronyms(text, all);
  for (const x of cands) if (x.key) c.keyed(x);
  // persons typed only by the shape of their name ("Melania Pryor" beside "Donald Pryor") come last: a relative's surname stays with the first
  const shaped = (x: Candidate): boolean => x.basis === 'shape';
  const persons = cands.filter((x) => x.person && !x.key && !shaped(x));
  for (const x of persons) if (coreWords(x, words).length > 1) c.fullName(x);
  const kin = new Set(cands.filter((x) => !x.key && (!x.person || shaped(x)) && c.relative(x)));
  for (const x of cands) if (x.person && !x.key && shaped(x) && !kin.has(x) && coreWords(x, words).length > 1) c.fullName(x);
  for (const x of cands) if (x.person && !x.key && coreWords(x, words).length === 1) c.singleName(x);
  for (const x of kin) c.fullName({ ...x, type: 'person', person: true, sure: true, rule: 'actors.person.relative', basis: 'relative' });
  cands.forEach((x, i) => {
    if (!x.key && !x.person && !kin.has(x)) c.other(x, i > 0 ? cands[i - 1]! : null);
  });
  splitCompounds(text, words, c.groups);
  personsByPronoun(text, words, c.groups);
  mergeShortForms(words, c.groups);
  mergePlaceTails(words, c.groups);
  mergePluralNames(words, c.groups);
  mergeLegalForms(c.groups);
  mergeContainedNames(c.groups);
  mergeGenericBodies(c.groups);
  mergeNicknames(c.groups);
  mergeCapitalPlaces(words, c.groups);
  mergeSharedCountryNames(c.groups);
  return c.groups;
}
