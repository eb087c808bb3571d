/** One checker for the actor corpus tables (actors, classes, precision, recall .cases.ts). */
import { describe, expect, it } from 'vitest';
import { extractActors } from '../../../src/extract/actors/index.js';
import { parse } from '../../../src/parse/index.js';
import type { Actor } from '../../../src/schema/doc.js';
import type { ActorCase } from './actors.cases.js';

export const runActors = (text: string): Actor[] => extractActors({ doc: parse(text), referenceDate: '2024-03-01' });
const forms = (a: Actor): string[] => [a.name, ...a.aliases].map((s) => s.toLowerCase());

/** Expected actors with their type, aliases and role; absent strings; the count when given. */
export function checkActorCase(c: ActorCase): void {
  const actors = runActors(c.text);
  for (const e of c.expect) {
    const a = actors.find((x) => x.name === e.name);
    expect(a, `${c.id}: ${e.name} in ${actors.map((x) => x.name).join(', ')}`).toBeDefined();
    expect(a!.type, c.id).toBe(e.type);
    for (const alias of e.aliases ?? []) expect(forms(a!), `${c.id}: alias ${alias}`).toContain(alias.toLowerCase());
    if (e.role !== undefined) expect(a!.role ?? null, c.id).toBe(e.role);
  }
  for (const s of c.absent ?? []) expect(actors.flatMap(forms), `${c.id}: ${s} must not be an actor`).not.toContain(s.toLowerCase());
  if (c.count !== undefined) expect(actors.map((a) => a.name), c.id).toHaveLength(c.count);
}

/** A describe block per family, a test per case. */
export function describeActorTables(prefix: string, tables: Array<[string, ActorCase[]]>): void {
  for (const [family, cases] of tables) {
    describe(`${prefix}: ${family}`, () => {
      for (const c of cases) it(c.id, () => checkActorCase(c));
    });
  }
}
