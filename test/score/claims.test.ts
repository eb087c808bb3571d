import { describe, expect, it } from 'vitest';
import { scoreArticle } from '../../src/score/score.js';
import { gold, LEDGER, MARA, ORBEX, pred } from './helpers.js';

const c = (anchor: string, source: unknown = null, extra: Record<string, unknown> = {}) => ({ anchor, source, cue: 'said', ...extra });
const p = (text: string, source: string | null = null, start?: number) => ({ text, source, ...(start === undefined ? {} : { start }) });
const run = (g: unknown[], ps: unknown[]) => scoreArticle(gold({ actors: [MARA, ORBEX, LEDGER], claims: g }), pred({ claims: ps }));

describe('claims scoring', () => {
  it('matches when the predicted text contains the anchor', () => {
    expect(run([c('the pier will reopen')], [p('Quillfeather said the pier will reopen in May.')]).fields.claims.tp).toBe(1);
  });
  it('does not match when only the anchor contains the prediction', () => {
    const s = run([c('the pier will reopen in May')], [p('the pier will reopen')]).fields.claims;
    expect([s.tp, s.fp, s.fn]).toEqual([0, 1, 1]);
  });
  it('one-to-one: a prediction holding two anchors matches one gold claim', () => {
    const s = run([c('the pier will reopen'), c('costs will fall')], [p('She said the pier will reopen and costs will fall.')]).fields.claims;
    expect([s.tp, s.fn]).toEqual([1, 1]);
  });
  it('one-to-one pairing finds the most matches', () => {
    const s = run([c('the pier will reopen'), c('costs will fall')], [p('the pier will reopen and costs will fall', null, 0), p('the pier will reopen soon', null, 100)]).fields.claims;
    expect(s.tp).toBe(2);
  });
  it('source accuracy: the canonical name or an alias', () => {
    const s = run([c('the pier will reopen', 'Mara Quillfeather'), c('costs will fall', 'Orbex Dynamics')], [p('the pier will reopen', 'Quillfeather'), p('costs will fall', 'Orbex Dynamics')]).fields.claims;
    expect(s.sourceAccuracy).toEqual({ correct: 2, total: 2, value: 1 });
  });
  it('source accuracy: a list of acceptable names (speaker, then outlet) accepts either', () => {
    const g = [c('the pier will reopen', ['Mara Quillfeather', 'The Harbor Ledger']), c('costs will fall', ['Mara Quillfeather', 'The Harbor Ledger'])];
    const s = run(g, [p('the pier will reopen', 'Harbor Ledger'), p('costs will fall', 'Mara Quillfeather')]).fields.claims;
    expect(s.sourceAccuracy.value).toBe(1);
  });
  it('source accuracy: a wrong or null source is wrong', () => {
    const r = run([c('the pier will reopen', 'Mara Quillfeather'), c('costs will fall', 'Orbex Dynamics')], [p('the pier will reopen', 'Orbex'), p('costs will fall', null)]);
    expect(r.fields.claims.sourceAccuracy).toEqual({ correct: 0, total: 2, value: 0 });
    expect(r.findings.filter((f) => f.metric === 'source')).toHaveLength(2);
  });
  it('source accuracy skips gold claims with a null source', () => {
    const s = run([c('the pier will reopen', null)], [p('the pier will reopen', 'Orbex')]).fields.claims;
    expect(s.tp).toBe(1);
    expect(s.sourceAccuracy.total).toBe(0);
  });
  it('optional gold claims and the predictions holding their anchor are not counted', () => {
    const s = run([c('plans to expand', null, { optional: true })], [p('Orbex plans to expand')]).fields.claims;
    expect([s.tp, s.fp, s.fn, s.ignored]).toEqual([0, 0, 0, 1]);
  });
  it('recall by hand: 3 required claims, 2 found', () => {
    const s = run([c('alpha beta gamma'), c('delta epsilon zeta'), c('eta theta iota')], [p('x alpha beta gamma'), p('eta theta iota y')]).fields.claims;
    expect(s.recall).toBeCloseTo(2 / 3);
  });
});
