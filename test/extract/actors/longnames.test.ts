import { describe, expect, it } from 'vitest';
import { syllablePair } from '../../../src/extract/actors/longnames.js';
import { analyze } from '../../../src/pipeline.js';

describe('syllablePair: the one owner of a hyphened given name\'s shape (actors and sources)', () => {
  it('a short capitalized syllable, then a short lower-case one', () => {
    expect(syllablePair('Siu', 'wan')).toBe(true);
    expect(syllablePair('Ji', 'hoon')).toBe(true);
  });
  it('not a long second part, a capitalized one, or a long first part', () => {
    expect(syllablePair('Two', 'thirds')).toBe(false);
    expect(syllablePair('Hoi', 'Kwan')).toBe(false);
    expect(syllablePair('Pacific', 'rim')).toBe(false);
  });
  it('not a modifier after the hyphen ("Tory-led", "Doe-run"): the row words actors hyphen-modifier', () => {
    expect(syllablePair('Tory', 'led')).toBe(false);
    expect(syllablePair('Doe', 'run')).toBe(false);
  });
  it('the sources read it: a subject name ending in such a syllable is the source, not its title', () => {
    const doc = analyze('Police Superintendent Ana Lee Siu-wan said the road was open.');
    expect(doc.claims[0]!.source).toBe('Ana Lee Siu-wan');
  });
});
