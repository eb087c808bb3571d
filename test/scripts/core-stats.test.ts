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
      "const k = w === 'the' ? 1 : n > 2 ? 2 : 3; // a ? b : c",
    ].join('\n');
    expect(countSource(code)).toEqual({ files: 1, ifs: 3, regexLiterals: 1, wordComparisons: 3, setLookups: 1, listLookups: 0, ternaries: 2 });
  });

  it('counts .includes( on a word-list literal or a name bound to one, not on strings or other arrays', () => {
    const code = [
      "const LINKS = ['of', 'for'];",
      "if (['the', 'a'].includes(w)) k++;",
      'const on = LINKS.includes(w) || (words as string[]).includes(w);',
      "const comma = gap.includes(',') || [1, 2].includes(n) || ['of', ','].includes(w);",
    ].join('\n');
    expect(countSource(code).listLookups).toBe(2);
  });
});
