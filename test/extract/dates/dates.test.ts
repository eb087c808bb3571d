import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/extract/dates/index.js';
import { parse } from '../../../src/parse/index.js';
import { DATE_RULES } from '../../../src/rules/dates/patterns.js';
import { ABSOLUTE_CASES, NEGATIVE_CASES, RELATIVE_CASES, SPAN_CASES, type DateCase } from './dates.cases.js';

function run(c: DateCase) {
  const doc = parse(c.text);
  return extractDates({ doc, referenceDate: c.ref });
}

const tables: Array<[string, DateCase[]]> = [
  ['absolute dates', ABSOLUTE_CASES],
  ['relative dates', RELATIVE_CASES],
  ['durations, vague spans and sets', SPAN_CASES],
  ['negatives', NEGATIVE_CASES],
];

for (const [name, cases] of tables) {
  describe(name, () => {
    for (const c of cases) {
      it(c.id, () => {
        expect(run(c).map((d) => [d.text, d.value])).toEqual(c.expect);
      });
    }
  });
}

describe('evidence', () => {
  it('gives offsets into the text, sentence indexes and rule ids', () => {
    const text = 'Ana Ruiz spoke on Friday. The law passed in 2019.';
    const dates = extractDates({ doc: parse(text), referenceDate: '2025-03-14' });
    expect(dates).toHaveLength(2);
    for (const d of dates) expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(dates.map((d) => d.sentence)).toEqual([0, 1]);
    expect(dates.map((d) => d.rule)).toEqual(['date.weekday', 'date.year']);
  });
  it('never uses today when there is no reference date', () => {
    const dates = extractDates({ doc: parse('Shares fell today and yesterday.'), referenceDate: null });
    expect(dates.map((d) => d.value)).toEqual([null, null]);
  });
});

describe('rule table', () => {
  it('every row has an id, an example it matches, and a unique id', () => {
    const ids = new Set<string>();
    for (const r of DATE_RULES) {
      expect(r.id).toMatch(/^[a-z]+\.[a-z-]+$/);
      expect(ids.has(r.id)).toBe(false);
      ids.add(r.id);
      expect(new RegExp(r.pattern, 'i').test(r.example)).toBe(true);
    }
  });
});
