import type { ActorType } from '../schema/doc.js';
import type { DigestActor, LedgerActor } from '../schema/ledger.js';
import { conflicting, fuller, lastWord, nameKey, wordCount } from './names.js';
import { byTime } from './order.js';

interface Entry {
  id: string;
  name: string;
  names: Map<string, number>;
  aliases: Set<string>;
  types: Map<ActorType, number>;
  roles: Map<string, number>;
  mentions: number;
  articles: { article: string; arrival: number; articleDate: string | null; mentions: number; name: string }[];
}

export interface ArticleRef {
  id: string;
  arrival: number;
  date: string | null;
}

/**
 * Actors across articles under one canonical name. A new article's actor joins a known one when a
 * name or alias has the same key and no other known actor has it. A one-word key ("Ruiz") joins only
 * when one side knows nothing fuller, so "Ana Ruiz" and "Luis Ruiz" stay apart.
 */
export class ActorLedger {
  private entries: Entry[] = [];
  private keys = new Map<string, Set<number>>();
  private surnames = new Map<string, Set<number>>();

  /** Fold one article's actor in; returns its ledger id. */
  add(actor: DigestActor, article: ArticleRef): string {
    let i = this.find([actor.name, ...actor.aliases], actor.type);
    if (i < 0) i = this.create(actor.name);
    const e = this.entries[i]!;
    if (fuller(actor.name, e.name)) e.name = actor.name;
    e.names.set(actor.name, (e.names.get(actor.name) ?? 0) + 1);
    for (const a of actor.aliases) e.aliases.add(a);
    e.types.set(actor.type, (e.types.get(actor.type) ?? 0) + 1);
    if (actor.role) e.roles.set(actor.role, (e.roles.get(actor.role) ?? 0) + 1);
    e.mentions += actor.mentions;
    const last = e.articles.at(-1);
    if (last?.arrival === article.arrival) last.mentions += actor.mentions; // two actors of one article, one ledger actor
    else e.articles.push({ article: article.id, arrival: article.arrival, articleDate: article.date, mentions: actor.mentions, name: actor.name });
    for (const n of [actor.name, ...actor.aliases]) this.index(this.keys, nameKey(n), i);
    if (actor.type === 'person' && wordCount(nameKey(actor.name)) > 1) this.index(this.surnames, lastWord(nameKey(actor.name)), i);
    return e.id;
  }

  /** The ledger id of a name (a quote's speaker, a claim's source), or null when no actor has it. */
  resolve(name: string): string | null {
    const i = this.find([name], null);
    return i < 0 ? null : this.entries[i]!.id;
  }

  name(id: string): string {
    return this.entries[Number(id.slice(1)) - 1]?.name ?? id;
  }

  get size(): number {
    return this.entries.length;
  }

  private create(name: string): number {
    this.entries.push({ id: `L${this.entries.length + 1}`, name, names: new Map(), aliases: new Set(), types: new Map(), roles: new Map(), mentions: 0, articles: [] });
    return this.entries.length - 1;
  }

  private index(map: Map<string, Set<number>>, key: string, i: number): void {
    if (!key) return;
    const set = map.get(key) ?? new Set<number>();
    set.add(i);
    map.set(key, set);
  }

  /** The best known actor for these names: most keys in common, unambiguous keys only. */
  private find(names: string[], type: ActorType | null): number {
    const votes = new Map<number, number>();
    const ownWords = wordCount(nameKey(names[0] ?? ''));
    for (const n of names) {
      const key = nameKey(n);
      const one = unique(this.keys.get(key));
      if (one !== null && (wordCount(key) > 1 || ownWords <= 1 || this.isShort(one))) votes.set(one, (votes.get(one) ?? 0) + 2);
    }
    const own = nameKey(names[0] ?? '');
    if (ownWords === 1 && type !== 'country' && type !== 'place') {
      const s = unique(this.surnames.get(own));
      if (s !== null) votes.set(s, (votes.get(s) ?? 0) + 1);
    } else if (ownWords > 1 && (type === 'person' || type === null)) {
      const s = unique(this.keys.get(lastWord(own)));
      if (s !== null && this.isShort(s)) votes.set(s, (votes.get(s) ?? 0) + 1);
    }
    let best = -1;
    for (const [i, v] of votes) {
      if (conflicting(names[0] ?? '', this.entries[i]!.name)) continue;
      const bv = best < 0 ? -1 : votes.get(best)!;
      if (v > bv || (v === bv && this.entries[i]!.mentions > this.entries[best]!.mentions)) best = i;
    }
    return best;
  }

  /** True when everything known of this actor is a one-word name. */
  private isShort(i: number): boolean {
    return wordCount(nameKey(this.entries[i]!.name)) <= 1;
  }

  /** The merged actors, those in most articles first. */
  finish(): LedgerActor[] {
    return this.entries
      .map((e) => toLedgerActor(e))
      .sort((a, b) => b.articles.length - a.articles.length || b.mentions - a.mentions || a.name.localeCompare(b.name));
  }
}

function unique(set: Set<number> | undefined): number | null {
  if (!set || set.size !== 1) return null;
  return set.values().next().value ?? null;
}

function toLedgerActor(e: Entry): LedgerActor {
  const types = [...e.types].sort((a, b) => b[1] - a[1]);
  const aliases = new Set([...e.names.keys(), ...e.aliases]);
  aliases.delete(e.name);
  const articles = [...e.articles].sort((a, b) => byTime({ ...a, start: 0 }, { ...b, start: 0 }));
  return {
    id: e.id,
    name: e.name,
    type: types[0]![0],
    typeVotes: Object.fromEntries(types),
    roles: [...e.roles].sort((a, b) => b[1] - a[1]).map(([r]) => r),
    aliases: [...aliases].sort(),
    mentions: e.mentions,
    articles: articles.map((a) => ({ article: a.article, mentions: a.mentions, name: a.name })),
  };
}
