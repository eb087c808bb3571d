import { describe, expect, it } from 'vitest';
import { containsEither, normalizeName, normalizeText } from '../../src/score/normalize.js';

describe('normalizeText (SCHEMA.md text comparison)', () => {
  const cases: Array<[string, string, string]> = [
    ['case-insensitive', 'Budget CUTS', 'budget cuts'],
    ['whitespace collapsed', '  a \n\t budget   cut ', 'a budget cut'],
    ['curly double quotes folded', '\u201Cno deal\u201D', '"no deal"'],
    ['curly apostrophe folded', 'it\u2019s over', "it's over"],
    ['left single quote folded', '\u2018fine\u2019', "'fine'"],
    ['ellipsis folded to three dots', 'we will\u2026win', 'we will...win'],
    ['leading "the" kept in span texts', 'The deal is off', 'the deal is off'],
  ];
  it.each(cases)('%s', (_id, input, want) => expect(normalizeText(input)).toBe(want));
});

describe('normalizeName', () => {
  it('drops a leading "the"', () => expect(normalizeName('The Harbor Ledger')).toBe('harbor ledger'));
  it('keeps "the" inside a name', () => expect(normalizeName('Bank of the Isles')).toBe('bank of the isles'));
  it('does not cut a word starting with "the"', () => expect(normalizeName('Theodora Venn')).toBe('theodora venn'));
});

describe('containsEither', () => {
  it('matches when the first contains the second', () => expect(containsEither('by march 9', 'march 9')).toBe(true));
  it('matches when the second contains the first', () => expect(containsEither('march 9', 'by march 9')).toBe(true));
  it('does not match disjoint texts', () => expect(containsEither('march 9', 'april 9')).toBe(false));
  it('never matches an empty text', () => expect(containsEither('', 'march 9')).toBe(false));
});
