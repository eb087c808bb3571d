/**
 * One person under a longer and a shorter full name: "Otto Jespersen" is "Jens Otto Harry Jespersen"
 * (the shorter name's words in order, same surname), "Jean Luc" is "Jean Luc Marveau" (the
 * longer name's first words). The shorter group joins the one longer group that contains it; when two
 * contain it ("Mara Quell" beside "Ana Mara Quell" and "Lena Mara Quell") it stays apart, and so does a
 * namesake of a "Jr." ("Walter Brisk" beside "Walter Brisk Jr.").
 */
import { mergeInto, sole, type Group } from './group.js';
import { generational } from './names.js';

/** Are the words of `short` a subsequence of `long`, sharing its surname or its first two words? */
function contains(long: readonly string[], short: readonly string[]): boolean {
  const sameEnd = long.at(-1) === short.at(-1);
  // "Walter Brisk" is not "Walter Brisk Jr.": the same name without the suffix is the namesake
  const samePrefix = short.every((w, k) => long[k] === w) && !(generational(long) && short.length === long.length - 1);
  return short.length >= 2 && long.length > short.length && (sameEnd || samePrefix) && subsequence(long, short);
}

function subsequence(long: readonly string[], short: readonly string[]): boolean {
  let k = 0;
  for (const w of long) k += w === short[k] ? 1 : 0;
  return k === short.length;
}

/** The persons built from a full name (two words or more), not from a lexicon. */
export const namedPersons = (groups: readonly Group[]): Group[] => groups.filter((g) => g.type === 'person' && !g.key && g.core.length >= 2);

export function mergeContainedNames(groups: Group[]): void {
  const persons = namedPersons(groups);
  const person = new Set(persons);
  mergeInto(groups, (s, merged) => (person.has(s) ? sole(persons.filter((l) => l !== s && !merged.has(l) && contains(l.core, s.core))) : undefined));
}
