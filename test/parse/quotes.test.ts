import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { CLOSING_MARK_CHARS, DOUBLE_CLOSING_CHARS, DOUBLE_OPENING_CHARS, OPENING_MARK_CHARS, QUOTE_MARKS, QUOTE_MARK_CHARS } from '../../src/parse/quote-marks.js';
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

describe('mark classes derived from the table', () => {
  it('name every one-character mark once, by role', () => {
    expect([...QUOTE_MARK_CHARS].sort()).toEqual(QUOTE_MARKS.filter((m) => m.mark.length === 1).map((m) => m.mark).sort());
    for (const c of '\u00ab\u201e\u201c"') expect(DOUBLE_OPENING_CHARS).toContain(c);
    for (const c of '\u00bb\u201d"') expect(DOUBLE_CLOSING_CHARS).toContain(c);
    expect(OPENING_MARK_CHARS).not.toContain('\u2019'); // the apostrophe-like closing mark never opens
    expect(CLOSING_MARK_CHARS).not.toContain('\u00ab');
  });
});
