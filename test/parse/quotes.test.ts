import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { QUOTE_MARKS } from '../../src/parse/quote-marks.js';
import { PAIR_CASES } from '../extract/quotes/quotes.cases.js';

/** The one quotation scanner: doc.quotes, read by the sentence splitter and every stage. */
describe('quote pairing corpus (doc.quotes)', () => {
  for (const c of PAIR_CASES) {
    it(c.id, () => {
      const doc = parse(c.text);
      expect(doc.quotes.map((q) => c.text.slice(q.start, q.end))).toEqual(c.quotes);
    });
  }
});

describe('every quotation mark pairs', () => {
  const cases: [string, string, string][] = [
    ['guillemets', '\u00ab', '\u00bb'],
    ['single guillemets', '\u2039', '\u203a'],
    ['low double', '\u201e', '\u201c'],
    ['low double, curly close', '\u201e', '\u201d'],
    ['low single', '\u201a', '\u2019'],
    ['curly double', '\u201c', '\u201d'],
    ['straight double', '"', '"'],
    ['backticks', '``', "''"],
  ];
  for (const [name, open, close] of cases) {
    it(name, () => {
      const text = `Mara Voss said: ${open}We won. We will win again,${close} on Monday.`;
      const doc = parse(text);
      expect(doc.quotes.map((q) => text.slice(q.start, q.end))).toEqual(['We won. We will win again,']);
    });
  }
});

describe('quote marks table', () => {
  it('every row has an id and an example', () => {
    for (const r of QUOTE_MARKS) {
      expect(r.id).toMatch(/^[a-z]+\.[a-z-]+$/u);
      expect(r.example.length).toBeGreaterThan(5);
    }
  });
});
