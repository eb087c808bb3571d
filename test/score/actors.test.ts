import { describe, expect, it } from 'vitest';
import { scoreArticle } from '../../src/score/score.js';
import { gold, LEDGER, MARA, ORBEX, pred } from './helpers.js';

const score = (g: unknown[], p: unknown[]) => scoreArticle(gold({ actors: g }), pred({ actors: p })).fields.actors;

describe('actors scoring', () => {
  it('matches by canonical name', () => {
    expect(score([MARA], [{ name: 'Mara Quillfeather', type: 'person', aliases: [] }]).tp).toBe(1);
  });
  it('matches when a predicted name equals a gold alias', () => {
    expect(score([MARA], [{ name: 'Quillfeather', type: 'person', aliases: [] }]).tp).toBe(1);
  });
  it('matches when a predicted alias equals the gold name', () => {
    expect(score([ORBEX], [{ name: 'Orbex Dynamics Inc.', type: 'organization', aliases: ['Orbex Dynamics'] }]).tp).toBe(1);
  });
  it('drops a leading "the" from names', () => {
    expect(score([LEDGER], [{ name: 'Harbor Ledger', type: 'media', aliases: [] }]).tp).toBe(1);
  });
  it('does not match on containment (names must be equal)', () => {
    const s = score([MARA], [{ name: 'Mara', type: 'person', aliases: [] }]);
    expect([s.tp, s.fp, s.fn]).toEqual([0, 1, 1]);
  });
  it('one-to-one: a second prediction of the same actor is a false positive', () => {
    const s = score([MARA], [{ name: 'Mara Quillfeather', type: 'person', aliases: [] }, { name: 'Mayor Quillfeather', type: 'person', aliases: [] }]);
    expect([s.tp, s.fp, s.fn]).toEqual([1, 1, 0]);
  });
  it('prefers canonical-name equality when pairing', () => {
    const twin = { name: 'Quillfeather Group', type: 'organization', aliases: ['Quillfeather'] };
    const r = scoreArticle(gold({ actors: [MARA, twin] }), pred({ actors: [{ name: 'Quillfeather', type: 'person', aliases: [] }, { name: 'Mara Quillfeather', type: 'person', aliases: [] }] }));
    expect(r.fields.actors.tp).toBe(2);
  });
  it('optional gold actors and the predictions that match them are not counted', () => {
    const place = { name: 'Port Elwin', type: 'place', aliases: [], optional: true };
    const s = score([MARA, place], [{ name: 'Port Elwin', type: 'place', aliases: [] }]);
    expect([s.tp, s.fp, s.fn, s.ignored]).toEqual([0, 0, 1, 1]);
  });
  it('type accuracy over matched actors, with the wrong one listed', () => {
    const r = scoreArticle(gold({ actors: [MARA, ORBEX] }), pred({ actors: [{ name: 'Orbex', type: 'media', aliases: [] }, { name: 'Quillfeather', type: 'person', aliases: [] }] }));
    expect(r.fields.actors.typeAccuracy).toEqual({ correct: 1, total: 2, value: 0.5 });
    expect(r.findings).toContainEqual(expect.objectContaining({ kind: 'wrong', metric: 'type', text: 'Orbex Dynamics', expected: 'organization', got: 'media' }));
  });
  it('precision, recall and F1 by hand: 2 gold, 3 predicted, 2 right', () => {
    const s = score([MARA, ORBEX], [{ name: 'Orbex', type: 'organization' }, { name: 'Quillfeather', type: 'person' }, { name: 'Tobias Renk', type: 'person' }]);
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBe(1);
    expect(s.f1).toBeCloseTo(0.8);
  });
});
