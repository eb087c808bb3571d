import { describe, expect, it } from 'vitest';
import { parseMinSpecs, parseThresholds } from '../../src/score/thresholds.js';

describe('--min specs', () => {
  const GOOD: Array<[string, Record<string, number>]> = [
    ['quotes.f1=0.9', { 'quotes.f1': 0.9 }],
    ['claims.recall=.75', { 'claims.recall': 0.75 }],
    ['actors.typeAccuracy=1', { 'actors.typeAccuracy': 1 }],
  ];
  it.each(GOOD)('%s', (spec, want) => expect(parseMinSpecs([spec])).toEqual(want));

  const BAD: Array<[string, RegExp]> = [
    ['quotes.f1', /expected FIELD\.METRIC=VALUE/],
    ['quotes.f1=high', /expected FIELD\.METRIC=VALUE/],
    ['quotes.speed=0.5', /unknown metric "quotes\.speed"/],
    ['dates.speakerAccuracy=0.5', /unknown metric/],
    ['quotes.f1=1.5', /from 0 to 1/],
  ];
  it.each(BAD)('rejects %s', (spec, message) => expect(() => parseMinSpecs([spec])).toThrow(message));
});

describe('thresholds file', () => {
  it('reads flat and nested forms and skips "_" keys', () => {
    expect(parseThresholds({ _comment: 'x', 'quotes.f1': 0.5, claims: { recall: 0.25, _why: 'y' } })).toEqual({ 'quotes.f1': 0.5, 'claims.recall': 0.25 });
  });
  it('rejects a non-number value', () => expect(() => parseThresholds({ quotes: { f1: '0.5' } })).toThrow(/quotes\.f1 must be a number/));
  it('rejects a list', () => expect(() => parseThresholds([])).toThrow(/expected a JSON object/));
});
