import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { markdown, md } from '../../src/format/markdown.js';
import { SAMPLE_TEXT, sampleDoc } from './sample-doc.js';

const ctx = (inputs: number) => ({ color: false, chalk: new Chalk({ level: 0 }), inputs });

const ESCAPES: { id: string; input: string; want: string }[] = [
  { id: 'pipe would split a table cell', input: 'a | b', want: 'a \\| b' },
  { id: 'inline html', input: '<b>x</b>', want: '\\<b\\>x\\</b\\>' },
  { id: 'emphasis and code', input: '*a* _b_ `c`', want: '\\*a\\* \\_b\\_ \\`c\\`' },
  { id: 'link brackets', input: '[x](y)', want: '\\[x\\](y)' },
  { id: 'newlines folded', input: 'a\n\nb', want: 'a b' },
  { id: 'negative: ordinary punctuation kept', input: 'U.S.-China, 100% (est.)', want: 'U.S.-China, 100% (est.)' },
];

describe('md: cell escaping', () => {
  for (const c of ESCAPES) it(c.id, () => expect(md(c.input)).toBe(c.want));
});

describe('markdown format', () => {
  it('one article (snapshot)', () => {
    const c = ctx(1);
    expect(markdown.document(sampleDoc(), SAMPLE_TEXT, c, 0)).toMatchSnapshot();
  });

  it('several articles get a title and second-level headings', () => {
    const c = ctx(2);
    const out = markdown.header!(c) + markdown.document(sampleDoc(), SAMPLE_TEXT, c, 0) + markdown.document(sampleDoc(), SAMPLE_TEXT, c, 1);
    expect(out.startsWith('# tiktok-claims report (2 articles)')).toBe(true);
    expect(out.match(/^## sample\.txt$/gm)!.length).toBe(2);
  });

  it('every table row has as many cells as its header', () => {
    const out = markdown.document(sampleDoc(), SAMPLE_TEXT, ctx(1), 0);
    const rows = out.split('\n').filter((l) => l.startsWith('|'));
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows) {
      const cells = r.replace(/\\\|/g, '').split('|').length;
      expect([5 + 2, 4 + 2, 3 + 2]).toContain(cells);
    }
  });

  it('an input that failed says so', () => {
    const rec = { schemaVersion: '1.0.0' as const, input: { path: 'gone.txt' }, error: { code: 'E_NOT_FOUND', message: 'no such file', exitCode: 3 } };
    expect(markdown.error!(rec, ctx(1), 0)).toBe('# gone.txt\n\nNot processed: no such file (`E_NOT_FOUND`)\n');
  });
});
