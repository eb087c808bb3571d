import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../src/format/index.js';
import { documentArb } from './arbitraries.js';
import { checkText, evidenceErrors } from './properties.js';

/** Property-based: 600 generated documents on every test run (npm run fuzz runs 100,000). */
describe('fuzz: generated news-like documents', () => {
  it('no internal error, evidence slices back, output proportional, every format renders', () => {
    // short documents, each rendered in one format (npm run fuzz renders every format of larger ones)
    const arb = fc.tuple(documentArb(2, 3, 0.1), fc.constantFrom(...Object.keys(FORMATS)));
    fc.assert(fc.property(arb, ([text, format]) => checkText(text, [format])), { numRuns: 600, seed: 14 });
  });
  it('the evidence check can fail', () => {
    expect(evidenceErrors('abc', { text: 'b', start: 0, end: 1 })).toHaveLength(1);
    expect(evidenceErrors('abc', { items: [{ text: 'b', start: 1, end: 2 }] })).toEqual([]);
  });
});
