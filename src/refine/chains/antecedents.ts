/**
 * The antecedent searches the link rows name (src/rules/chains/links.ts `then.by`): each returns the
 * canonical name of the participant a referring mention at `pos` stands for, or null. Bounded: a fixed
 * reach in characters and in mentions, binary search over mentions in text order.
 */
import type { Actor } from '../../schema/doc.js';
import { BODY_TYPES, type Link, type LinkBy } from '../../rules/chains/links.js';
import { INSTITUTION_NAME_WORDS } from '../../rules/attribution/phrase-sources.js';
import { PRONOUN_FEATURES, TITLE_NOUNS } from '../../rules/chains/features.js';
import type { Chain, ChainMention, NameIndex } from './types.js';
import { lastStartingBefore } from '../../parse/types.js';

/** How far back (characters, mentions) a referring expression looks for its antecedent. */
const REACH = 2500;
const MAX_BACK = 12;

export interface Scope {
  /** the document's text */
  text: string;
  /** the index of the sentence holding an offset */
  sentence(pos: number): number;
  names: NameIndex;
  /** the named mentions, in text order */
  named: readonly ChainMention[];
  /** the referring mentions linked so far, in text order (a pronoun is an antecedent too) */
  linked: ChainMention[];
  /** the last description linked per head word ("network" -> its mention): "the network" again is the same network */
  described: Map<string, ChainMention>;
  /** the chain of a canonical name */
  byName: ReadonlyMap<string, Chain>;
  actors: readonly Actor[];
  /** the canonical name of a person name (an actor's name where one has it as name or alias) */
  canonical(name: string): string;
  /** a new chain for the role a clause's subject headed at `pos` describes, named by its phrase; null when no subject is headed there */
  holder(pos: number, head: string, from: number): Chain | null;
  /** the offset of the first person named in the text (Infinity when none is) */
  firstPerson: number;
  /** the offset lies inside a quotation */
  quoted(pos: number): boolean;
}

/** `from`: the token after the first the row matched (a role's phrase after its article) */
export type Search = (scope: Scope, head: string, pos: number, link: Link, from: number) => Chain | null;

/** The chain of an actor name found by a search over the actor list. */
const chainOf = (sc: Scope, name: string | null | undefined): Chain | null => (name ? sc.byName.get(name) ?? null : null);
const words = (a: Actor): string[] => a.name.toLowerCase().split(/\s+/u);
const named = (a: Actor, head: string): boolean => BODY_TYPES.has(a.type) && words(a).includes(head);

export const SEARCHES: Record<LinkBy, Search> = {
  nearest: (sc, head, pos, link) => nearest(sc, pos, link, PRONOUN_FEATURES.get(head)?.nominative ? sc.sentence(pos) : -1),
  pair: (sc, _head, pos) => nearestPair(sc, pos),
  previous: (sc, head, pos, link) => previousSubject(sc, pos, link, PRONOUN_FEATURES.get(head)?.gender ?? null),
  title: (sc, head, pos) => {
    let best: string | null = null;
    for (const [at, name] of sc.names.titled(TITLE_NOUNS.get(head) ?? head)) if (at < pos) best = name;
    return chainOf(sc, best && sc.canonical(best));
  },
  body: (sc, head, pos) => chainOf(sc, mainNamed(sc.actors, pos, (a) => named(a, head))),
  main: (sc, _head, pos, link) => chainOf(sc, mainNamed(sc.actors, pos, (a) => a.type === link.type)),
  role: (sc, head) => chainOf(sc, sc.actors.find((a) => a.role && a.role.toLowerCase().split(/\s+/u).includes(head))?.name),
  named: (sc, head, pos) => latestNamed(sc, pos, (a) => named(a, head), Infinity),
  again: (sc, head, pos) => {
    const m = sc.described.get(head);
    return m && pos - m.start <= REACH ? m.chain : null;
  },
  holder: (sc, head, pos, link, from) => (link.alone && sc.firstPerson < pos ? null : sc.holder(pos, head, from)),
  latest: (sc, _head, pos, link) => latestNamed(sc, pos, (a) => a.type === link.type && !(link.business && words(a).some((w) => INSTITUTION_NAME_WORDS.has(w)))),
};

/**
 * The nearest chain of the link's type named before `pos` whose gender agrees (or is unknown), within reach: a
 * sentence subject first. A subject pronoun skips the names of its own sentence that no clause has as subject.
 * A name inside a quotation of the pronoun's sentence or the one before, the pronoun outside it, is only a
 * fallback ('"... Dan Pell did nothing wrong," he said': the speaker named before, not the man he speaks of).
 */
function nearest(sc: Scope, pos: number, link: Link, own: number): Chain | null {
  const ms = sc.named;
  let i = lastStartingBefore(ms, pos);
  let j = sc.linked.length - 1;
  let fallback: Chain | null = null;
  for (let seen = 0; seen < MAX_BACK; ) {
    const a = ms[i];
    const b = sc.linked[j];
    const m = a && (!b || a.start > b.start) ? a : b;
    if (!m || pos - m.start > REACH) break;
    if (m === a) i--;
    else j--;
    const c = m.chain;
    if (!c || !link.types?.has(c.type) || (m.object && m.sentence === own)) continue;
    seen++;
    if (c.gender !== null && c.gender !== (link.gender ?? null)) continue;
    if (quotedNear(sc, m.start, pos)) {
      fallback ??= c;
      continue;
    }
    if (m.subject) return c;
    fallback ??= c;
  }
  return fallback;
}

/** The mention at `at` stands inside a quotation of the sentence of `pos` or the one before, and `pos` outside any. */
const quotedNear = (sc: Scope, at: number, pos: number): boolean => sc.quoted(at) && !sc.quoted(pos) && sc.sentence(at) >= sc.sentence(pos) - 1;

/**
 * The one person named in the sentence before `pos`, as its subject ("Nikita Orlov told reporters ... He
 * said"), when its gender agrees or is only a first name's guess; null when that sentence names several,
 * or when the mention's own sentence names that person too ("... The judge agreed with Ivo Hale": someone else).
 */
function previousSubject(sc: Scope, pos: number, link: Link, gender: 'm' | 'f' | null): Chain | null {
  const s = sc.sentence(pos) - 1;
  const found = new Set<Chain>();
  const own = new Set<Chain>();
  for (let k = lastStartingBefore(sc.named, pos) + 1; k < sc.named.length && sc.named[k]!.sentence === s + 1; k++) if (sc.named[k]!.chain) own.add(sc.named[k]!.chain!);
  let subject = false;
  for (let k = lastStartingBefore(sc.named, pos); k >= 0 && sc.named[k]!.sentence >= s; k--) {
    const m = sc.named[k]!;
    if (m.sentence !== s || !m.chain || !link.types?.has(m.chain.type)) continue;
    found.add(m.chain);
    subject ||= m.subject;
  }
  const [c] = found;
  return found.size === 1 && subject && !own.has(c!) && (c!.gender === null || c!.guessed || c!.gender === gender) ? c! : null;
}

/** Two people named side by side and joined by "and" (or a comma) before `pos`, within reach: the first one's chain. */
function nearestPair(sc: Scope, pos: number): Chain | null {
  const ms = sc.named;
  for (let k = lastStartingBefore(ms, pos), n = 0; k > 0 && n < MAX_BACK && pos - ms[k]!.start <= REACH; k--, n++) {
    const [a, b] = [ms[k - 1]!, ms[k]!];
    if (a.chain?.type === b.chain?.type && a.chain !== b.chain && a.sentence === b.sentence && PAIR_GAP.test(sc.text.slice(a.end, b.start))) return a.chain;
  }
  return null;
}

/** The words between two participants named side by side: " and ", ", and ", " & ", " and the ". */
export const PAIR_GAP = /^(?:\s*,)?\s+(?:and|&)\s+(?:the\s+)?$/u;

/**
 * The chain of the actor that passes `test` named last before `pos`, within reach, past the names of the
 * description's own sentence that are no subject: "Corvel Labs rejected the claims. In a post on its
 * Harbor Chat account, the company said" is Corvel Labs, not the platform named in the fronted phrase; such a
 * name is taken only when no other stands before.
 */
function latestNamed(sc: Scope, pos: number, test: (a: Actor) => boolean, reach = REACH): Chain | null {
  const own = sc.sentence(pos);
  let skipped: Chain | null = null;
  for (let k = lastStartingBefore(sc.named, pos); k >= 0 && pos - sc.named[k]!.start <= reach; k--) {
    const m = sc.named[k]!;
    if (!m.chain?.actor || !test(m.chain.actor)) continue;
    if (m.sentence !== own || (m.subject && !m.object)) return m.chain;
    skipped ??= m.chain;
  }
  return skipped; // "... bought Harbor Cells, the two companies disclosed": the content's own names when none stands before
}

/** "the ministry" among two ministries -> the one that passes `test` mentioned most often before `pos` (the first named on a tie: the story's own body). */
function mainNamed(actors: readonly Actor[], pos: number, test: (a: Actor) => boolean): string | null {
  let best: string | null = null;
  let most = 0;
  let first = Infinity;
  for (const a of actors) {
    if (!test(a)) continue;
    const before = a.mentions.filter((m) => m.start < pos);
    const at = before[0]?.start ?? Infinity;
    if (before.length > most || (before.length === most && before.length > 0 && at < first)) [best, most, first] = [a.name, before.length, at];
  }
  return best;
}
