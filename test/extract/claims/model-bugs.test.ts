import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/pipeline.js';

const REF = '2025-01-01';

/** Two bugs of the parallel models (issue 13), fixed by the one document model. */
describe('one document model', () => {
  it('a source whose name starts with a non-ASCII capital gives a claim', () => {
    const doc = analyze('\u00c9mile Zola, the ministry spokesman, said the plan had failed.', { referenceDate: REF });
    expect(doc.claims.map((c) => [c.text, c.source])).toEqual([['\u00c9mile Zola, the ministry spokesman, said the plan had failed.', '\u00c9mile Zola']]);
  });
  it('a quotation in guillemets is not cut at its inner full stop', () => {
    const text = 'Mara Voss said: \u00abWe won. We will win again,\u00bb on Monday.';
    const doc = analyze(text, { referenceDate: REF });
    expect(doc.sentences).toHaveLength(1);
    expect(doc.claims.map((c) => [c.text, c.source])).toEqual([[text, 'Mara Voss']]);
    expect(doc.quotes.map((q) => [q.text, q.speaker])).toEqual([['We won. We will win again,', 'Mara Voss']]);
  });
  for (const [open, close] of [['\u00ab', '\u00bb'], ['\u2039', '\u203a'], ['\u201e', '\u201c'], ['\u201c', '\u201d']]) {
    it(`every stage knows the marks ${open} ${close}: an inverted "${open}...,${close} said X" has its speaker`, () => {
      const doc = analyze(`${open}We won,${close} said Mara Voss, the mayor.`, { referenceDate: REF });
      expect(doc.quotes.map((q) => [q.text, q.speaker])).toEqual([['We won,', 'Mara Voss']]);
      expect(doc.claims.map((c) => c.source)).toEqual(['Mara Voss']);
    });
  }
});
