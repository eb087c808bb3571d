import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { pieces } from '../../src/parse/tokens.js';
import { MAX_SENTENCE_CHARS } from '../../src/parse/long-sentences.js';

/** Overlong sentences (text without sentence punctuation) are tagged in pieces, so tagging stays linear. */
describe('pieces', () => {
  const CASES: { id: string; text: string; max: number; want: string[] }[] = [
    { id: 'short span: one piece', text: 'Mara Voss spoke', max: 40, want: ['Mara Voss spoke'] },
    { id: 'cuts after a comma in the second half', text: 'the harbour board met, then the council voted', max: 30, want: ['the harbour board met,', ' then the council voted'] },
    { id: 'no clause break: cuts at the last space', text: 'alpha beta gamma delta epsilon zeta', max: 20, want: ['alpha beta gamma', ' delta epsilon zeta'] },
    { id: 'no space at all: hard cut', text: 'abcdefghijkl', max: 5, want: ['abcde', 'fghij', 'kl'] },
    { id: 'never splits a surrogate pair', text: 'abcd\u{1F600}efgh', max: 5, want: ['abcd', '\u{1F600}efg', 'h'] },
  ];
  for (const c of CASES) {
    it(c.id, () => {
      const got = pieces(c.text, { start: 0, end: c.text.length }, c.max).map((p) => c.text.slice(p.start, p.end));
      expect(got).toEqual(c.want);
      expect(got.join('')).toBe(c.text);
    });
  }
});

describe('tokenize: a sentence far longer than a chunk', () => {
  const clause = 'Governor Lina Ostrova told the harbour board on Monday that the new ferry would sail in May, ';
  const text = clause.repeat(200).trim(); // about 19,000 characters, no sentence end
  const doc = parse(text);

  it('is cut into sentences of at most MAX_SENTENCE_CHARS for every stage, every token inside its own', () => {
    expect(doc.sentences.length).toBeGreaterThanOrEqual(Math.ceil(text.length / MAX_SENTENCE_CHARS));
    for (const s of doc.sentences) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toMatch(/^\S.*\S$/su); // trimmed
    }
    expect(doc.sentences[0]!.text).toMatch(/May,$/u); // cut after a clause break
    expect(doc.tokens.length).toBeGreaterThan(200 * 15);
    for (const t of doc.tokens) {
      const s = doc.sentences[t.sentence]!;
      expect(t.start >= s.start && t.end <= s.end).toBe(true);
      expect(text.slice(t.start, t.end)).toBe(t.text);
    }
  });

  it('tokens are in text order and do not overlap', () => {
    for (let i = 1; i < doc.tokens.length; i++) expect(doc.tokens[i]!.start).toBeGreaterThanOrEqual(doc.tokens[i - 1]!.end);
  });

  it('names are still tagged in the later pieces', () => {
    const last = doc.tokens.filter((t) => t.text === 'Ostrova').at(-1)!;
    expect(last.start).toBeGreaterThan(15000);
    expect(last.tags.has('Person') || last.tags.has('ProperNoun')).toBe(true);
  });
});
