import { describe, expect, it } from 'vitest';
import { escapeAttr, escapeHtml } from '../../../src/format/html/escape.js';

const CASES: { id: string; input: string; want: string }[] = [
  { id: 'plain text unchanged', input: 'Mara Quell said', want: 'Mara Quell said' },
  { id: 'script tag', input: '<script>alert(1)</script>', want: '&lt;script&gt;alert(1)&lt;/script&gt;' },
  { id: 'attribute breakout', input: '"><img src=x onerror=alert(1)>', want: '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;' },
  { id: 'ampersand first', input: '&lt;', want: '&amp;lt;' },
  { id: 'single quote', input: "it's", want: 'it&#39;s' },
  { id: 'control characters replaced', input: 'a\u0000b\u001bc', want: 'a\uFFFDb\uFFFDc' },
  { id: 'negative: newline and tab kept', input: 'a\nb\tc', want: 'a\nb\tc' },
  { id: 'negative: curly quotes kept', input: '“fine”', want: '“fine”' },
];

describe('escapeHtml', () => {
  for (const c of CASES) it(c.id, () => expect(escapeHtml(c.input)).toBe(c.want));
});

describe('escapeAttr', () => {
  it('keeps newlines as character references', () => expect(escapeAttr('a\n"b"')).toBe('a&#10;&quot;b&quot;'));
});
