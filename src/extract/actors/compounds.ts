/** "the Doe-Roe meeting": a hyphenated compound whose parts each name a known actor is split into them. */
import { makeCandidate } from './candidate.js';
import { addMember, MultiMap, removeGroups, type Group } from './group.js';
import type { Word } from './types.js';

export function splitCompounds(text: string, words: readonly Word[], groups: Group[]): void {
  const owners = new MultiMap();
  for (const g of groups) {
    for (const m of g.members) owners.add(m.text, g);
    if (g.type === 'person' && g.core.length > 0) {
      owners.add(g.core[0]!, g);
      owners.add(g.core.at(-1)!, g);
    }
  }
  const emptied = new Set<Group>();
  for (const g of groups) {
    if (g.key) continue;
    const keep = g.members.filter((m) => {
      if (m.text.includes(' ') || m.to - m.from < 2 || !words.slice(m.from + 1, m.to).every((w) => w.hyphen)) return true;
      const targets = words.slice(m.from, m.to).map((w) => owners.get(w.text).filter((x) => x !== g));
      if (targets.some((t) => t.length !== 1)) return true;
      targets.forEach((t, x) => {
        const k = m.from + x;
        const o = t[0]!;
        addMember(o, makeCandidate(text, words, k, k + 1, o.type, 'actors.compound', { key: o.key, canonical: o.canonical, person: o.type === 'person' }));
      });
      return false;
    });
    if (keep.length < g.members.length) g.members = keep;
    if (keep.length === 0) emptied.add(g);
  }
  removeGroups(groups, emptied);
}
