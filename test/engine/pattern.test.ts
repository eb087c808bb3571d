import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { compile, matchAt, matchIn, matchSpan, sentenceRange, type MatchEnv, type TokenRange } from '../../src/engine/index.js';

const doc = (text: string) => parse(text);
/** The texts of every match of `pattern` in the first sentence of `text`. */
function all(text: string, pattern: string, env: MatchEnv = {}): string[] {
  const d = doc(text);
  return matchIn(d, compile(pattern), sentenceRange(d, 0), env).map((m) => d.text.slice(d.tokens[m.first]!.start, d.tokens[m.end - 1]!.end));
}
/** The token range of the first occurrence of `words` in the text. */
function spanOf(text: string, words: string): { d: ReturnType<typeof parse>; span: TokenRange } {
  const d = doc(text);
  const at = text.indexOf(words);
  const first = d.tokens.findIndex((t) => t.start >= at);
  const end = d.tokens.findIndex((t) => t.start >= at + words.length);
  return { d, span: { first, end: end < 0 ? d.tokens.length : end } };
}

describe('pattern syntax', () => {
  it('matches words, alternatives and sequences in alternatives', () => {
    expect(all('Voss said the plan failed.', 'said')).toEqual(['said']);
    expect(all('Voss told reporters, according to the Ledger.', '(told|according to) .')).toEqual(['told reporters', 'according to the']);
    expect(all('Voss said the plan failed.', 'told')).toEqual([]);
  });
  it('matches compromise tags, their absence, and any token', () => {
    expect(all('Mara Voss said the plan failed.', '#Person+ #Verb')).toEqual(['Mara Voss said']);
    expect(all('the plan failed', '!#Determiner #Verb')).toEqual(['plan failed']);
    expect(all('Voss said the plan failed.', 'said . .')).toEqual(['said the plan']);
  });
  it('handles ?, + and * with backtracking', () => {
    expect(all('the very big plan', 'the #Adverb? #Adjective+ plan')).toEqual(['the very big plan']);
    expect(all('the plan', 'the #Adjective* plan')).toEqual(['the plan']);
    expect(all('a b c d plan', '.* plan')).toEqual(['a b c d plan']);
  });
  it('reads gap marks: comma, colon, dash and quotation marks between tokens', () => {
    expect(all('Voss, the spokesman, said it.', '@cap , the spokesman ,')).toEqual(['Voss, the spokesman']);
    expect(all('Voss the spokesman said it.', '@cap , the spokesman')).toEqual([]);
    expect(all('Voss said: the end is near.', 'said : the')).toEqual(['said: the']);
    expect(all('the plan — it failed — was old', 'plan — it')).toEqual(['plan — it']);
    expect(all('He said "we won" today.', 'said " we')).toEqual(['said "we']);
  });
  it('anchors at the range start and end', () => {
    expect(all('Voss said it. Roe agreed.', '^ @cap')).toEqual(['Voss']);
    expect(all('Voss said it.', 'it $')).toEqual(['it']);
    expect(all('Voss said it well.', 'it $')).toEqual([]);
    // an alternative that matches nothing (the range's end) still counts
    expect(all('Voss said it.', 'it (@lower|$)')).toEqual(['it']);
    expect(all('Voss said it well.', 'said (@cap|$)')).toEqual([]);
  });
  it('{...} holds one token to every atom inside; @spaced reads a plain one-space gap', () => {
    expect(all('Nora Day and Election Day came.', '{#FirstName @spaced} @cap')).toEqual(['Nora Day']);
    expect(all('Mara Voss and Lee', '{@cap !#FirstName} and')).toEqual(['Voss and']);
    expect(all('Voss, Roe and Lee', '{@cap @spaced}')).toEqual(['Roe']);
    expect(all('Voss, Roe and Lee', '{@cap !(@spaced|#FirstName)}')).toEqual(['Voss', 'Lee']); // the range's last token is not spaced
    expect(() => compile('{#Noun+}')).toThrow(/unexpected/);
    expect(() => compile('{[#Noun]}')).toThrow(/one-token atoms/);
    expect(() => compile('{#Noun')).toThrow(/expected "}"/);
  });
  it('reads named word sets and predicates from the environment, and built-in predicates', () => {
    const env: MatchEnv = { lexicons: new Map([['say', new Set(['said', 'told'])]]), predicates: new Map([['long', (d, i) => d.tokens[i]!.text.length > 4]]) };
    expect(all('Voss told Roe it failed.', '@cap %say% @cap', env)).toEqual(['Voss told Roe']);
    expect(all('Voss told Roe it failed.', '@long', env)).toEqual(['failed']);
    expect(all('Émile Zola said it.', '@cap @cap')).toEqual(['Émile Zola']);
    expect(all("the agency's plan and NATO", '@poss')).toEqual(["agency's"]);
    expect(all('NATO and the FCC met.', '@acronym')).toEqual(['NATO', 'FCC']);
    expect(() => all('x', '%nope%')).toThrow(/unknown word set/);
    expect(() => all('x', '@nope')).toThrow(/unknown predicate/);
  });
  it('reports syntax errors with their position', () => {
    expect(() => compile('(a|b')).toThrow(/expected "\)"/);
    expect(() => compile('!(a b|c)')).toThrow(/one-token/);
  });
});

describe('matchAt and matchSpan', () => {
  it('matchAt holds only at its start token', () => {
    const d = doc('Voss said it.');
    expect(matchAt(d, compile('said'), 1, sentenceRange(d, 0))).not.toBeNull();
    expect(matchAt(d, compile('said'), 0, sentenceRange(d, 0))).toBeNull();
  });
  it('aligns the first capture with the candidate span, looking back for the prefix', () => {
    const { d, span } = spanOf('The minister told Doeville Daily on Monday.', 'Doeville Daily');
    const r = sentenceRange(d, 0);
    expect(matchSpan(d, compile('(told|tells) [@cap+]'), span, r)).not.toBeNull();
    expect(matchSpan(d, compile('(told|tells) [@cap]'), span, r)).toBeNull(); // the capture must be the whole span
    expect(matchSpan(d, compile('according to [@cap+]'), span, r)).toBeNull();
    expect(matchSpan(d, compile('[@cap+] on #Date'), span, r)).not.toBeNull();
  });
  it('a pattern without a capture must cover the span itself', () => {
    const { d, span } = spanOf('The minister told Doeville Daily on Monday.', 'Doeville Daily');
    expect(matchSpan(d, compile('@cap+'), span, sentenceRange(d, 0))).not.toBeNull();
    expect(matchSpan(d, compile('@cap'), span, sentenceRange(d, 0))).toBeNull();
  });
  it('stays bounded on a long sentence with a pathological pattern', () => {
    const text = `${'word '.repeat(3000)}end.`;
    const d = doc(text);
    // cubic without the step budget (minutes); with it, linear: the test would time out otherwise
    expect(matchIn(d, compile('.* .* .* nothing'), sentenceRange(d, 0))).toEqual([]);
    expect(matchIn(d, compile('word end'), sentenceRange(d, d.sentences.length - 1))).toHaveLength(1); // the text is cut into sentences of 2,000 characters (parse/long-sentences.ts)
  });
});
