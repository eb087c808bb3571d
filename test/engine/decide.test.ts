import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { decide, propose, sentenceRange, table, Trace, type TokenRange } from '../../src/engine/index.js';

const TYPES = table<'media' | 'person' | 'reject'>('test.types', 'actors', [
  { id: 'test.reject.title-word', match: '[(president|minister)]', then: 'reject', example: 'President said', counter: 'Voss said' },
  { id: 'test.media.told', match: '(told|tells) [@cap+]', unless: ['[@cap+] #Noun'], then: 'media', example: 'told Doeville Daily on Monday', counter: 'told Doeville officials' },
  { id: 'test.person.said', match: '[@cap+] said', then: 'person', example: 'Mara Voss said', counter: 'Voss wrote' },
]);

function spanOf(text: string, words: string): { d: ReturnType<typeof parse>; span: TokenRange } {
  const d = parse(text);
  const at = text.indexOf(words);
  const first = d.tokens.findIndex((t) => t.start >= at);
  let end = d.tokens.findIndex((t) => t.start >= at + words.length);
  if (end < 0) end = d.tokens.length;
  return { d, span: { first, end } };
}

describe('decide: ordered rows, the first that holds wins', () => {
  it('returns the first holding row with its id, and records it in the trace', () => {
    const { d, span } = spanOf('The mayor told Doeville Daily on Monday.', 'Doeville Daily');
    const trace = new Trace(true);
    const got = decide(TYPES, span, { doc: d, range: sentenceRange(d, 0), trace, kind: 'actor' });
    expect(got?.value).toBe('media');
    expect(got?.rule).toBe('test.media.told');
    expect(trace.events).toEqual([{ rule: 'test.media.told', stage: 'actors', verdict: 'accept', start: 15, end: 29, kind: 'actor', text: 'Doeville Daily' }]);
  });
  it('an unless pattern vetoes its row and the next row is tried', () => {
    const { d, span } = spanOf('The mayor told Doeville officials nothing.', 'Doeville');
    expect(decide(TYPES, span, { doc: d, range: sentenceRange(d, 0) })).toBeNull();
    const s2 = spanOf('Doeville Daily said so.', 'Doeville Daily');
    expect(decide(TYPES, s2.span, { doc: s2.d, range: sentenceRange(s2.d, 0) })?.rule).toBe('test.person.said');
  });
  it('a rejection names its row, recorded with the verdict the caller gives it', () => {
    const { d, span } = spanOf('President said nothing.', 'President');
    const trace = new Trace(true);
    const got = decide(TYPES, span, { doc: d, range: sentenceRange(d, 0), trace, verdict: (v) => (v === 'reject' ? 'reject' : 'accept') });
    expect(got?.rule).toBe('test.reject.title-word');
    expect(trace.events[0]?.verdict).toBe('reject');
  });
  it('a disabled trace records nothing', () => {
    const { d, span } = spanOf('Mara Voss said so.', 'Mara Voss');
    const trace = new Trace(false);
    expect(decide(TYPES, span, { doc: d, range: sentenceRange(d, 0), trace })?.value).toBe('person');
    expect(trace.events).toEqual([]);
  });
});

describe('propose: every match of every row', () => {
  it('yields the captures as candidates, in row order, skipping vetoed ones', () => {
    const d = parse('Mara Voss said it; Lee Roe said it too; the mayor told Doeville Daily.');
    const got = propose(TYPES, { doc: d, range: sentenceRange(d, 0) }).map((p) => `${p.rule}:${d.text.slice(d.tokens[p.span.first]!.start, d.tokens[p.span.end - 1]!.end)}`);
    expect(got).toEqual(['test.media.told:Doeville Daily', 'test.person.said:Mara Voss', 'test.person.said:Lee Roe']);
  });
});

describe('table', () => {
  it('refuses duplicate and malformed ids', () => {
    expect(() => table('t', 's', [{ id: 'a.b', match: 'x', then: 1, example: 'x' }, { id: 'a.b', match: 'y', then: 1, example: 'y' }])).toThrow(/duplicate/);
    expect(() => table('t', 's', [{ id: 'Bad Id', match: 'x', then: 1, example: 'x' }])).toThrow(/bad id/);
  });
});
