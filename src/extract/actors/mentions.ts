/**
 * Complete the mentions: every later occurrence of a form already known for an actor (a bare surname,
 * a sentence-initial or headline use), and role nouns standing for a name ("the secretary" when one
 * secretary is in play). Forms claimed by two actors are left alone.
 */
import type { Group } from './cluster.js';
import { TITLES } from '../../rules/actors/titles.js';
import { makeCandidate } from './candidate.js';
import { isRelative } from './choose.js';
import { fold, surname } from './names.js';
import type { Candidate, Word } from './types.js';
import { CORPORATE_SUFFIX, DEFINITE_ARTICLE, OF_TAIL_LINK, ROLE_QUALIFIER } from './wordsets.js';

const TITLE_WORDS = new Set(TITLES.filter((t) => !t.title.includes(' ')).map((t) => t.title));

interface Form {
  /** the form as written ("Brook-Ellis"), and how many words it spans */
  str: string;
  len: number;
  group: Group;
}

const wordCount = (s: string): number => s.split(/[\s-]+/).filter(Boolean).length;

export function repeatMentions(text: string, words: readonly Word[], used: Uint8Array, groups: readonly Group[]): void {
  const byFirst = formsByFirstWord(groups);
  for (let i = 0; i < words.length; i++) {
    if (used[i] || words[i]!.title) continue;
    let best: Form | null = null;
    for (const f of byFirst.get(fold(words[i]!.text)) ?? []) {
      if ((!best || f.len > best.len) && fitsAt(text, words, used, i, f)) best = f;
    }
    if (!best) continue;
    const to = i + best.len;
    best.group.members.push({ ...mention(text, words, i, to, best.group, 'actors.repeat'), basis: 'repeat' });
    used.fill(2, i, to);
    i = to - 1;
  }
}

function formsByFirstWord(groups: readonly Group[]): Map<string, Form[]> {
  const owners = new Map<string, Set<Group>>();
  const add = (str: string, g: Group): void => {
    if (!owners.has(str)) owners.set(str, new Set());
    owners.get(str)!.add(g);
  };
  for (const g of groups) {
    for (const m of g.members) add(m.text, g);
    for (const m of g.members) if (g.type === 'organization' && !g.key) add(withoutSuffix(m.text), g);
    if (g.type === 'person' && g.core.length > 1 && !isRelative(g)) add(surname(g.core), g);
  }
  const out = new Map<string, Form[]>();
  for (const [str, gs] of owners) {
    if (gs.size !== 1) continue;
    const first = fold(str.split(/[\s-]+/)[0]!);
    const list = out.get(first) ?? [];
    list.push({ str, len: wordCount(str), group: [...gs][0]! });
    out.set(first, list);
  }
  return out;
}

/** "Quorvex Corp." -> "Quorvex": a company name without its legal suffix. */
function withoutSuffix(name: string): string {
  const m = /^(.+?)\s+(\S+)$/u.exec(name);
  return m && CORPORATE_SUFFIX.has(m[2]!.toLowerCase()) ? m[1]! : name;
}

function fitsAt(text: string, words: readonly Word[], used: Uint8Array, i: number, f: Form): boolean {
  const last = words[i + f.len - 1];
  if (!last || last.sentence !== words[i]!.sentence || fold(text.slice(words[i]!.start, last.end)) !== fold(f.str)) return false;
  for (let k = i; k < i + f.len; k++) if (used[k] || words[k]!.title || (k < i + f.len - 1 && words[k]!.poss)) return false;
  const next = words[i + f.len];
  return !next || !next.hyphen || !next.cap;
}

function mention(text: string, words: readonly Word[], a: number, b: number, g: Group, rule: string): Candidate {
  return makeCandidate(text, words, a, b, g.type, rule, { key: g.key, canonical: g.canonical, person: g.type === 'person' });
}

/** "the secretary" for the one person whose role ends in "Secretary", after that person's first mention. */
export function roleNouns(text: string, words: readonly Word[], used: Uint8Array, groups: readonly Group[]): void {
  const heads = new Map<string, Group[]>();
  for (const g of groups) {
    const role = g.members.find((m) => m.role)?.role;
    if (g.type !== 'person' || !role || role.toLowerCase().split(/[^a-z0-9_]+/u).some((x) => ROLE_QUALIFIER.has(x))) continue;
    const head = role.toLowerCase().split(/\s+/).reverse().find((x) => TITLE_WORDS.has(x));
    if (!head) continue;
    heads.set(head, [...(heads.get(head) ?? []), g]);
  }
  for (let i = 0; i + 1 < words.length; i++) {
    const the = words[i]!;
    const noun = words[i + 1]!;
    const gs = heads.get(noun.lower);
    if (!DEFINITE_ARTICLE.has(the.lower) || !gs || gs.length !== 1 || used[i + 1] || noun.sentence !== the.sentence) continue;
    const next = words[i + 2];
    if (!noun.poss && next && next.sentence === noun.sentence && (next.cap || OF_TAIL_LINK.has(next.lower))) continue;
    const g = gs[0]!;
    if (!g.members.some((m) => m.start < the.start)) continue;
    g.members.push({ ...mention(text, words, i, i + 2, g, 'actors.role-noun'), basis: 'role-noun' });
    used.fill(2, i, i + 2);
  }
}
