/** The publication date a text states at its top (src/rules/reference-date.ts rows, first that holds wins). */
import { describe, expect, it } from 'vitest';
import { findReferenceDate } from '../../src/refine/reference-date.js';

const CASES: Array<[string, string | null, string | null]> = [
  ['WASHINGTON, Sept. 15, 2025 (Reuters) - The council met.', '2025-09-15', 'refdate.dateline'],
  ['Agency extends a deadline\nSPRINGFIELD, Ill., Nov. 30, 2016 — The agency met.', '2016-11-30', 'refdate.dateline'],
  ['Agency reminds filers\nNR-2025-17, Oct. 14, 2025\nWASHINGTON — The agency reminded filers.', '2025-10-14', 'refdate.release-id'],
  ['Monthly reminder\nFriday, October 3, 2025\nReports are due this month.', '2025-10-03', 'refdate.date-line'],
  ['Headline\nRelease Date: December 22, 2022\nThe agency said.', '2022-12-22', 'refdate.published-named'],
  ['By Ana Ruiz | Published 2025-09-15 10:00\nThe council met.', '2025-09-15', 'refdate.published-iso'],
  // another date's label, or a date in running text, is not the publication date
  ['Notice\nNew Comment Date: January 22, 2016\nComments are invited.', null, null],
  ['Notice\nThe comment period for the rule published June 11, 2020 is extended.', null, null],
  ['Notice\nEFFECTIVE DATE: July 10, 2008.', null, null],
  // a date alone on a line deep in a list is not the header's
  ['Reminder\nReports are due.\nFirst quarter\nSecond quarter\nApril 15, 2026', null, null],
  ['The form NR-2025-17, Oct. 14, 2025 edition, is new.', null, null],
];

describe('findReferenceDate', () => {
  for (const [text, value, rule] of CASES) {
    it(`${JSON.stringify(text.slice(0, 60))} -> ${value}`, () => {
      const found = findReferenceDate(text);
      expect(found?.value ?? null).toBe(value);
      expect(found?.rule ?? null).toBe(rule);
      if (found) expect(text.slice(found.start, found.end)).toBe(found.text);
    });
  }
});
