/**
 * A user lexicon's `nonActors`: strings never to be actors. An actor whose name or any alias is one of
 * them (case and a leading "the" aside) is dropped before quotes and claims look for speakers and
 * sources; the drop is recorded in the trace under the row's id (so `--explain` lists it in `dropped`).
 */
import type { Actor } from '../../schema/doc.js';
import { NO_TRACE } from '../../engine/trace.js';
import type { ExtractContext } from '../context.js';

const key = (s: string): string => s.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();

export function dropNonActors(actors: Actor[], ctx: ExtractContext): Actor[] {
  const rows = ctx.lexicon?.nonActors ?? [];
  if (rows.length === 0) return actors;
  const never = new Map(rows.map((r) => [key(r.value), r.id]));
  return actors.filter((a) => {
    const rule = [a.name, ...a.aliases].map((n) => never.get(key(n))).find(Boolean);
    if (rule) (ctx.trace ?? NO_TRACE).add({ rule, stage: 'actors', verdict: 'reject', start: a.start, end: a.end, kind: 'actor', text: a.name });
    return !rule;
  });
}
