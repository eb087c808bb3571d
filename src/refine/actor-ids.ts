/**
 * Actor ids, the join keys between tables: every actor gets `a1`, `a2`, ... in output order (stable for
 * a given text and version); each quote's `speakerId` and each claim's `sourceId` / `viaId` name the actor
 * whose canonical name the speaker, source or outlet is. A name that is no listed actor (a described
 * group: "critics") gets null. One small post-pass, after every extractor, so ids never depend on how
 * an extractor builds its lists.
 */
import type { Actor, Claim, Quote } from '../schema/doc.js';

export interface Linked {
  actors: Actor[];
  quotes: Quote[];
  claims: Claim[];
}

export function linkActorIds(actors: readonly Actor[], quotes: readonly Quote[], claims: readonly Claim[]): Linked {
  const withIds = actors.map((a, i) => ({ ...a, id: `a${i + 1}` }));
  const idOf = nameIndex(withIds);
  return {
    actors: withIds,
    quotes: quotes.map((q) => ({ ...q, speakerId: idOf(q.speaker) })),
    claims: claims.map((c) => ({ ...c, sourceId: idOf(c.source), viaId: idOf(c.via) })),
  };
}

/** Canonical name -> id (the first actor of a name wins); else an alias that exactly one actor has. */
function nameIndex(actors: readonly Actor[]): (name: string | null) => string | null {
  const byName = new Map<string, string>();
  const byAlias = new Map<string, string | null>();
  for (const a of actors) if (!byName.has(a.name)) byName.set(a.name, a.id);
  for (const a of actors) for (const alias of a.aliases) byAlias.set(alias, byAlias.has(alias) && byAlias.get(alias) !== a.id ? null : a.id);
  return (name) => (name === null ? null : byName.get(name) ?? byAlias.get(name) ?? null);
}
