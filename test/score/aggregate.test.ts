import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/score/aggregate.js';
import { checkThresholds, metricNames, metricValue } from '../../src/score/metric.js';
import { scoreArticle } from '../../src/score/score.js';
import { gold, pred } from './helpers.js';

const d = (text: string, value: string | null) => ({ text, value });
// article A: 1 gold date, found, right value. Article B: 3 gold dates, 1 found with a wrong value, 1 false positive.
const a = scoreArticle(gold({ id: 'a', dates: [d('May 1', '2024-05-01')] }), pred({ dates: [d('May 1', '2024-05-01')] }));
const b = scoreArticle(
  gold({ id: 'b', dates: [d('June 3', '2024-06-03'), d('Tuesday', '2024-03-05'), d('next year', '2025')] }),
  pred({ dates: [d('June 3', '2023-06-03'), d('noon', null)] }),
);

describe('aggregate (micro-average)', () => {
  const agg = aggregate([a, b]);
  it('sums counts over articles', () => {
    expect(agg.articles).toBe(2);
    expect([agg.fields.dates.tp, agg.fields.dates.fp, agg.fields.dates.fn]).toEqual([2, 1, 2]);
  });
  it('recomputes the rates from the summed counts (not the mean of rates)', () => {
    expect(agg.fields.dates.precision).toBeCloseTo(2 / 3);
    expect(agg.fields.dates.recall).toBeCloseTo(0.5);
    expect(agg.fields.dates.f1).toBeCloseTo(4 / 7);
  });
  it('sums accuracy ratios', () => {
    expect(agg.fields.dates.valueAccuracy).toEqual({ correct: 1, total: 2, value: 0.5 });
  });
  it('keeps every article’s findings, named', () => {
    expect(agg.findings.map((f) => `${f.article}:${f.kind}`).sort()).toEqual(['b:fp', 'b:miss', 'b:miss', 'b:wrong']);
  });
  it('empty gold and empty prediction read as perfect', () => {
    expect(agg.fields.quotes.f1).toBe(1);
  });
});

describe('metrics and thresholds', () => {
  const agg = aggregate([a, b]);
  it('reads FIELD.METRIC values', () => {
    expect(metricValue(agg.fields, 'dates.recall')).toBeCloseTo(0.5);
    expect(metricValue(agg.fields, 'dates.valueAccuracy')).toBe(0.5);
    expect(metricValue(agg.fields, 'quotes.speakerAccuracy')).toBeNull();
  });
  it('rejects unknown metric names', () => {
    expect(() => metricValue(agg.fields, 'dates.speed')).toThrow(/unknown metric/);
    expect(metricNames()).toContain('claims.sourceAccuracy');
  });
  it('passes at the value, fails above it, and fails when nothing was measured', () => {
    const r = checkThresholds(agg.fields, { 'dates.recall': 0.5, 'dates.precision': 0.7, 'quotes.speakerAccuracy': 0.1 });
    expect(r.map((x) => x.ok)).toEqual([true, false, false]);
  });
});
