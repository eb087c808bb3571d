/** Turn merged groups into schema Actors: canonical name, aliases, role, mentions in text order. */
import type { Actor, Mention } from '../../schema/doc.js';
import type { Group } from './cluster.js';
import type { Candidate, Word } from './types.js';
import { ROLE_ARTICLE } from './wordsets.js';

export function toActors(words: readonly Word[], groups: readonly Group[]): Actor[] {
  const actors: Actor[] = [];
  const sorted = groups
    .map((g) => ({ g, ms: dedupe(g.members) }))
    .filter((x) => x.ms.length > 0)
    .sort((a, b) => a.ms[0]!.start - b.ms[0]!.start);
  for (const { g, ms } of sorted) {
    const name = canonicalName(g, ms);
    const aliases = aliasList(name, g, ms);
    const mentions: Mention[] = ms.map((m) => ({ text: m.text, start: m.start, end: m.end, sentence: words[m.from]!.sentence, rule: m.rule }));
    const first = mentions[0]!;
    actors.push({
      id: `a${actors.length + 1}`, name, type: typeOf(g, ms), role: roleOf(ms), aliases, mentions,
      start: first.start, end: first.end, sentence: first.sentence, rule: first.rule,
    });
  }
  return actors;
}

function dedupe(ms: readonly Candidate[]): Candidate[] {
  const seen = new Set<number>();
  return [...ms].sort((a, b) => a.start - b.start).filter((m) => !seen.has(m.start) && seen.add(m.start));
}

const plain = (s: string): string => s.toLowerCase().replace(/^the\s+/u, '');

/** A name's words without articles: "Democratic Republic of the Congo" and "Democratic Republic of Congo" are one. */
const withoutArticles = (s: string): string => s.toLowerCase().split(' ').filter((w) => !ROLE_ARTICLE.has(w)).join(' ');

/** The country's name as the text writes it, where it differs from the lexicon's only by an article ("Democratic Republic of Congo"). */
function writtenCountry(canonical: string, ms: readonly Candidate[]): string {
  const m = ms.find((x) => withoutArticles(x.text) === withoutArticles(canonical) && plain(x.text) !== plain(canonical));
  if (!m) return canonical;
  const ws = m.text.split(' ');
  return ROLE_ARTICLE.has(ws[0]!.toLowerCase()) ? ws.slice(1).join(' ') : m.text;
}

function canonicalName(g: Group, ms: readonly Candidate[]): string {
  if (g.key?.startsWith('country:') && g.canonical) return writtenCountry(g.canonical, ms);
  if (ms.every((m) => m.basis === 'seat') && g.canonical) return g.canonical;
  if (g.canonical && ms.some((m) => plain(m.text) === plain(g.canonical!))) return g.canonical;
  const names = ms.filter((m) => m.basis !== 'role-noun');
  let best = names[0] ?? ms[0]!;
  for (const m of names) {
    const longer = m.to - m.from > best.to - best.from || (m.to - m.from === best.to - best.from && m.text.length > best.text.length);
    if (longer) best = m;
  }
  return best.text;
}

function aliasList(name: string, g: Group, ms: readonly Candidate[]): string[] {
  const out: string[] = [];
  const seen = new Set([plain(name)]);
  const push = (s: string | null): void => {
    if (s && !seen.has(plain(s))) {
      seen.add(plain(s));
      out.push(s);
    }
  };
  for (const m of ms) push(m.text);
  for (const m of ms) push(m.titled);
  push(g.canonical);
  for (const s of g.longer ?? []) push(s);
  return out;
}

function roleOf(ms: readonly Candidate[]): string | null {
  return ms.find((m) => m.titled && m.role)?.role ?? ms.find((m) => m.role)?.role ?? null;
}

/** Lexicon and person groups keep their type; others take the type most of their sure mentions have. */
function typeOf(g: Group, ms: readonly Candidate[]): Actor['type'] {
  if (g.key || g.core.length > 0) return g.type;
  const votes = new Map<Actor['type'], number>();
  for (const m of ms) votes.set(m.type, (votes.get(m.type) ?? 0) + (m.sure ? 1 : 0.1));
  let best = g.type;
  for (const [t, v] of votes) if (v > (votes.get(best) ?? 0)) best = t;
  return best;
}
