import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { highlight } from '../../src/format/highlight.js';
import { SAMPLE_TEXT, sampleDoc } from './sample-doc.js';

const plain = { color: false, chalk: new Chalk({ level: 0 }), inputs: 1 };
const colored = { color: true, chalk: new Chalk({ level: 1 }), inputs: 1 };
const ANSI = /\u001b\[[0-9;]*m/g;

describe('highlight format', () => {
  it('without colors: bracket marks and a legend (snapshot)', () => {
    const out = highlight.document(sampleDoc(), SAMPLE_TEXT, plain, 0);
    expect(out).not.toMatch(ANSI);
    expect(out).toContain('[June 30|deadline]');
    expect(out).toContain('[Mara Quell|person] [said|cue]');
    expect(out).toContain('{the ferry levy "[will be cut by [June 30|deadline],|quote]"|claim}');
    expect(out).toMatchSnapshot();
  });

  it('with colors: ANSI styles, the article text intact once styles are stripped (snapshot)', () => {
    const out = highlight.document(sampleDoc(), SAMPLE_TEXT, colored, 0);
    expect(out).toMatch(ANSI);
    expect(out.replace(ANSI, '')).toContain(SAMPLE_TEXT);
    expect(out).toMatchSnapshot();
  });

  it('terminal control characters in the article cannot reach the terminal', () => {
    const text = 'Evil \u001b]0;pwned\u0007 title and \u009b31m colors.\r\nNext line.';
    const doc = { ...sampleDoc(), actors: [], dates: [], deadlines: [], quotes: [], claims: [] };
    for (const ctx of [plain, colored]) {
      const out = highlight.document(doc, text, ctx, 0).replace(ANSI, '');
      expect(out).not.toMatch(/[\u0007\u009b]|\u001b(?!\[)/);
      expect(out).toContain('Evil \uFFFD]0;pwned\uFFFD title');
      expect(out).toContain('colors.\r\nNext line.');
    }
  });

  it('says when there is nothing to mark', () => {
    const doc = { ...sampleDoc(), actors: [], dates: [], deadlines: [], quotes: [], claims: [] };
    expect(highlight.document(doc, 'Nothing here.', plain, 0)).toBe('sample.txt\nnothing found to mark\n\nNothing here.\n');
  });
});
