import { describe, expect, it } from 'vitest';
import { extractActors } from '../../../src/extract/actors/index.js';
import { parse } from '../../../src/parse/index.js';
import type { Actor } from '../../../src/schema/doc.js';
import type { ActorCase } from './actors.cases.js';
import { EVIDENCE_RECALL_CASES, EXTENT_CASES, MERGE_CASES } from './recall.cases.js';

const run = (text: string): Actor[] => extractActors({ doc: parse(text), referenceDate: '2024-03-01' });
const forms = (a: Actor): string[] => [a.name, ...a.aliases].map((s) => s.toLowerCase());

function check(c: ActorCase): void {
  const actors = run(c.text);
  for (const e of c.expect) {
    const a = actors.find((x) => x.name === e.name);
    expect(a, `${c.id}: ${e.name} in ${actors.map((x) => x.name).join(', ')}`).toBeDefined();
    expect(a!.type, c.id).toBe(e.type);
    for (const alias of e.aliases ?? []) expect(forms(a!), `${c.id}: alias ${alias}`).toContain(alias.toLowerCase());
  }
  for (const s of c.absent ?? []) expect(actors.flatMap(forms), `${c.id}: ${s} must not be an actor`).not.toContain(s.toLowerCase());
  if (c.count !== undefined) expect(actors.map((a) => a.name), c.id).toHaveLength(c.count);
}

const TABLES: Array<[string, ActorCase[]]> = [['name extent', EXTENT_CASES], ['merging', MERGE_CASES], ['evidence', EVIDENCE_RECALL_CASES]];

for (const [family, cases] of TABLES) {
  describe(`actor recall: ${family}`, () => {
    for (const c of cases) it(c.id, () => check(c));
  });
}
