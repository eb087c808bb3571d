import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';

/** The document model's token flags: every stage reads these instead of re-deriving them. */
describe('token model', () => {
  const text = '\u00c9mile Zola\u2019s U.S.-China plan failed, said Ana. \u201cWe won,\u201d she said; \u00abCarry on,\u00bb said Jones\' aide.';
  const doc = parse(text);
  const tok = (t: string) => doc.tokens.find((x) => x.text === t)!;

  it('cap is Unicode-aware', () => {
    expect(tok('\u00c9mile').cap).toBe(true);
    expect(tok('Zola\u2019s').cap).toBe(true);
    expect(tok('plan').cap).toBe(false);
  });
  it('poss and norm drop the possessive ending (compromise leaves the apostrophe of "Jones\'" out of the token)', () => {
    expect(tok('Zola\u2019s')).toMatchObject({ poss: true, norm: 'zola' });
    expect(tok('Jones')).toMatchObject({ poss: true, norm: 'jones' });
    expect(tok('plan')).toMatchObject({ poss: false, norm: 'plan' });
  });
  it('hyphen holds the parts of a hyphenated token', () => {
    expect(tok('U.S.-China').hyphen).toEqual(['U.S.', 'China']);
    expect(tok('plan').hyphen).toEqual([]);
  });
  it('first marks the first token of each sentence', () => {
    expect(doc.tokens.filter((t) => t.first).map((t) => t.text)).toEqual(doc.sentences.map((s) => doc.tokens[s.firstToken]!.text));
    expect(tok('\u00c9mile').first).toBe(true);
    expect(tok('Zola\u2019s').first).toBe(false);
  });
  it('inQuote marks tokens inside any quotation, of every mark', () => {
    expect(doc.tokens.filter((t) => t.inQuote).map((t) => t.text)).toEqual(['We', 'won', 'Carry', 'on']);
  });
  it('a dash or a quotation mark the tagger keeps as a word is punctuation, left in the gap', () => {
    const d = parse('DAYTON \u2015 The pier closed, and Ann Roe said so.');
    expect(d.tokens.map((t) => t.text)).toEqual(['DAYTON', 'The', 'pier', 'closed', 'and', 'Ann', 'Roe', 'said', 'so']);
    const q = parse("''The pier is closed, '' said Ann Roe & Co.");
    expect(q.tokens.map((t) => t.text)).toEqual(['The', 'pier', 'is', 'closed', 'said', 'Ann', 'Roe', '&', 'Co']);
  });
  it('a quotation mark glued to a word on its far side is no part of that word', () => {
    const d = parse('"We will not sell,"Roe said. Harbor chief Ann Roe:"We won."');
    expect(d.tokens.map((t) => t.text)).toEqual(['We', 'will', 'not', 'sell', 'Roe', 'said', 'Harbor', 'chief', 'Ann', 'Roe', 'We', 'won']);
    expect(d.tokens.find((t) => t.text === 'Roe')!.start).toBe(19);
  });
  it('the document carries its quotation spans', () => {
    expect(doc.quotes.map((q) => text.slice(q.start, q.end))).toEqual(['We won,', 'Carry on,']);
    expect(doc.quotes.map((q) => q.family)).toEqual(['double', 'double']);
  });
});
