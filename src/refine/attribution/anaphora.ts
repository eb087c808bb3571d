/**
 * Anaphoric sources: a pronoun goes to the nearest compatible person (sentence subjects first), a
 * role noun ("the secretary") to the person last given that title, "the bureau" to the actor so named.
 */
import type { Actor } from '../../schema/doc.js';
import { PRONOUNS } from '../../rules/attribution/sources.js';
import { ANY_ORG_NOUNS, COMPANY_NOUNS, INSTITUTION_NAME_WORDS, MEDIA_NOUNS } from '../../rules/attribution/phrase-sources.js';
import type { People } from './people.js';
import type { SourceRef } from './source-ref.js';

export function pronoun(people: People, ref: SourceRef, canonical: (n: string) => string, personLike: (n: string) => boolean): string | null {
  const g = PRONOUNS.get(ref.text.toLowerCase());
  if (g !== 'm' && g !== 'f') return null;
  const ms = people.mentions;
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.start < ref.start) lo = mid + 1;
    else hi = mid;
  }
  let fallback: string | null = null;
  for (let k = lo - 1; k >= 0 && k >= lo - 12; k--) {
    const m = ms[k]!;
    if (ref.start - m.start > 2500) break;
    const mg = people.gender.get(m.name) ?? null;
    if ((mg !== null && mg !== g) || !personLike(m.name)) continue;
    if (m.subject) return canonical(m.name);
    fallback ??= m.name;
  }
  return fallback ? canonical(fallback) : null;
}

export function role(people: People, actors: readonly Actor[], ref: SourceRef, canonical: (n: string) => string): string | null {
  const words = ref.text.toLowerCase().replace(/['\u2019]s?$/u, '').split(/\s+/u);
  const head = words[words.length - 1]!;
  const list = people.titles.get(head) ?? [];
  let best: string | null = null;
  for (const [at, name] of list) if (at < ref.start) best = name;
  if (best) return canonical(best);
  const body = INSTITUTION_NAME_WORDS.has(head) ? mainNamed(actors, head, ref.start) : null; // "the ministry's notice": the Ministry, not its spokesman
  if (body) return body;
  const actor = actors.find((a) => a.role && a.role.toLowerCase().split(/\s+/u).includes(head));
  if (actor) return actor.name;
  if (MEDIA_NOUNS.has(head)) return latestOfType(actors, ref.start, 'media');
  return latestNamed(actors, head, ref.start) ?? (COMPANY_NOUNS.has(head) || ANY_ORG_NOUNS.has(head) ? latestCompany(actors, ref.start, ANY_ORG_NOUNS.has(head)) : null);
}

const COMPANY_REACH = 2500;

/** "the company" -> the business (an organization whose name is no institution's) last mentioned before `pos`; "the group" -> any organization. */
function latestCompany(actors: readonly Actor[], pos: number, anyOrg: boolean): string | null {
  let best: string | null = null;
  let at = pos - COMPANY_REACH;
  for (const a of actors) {
    if (a.type !== 'organization' || (!anyOrg && a.name.toLowerCase().split(/\s+/u).some((w) => INSTITUTION_NAME_WORDS.has(w)))) continue;
    for (const m of a.mentions) if (m.start < pos && m.start > at) [best, at] = [a.name, m.start];
  }
  return best;
}

/** "the bureau" -> the actor last mentioned before `pos` whose name contains the word ("Bureau of Statistics"). */
function latestNamed(actors: readonly Actor[], head: string, pos: number): string | null {
  let best: string | null = null;
  let at = -1;
  for (const a of actors) {
    if (a.type === 'person' || !a.name.toLowerCase().split(/\s+/u).includes(head)) continue;
    for (const m of a.mentions) if (m.start < pos && m.start > at) [best, at] = [a.name, m.start];
  }
  return best;
}

/** "the ministry" among two ministries -> the one mentioned most often before `pos` (the first named on a tie: the story's own body). */
function mainNamed(actors: readonly Actor[], head: string, pos: number): string | null {
  let best: string | null = null;
  let most = 0;
  let first = Infinity;
  for (const a of actors) {
    if (a.type === 'person' || !a.name.toLowerCase().split(/\s+/u).includes(head)) continue;
    const before = a.mentions.filter((m) => m.start < pos);
    const at = before[0]?.start ?? Infinity;
    if (before.length > most || (before.length === most && before.length > 0 && at < first)) [best, most, first] = [a.name, before.length, at];
  }
  return best;
}

/** "the newspaper" -> the actor of that type last mentioned before `pos`, within reach. */
function latestOfType(actors: readonly Actor[], pos: number, type: Actor['type']): string | null {
  let best: string | null = null;
  let at = pos - COMPANY_REACH;
  for (const a of actors) {
    if (a.type !== type) continue;
    for (const m of a.mentions) if (m.start < pos && m.start > at) [best, at] = [a.name, m.start];
  }
  return best;
}
