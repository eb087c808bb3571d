/**
 * compromise's bulk matcher (`methods.one.bulkMatch`, which its post-tagger runs over every clause)
 * with the same result, found faster. compromise 14 picks the candidate patterns of a clause by
 * walking all ~730 keys of its pattern index for every clause and concatenating arrays as it goes
 * (src/1-one/sweep/methods/sweep/01-getHooks.js), a fifth of its tagging time. Here the clause's
 * own cached words and tags are looked up in the index instead, and the index order is restored by
 * sorting the few keys found, so the list of patterns tried, and their order, is compromise's
 * (the tags are nlp()'s: test/parse/tagging.test.ts). Adapted from compromise 14.17 (MIT).
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

/** Each net's keys in compromise's order (Object.keys: integer-like keys first), with their patterns. */
const INDEXES = new WeakMap<Net, { order: Map<string, number>; lists: Hook[][] }>();

function indexOf(net: Net) {
  let ix = INDEXES.get(net);
  if (!ix) {
    const keys = Object.keys(net.hooks);
    ix = { order: new Map(keys.map((k, i) => [k, i])), lists: keys.map((k) => net.hooks[k]!) };
    INDEXES.set(net, ix);
  }
  return ix;
}

/** compromise's trimDown and tooSmall tests for one pattern on a clause with cache `haves` and `words` terms. */
function fits(m: Hook, haves: Set<string>, words: number): boolean {
  if (!m.needs.every((need) => haves.has(need))) return false;
  if (m.ifNo !== undefined && m.ifNo.some((no) => haves.has(no))) return false;
  if (m.wants.length > 0 && m.wants.filter((w) => haves.has(w)).length < m.minWant) return false;
  return words >= m.minWords;
}

/** The patterns to try on one clause, in compromise's order (getHooks, trimDown, always, tooSmall). */
function candidates(net: Net, haves: Set<string>, words: number): Hook[] {
  const { order, lists } = indexOf(net);
  const found: number[] = [];
  for (const item of haves) {
    const k = order.get(item);
    if (k !== undefined) found.push(k);
  }
  found.sort((a, b) => a - b);
  const seen = new Set<string>();
  const out: Hook[] = [];
  for (const k of found) {
    for (const m of lists[k]!) {
      if (seen.has(m.match)) continue; // the first pattern of a match string wins, as in getHooks
      seen.add(m.match);
      if (fits(m, haves, words)) out.push(m);
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
