import { describe, expect, it } from 'vitest';
import { NAME_LINK_WORDS } from '../../../src/rules/actors/name-links.js';
import { runActors } from './check.js';

const names = (text: string): string[] => runActors(text).flatMap((a) => [a.name, ...a.aliases]);

describe('rows actors.name-link (src/rules/actors/name-links.ts): the small words a name goes on through', () => {
  for (const row of NAME_LINK_WORDS) {
    it(`${row.id}: the example yields the whole name`, () => expect(names(row.example)).toContain(row.name));
    it(`${row.id}: the counter keeps the run apart`, () => expect(names(row.counter)).not.toContain(row.apart));
  }
  it('the rows\' words are distinct (one row per word)', () => {
    expect(new Set(NAME_LINK_WORDS.map((r) => r.word)).size).toBe(NAME_LINK_WORDS.length);
  });
});
