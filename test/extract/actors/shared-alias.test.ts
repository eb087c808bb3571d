import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/pipeline.js';

/** A short form outlets share ("The Times") names an outlet only where the article names it in full. */
describe('shared outlet short forms', () => {
  const outlets = (text: string): string[] => analyze(text, { referenceDate: '2020-01-01' }).actors.filter((a) => a.type === 'media').map((a) => a.name);
  it('alone, it is an outlet of its own under the name as written, never The New York Times', () => {
    expect(outlets('The minister told The Times she would resign.')).toEqual(['The Times']);
  });
  it('"The Times of London" is one name, and a later "The Times" is that paper', () => {
    expect(outlets('The Times of London reported the deal. The minister told The Times she would resign.')).toEqual(['The Times of London']);
  });
  it('with two outlets named in full, it joins the nearest one named before it', () => {
    const text = 'The Times of London reported the deal. The New York Times did not confirm it. The minister told The Times she would resign.';
    const doc = analyze(text, { referenceDate: '2020-01-01' });
    const nyt = doc.actors.find((a) => a.name === 'The New York Times')!;
    expect(nyt.mentions.map((m) => m.text)).toContain('The Times');
    expect(doc.actors.find((a) => a.name === 'The Times of London')!.mentions.map((m) => m.text)).toEqual(['The Times of London']);
  });
});
