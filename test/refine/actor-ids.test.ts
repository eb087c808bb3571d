import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';
import { linkActorIds } from '../../src/refine/actor-ids.js';
import { sampleDoc } from '../format/sample-doc.js';

describe('actor ids', () => {
  it('numbers actors a1.. and joins speakers, sources and outlets by canonical name', () => {
    const d = sampleDoc();
    const noIds = d.actors.map((a) => ({ ...a, id: 'x' }));
    const quotes = d.quotes.map((q) => ({ ...q, speakerId: null }));
    const claims = d.claims.map((c) => ({ ...c, sourceId: null, viaId: null }));
    const out = linkActorIds(noIds, quotes, claims);
    expect(out.actors.map((a) => a.id)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6']);
    expect(out.quotes.map((q) => q.speakerId)).toEqual(['a1', 'a4', null]);
    expect(out.claims.map((c) => [c.sourceId, c.viaId])).toEqual([['a1', null], ['a1', 'a3'], [null, null]]);
  });

  it('a name that is only an alias joins when exactly one actor has it; a described group gets null', () => {
    const d = sampleDoc();
    const claims = [{ ...d.claims[0]!, source: 'Quell' }, { ...d.claims[0]!, source: 'critics' }];
    expect(linkActorIds(d.actors, [], claims).claims.map((c) => c.sourceId)).toEqual(['a1', null]);
  });

  it('in an analyzed article every non-null id names an actor of the same name', () => {
    const doc = analyze('Mara Quell, the council chair, said the levy would be cut. "We are done," Quell told the Daily Ledger on Friday.', { referenceDate: '2024-05-02' });
    const byId = new Map(doc.actors.map((a) => [a.id, a]));
    expect(doc.quotes.some((q) => q.speakerId !== null)).toBe(true);
    for (const q of doc.quotes) if (q.speakerId) expect(byId.get(q.speakerId)?.name).toBe(q.speaker);
    for (const c of doc.claims) {
      if (c.sourceId) expect(byId.get(c.sourceId)?.name).toBe(c.source);
      if (c.viaId) expect(byId.get(c.viaId)?.name).toBe(c.via);
    }
    expect(doc.input.offsets).toBe('utf16');
  });
});
