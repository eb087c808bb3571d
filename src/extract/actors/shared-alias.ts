/**
 * Shared short forms of outlets ("the Times": The New York Times, The Times of London; "the Journal"): the
 * lexicon marks them (EntityRow.shared, src/rules/actors/outlets.ts), and here each one joins the outlet the
 * article names by its own name, the nearest such mention before it, else the first after it (row
 * actors.outlet.shared-alias); in an article that names none of them it is an outlet of its own under the
 * name as written (row actors.outlet.shared-alias-alone). Linear in the candidates (a handful of outlets share one).
 */
import type { Trace } from '../../engine/trace.js';
import type { ParsedDoc } from '../../parse/types.js';
import { OUTLETS } from '../../rules/actors/outlets.js';
import type { Candidate } from './types.js';

/** Each shared short form, lower case, and the keys of the outlets that share it. */
const OWNERS: ReadonlyMap<string, readonly string[]> = OUTLETS.reduce((m, r) => {
  for (const a of r.shared ?? []) m.set(a.toLowerCase(), [...(m.get(a.toLowerCase()) ?? []), `${r.type}:${r.id}`]);
  return m;
}, new Map<string, string[]>());

const NAMES: ReadonlyMap<string, string> = new Map(OUTLETS.map((r) => [`${r.type}:${r.id}`, r.name]));

export function sharedAliases(doc: ParsedDoc, cands: readonly Candidate[], trace: Trace): Candidate[] {
  const named = cands.filter((c) => !c.shared && c.key !== null);
  return cands.map((c) => (c.shared ? owned(doc, c, named, trace) : c));
}

function owned(doc: ParsedDoc, c: Candidate, named: readonly Candidate[], trace: Trace): Candidate {
  const keys = OWNERS.get(c.text.toLowerCase()) ?? [];
  const mine = named.filter((n) => keys.includes(n.key!));
  const owner = mine.filter((n) => n.from < c.from).at(-1) ?? mine[0];
  const rule = owner ? 'actors.outlet.shared-alias' : 'actors.outlet.shared-alias-alone';
  trace.add({ rule, stage: 'actors', verdict: 'accept', start: c.start, end: c.end, kind: 'actor', text: doc.text.slice(c.start, c.end) });
  return { ...c, shared: undefined, key: owner?.key ?? null, canonical: owner ? NAMES.get(owner.key!)! : null, rule: owner?.rule ?? rule };
}
