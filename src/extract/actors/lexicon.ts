/**
 * The actor lexicons compiled into one word trie: countries (names, capitals, "the X government"),
 * outlets, government bodies, and titles. Longest match wins; capitalized lexicon words must match
 * exactly, lower-case ones in any case. A leading "the" is optional for names of two words or more.
 */
import type { ActorType } from '../../schema/doc.js';
import { BODIES } from '../../rules/actors/bodies.js';
import { COUNTRIES } from '../../rules/actors/countries.js';
import { OUTLETS } from '../../rules/actors/outlets.js';
import { SEATS } from '../../rules/actors/seats.js';
import { HONORIFICS, TITLES } from '../../rules/actors/titles.js';
import { DEFINITE_ARTICLES } from '../../rules/actors/function-words.js';
import { GOVERNMENT_LINKS, GOVERNMENT_NOUNS, PLURAL_SUFFIXES } from '../../rules/actors/words.js';
import type { Word } from './types.js';
import type { UserLexicon } from '../../schema/lexicon.js';
import { compiled } from '../lexicon/scope.js';
import { POSSESSIVE_S_END } from '../../parse/quote-marks.js';

export type EntryKind = 'name' | 'capital' | 'government' | 'demonym' | 'title' | 'honorific';

export interface Entry {
  kind: EntryKind;
  key: string;
  canonical: string;
  type: ActorType;
  rule: string;
  gender: 'male' | 'female' | null;
  /** a seat standing for an actor ("Brussels" for the European Union), not a country's capital */
  seat?: true;
  words: string[];
  /** which words are written with a possessive ending ("Lloyd's List"): only such words may continue past one */
  poss: boolean[];
  /** a short form other outlets share ("the Times"): src/extract/actors/shared-alias.ts decides whose it is */
  shared?: true;
}

interface Node {
  next: Map<string, Node>;
  entries: Entry[];
}

export interface Match {
  len: number;
  entry: Entry;
}

const node = (): Node => ({ next: new Map(), entries: [] });

export function phraseWords(phrase: string): string[] {
  return phrase
    .split(/[\s,-]+/)
    .filter(Boolean)
    .map((w) => (w.length > 2 ? w.replace(POSSESSIVE_S_END, '') : w));
}

/** A lexicon phrase's leading article, dropped so "the Harlow Trust" and "Harlow Trust" are one entry. */
const LEXICON_ARTICLES: ReadonlySet<string> = new Set(DEFINITE_ARTICLES.map((r) => r.word));

function add(root: Node, phrase: string, e: Omit<Entry, 'words' | 'poss'>): void {
  let ws = phraseWords(phrase);
  let poss = phrase.split(/[\s,-]+/).filter(Boolean).map((w) => w.length > 2 && POSSESSIVE_S_END.test(w));
  if (ws.length > 2 && LEXICON_ARTICLES.has(ws[0]!.toLowerCase())) [ws, poss] = [ws.slice(1), poss.slice(1)];
  let n = root;
  for (const w of ws) {
    const k = w.toLowerCase();
    let nx = n.next.get(k);
    if (!nx) n.next.set(k, (nx = node()));
    n = nx;
  }
  n.entries.push({ ...e, words: ws, poss });
}

function build(): Node {
  const root = node();
  for (const c of COUNTRIES) {
    const base = { key: `country:${c.id}`, canonical: c.name, type: 'country' as const, gender: null };
    for (const n of [c.name, ...c.aliases]) add(root, n, { ...base, kind: 'name', rule: `actors.country.${c.id}` });
    for (const n of c.capitals) add(root, n, { ...base, kind: 'capital', rule: `actors.capital.${c.id}` });
    for (const d of c.demonyms) {
      add(root, d, { ...base, kind: 'demonym', rule: `actors.demonym.${c.id}` });
      for (const { word: suffix } of PLURAL_SUFFIXES) if (!d.endsWith(suffix)) add(root, `${d}${suffix}`, { ...base, kind: 'demonym', rule: `actors.demonym.${c.id}` });
    }
    for (const d of c.demonyms)
      for (const g of GOVERNMENT_NOUNS) add(root, `${d} ${g.word}`, { ...base, kind: 'government', rule: `actors.government.${c.id}` });
    // "the government of Kenya", "the authorities of the Netherlands": the government named after its noun
    for (const n of [c.name, ...c.aliases].filter((a) => a.length > 3 && /^\p{Lu}\p{Ll}/u.test(a)))
      for (const g of GOVERNMENT_NOUNS) for (const { word: of } of GOVERNMENT_LINKS) add(root, `${g.word} ${of} ${n}`, { ...base, kind: 'government', rule: `actors.government.${c.id}` });
  }
  for (const r of [...OUTLETS, ...BODIES]) {
    const base = { key: `${r.type}:${r.id}`, canonical: r.name, type: r.type, gender: null, kind: 'name' as const };
    for (const n of [r.name, ...r.aliases]) add(root, n, { ...base, rule: `actors.${r.type === 'media' ? 'outlet' : 'body'}.${r.id}` });
    for (const n of r.shared ?? []) add(root, n, { ...base, rule: `actors.outlet.${r.id}`, shared: true });
  }
  for (const s of SEATS) {
    const target = targetOf(s.key);
    if (target) add(root, s.seat, { kind: 'capital', key: s.key, canonical: target.name, type: target.type, rule: `actors.seat.${s.id}`, gender: null, seat: true });
  }
  for (const t of HONORIFICS) add(root, t.title, { kind: 'honorific', key: '', canonical: '', type: 'person', rule: t.id, gender: t.gender ?? null });
  for (const t of TITLES) {
    const e = { kind: 'title' as const, key: '', canonical: '', type: 'person' as const, rule: t.id, gender: t.gender ?? null };
    add(root, t.title, e);
    // "the Prime Ministers of X and Y", "one of its Vice Presidents, Jane Doe": a title, not a name (the row's plural)
    if (t.plural) add(root, t.plural, e);
  }
  return root;
}

/** The lexicon row a key names ("organization:eu" -> European Union). */
function targetOf(key: string): { name: string; type: ActorType } | undefined {
  const [type, id] = key.split(':');
  if (type === 'country') return COUNTRIES.filter((c) => c.id === id).map((c) => ({ name: c.name, type: 'country' as const }))[0];
  return [...OUTLETS, ...BODIES].find((r) => r.type === type && r.id === id);
}

const ROOT = build();

/** A user lexicon's rows as a trie of the same entries: actors, outlets (media) and titles, each with its row id. */
function buildUser(lex: UserLexicon): Node {
  const root = node();
  lex.actors.forEach(({ id, value: a }) => {
    for (const n of [a.name, ...a.aliases]) add(root, n, { kind: 'name', key: `user:${a.type}:${a.name}`, canonical: a.name, type: a.type, rule: id, gender: null });
  });
  for (const { id, value } of lex.outlets) add(root, value, { kind: 'name', key: `user:media:${value}`, canonical: value, type: 'media', rule: id, gender: null });
  for (const { id, value } of lex.titles) add(root, value, { kind: 'title', key: '', canonical: '', type: 'person', rule: id, gender: null });
  return root;
}
const USER_ROOTS = new WeakMap<UserLexicon, Node>();

function fits(pattern: string, w: Word): boolean {
  if (pattern === pattern.toLowerCase() || pattern === 'The') return true;
  return pattern === w.text || pattern === w.text.replace(/\.$/, '');
}

/** Longest lexicon match starting at word i (within its sentence), optionally of given kinds. */
export function matchAt(words: readonly Word[], i: number, kinds?: readonly EntryKind[]): Match | null {
  const builtIn = longerAfterShared(words, i, kinds, matchIn(ROOT, words, i, kinds));
  const userRoot = compiled(USER_ROOTS, buildUser); // the running analyze call's user lexicon, if any
  const user = userRoot ? matchIn(userRoot, words, i, kinds) : null;
  return user && (!builtIn || user.len >= builtIn.len) ? user : builtIn;
}

function matchIn(root: Node, words: readonly Word[], i: number, kinds?: readonly EntryKind[]): Match | null {
  let n: Node | undefined = root;
  let best: Match | null = null;
  for (let j = i; j < words.length && words[j]!.sentence === words[i]!.sentence; j++) {
    const w = words[j]!;
    n = n.next.get(w.lower) ?? (w.lower.endsWith('.') ? n.next.get(w.lower.slice(0, -1)) : undefined);
    if (!n) break;
    for (const e of n.entries) {
      if (kinds && !kinds.includes(e.kind)) continue;
      if (!e.words.every((p, k) => fits(p, words[i + k]!) && possFits(e, k, words[i + k]!))) continue;
      if (!best || best.len < j - i + 1 || best.entry.kind === 'demonym') best = { len: j - i + 1, entry: e };
    }
  }
  return best;
}

/** "The Times of London": a shared short form ("the Times") yields its "The" to the longer name that starts right after it. */
function longerAfterShared(words: readonly Word[], i: number, kinds: readonly EntryKind[] | undefined, m: Match | null): Match | null {
  const after = m?.entry.shared ? matchIn(ROOT, words, i + 1, kinds) : null;
  return after && after.len >= m!.len ? { len: after.len + 1, entry: after.entry } : m;
}

/** A possessive word continues a name only where the name has one; a name written with one needs it ("Barron's"). */
function possFits(e: Entry, k: number, w: Word): boolean {
  if (e.poss[k]) return w.poss;
  return !w.poss || k === e.words.length - 1;
}
