/**
 * "Washington said" (the government) and "talks in Washington" (the city) in one article: when the
 * country or body a capital stands for is an actor, the capital's place uses join it instead of
 * making a separate place actor ("in Washington" is then one more mention of the United States).
 */
import { SHARED_COUNTRY_NAMES } from '../../rules/actors/places.js';
import { addMember, removeGroups, type Group } from './group.js';
import { matchAt } from './lexicon.js';
import type { Word } from './types.js';

export function mergeCapitalPlaces(words: readonly Word[], groups: Group[]): void {
  const byKey = new Map<string, Group>();
  for (const g of groups) if (g.key && !g.key.startsWith('place:')) byKey.set(g.key, g);
  const merged = new Set<Group>();
  for (const g of groups) {
    if (!g.key?.startsWith('place:') || !g.members.every((m) => m.basis === 'capital')) continue;
    const m = g.members[0]!;
    const owner = byKey.get(matchAt(words, m.from, ['capital'])?.entry.key ?? '');
    if (!owner) continue;
    for (const x of g.members) addMember(owner, x);
    merged.add(g);
  }
  removeGroups(groups, merged);
}

const SHARED = new Map(SHARED_COUNTRY_NAMES.map((r) => [r.word, r.keys]));

/** "Congo" beside "the Democratic Republic of Congo": a name two countries share joins the one the article names (else it stays a place). */
export function mergeSharedCountryNames(groups: Group[]): void {
  const merged = new Set<Group>();
  for (const g of groups) {
    const keys = g.key ? undefined : SHARED.get(g.members[0]!.text.toLowerCase());
    if (!keys || !g.members.every((m) => m.text.toLowerCase() === g.members[0]!.text.toLowerCase())) continue;
    const owners = groups.filter((o) => o.key !== null && keys.includes(o.key));
    if (owners.length !== 1) continue;
    for (const x of g.members) addMember(owners[0]!, x);
    merged.add(g);
  }
  removeGroups(groups, merged);
}
