/**
 * Short forms of organizations: a company first named in full ("Quorvex Data Systems", "Brindle
 * Social") and elsewhere by its first word(s) ("Quorvex", "Brindle") is one actor. A short form
 * joins the one organization whose name starts with it; when two share the prefix, it stays apart,
 * and so does a short form with an identity of its own (a place, a tagged name, a typed mention).
 */
import { addMember, type Group, MultiMap } from './group.js';
import { fold } from './names.js';
import type { Word } from './types.js';
import { hasTag } from './wordsets.js';

/** Tags that give a word an identity of its own (a place, a known firm, a person): never a short form. */
const OWN_TAGS = ['Place', 'Country', 'City', 'Region', 'Organization', 'Person', 'FirstName', 'LastName'];

const plain = (s: string): string => fold(s).toLowerCase().replace(/^the\s+/u, '');

export function mergeShortForms(words: readonly Word[], groups: Group[]): void {
  const byPrefix = new MultiMap();
  for (const g of groups) {
    if (!isOrg(g)) continue;
    for (const m of g.members) {
      const ws = plain(m.text).split(/\s+/u);
      for (let n = 1; n < ws.length && n <= 2; n++) byPrefix.add(ws.slice(0, n).join(' '), g);
    }
  }
  const merged = new Set<Group>();
  for (const g of groups) {
    if (!isOrg(g) || !bareName(words, g)) continue;
    const forms = new Set(g.members.map((m) => plain(m.text)));
    if (forms.size !== 1) continue;
    const owners = byPrefix.get([...forms][0]!).filter((x) => x !== g && !merged.has(x));
    if (owners.length !== 1) continue;
    for (const m of g.members) addMember(owners[0]!, m);
    merged.add(g);
  }
  if (merged.size > 0) groups.splice(0, groups.length, ...groups.filter((g) => !merged.has(g)));
}

/** An organization no lexicon knows and no person name built. */
const isOrg = (g: Group): boolean => g.type === 'organization' && !g.key && g.core.length === 0;

/** A name with no evidence of its own: typed only by default, and no word tagged as a place or name. */
function bareName(words: readonly Word[], g: Group): boolean {
  return g.members.every((m) => !m.sure && !words.slice(m.from, m.to).some((w) => hasTag(w, OWN_TAGS)));
}
