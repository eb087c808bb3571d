/**
 * Actors: every distinct participant the article names, once, under one canonical name.
 * words -> candidate mentions (titled persons, lexicon names, capitalized runs typed by context)
 * -> merged groups -> completed mentions (repeats, role nouns) -> Actor[].
 */
import type { Actor } from '../../schema/doc.js';
import type { ExtractContext } from '../context.js';
import { toActors } from './build.js';
import { cluster } from './merge.js';
import { repeatMentions, roleNouns } from './mentions.js';
import { scan } from './scan.js';
import { buildWords } from './words.js';

export { actorAt } from './at.js';
export { genderOf } from './gender.js';

export function extractActors(ctx: ExtractContext): Actor[] {
  const { doc } = ctx;
  const words = buildWords(doc);
  const { candidates, used } = scan(doc, words);
  const groups = cluster(doc.text, words, candidates);
  repeatMentions(doc.text, words, used, groups);
  roleNouns(doc.text, words, used, groups);
  return toActors(words, groups);
}
