/**
 * compromise's bulk matcher (`methods.one.bulkMatch`, which its post-tagger runs over every clause)
 * with the same result, found faster. compromise 14 picks the candidate patterns of a clause by
 * walking all ~730 keys of its pattern index for every clause and concatenating arrays as it goes
 * (src/1-one/sweep/methods/sweep/01-getHooks.js), a fifth of its tagging time. Here the clause's
 * own cached words and tags are looked up in the index instead, and the index order is restored by
 * sorting the few keys found, so the list of patterns tried, and their order, is compromise's
 * (the tags are nlp()'s: test/parse/tagging.test.ts); a pattern already seen for the clause is known
 * by a stamp per match string, and the tests of its needs and wants allocate nothing. Adapted from
 * compromise 14.17 (MIT).
 */

/** One pattern of compromise's post-tagger net (the fields read here). */
interface Hook {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}

interface Net {
  hooks: Record<string, Hook[]>;
  always: Hook[];
}

interface Methods {
  one: {
    cacheDoc(document: unknown[][]): Set<string>[];
    match(document: unknown[][], m: Hook): { ptrs: number[][] };
  };
}

/** A net indexed: its keys in compromise's order (Object.keys: integer-like keys first), their patterns, each pattern's match-string id. */
interface Index {
  order: Map<string, number>;
  lists: Hook[][];
  ids: Int32Array[];
  /** per match-string id, the last clause that saw it (a pattern of an already seen match string is skipped) */
  stamp: Uint32Array;
  clause: number;
}

const INDEXES = new WeakMap<Net, Index>();

function indexOf(net: Net): Index {
  let ix = INDEXES.get(net);
  if (!ix) {
    const keys = Object.keys(net.hooks);
    const strings = new Map<string, number>();
    const idOf = (m: Hook) => strings.get(m.match) ?? strings.set(m.match, strings.size).get(m.match)!;
    const lists = keys.map((k) => net.hooks[k]!);
    const ids = lists.map((list) => Int32Array.from(list, idOf));
    ix = { order: new Map(keys.map((k, i) => [k, i])), lists, ids, stamp: new Uint32Array(strings.size), clause: 0 };
    INDEXES.set(net, ix);
  }
  return ix;
}

/** compromise's trimDown and tooSmall tests for one pattern on a clause with cache `haves` and `words` terms (pure tests: any order). */
function fits(m: Hook, haves: Set<string>, words: number): boolean {
  if (words < m.minWords) return false;
  const { needs, ifNo, wants } = m;
  for (let i = 0; i < needs.length; i++) if (!haves.has(needs[i]!)) return false;
  if (ifNo !== undefined) for (let i = 0; i < ifNo.length; i++) if (haves.has(ifNo[i]!)) return false;
  if (wants.length === 0) return true;
  let found = 0;
  for (let i = 0; i < wants.length; i++) if (haves.has(wants[i]!)) found++;
  return found >= m.minWant;
}

/** The patterns to try on one clause, in compromise's order (getHooks, trimDown, always, tooSmall). */
function candidates(net: Net, haves: Set<string>, words: number): Hook[] {
  const ix = indexOf(net);
  const found: number[] = [];
  for (const item of haves) {
    const k = ix.order.get(item);
    if (k !== undefined) found.push(k);
  }
  found.sort((a, b) => a - b);
  if (ix.clause === 0xffffffff) {
    ix.stamp.fill(0); // stamps are 32-bit: start over before they wrap
    ix.clause = 0;
  }
  const clause = ++ix.clause; // stamps start at 0: clause numbers from 1
  const out: Hook[] = [];
  for (const k of found) {
    const list = ix.lists[k]!;
    const ids = ix.ids[k]!;
    for (let i = 0; i < list.length; i++) {
      const id = ids[i]!;
      if (ix.stamp[id] === clause) continue; // the first pattern of a match string wins, as in getHooks
      ix.stamp[id] = clause;
      if (fits(list[i]!, haves, words)) out.push(list[i]!);
    }
  }
  for (const m of net.always) if (words >= m.minWords) out.push(m);
  return out;
}

/** Drop-in for compromise's `methods.one.bulkMatch(document, net, methods, opts)` (runMatch unchanged). */
export function bulkMatch(document: unknown[][], net: Net, methods: Methods, opts: { matchOne?: boolean } = {}): unknown[] {
  const cache = methods.one.cacheDoc(document);
  const results: unknown[] = [];
  for (let n = 0; n < document.length; n++) {
    for (const m of candidates(net, cache[n]!, document[n]!.length)) {
      const res = methods.one.match([document[n]!], m);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        const todo: Record<string, unknown> = { ...m, pointer: ptr };
        if (m.unTag !== undefined) todo.unTag = m.unTag;
        results.push(todo);
      }
      if (opts.matchOne === true) return [results[0]];
    }
  }
  return results;
}
