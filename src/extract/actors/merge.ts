/**
 * Merge candidate mentions into actors: the index in cluster.ts, then whole-group passes (hyphenated
 * compounds, he/she persons, short forms "Acme" = "Acme Corp.", legal forms "Acme Ltd." = "Acme", a shorter full name = the one longer
 * name containing it, a capital's place uses = its country).
 */
import { mergeCapitalPlaces } from './capitals.js';
import { Clusterer, type Group } from './cluster.js';
import { splitCompounds } from './compounds.js';
import { mergeContainedNames } from './contained.js';
import { mergeNicknames } from './nicknames.js';
import { mergeLegalForms } from './legal.js';
import { coreWords } from './names.js';
import { personsByPronoun } from './pronoun.js';
import { mergePlaceTails, mergeShortForms } from './short.js';
import type { Candidate, Word } from './types.js';

export function cluster(text: string, words: readonly Word[], cands: readonly Candidate[]): Group[] {
  const c = new Clusterer(text, words);
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
  mergeLegalForms(c.groups);
  mergeContainedNames(c.groups);
  mergeNicknames(c.groups);
  mergeCapitalPlaces(words, c.groups);
  return c.groups;
}
