/**
 * The WordNet reporting verbs (generated rows): every row's example, all read in one document, is
 * recorded as a cue under the row's id; a manner-of-saying verb makes no cue in a sentence without a
 * quotation, and a clause verb none without a clause.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';
import { Trace } from '../../src/engine/trace.js';
import { REPORTING_VERBS } from '../../src/rules/attribution/verbs.js';
import { WORDNET_VERBS } from '../../src/rules/attribution/wordnet-verbs.js';

const rows = REPORTING_VERBS.filter((r) => r.id.startsWith('verb.wn.'));

function cueIds(text: string): Set<string> {
  const trace = new Trace(true);
  analyze(text, { referenceDate: '2025-06-15', trace });
  return new Set(trace.events.filter((e) => e.stage === 'cues' && e.verdict === 'propose').map((e) => e.rule));
}

describe('WordNet reporting verbs', () => {
  it('are hundreds of rows, each with four forms', () => {
    expect(rows.length).toBeGreaterThan(300);
    for (const line of WORDNET_VERBS) expect(line.replace(/ \*$/u, '').split(' ')).toHaveLength(4);
  });
  it('every example fires its row', () => {
    const fired = cueIds(rows.map((r) => r.example).join('\n\n'));
    const missing = rows.filter((r) => !fired.has(r.id)).map((r) => r.id);
    expect(missing.length, missing.join(' ')).toBeLessThanOrEqual(Math.floor(rows.length * 0.05)); // the tagger reads a few rare verbs as nouns
  });
  it('a manner of saying needs a quotation, a clause verb a clause', () => {
    expect(cueIds('Tom Hale sighed and left the room.').has('verb.wn.sigh')).toBe(false);
    expect(cueIds('"It is late," Tom Hale sighed.').has('verb.wn.sigh')).toBe(true);
    expect(cueIds('The bill was reiterated in committee.').has('verb.wn.reiterate')).toBe(false);
    expect(cueIds('Ann Roe reiterated that the bill was dead.').has('verb.wn.reiterate')).toBe(true);
  });
  it('a clause verb after a quotation and its speaker\'s aside reports the quotation', () => {
    expect(cueIds('"It is late," Tom Hale, the harbor master of Dayton, proclaimed at the pier.').has('verb.wn.proclaim')).toBe(true);
    expect(cueIds('Tom Hale, the harbor master of Dayton, proclaimed at the pier.').has('verb.wn.proclaim')).toBe(false); // near miss: no quotation
  });
});
