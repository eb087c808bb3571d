import { describe, expect, it } from 'vitest';
import { extractActors } from '../../../src/extract/actors/index.js';
import { parse } from '../../../src/parse/index.js';
import type { Actor } from '../../../src/schema/doc.js';
import type { ActorCase } from './actors.cases.js';
import { DESIGNATION_CASES, EDITION_WORK_CASES, FACILITY_CASES, FOREIGN_PRODUCT_CASES, WORK_STREET_CASES } from './precision.cases.js';

const run = (text: string): Actor[] => extractActors({ doc: parse(text), referenceDate: '2024-03-01' });
const forms = (a: Actor): string[] => [a.name, ...a.aliases].map((s) => s.toLowerCase());

function check(c: ActorCase): void {
  const actors = run(c.text);
  for (const e of c.expect) {
    const a = actors.find((x) => x.name === e.name);
    expect(a, `${c.id}: ${e.name} in ${actors.map((x) => x.name).join(', ')}`).toBeDefined();
    expect(a!.type, c.id).toBe(e.type);
  }
  for (const s of c.absent ?? []) expect(actors.flatMap(forms), `${c.id}: ${s} must not be an actor`).not.toContain(s.toLowerCase());
  if (c.count !== undefined) expect(actors.map((a) => a.name), c.id).toHaveLength(c.count);
}

const TABLES: Array<[string, ActorCase[]]> = [
  ['editions, films with their year, events alone', EDITION_WORK_CASES],
  ['religious schools, historic adjectives, ships, designations', DESIGNATION_CASES],
  ['military bases and facilities are places', FACILITY_CASES],
  ['foreign phrases, products after called', FOREIGN_PRODUCT_CASES],
  ['works in appositives and after their maker, licences, streets named head first', WORK_STREET_CASES],
];

for (const [family, cases] of TABLES) {
  describe(`actor precision: ${family}`, () => {
    for (const c of cases) it(c.id, () => check(c));
  });
}
