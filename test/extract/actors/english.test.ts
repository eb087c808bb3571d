import { describe, expect, it } from 'vitest';
import { commonWord } from '../../../src/extract/actors/english.js';
import { analyze } from '../../../src/pipeline.js';

/** The common-word test reads the word list's affix flags too: a derivation of a listed word is common. */
describe('commonWord: words of the list with their affixes', () => {
  it('a prefix or a derivation suffix the flags allow ("re-", "dis-", "-ment", "-ion")', () => {
    for (const w of ['Disarmament', 'Research', 'Reconstructed', 'Rearmament', 'Reforestation']) expect(commonWord(w), w).toBe(true);
  });
  it('inflections as before, and names stay names', () => {
    expect(commonWord('Rivers')).toBe(true);
    for (const w of ['Koolhaas', 'Baylor', 'Quorvex']) expect(commonWord(w), w).toBe(false);
  });
  const orgs = (text: string): string[] => analyze(text).actors.filter((a) => a.type === 'organization').map((a) => a.name);
  it('a derived word before "and" is the name\'s topic, not a place ending it: the name goes on', () => {
    expect(orgs('The Ministry of Disarmament and Rehabilitation said the camps would close.')).toEqual(['Ministry of Disarmament and Rehabilitation']);
    expect(orgs('After the war, the government set up a Regional Rearmament and Resettlement Board in the hills.')).toEqual(['Regional Rearmament and Resettlement Board']);
  });
  it('counter: proper names before "and" still end the first name', () => {
    expect(orgs('The University of Doeville and Harlow Reef Trust signed the pact.')).toEqual(['University of Doeville', 'Harlow Reef Trust']);
  });
});
