/**
 * "Washington said" (the government) and "talks in Washington" (the city) in one article: when the
 * country or body a capital stands for is an actor, the capital's place uses join it instead of
 * making a separate place actor ("in Washington" is then one more mention of the United States).
 */
import { SHARED_COUNTRY_NAMES } from '../../rules/actors/places.js';
import { mergeInto, sole, type Group } from './group.js';
import { matchAt } from './lexicon.js';
import type { Word } from './types.js';

export function mergeCapitalPlaces(words: readonly Word[], groups: Group[]): void {
  const byKey = new Map<string, Group>();
  for (const g of groups) if (g.key && !g.key.startsWith('place:')) byKey.set(g.key, g);
  mergeInto(groups, (g) => {
    if (!g.key?.startsWith('place:') || !g.members.every((m) => m.basis === 'capital')) return undefined;
    return byKey.get(matchAt(words, g.members[0]!.from, ['capital'])?.entry.key ?? '');
  });
}

const SHARED = new Map(SHARED_COUNTRY_NAMES.map((r) => [r.word, r.keys]));

/** "Congo" beside "the Democratic Republic of Congo": a name two countries share joins the one the article names (else it stays a place). */
export function mergeSharedCountryNames(groups: Group[]): void {
  mergeInto(groups, (g) => {
    const keys = g.key ? undefined : SHARED.get(g.members[0]!.text.toLowerCase());
    if (!keys || !g.members.every((m) => m.text.toLowerCase() === g.members[0]!.text.toLowerCase())) return undefined;
    return sole(groups.filter((o) => o.key !== null && keys.includes(o.key)));
  });
}
