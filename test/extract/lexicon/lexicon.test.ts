import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from '../../../src/pipeline.js';
import { inflections, mergeLexicons, parseLexicon } from '../../../src/extract/lexicon/merge.js';

const ZORBLAX = 'Zorblax opined on Tuesday that the merger would collapse.';
const LEX = { actors: [{ name: 'Zorblax', type: 'organization' as const }], reportingVerbs: ['opine'] };

describe('user lexicons (createAnalyzer)', () => {
  it('the acceptance sentence: a claim whose source is the lexicon actor', () => {
    const doc = createAnalyzer({ lexicon: LEX })(ZORBLAX, { referenceDate: '2031-03-05' });
    expect(doc.actors).toMatchObject([{ name: 'Zorblax', type: 'organization', rule: 'user:lexicon#actors[0]' }]);
    expect(doc.claims).toMatchObject([{ source: 'Zorblax', cue: 'opined' }]);
  });
  it('a reporting verb of the user, in every inflection, is a cue named by its row (negative: not without the lexicon)', () => {
    const analyzeWith = createAnalyzer({ lexicon: { actors: LEX.actors, reportingVerbs: ['blorft'] } });
    for (const form of ['blorfted']) { // ('blorfts' alone is tagged a plural noun: the cue guard reads it as no verb, as for any verb)
      const doc = analyzeWith(`Zorblax ${form} on Tuesday that the merger would collapse.`);
      expect(doc.claims, form).toMatchObject([{ source: 'Zorblax', cue: form, rule: 'user:lexicon#reportingVerbs[0]' }]);
    }
    expect(analyze('Zorblax blorfted on Tuesday that the merger would collapse.').claims).toEqual([]);
  });
  it('names the row in --explain', () => {
    const doc = createAnalyzer({ lexicon: LEX, name: 'mine.json' })(ZORBLAX, { explain: true });
    expect(JSON.stringify(doc.actors[0])).toContain('user:mine.json#actors[0]');
  });
  it('outlets are media actors and nonActors are dropped (with their row in the trace)', () => {
    const text = 'The Quarry Ledger reported that Gorp Corp would close the plant, Gorp Corp said.';
    const doc = createAnalyzer({ lexicon: { outlets: ['Quarry Ledger'], nonActors: ['Gorp Corp'] } })(text, { explain: true });
    expect(doc.actors.map((a) => [a.name, a.type])).toEqual([['Quarry Ledger', 'media']]);
    expect(JSON.stringify(doc)).toContain('user:lexicon#nonActors[0]');
    expect(analyze(text).actors.map((a) => a.name)).toContain('Gorp Corp');
  });
  it('a deadline cue of the user joins the nouns of a span that closes (negative: not without the lexicon)', () => {
    const text = 'The tender will close May 3.';
    const doc = createAnalyzer({ lexicon: { deadlineCues: ['tender'] } })(text, { referenceDate: '2031-03-01' });
    expect(doc.deadlines.map((d) => [d.text, d.value])).toEqual([['May 3', '2031-05-03']]);
    expect(analyze(text, { referenceDate: '2031-03-01' }).deadlines).toEqual([]);
  });
  it('leaves analyze as it was: the rows apply only to the bound analyzer', () => {
    createAnalyzer({ lexicon: LEX })(ZORBLAX);
    expect(analyze(ZORBLAX).actors.map((a) => a.rule)).not.toContain('user:lexicon#actors[0]');
  });
  it('refuses a bad lexicon with the field path', () => {
    expect(() => createAnalyzer({ lexicon: { actors: [{ name: 'X', type: 'planet' }] } as never })).toThrow(/^actors\[0\]\.type: /);
    expect(() => parseLexicon({ reportingVerb: ['opine'] })).toThrow(/reportingVerb/);
    expect(() => parseLexicon({ reportingVerbs: ['to opine'] })).toThrow(/reportingVerbs\[0\]: expected one verb/);
  });
});

describe('inflections', () => {
  for (const [verb, forms] of [
    ['opine', ['opine', 'opines', 'opined', 'opining']],
    ['tweet', ['tweets', 'tweeted', 'tweeting']],
    ['say', ['says', 'said', 'saying']],
  ] as const) it(verb, () => expect(inflections(verb)).toEqual(expect.arrayContaining([...forms])));
  it('merges files in order with ids naming file and place', () => {
    const m = mergeLexicons([{ source: 'a.json', data: { titles: ['Prefect'] } }, { source: 'b.json', data: { titles: ['Ombudsman'], deadlineCues: ['Tender'] } }]);
    expect(m.titles.map((r) => r.id)).toEqual(['user:a.json#titles[0]', 'user:b.json#titles[0]']);
    expect(m.deadlineCues).toEqual([{ id: 'user:b.json#deadlineCues[0]', value: 'tender' }]);
  });
});
