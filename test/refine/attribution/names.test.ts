import { describe, expect, it } from 'vitest';
import { cleanName } from '../../../src/refine/attribution/names.js';
import { analyze } from '../../../src/index.js';

describe('cleanName never reads past an empty phrase', () => {
  it('an empty or possessive-only phrase gives an empty name', () => {
    expect(cleanName('')).toBe('');
    expect(cleanName('\u2019s')).toBe('');
    expect(cleanName('')).toBe('');
  });
  it('a group noun before a date is not owned by the date ("a firm in June")', () => {
    const doc = analyze('Prices rose, said a firm in June. Prices fell, said one company in March.');
    expect(doc.claims).toHaveLength(2);
    expect(doc.claims.map((c) => c.source)).toEqual([null, 'one company']); // never the date; a described company keeps its phrase (SCHEMA), "firm" here is tagged an adjective
  });
  it('a generational suffix is no surname: one "Jr." never stands for another', () => {
    const doc = analyze('Adm. Colin T. Pryce Jr. spoke first. Then Gen. Ada B. Marsh Jr. asked Admiral Pryce about it. Marsh said the fleet was ready.');
    expect(doc.claims.map((c) => c.source)).toEqual(['Ada B. Marsh Jr.', 'Ada B. Marsh Jr.']);
  });
  it('a group noun before a name is still owned by it ("a spokesman for Acme Corp.")', () => {
    const doc = analyze('Prices rose, said a spokesman for Acme Corp. in June.');
    expect(doc.claims[0]!.source).toMatch(/^Acme/);
  });
});
