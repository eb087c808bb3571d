import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/parse/index.js';
import { findPeople, mergeActors } from '../../../src/refine/chains/people.js';
import type { Actor } from '../../../src/schema/doc.js';

const actor = (name: string, type: Actor['type'], text: string, forms: string[]): Actor => {
  const mentions = forms.flatMap((f) => {
    const out: Array<{ start: number; end: number; text: string }> = [];
    for (let at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + 1)) out.push({ start: at, end: at + f.length, text: f });
    return out;
  });
  return { name, type, aliases: [], role: null, mentions } as unknown as Actor;
};

describe('people merged with the actor list', () => {
  const text = 'Commissioner Ilka Marn fined Kestrel Social. Marn spoke. Kestrel Social said no.';
  const doc = parse(text);
  const people = findPeople(doc);
  mergeActors(doc, people, [actor('Ilka Marn', 'person', text, ['Ilka Marn', 'Marn']), actor('Kestrel Social', 'organization', text, ['Kestrel Social'])]);
  it('a person actor adds its mentions in text order', () => {
    const marn = people.mentions.filter((m) => m.name === 'Ilka Marn').map((m) => m.start);
    expect(marn).toContain(text.indexOf('Marn spoke'));
    expect(people.mentions.map((m) => m.start)).toEqual([...people.mentions.map((m) => m.start)].sort((a, b) => a - b));
  });
  it('a mention inside an organization is no person', () => {
    expect(people.mentions.some((m) => m.start >= text.indexOf('Kestrel') && m.start < text.indexOf('Kestrel') + 14)).toBe(false);
    expect(people.mentions.some((m) => m.start >= text.lastIndexOf('Kestrel') && m.start < text.lastIndexOf('Kestrel') + 14)).toBe(false);
  });
});
