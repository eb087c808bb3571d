import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/extract/dates/index.js';
import { parse } from '../../../src/parse/index.js';
import {
  CLOCK_CASES, CLOCK_NEGATIVES, DIRECTION_CASES, DIRECTION_NEGATIVES, HOLIDAY_CASES, HOLIDAY_NEGATIVES, PERIOD_CASES,
  PERIOD_NEGATIVES, RANGE_CASES, RANGE_NEGATIVES, REF, type ClassCase,
} from './classes.cases.js';

const tables: Array<[string, ClassCase[]]> = [
  ['clock times', CLOCK_CASES],
  ['clock times: negatives', CLOCK_NEGATIVES],
  ['compound periods', PERIOD_CASES],
  ['compound periods: negatives', PERIOD_NEGATIVES],
  ['holidays', HOLIDAY_CASES],
  ['holidays: negatives', HOLIDAY_NEGATIVES],
  ['direction', DIRECTION_CASES],
  ['direction: negatives', DIRECTION_NEGATIVES],
  ['ranges', RANGE_CASES],
  ['ranges: negatives', RANGE_NEGATIVES],
];

for (const [name, cases] of tables) {
  describe(name, () => {
    for (const c of cases) {
      it(c.id, () => {
        const dates = extractDates({ doc: parse(c.text), referenceDate: REF });
        expect(dates.map((d) => (d.time ? [d.text, d.value, d.time] : [d.text, d.value]))).toEqual(c.expect);
        for (const d of dates) expect(c.text.slice(d.start, d.end)).toBe(d.text);
      });
    }
  });
}
