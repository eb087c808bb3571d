/**
 * Gender of a person actor, for pronoun resolution: a gendered honorific or title right before a
 * mention ("Mrs. Doe", "spokeswoman Jane Doe"), else compromise's first-name tags. Null when unknown.
 */
import type { ParsedDoc } from '../../parse/types.js';
import { HONORIFICS, TITLES } from '../../rules/actors/titles.js';
import type { Actor } from '../../schema/doc.js';

const GENDERED = [...HONORIFICS, ...TITLES].filter((r) => r.gender).sort((a, b) => b.title.length - a.title.length);

export function genderOf(actor: Actor, doc: ParsedDoc): 'male' | 'female' | null {
  if (actor.type !== 'person') return null;
  for (const m of actor.mentions) {
    const before = doc.text.slice(Math.max(0, m.start - 24), m.start).trimEnd().toLowerCase();
    for (const r of GENDERED) {
      if (before.endsWith(r.title) && !/[a-z]/.test(before[before.length - r.title.length - 1] ?? ' ')) return r.gender!;
    }
  }
  for (const m of actor.mentions) {
    if (!/\s/.test(m.text)) continue;
    const tok = tokenAt(doc, m.start);
    if (tok?.tags.has('FemaleName') && !tok.tags.has('MaleName')) return 'female';
    if (tok?.tags.has('MaleName') && !tok.tags.has('FemaleName')) return 'male';
  }
  return null;
}

function tokenAt(doc: ParsedDoc, start: number): ParsedDoc['tokens'][number] | null {
  let lo = 0;
  let hi = doc.tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = doc.tokens[mid]!;
    if (t.start === start) return t;
    if (t.start < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return null;
}
