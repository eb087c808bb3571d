/**
 * Rejection rows for date candidates (DATA ONLY, engine syntax; the capture `[...]` is the candidate):
 * numbers that look like years but are counts, labels or money, and durations that are ages, fractions
 * or rates. Rows on one group of a candidate (the month, the weekday) are in groups.ts; "2020:30" and
 * "a day-to-day basis" are excluded by the patterns themselves (patterns.ts).
 */
import { table, type Rule } from '../../engine/rule.js';

const years: Rule<'reject'>[] = [
  { id: 'dates.reject.year-number-prefix', match: '%number-prefix% [.+]', then: 'reject', example: 'Take Route 1960 north.', counter: 'Take the route built in 1960.' },
  { id: 'dates.reject.year-money', match: '[.* #Money]', then: 'reject', example: 'The bill came to 1999 pounds sterling.', counter: 'The bill came in 1999.' },
  { id: 'dates.reject.year-count-noun', match: '[.+] %count-noun%', unless: ['[.+] , .'], then: 'reject', example: 'About 2000 people marched.', counter: 'About 2000, people marched.' },
  {
    id: 'dates.reject.year-early-bare', match: '[.* @before1900]', unless: ['%year-prep% [.+]'], then: 'reject',
    note: 'a number below 1900 is a year only after a preposition ("in 1850"); else a count',
    example: 'The museum holds 1850 of his letters.', counter: 'The museum was built in 1850.',
  },
  { id: 'dates.reject.year-percent', match: '[.+] (percent|per cent)', then: 'reject', example: 'Prices rose 2020 percent.', counter: 'Prices rose in 2020.' },
];

const durations: Rule<'reject'>[] = [
  { id: 'dates.reject.duration-age', match: '(aged|age|ages|ageing|aging) [.+]', then: 'reject', example: 'Children aged 12 years and under ride free.', counter: 'Children waited 12 years for the ride.' },
  { id: 'dates.reject.duration-old', match: '[.+] (old|and (older|over|up|younger|under))', then: 'reject', example: 'Children 6 years and older ride free.', counter: 'Children waited 6 years and left.' },
  { id: 'dates.reject.duration-fraction', match: '[.* (quarter|quarters)] of', then: 'reject', example: 'About a quarter of the staff left.', counter: 'Profit rose for a quarter, then fell.' },
  { id: 'dates.reject.duration-rate', match: '(%rate%|#Value) [(a|an) .+]', then: 'reject', example: 'Workers earn $12 an hour and eat twice a day.', counter: 'Workers waited an hour.' },
];

export const YEAR_REJECT = table('dates.reject-year', 'dates', years);
export const DURATION_REJECT = table('dates.reject-duration', 'dates', durations);
