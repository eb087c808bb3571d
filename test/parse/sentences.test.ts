import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { splitParagraphs } from '../../src/parse/paragraphs.js';
import { splitSentences } from '../../src/parse/sentences.js';
import { PARAGRAPH_CASES, SPLIT_CASES } from './sentences.cases.js';

describe('sentence splitting corpus', () => {
  for (const c of SPLIT_CASES) {
    it(c.id, () => {
      const spans = splitSentences(c.text, { start: 0, end: c.text.length });
      expect(spans.map((s) => c.text.slice(s.start, s.end))).toEqual(c.sentences);
    });
  }
});

describe('paragraph splitting corpus', () => {
  for (const c of PARAGRAPH_CASES) {
    it(c.id, () => {
      expect(splitParagraphs(c.text).map((s) => c.text.slice(s.start, s.end))).toEqual(c.paragraphs);
    });
  }
});

describe('parse', () => {
  const text = '\uFEFFHeadline Here\r\n\r\nTreasury Secretary Ana Ruiz said on Sunday that talks went well. “We are close,” she added.\n';
  const doc = parse(text);
  it('gives offsets into the original text for paragraphs, sentences and tokens', () => {
    for (const p of doc.paragraphs) expect(text.slice(p.start, p.end).trim()).toBe(text.slice(p.start, p.end));
    for (const s of doc.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  it('links sentences to paragraphs and tokens to sentences', () => {
    expect(doc.paragraphs).toHaveLength(2);
    expect(doc.sentences.map((s) => s.paragraph)).toEqual([0, 1, 1]);
    for (const s of doc.sentences) {
      for (let i = s.firstToken; i < s.endToken; i++) expect(doc.tokens[i]!.sentence).toBe(s.index);
    }
    expect(doc.tokens.find((t) => t.text === 'Ruiz')?.tags.has('Person')).toBe(true);
  });
  it('stays linear: a long text of many paragraphs parses', () => {
    const big = 'The vote failed on Monday. Officials said more talks would follow.\n'.repeat(2000);
    const d = parse(big);
    expect(d.sentences).toHaveLength(4000);
  });
});
