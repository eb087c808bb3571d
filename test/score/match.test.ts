import { describe, expect, it } from 'vitest';
import { matchOneToOne } from '../../src/score/match.js';

describe('matchOneToOne', () => {
  it('is one-to-one: two predictions cannot share one gold item', () => {
    const m = matchOneToOne(1, 2, [() => true]);
    expect(m.goldToPred).toEqual([0]);
    expect(m.predToGold).toEqual([0, -1]);
  });

  it('a stricter tier wins over document order', () => {
    const gold = ['march 9', 'march'];
    const preds = ['march', 'march 9'];
    const m = matchOneToOne(2, 2, [(g, p) => gold[g] === preds[p], (g, p) => gold[g]!.includes(preds[p]!) || preds[p]!.includes(gold[g]!)]);
    expect(m.goldToPred).toEqual([1, 0]);
  });

  it('greedy in document order within a tier', () => {
    const m = matchOneToOne(2, 2, [() => true]);
    expect(m.predToGold).toEqual([0, 1]);
  });

  it('re-pairs to reach the largest number of matches', () => {
    // pred 0 may take gold 0 or 1; pred 1 only gold 0: greedy gives one pair, augmenting gives two
    const allowed = new Set(['0:0', '1:0', '0:1']);
    const m = matchOneToOne(2, 2, [(g, p) => allowed.has(`${g}:${p}`)]);
    expect(m.goldToPred.filter((p) => p !== -1)).toHaveLength(2);
    expect(m.goldToPred).toEqual([1, 0]);
  });

  it('no tiers or no items: nothing matched', () => {
    expect(matchOneToOne(2, 0, [() => true]).goldToPred).toEqual([-1, -1]);
    expect(matchOneToOne(1, 1, []).goldToPred).toEqual([-1]);
  });
});
