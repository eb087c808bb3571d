import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/pipeline.js';
import { REPORTING_VERBS } from '../../../src/rules/attribution/verbs.js';
import { ATTRIBUTION_NOUNS, CREDIT_PHRASES } from '../../../src/rules/attribution/phrases.js';
import { CLAIM_CASES, NO_CLAIM_CASES } from './claims.cases.js';

const REF = '2024-03-15';

describe('claim cues corpus', () => {
  for (const c of CLAIM_CASES) {
    it(c.id, () => {
      const claims = analyze(c.text, { referenceDate: REF }).claims;
      expect(claims.map((x) => x.cue)).toEqual(c.claims.map((x) => x.cue));
      c.claims.forEach((want, k) => {
        const got = claims[k]!;
        expect(got.text).toContain(want.contains);
        expect(got.source).toBe(want.source);
        if (want.via !== undefined) expect(got.via).toBe(want.via);
      });
    });
  }
});

describe('claim negatives corpus', () => {
  for (const c of NO_CLAIM_CASES) {
    it(c.id, () => {
      expect(analyze(c.text, { referenceDate: REF }).claims).toEqual([]);
    });
  }
});

describe('one claim per frame: a claim ends at the clause break before the next claim of its sentence', () => {
  const texts = (t: string): string[] => analyze(t, { referenceDate: REF }).claims.map((c) => c.text);
  it('a coordinated second report is not in the first claim', () => {
    expect(texts('Most pilots said yes, but the owners say the port is unsafe.')).toEqual(['Most pilots said yes,', 'Most pilots said yes, but the owners say the port is unsafe.']);
  });
  it('a relative clause report ends before the main verb', () => {
    const [first, second] = texts('Tom Hale, who said last week that the plan was dead, told reporters on Monday that he would revive it.');
    expect(first).toBe('Tom Hale, who said last week that the plan was dead,');
    expect(second).toContain('he would revive it');
  });
  it('a second "that" clause after ", and" ends the first', () => {
    expect(texts('Mara Voss said that the pier was unsafe, and Tom Hale said that it was fine.')[0]).toBe('Mara Voss said that the pier was unsafe,');
  });
  it('no cut inside the next frame\'s subject: the description an appositive name follows is the subject\'s (the clause layer\'s phrase start)', () => {
    const t = "The Harbor Ledger reports the port's chief engineer, Tomas Birk, has alleged that the pilings are rotten.";
    expect(texts(t)).toEqual([t, t]);
    expect(texts("Most pilots said yes, but the port's chief engineer, Tomas Birk, says the pilings are rotten.")[0]).toBe('Most pilots said yes,'); // near miss: a real break before the whole subject
  });
  it('a report inside the content runs on, over an adjunct comma and without a break', () => {
    for (const t of ['The Ledger revealed that in March, Mayor Dana Voss admitted the pier was unsafe.', 'The Harbor Ledger reported that Mayor Dana Voss said the port would stay open.', 'As the Ledger first reported, harbor officials have told pilots that the pier will close.']) {
      expect(texts(t)).toEqual([t, t]);
    }
  });
});

describe('claim evidence', () => {
  const text = 'Intro line.\n\nTom Hale said the mill would reopen. "It will be soon," he added. "Very soon."';
  const claims = analyze(text, { referenceDate: REF }).claims;
  it('offsets point at the text and the cue', () => {
    expect(claims.length).toBe(2);
    for (const c of claims) {
      expect(text.slice(c.start, c.end)).toBe(c.text);
      expect(text.slice(c.cueStart, c.cueEnd)).toBe(c.cue);
      expect(c.rule).toMatch(/^verb\./u);
    }
  });
  it('a claim runs on over the quotation-only sentence after it', () => {
    expect(claims[1]!.text).toContain('Very soon.');
  });
});

describe('attribution rule tables', () => {
  it('every row has a unique id and an example', () => {
    const rows = [...REPORTING_VERBS, ...CREDIT_PHRASES, ...ATTRIBUTION_NOUNS];
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const r of rows) expect(r.example.length).toBeGreaterThan(5);
  });
});
