import { describe, expect, it } from 'vitest';
import { scoreArticle } from '../../src/score/score.js';
import { gold, pred } from './helpers.js';

const d = (text: string, value: string | null, extra: Record<string, unknown> = {}) => ({ text, value, ...extra });
const dates = (g: unknown[], p: unknown[]) => scoreArticle(gold({ dates: g }), pred({ dates: p }));

describe('dates scoring', () => {
  it('matches when the prediction contains the gold text', () => {
    expect(dates([d('March 9', '2024-03-09')], [d('by March 9', '2024-03-09')]).fields.dates.tp).toBe(1);
  });
  it('matches when the gold text contains the prediction', () => {
    expect(dates([d('late March 2024', '2024-03')], [d('March 2024', '2024-03')]).fields.dates.tp).toBe(1);
  });
  it('does not match disjoint texts', () => {
    const s = dates([d('March 9', '2024-03-09')], [d('April 9', '2024-04-09')]).fields.dates;
    expect([s.tp, s.fp, s.fn]).toEqual([0, 1, 1]);
  });
  it('case and curly apostrophes do not matter', () => {
    expect(dates([d('last year\u2019s', '2023')], [d("LAST YEAR'S", '2023')]).fields.dates.tp).toBe(1);
  });
  it('a date written twice is two items: one prediction finds one', () => {
    const s = dates([d('Friday', '2024-03-08'), d('Friday', '2024-03-08')], [d('Friday', '2024-03-08', { start: 10 })]).fields.dates;
    expect([s.tp, s.fn]).toEqual([1, 1]);
  });
  it('pairs equal texts by value first (two "May 2" items)', () => {
    const r = dates([d('May 2', '2023-05-02'), d('May 2', '2024-05-02')], [d('May 2', '2024-05-02', { start: 5 }), d('May 2', '2023-05-02', { start: 90 })]);
    expect(r.fields.dates.valueAccuracy).toEqual({ correct: 2, total: 2, value: 1 });
  });
  it('value accuracy counts only matched items with a non-null gold value', () => {
    const r = dates([d('March 9', '2024-03-09'), d('90 days', null), d('Monday', '2024-03-04')], [d('March 9', '2024-03-10'), d('90 days', null), d('Monday', '2024-03-04')]);
    expect(r.fields.dates.tp).toBe(3);
    expect(r.fields.dates.valueAccuracy).toEqual({ correct: 1, total: 2, value: 0.5 });
    expect(r.findings).toContainEqual(expect.objectContaining({ kind: 'wrong', metric: 'value', expected: '2024-03-09', got: '2024-03-10' }));
  });
  it('optional gold dates and their matching predictions are left out of every count', () => {
    const s = dates([d('in recent weeks', null, { optional: true })], [d('recent weeks', null)]).fields.dates;
    expect([s.tp, s.fp, s.fn, s.ignored]).toEqual([0, 0, 0, 1]);
  });
  it('a prediction matching a required and an optional item counts for the required one', () => {
    const s = dates([d('March', '2024-03', { optional: true }), d('March 9', '2024-03-09')], [d('March 9', '2024-03-09')]).fields.dates;
    expect([s.tp, s.fp, s.fn]).toEqual([1, 0, 0]);
  });
});

describe('deadlines scoring', () => {
  it('scores the deadlines list on its own, like dates', () => {
    const r = scoreArticle(
      gold({ deadlines: [{ text: 'June 30', value: '2024-06-30', what: 'file the report' }] }),
      pred({ deadlines: [{ text: 'June 30', value: '2024-06-30' }], dates: [{ text: 'June 30', value: '2024-06-30' }] }),
    );
    expect(r.fields.deadlines.tp).toBe(1);
    expect(r.fields.deadlines.valueAccuracy.value).toBe(1);
    expect(r.fields.dates.fp).toBe(1);
  });
});
