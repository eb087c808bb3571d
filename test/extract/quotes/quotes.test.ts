import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/pipeline.js';
import { parse } from '../../../src/parse/index.js';
import { SCARE_CUES, TITLE_CUES } from '../../../src/rules/quotes/kinds.js';
import { KIND_CASES, SPEAKER_CASES } from './quotes.cases.js';

const REF = '2024-03-15';

describe('quote kinds corpus', () => {
  for (const c of KIND_CASES) {
    it(c.id, () => {
      const q = analyze(c.text, { referenceDate: REF }).quotes.find((x) => x.text === c.quote);
      expect(q?.kind).toBe(c.kind);
      if (c.kind !== 'statement') expect(q?.speaker).toBeNull();
    });
  }
});

describe('quote speakers corpus', () => {
  for (const c of SPEAKER_CASES) {
    it(c.id, () => {
      const q = analyze(c.text, { referenceDate: REF }).quotes.find((x) => x.text === c.quote);
      expect(q).toBeDefined();
      expect(q!.speaker).toBe(c.speaker);
      if (c.speaker !== null) expect(q!.kind).toBe('statement');
    });
  }
});

describe('quote evidence', () => {
  it('offsets span the words without the marks', () => {
    const text = 'Intro.\n\n\u201cWe won,\u201d said Ana Ruiz. She said the plan was \u2018done\u2019.';
    for (const q of analyze(text, { referenceDate: REF }).quotes) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      expect(q.text).not.toMatch(/^[\u201c\u2018"']|[\u201d\u2019"']$/u);
      expect(q.rule).toMatch(/^quote\./u);
    }
  });
  it('hostile inputs give valid spans and no crash', () => {
    for (const t of ['', '"', '""', "''''", '\u201c\u201d', 'said', 'He said.', '"a" "b" "c', "'' said ``", '\u2019\u2018\u2019 x \u2018']) {
      const out = analyze(t, { referenceDate: null });
      for (const q of out.quotes) expect(t.slice(q.start, q.end)).toBe(q.text);
      for (const c of out.claims) expect(t.slice(c.start, c.end)).toBe(c.text);
    }
    expect(analyze('"a" "b" "c', { referenceDate: null }).quotes.map((q) => q.text)).toEqual(['a', 'b']);
  });
  it('an unbalanced mark never swallows the rest of a long article', () => {
    const para = 'Ana Ruiz said the plan was fine and the vote would come soon. ';
    const text = `Voss said "the start.\n\n${para.repeat(200)}`;
    const quotes = analyze(text, { referenceDate: REF }).quotes;
    expect(quotes.every((q) => q.end - q.start < 200)).toBe(true);
  });
});

describe('quote rule tables', () => {
  it('every row has an id and an example', () => {
    for (const r of [...TITLE_CUES, ...SCARE_CUES]) {
      expect(r.id).toMatch(/^[a-z]+\.[a-z-]+$/u);
      expect(r.example.length).toBeGreaterThan(5);
    }
  });
});
