/** A group of candidate mentions that name one actor, with the indexes merging needs. */
import type { ActorType } from '../../schema/doc.js';
import type { Candidate } from './types.js';

export interface Group {
  type: ActorType;
  key: string | null;
  canonical: string | null;
  members: Candidate[];
  /** person: core words of the fullest name; empty for other actors */
  core: string[];
  gender: 'male' | 'female' | null;
  sure: boolean;
  /** word positions of the members, ascending (for "mentioned before" and recency) */
  froms: number[];
  /** longer forms of the name read from its context ("Varkosh rebels"), aliases only */
  longer?: string[];
}

export function newGroup(c: Candidate, core: string[] = []): Group {
  return { type: c.type, key: c.key, canonical: c.canonical, members: [c], core, gender: null, sure: c.sure, froms: [c.from] };
}

/** Add a member, keeping `froms` sorted (members mostly arrive in text order). */
export function addMember(g: Group, c: Candidate): void {
  g.members.push(c);
  let k = g.froms.length;
  while (k > 0 && g.froms[k - 1]! > c.from) k--;
  g.froms.splice(k, 0, c.from);
}

/** The position of the group's last mention before word `at`, or -1. */
export function lastBefore(g: Group, at: number): number {
  let lo = 0;
  let hi = g.froms.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (g.froms[mid]! < at) {
      best = g.froms[mid]!;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** Map from a key to the groups that claim it. */
export class MultiMap {
  private readonly m = new Map<string, Group[]>();
  add(k: string, g: Group): void {
    const list = this.m.get(k);
    if (!list) this.m.set(k, [g]);
    else if (!list.includes(g)) list.push(g);
  }
  get(k: string): Group[] {
    return this.m.get(k) ?? [];
  }
}

/**
 * Fold groups into hosts, in order: `hostOf(g, merged)` names the one group g joins (undefined: g stays;
 * `merged` holds the groups folded so far); g's members move there (addMember) and the folded groups leave
 * `groups` at the end (removeGroups): the shape of the actor merges (capitals, contained, generic, short).
 */
export function mergeInto(groups: Group[], hostOf: (g: Group, merged: ReadonlySet<Group>) => Group | undefined): void {
  const merged = new Set<Group>();
  for (const g of groups) {
    const host = hostOf(g, merged);
    if (!host) continue;
    for (const m of g.members) addMember(host, m);
    merged.add(g);
  }
  removeGroups(groups, merged);
}

/** The one element of xs, else undefined ("one host, else none"). */
export const sole = <T>(xs: readonly T[]): T | undefined => (xs.length === 1 ? xs[0] : undefined);

/** Remove the groups of `gone` from `groups` in place (the merged or emptied ones), keeping the order of the rest. */
export function removeGroups(groups: Group[], gone: ReadonlySet<Group>): void {
  if (gone.size > 0) groups.splice(0, groups.length, ...groups.filter((g) => !gone.has(g)));
}
