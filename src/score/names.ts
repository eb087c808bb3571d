/** Acceptable names for a gold speaker or source: the names given plus the aliases of those actors. */
import type { GoldActor, GoldNames } from './gold-schema.js';
import { normalizeName } from './normalize.js';

export class AliasTable {
  private readonly byName = new Map<string, Set<string>>();
  private readonly byAlias = new Map<string, Set<string>>();

  constructor(actors: readonly GoldActor[]) {
    for (const a of actors) {
      const forms = new Set([a.name, ...a.aliases].map(normalizeName));
      addTo(this.byName, normalizeName(a.name), forms);
      for (const alias of a.aliases) addTo(this.byAlias, normalizeName(alias), forms);
    }
  }

  /**
   * Normalized acceptable names, or null when gold gives none (null or an empty list).
   * A name expands to its actor's forms; a name that is no actor's canonical name expands through
   * the aliases ("Trump" -> every form of the actor that has that alias).
   */
  acceptable(names: GoldNames): Set<string> | null {
    const list = names === null ? [] : Array.isArray(names) ? names : [names];
    if (list.length === 0) return null;
    const out = new Set<string>();
    for (const n of list) {
      const key = normalizeName(n);
      out.add(key);
      const forms = this.byName.get(key) ?? this.byAlias.get(key);
      for (const f of forms ?? []) out.add(f);
    }
    return out;
  }
}

function addTo(map: Map<string, Set<string>>, key: string, forms: Set<string>): void {
  const cur = map.get(key);
  if (cur) for (const f of forms) cur.add(f);
  else map.set(key, new Set(forms));
}

/** The gold names as one display string ("A | B"), or "null". */
export function showNames(names: GoldNames): string {
  return names === null ? 'null' : Array.isArray(names) ? names.join(' | ') : names;
}
