/**
 * The named chains: one per actor (its mentions), and one per person the name tags found that no actor
 * stands for ("Henrike Vos" said once, never listed). A person name that an actor has as its name or an
 * alias joins that actor's chain.
 */
import type { Actor } from '../../schema/doc.js';
import { lastStartingBefore, type ParsedDoc } from '../../parse/types.js';
import type { People } from './people.js';
import { PRONOUNS } from '../../rules/attribution/sources.js';
import type { Chain, ChainMention } from './types.js';

export interface Named {
  chains: Chain[];
  byName: Map<string, Chain>;
  /** every named mention, in text order */
  named: ChainMention[];
  canonical(name: string): string;
  actorName(form: string): string | undefined;
}

/** A clause subject (the clause layer): its head's offset and the phrase's offsets. */
export interface Subject {
  head: number;
  start: number;
  end: number;
}

export const fold = (s: string): string => s.toLowerCase().replace(/[\u2018\u2019]/gu, "'").replace(/^the\s+/u, '').trim();

export function namedChains(doc: ParsedDoc, people: People, actors: readonly Actor[], subjects: ReadonlyMap<number, readonly Subject[]>): Named {
  const byForm = new Map<string, string>();
  for (const a of actors) for (const f of [a.name, ...a.aliases]) if (!byForm.has(fold(f))) byForm.set(fold(f), a.name);
  const actorName = (form: string): string | undefined => byForm.get(fold(form));
  const canonical = (name: string): string => actorName(name) ?? name;
  const chains: Chain[] = [];
  const byName = new Map<string, Chain>();
  const chainFor = (name: string, make: () => Chain): Chain => {
    let c = byName.get(name);
    if (!c) {
      c = make();
      byName.set(name, c);
      chains.push(c);
    }
    return c;
  };
  const named: ChainMention[] = [];
  for (const a of actors) {
    const c = chainFor(a.name, () => ({ name: a.name, type: a.type, gender: a.type === 'person' ? people.gender.get(a.name) ?? null : null, guessed: !people.stated.has(a.name), actor: a, mentions: [] }));
    for (const m of a.mentions) named.push(mention(c, m.start, m.end, doc.text.slice(m.start, m.end), m.sentence, m.rule));
  }
  named.sort((x, y) => x.start - y.start);
  const byActor = new Set(named.map((m) => m.start));
  const bodies = named.filter((m) => m.type !== 'person');
  const extra: ChainMention[] = [];
  for (const p of people.mentions) {
    if (PRONOUNS.has(p.name.toLowerCase())) continue; // "He", "I" are never names
    if (overlapsAny(bodies, p.start, p.start + 1)) continue; // "General Court": no person inside a body's name
    const name = actorName(doc.text.slice(p.start, p.end)) ?? canonical(p.name); // an actor's alias ("Trump") before the surname's expansion
    const c = chainFor(name, () => ({ name, type: 'person', gender: people.gender.get(p.name) ?? null, guessed: !people.stated.has(p.name), actor: null, mentions: [] }));
    if (c.type === 'person' && c.gender === null) [c.gender, c.guessed] = [people.gender.get(p.name) ?? null, !people.stated.has(p.name)];
    if (byActor.has(p.start) || overlapsAny(named, p.start, p.end)) continue;
    extra.push(mention(c, p.start, p.end, doc.text.slice(p.start, p.end), p.sentence, 'chains.name.tagged'));
  }
  const all = [...named, ...extra].sort((x, y) => x.start - y.start);
  markSubjects(all, subjects);
  return { chains, byName, named: all, canonical, actorName };
}

function mention(c: Chain, start: number, end: number, text: string, sentence: number, rule: string): ChainMention {
  const m: ChainMention = { start, end, text, sentence, kind: 'name', type: c.type, gender: c.gender, number: 'sg', subject: false, chain: c, rule };
  c.mentions.push(m);
  return m;
}

/**
 * Subjects: a name holding the head of a clause's subject (the clause layer); in a sentence where the
 * clause layer finds none among the names, the first person name and the first other name.
 */
function markSubjects(ms: ChainMention[], subjects: ReadonlyMap<number, readonly Subject[]>): void {
  const bySentence = new Map<number, ChainMention[]>();
  for (const m of ms) {
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  for (const [s, list] of bySentence) {
    const hs = subjects.get(s) ?? [];
    const heads = list.filter((m) => hs.some(({ head }) => head >= m.start && head < m.end));
    const seen = new Set<string>(); // the first person and the first other name
    for (const m of list) {
      const kind = m.type === 'person' ? 'person' : 'other';
      m.subject = heads.length > 0 ? heads.includes(m) : !seen.has(kind);
      m.object = hs.length > 0 && !hs.some((h) => m.start >= h.start && m.end <= h.end); // "Oz's advice earned him ...": a possessor in the subject is none
      seen.add(kind);
    }
  }
}

/** Does [start, end) overlap a mention of the sorted list? */
function overlapsAny(ms: readonly ChainMention[], start: number, end: number): boolean {
  const lo = lastStartingBefore(ms, end) + 1;
  for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) if (ms[k]!.end > start) return true;
  return false;
}
