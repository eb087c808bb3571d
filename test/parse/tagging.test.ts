import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { tag } from '../../src/parse/tokens.js';

/**
 * The parse tags with compromise's hooks less the phrase chunker, and with a faster bulk matcher
 * (src/parse/sweep.ts): the tags must be exactly nlp(text)'s, in the same order.
 */
describe('tagging without the chunker', () => {
  const text =
    "The city council's budget chief, Maria Okafor, said on Tuesday that the plan would cost $4.2 million. " +
    "\u201cWe can't wait,\u201d she told reporters in Lagos. Officials didn't respond; the U.N.-backed panel meets again next March.";
  const terms = (view: { document: { text: string; normal?: string; tags: Set<string> }[][] }) =>
    view.document.map((s) => s.map((t) => `${t.text}|${t.normal}|${[...t.tags].join(',')}`));
  const full = nlp(text) as unknown as { document: { text: string; normal?: string; tags: Set<string>; chunk?: string }[][] };
  const ours = tag(text);

  it('gives every term the tags and normal form of nlp(text)', () => {
    expect(terms(ours)).toEqual(terms(full));
    expect(terms(ours).flat().length).toBeGreaterThan(30);
  });
  it('skips the chunker, which gives every term of nlp(text) a chunk', () => {
    expect(full.document.flat().every((t) => t.chunk)).toBe(true);
    expect((ours.document.flat() as { chunk?: string }[]).every((t) => t.chunk)).toBe(false);
  });
  it('leaves compromise itself unchanged: nlp() still chunks and keeps its own bulk matcher', () => {
    expect(nlp.hooks()).toContain('chunks');
    const one = (nlp.methods() as { one: { bulkMatch: unknown } }).one;
    const own = one.bulkMatch;
    tag('She said so.');
    expect(one.bulkMatch).toBe(own);
  });
  it('tags as nlp(text) does on clauses that need many of its patterns (contractions, switches, numbers)', () => {
    const hard =
      "Couldn't they've gone? The 3rd-ranked team's coach, who'd said it'd rain, walks; walks are free. " +
      'Ms. Lee, 45, of N.Y., will present Monday at 9:30 a.m., per the judge\'s order, no later than May 1.';
    expect(terms(tag(hard))).toEqual(terms(nlp(hard) as never));
  });
});
