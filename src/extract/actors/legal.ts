/**
 * Legal forms: "Sofia Telecom Ltd." and "Sofia Telecom" (or "Acme, Inc." and "Acme") name one company,
 * in either order. The form without the suffix joins the one company that owns it, unless it is a
 * person named as such (a title, an honorific or a role).
 */
import { addMember, MultiMap, removeGroups, type Group } from './group.js';
import { fold } from './names.js';
import { LEGAL_SUFFIX } from './wordsets.js';

const plain = (s: string): string => fold(s).toLowerCase().replace(/^the\s+/u, '').replace(/\s+/gu, ' ');

/** "Sofia Telecom Ltd." -> "sofia telecom"; null when the name has no legal suffix. */
export function withoutLegalSuffix(name: string): string | null {
  const m = /^(.+?),?\s+(\S+)$/u.exec(plain(name));
  return m && LEGAL_SUFFIX.has(m[2]!) ? m[1]! : null;
}

export function mergeLegalForms(groups: Group[]): void {
  const owners = new MultiMap();
  for (const g of groups) {
    if (g.key || g.type !== 'organization') continue;
    for (const m of g.members) {
      const base = withoutLegalSuffix(m.text);
      if (base) owners.add(base, g);
    }
  }
  const merged = new Set<Group>();
  for (const g of groups) {
    if (g.key || merged.has(g) || !mergeable(g)) continue;
    const forms = new Set(g.members.map((m) => plain(m.text)));
    const targets = [...new Set([...forms].flatMap((f) => owners.get(f)))].filter((x) => x !== g && !merged.has(x));
    if (targets.length !== 1) continue;
    const t = targets[0]!;
    for (const m of g.members) addMember(t, { ...m, type: t.type, person: false });
    merged.add(g);
  }
  removeGroups(groups, merged);
}

/** An organization, or a person typed only by name tags (no title, honorific, role or gender cue). */
function mergeable(g: Group): boolean {
  if (g.type === 'organization') return true;
  return g.type === 'person' && g.members.every((m) => !m.titled && !m.role && !m.gender);
}
