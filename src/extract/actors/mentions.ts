/**
 * Complete the mentions: every later occurrence of a form already known for an actor (a bare surname,
 * a sentence-initial or headline use), and role nouns standing for a name ("the secretary" when one
 * secretary is in play). Forms claimed by two actors are left alone.
 */
import type { Group } from './cluster.js';
import type { Candidate, Word } from './types.js';

interface Form {
  texts: string[];
  group: Group;
}

export function repeatMentions(text: string, words: readonly Word[], used: Uint8Array, groups: readonly Group[]): void {
  const byFirst = formsByFirstWord(words, groups);
  for (let i = 0; i < words.length; i++) {
    if (used[i] || words[i]!.title) continue;
    let best: Form | null = null;
    for (const f of byFirst.get(words[i]!.text) ?? []) {
      if ((!best || f.texts.length > best.texts.length) && fitsAt(words, used, i, f.texts)) best = f;
    }
    if (!best) continue;
    const to = i + best.texts.length;
    best.group.members.push(mention(text, words, i, to, best.group, 'actors.repeat'));
    used.fill(2, i, to);
    i = to - 1;
  }
}

function formsByFirstWord(words: readonly Word[], groups: readonly Group[]): Map<string, Form[]> {
  const owners = new Map<string, Set<Group>>();
  const add = (texts: string[], g: Group): void => {
    const k = texts.join(' ');
    if (!owners.has(k)) owners.set(k, new Set());
    owners.get(k)!.add(g);
  };
  for (const g of groups) {
    for (const m of g.members) add(words.slice(m.from, m.to).map((w) => w.text), g);
    if (g.type === 'person' && g.core.length > 1) add([g.core.at(-1)!], g);
  }
  const out = new Map<string, Form[]>();
  for (const [k, gs] of owners) {
    if (gs.size !== 1) continue;
    const texts = k.split(' ');
    const list = out.get(texts[0]!) ?? [];
    list.push({ texts, group: [...gs][0]! });
    out.set(texts[0]!, list);
  }
  return out;
}

function fitsAt(words: readonly Word[], used: Uint8Array, i: number, texts: string[]): boolean {
  return texts.every((t, k) => {
    const w = words[i + k];
    return !!w && !used[i + k] && !w.title && w.text === t && w.sentence === words[i]!.sentence && (k === texts.length - 1 || !w.poss);
  });
}

function mention(text: string, words: readonly Word[], a: number, b: number, g: Group, rule: string): Candidate {
  return {
    from: a, to: b, start: words[a]!.start, end: words[b - 1]!.end, text: text.slice(words[a]!.start, words[b - 1]!.end),
    type: g.type, rule, key: g.key, canonical: g.canonical, role: null, person: g.type === 'person', gender: null, sure: true, titled: null,
  };
}

/** "the secretary" for the one person whose role ends in "Secretary", after that person's first mention. */
export function roleNouns(text: string, words: readonly Word[], used: Uint8Array, groups: readonly Group[]): void {
  const heads = new Map<string, Group[]>();
  for (const g of groups) {
    const role = g.members.find((m) => m.role)?.role;
    if (g.type !== 'person' || !role) continue;
    const head = role.split(/\s+/).at(-1)!.toLowerCase();
    heads.set(head, [...(heads.get(head) ?? []), g]);
  }
  for (let i = 0; i + 1 < words.length; i++) {
    const the = words[i]!;
    const noun = words[i + 1]!;
    const gs = heads.get(noun.lower);
    if (the.lower !== 'the' || !gs || gs.length !== 1 || used[i + 1] || noun.sentence !== the.sentence) continue;
    const next = words[i + 2];
    if (!noun.poss && next && next.sentence === noun.sentence && (next.cap || next.lower === 'of')) continue;
    const g = gs[0]!;
    if (!g.members.some((m) => m.start < the.start)) continue;
    g.members.push(mention(text, words, i, i + 2, g, 'actors.role-noun'));
    used.fill(2, i, i + 2);
  }
}
