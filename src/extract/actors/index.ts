/**
 * Actors: every distinct participant the article names, once, under one canonical name.
 * words -> candidate mentions (titled persons, lexicon names, capitalized runs typed by the rows of
 * src/rules/actors/typing.ts) -> merged groups (chains) -> chains without evidence dropped (chain rows
 * of src/rules/actors/evidence.ts) -> completed mentions (repeats, role nouns) -> Actor[].
 */
import type { Actor } from '../../schema/doc.js';
import type { ExtractContext } from '../context.js';
import { toActors } from './build.js';
import { NO_TRACE } from '../../engine/trace.js';
import { requireEvidence } from './evidence.js';
import { recordTyping } from './typing.js';
import { cluster } from './merge.js';
import { mergeKnownAs } from './known-as.js';
import { repeatMentions, roleNouns } from './mentions.js';
import { scan } from './scan.js';
import { buildWords } from './words.js';
import { markMonthSurnames } from './boundary.js';
import { shareSurnames } from './shared.js';
import { sharedAliases } from './shared-alias.js';

export { actorAt } from './at.js';
export { genderOf } from './gender.js';

export function extractActors(ctx: ExtractContext): Actor[] {
  const { doc } = ctx;
  const words = buildWords(doc);
  markMonthSurnames(doc, words, ctx.trace ?? NO_TRACE);
  const { candidates, used } = scan(doc, words, ctx.trace);
  const groups = cluster(doc.text, words, shareSurnames(doc, words, sharedAliases(doc, candidates, ctx.trace ?? NO_TRACE), ctx.trace ?? NO_TRACE));
  mergeKnownAs(doc, words, groups, ctx.trace ?? NO_TRACE);
  requireEvidence(doc, words, groups, ctx.trace);
  for (const g of groups) recordTyping(g.members, ctx.trace ?? NO_TRACE);
  repeatMentions(doc.text, words, used, groups);
  roleNouns(doc.text, words, used, groups);
  return toActors(words, groups);
}
