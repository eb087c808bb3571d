import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { tag } from '../../src/parse/tokens.js';

/** The parse tags with compromise's hooks less the phrase chunker: the tags must be exactly nlp(text)'s. */
describe('tagging without the chunker', () => {
  const text =
    "The city council's budget chief, Maria Okafor, said on Tuesday that the plan would cost $4.2 million. " +
    "\u201cWe can't wait,\u201d she told reporters in Lagos. Officials didn't respond; the U.N.-backed panel meets again next March.";
  const terms = (view: { document: { text: string; normal?: string; tags: Set<string> }[][] }) =>
    view.document.map((s) => s.map((t) => `${t.text}|${t.normal}|${[...t.tags].sort().join(',')}`));
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
  it('leaves compromise itself unchanged: nlp() still chunks', () => {
    expect(nlp.hooks()).toContain('chunks');
  });
});
