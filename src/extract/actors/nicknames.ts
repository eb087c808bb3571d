/**
 * One person under a given name and its nickname: "Lawrence Quaspel" and "Larry Quaspel" (the same
 * surname, first names paired in NICKNAMES, src/rules/actors/nicknames.ts). A name joins the one other
 * name it pairs with; with two candidates ("Bill Doe" beside "William Doe" and "Willis Doe") it stays apart.
 */
import { NICKNAMES } from '../../rules/actors/nicknames.js';
import { namedPersons } from './contained.js';
import { addMember, type Group } from './group.js';
import { fold } from './names.js';

const PAIRS: ReadonlySet<string> = new Set(
  NICKNAMES.flatMap((row) => {
    const [name, ...nicks] = row.split(' ');
    return nicks.flatMap((n) => [`${name}|${n}`, `${n}|${name}`]);
  }),
);

const lower = (w: string): string => fold(w).toLowerCase();
const paired = (a: Group, b: Group): boolean =>
  a.core.length === b.core.length && lower(a.core.at(-1)!) === lower(b.core.at(-1)!) && PAIRS.has(`${lower(a.core[0]!)}|${lower(b.core[0]!)}`);

export function mergeNicknames(groups: Group[]): void {
  const persons = namedPersons(groups);
  const partners = new Map(persons.map((g) => [g, persons.filter((o) => o !== g && paired(o, g))] as const));
  const only = (g: Group): Group | undefined => (partners.get(g)!.length === 1 ? partners.get(g)![0] : undefined);
  const hostOf = new Map<Group, Group>();
  // a pair joins when each is the other's only partner; the later-found group joins the earlier one
  for (const [k, s] of persons.entries()) {
    const host = only(s);
    for (const h of host && only(host) === s && persons.indexOf(host) < k ? [host] : []) {
      for (const m of s.members) addMember(h, m);
      hostOf.set(s, h);
    }
  }
  groups.splice(0, groups.length, ...groups.filter((g) => hostOf.get(g) === undefined));
}
