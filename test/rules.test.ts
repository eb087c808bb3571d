/**
 * The generic rows test: every registered row fires on its example and not on its counter-example.
 * "Fires" means its id is recorded in the document's trace, or names (part of) an output item's rule.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';
import { Trace } from '../src/engine/trace.js';
import { RULE_TABLES } from '../src/rules/registry.js';
import type { ClaimsDoc } from '../src/schema/doc.js';

/** Every rule id a run recorded: trace events, items' `rule` (and its `:`/`+` parts), quote speaker rules. */
export function firedRules(text: string, referenceDate: string | null = '2025-06-15'): Set<string> {
  const trace = new Trace(true);
  const doc: ClaimsDoc = analyze(text, { referenceDate, trace });
  const ids = new Set(trace.rules());
  const items = [...doc.actors, ...doc.dates, ...doc.deadlines, ...doc.quotes, ...doc.claims] as Array<{ rule?: string; speakerRule?: string | null }>;
  for (const it of items) {
    for (const r of [it.rule, it.speakerRule]) {
      if (!r) continue;
      ids.add(r);
      for (const part of r.split(/[:+]/u)) ids.add(part);
    }
  }
  return ids;
}

describe('every registered row: its example fires it, its counter-example does not', () => {
  const ids = new Set<string>();
  for (const t of RULE_TABLES) {
    describe(t.name, () => {
      for (const row of t.rows) {
        it(row.id, () => {
          expect(ids.has(`${t.name}/${row.id}`), `duplicate id ${row.id} in ${t.name}`).toBe(false);
          ids.add(`${t.name}/${row.id}`);
          expect([...firedRules(row.example, t.referenceDate)], `example: ${row.example}`).toContain(row.id);
          if (row.counter !== undefined) expect([...firedRules(row.counter, t.referenceDate)], `counter: ${row.counter}`).not.toContain(row.id);
        });
      }
    });
  }
});
