/**
 * The user lexicon of the running `analyze` call. `analyze(text, {lexicon})` puts it in the
 * extraction context (`ctx.lexicon`) and, for the few look-ups that run below the context (the actor
 * lexicon trie, the reporting-verb table), makes it the active one for the duration of the call:
 * analysis is synchronous, so no other document can run meanwhile on this thread (worker threads each
 * have their own). Compiled forms are cached per lexicon object.
 */
import type { UserLexicon } from '../../schema/lexicon.js';

let active: UserLexicon | null = null;

/** Run `fn` with `lexicon` active (none: the built-in lexicons alone). */
export function withLexicon<T>(lexicon: UserLexicon | null | undefined, fn: () => T): T {
  const before = active;
  active = lexicon ?? null;
  try {
    return fn();
  } finally {
    active = before;
  }
}

export function activeLexicon(): UserLexicon | null {
  return active;
}

/** A compiled form of the active lexicon, built once per lexicon object. */
export function compiled<T>(cache: WeakMap<UserLexicon, T>, build: (lex: UserLexicon) => T): T | null {
  if (!active) return null;
  let c = cache.get(active);
  if (c === undefined) cache.set(active, (c = build(active)));
  return c;
}
