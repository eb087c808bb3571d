import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/index.js';
import { OUTLET_LINKS } from '../../../src/rules/attribution/phrases.js';

/** Outlet links follow a cue by its typed traits (kind, speech, addressee, bare), never by its rule id. */
const CASES: ReadonlyArray<{ link: string; text: string; source: string | null; via: string | null }> = [
  { link: 'outlet.told', text: 'Mara Voss told the Daily Ledger that talks had stalled.', source: 'Mara Voss', via: 'Daily Ledger' },
  { link: 'outlet.interview-with', text: 'Mara Voss warned in an interview with the Daily Ledger that talks had stalled.', source: 'Mara Voss', via: 'Daily Ledger' },
  { link: 'outlet.unnamed-spoke-to', text: 'The mill will close, according to a person familiar with the talks who spoke to the Daily Ledger.', source: 'Daily Ledger', via: null },
  { link: 'outlet.said-on', text: 'Mara Voss confirmed to the Daily Ledger that talks had stalled.', source: 'Mara Voss', via: 'Daily Ledger' },
];

describe('outlet links', () => {
  it('every link has a case', () => {
    expect(OUTLET_LINKS.map((l) => l.id).sort()).toEqual(CASES.map((c) => c.link).sort());
  });
  for (const c of CASES) {
    it(`${c.link}: ${c.text}`, () => {
      const [claim] = analyze(c.text).claims;
      expect([claim?.source, claim?.via]).toEqual([c.source, c.via]);
    });
  }
  it('a described group keeps its phrase as the source; an anonymous one gives way to the outlet', () => {
    const [described] = analyze('Longtime Voss donors told the Daily Ledger that a shakeup was near.').claims;
    expect([described?.source, described?.via]).toEqual(['Longtime Voss donors', 'Daily Ledger']);
    const [anonymous] = analyze('Officials told the Daily Ledger that a shakeup was near.').claims;
    expect([anonymous?.source, anonymous?.via]).toEqual(['Daily Ledger', null]);
  });
  it('a verb that is no verb of saying carries no outlet ("praised the Ledger")', () => {
    const claims = analyze('Mara Voss praised the Daily Ledger and said talks had stalled.').claims;
    expect(claims.every((c) => c.via === null)).toBe(true);
  });
});
