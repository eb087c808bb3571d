import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';
import { jsonParts } from '../../src/format/json-parts.js';
import { EMOJI_ARTICLE } from './articles.js';
import { sampleDoc } from './sample-doc.js';

/** A large document's JSON is written in pieces (src/format/json-parts.ts): joined, they are JSON.stringify's text exactly. */
describe('jsonParts', () => {
  const doc = sampleDoc() as unknown as Record<string, unknown>;
  const extracted = analyze(EMOJI_ARTICLE, { referenceDate: '2024-05-02', explain: true }) as unknown as Record<string, unknown>;

  it.each([
    ['a sample document', doc],
    ['an extracted document with --explain (nested lists, null fields)', extracted],
    ['empty lists and objects, undefined fields skipped, nested strings with line breaks', { a: [], b: {}, c: undefined, d: 'x\ny "q"', e: [[1, [2]], { f: [] }], g: null }],
    ['an empty object', {}],
  ])('%s: compact and indented', (_name, value) => {
    expect([...jsonParts(value)].join('')).toBe(JSON.stringify(value));
    expect([...jsonParts(value, '  ')].join('')).toBe(JSON.stringify(value, null, 2));
  });

  it('cuts a long list into several pieces, each far smaller than the whole', () => {
    const big = { items: Array.from({ length: 30_000 }, (_, i) => ({ i, text: 'word '.repeat(20) })) };
    const parts = [...jsonParts(big, '  ')];
    expect(parts.length).toBeGreaterThan(3);
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThan(JSON.stringify(big, null, 2).length / 2);
    expect(parts.join('')).toBe(JSON.stringify(big, null, 2));
  });
});
