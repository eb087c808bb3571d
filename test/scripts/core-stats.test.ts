import { describe, expect, it } from 'vitest';
import { countSource } from './core-stats.js';

describe('core-stats counts from the syntax tree', () => {
  it('counts ifs, regex literals, word comparisons and set look-ups, never in comments or strings', () => {
    const code = [
      "if (t.normal === 'said' && WORDS.has(t.normal)) return /^[A-Z]/u.test(t.text);",
      "else if ('the' !== w) x = 1;",
      "const s = 'if (x === \\'no\\') /re/';",
      "// if (a === 'told') WORDS.has(a) /x/",
      'if (n === 2) y = 1;',
    ].join('\n');
    expect(countSource(code)).toEqual({ files: 1, ifs: 3, regexLiterals: 1, wordComparisons: 2, setLookups: 1 });
  });
});
