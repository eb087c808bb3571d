/**
 * Readable labels for TimeML values, as data rows: a value that reads as a typo to a person ("195" for the
 * 1950s, "XXXX-WXX-3" for a Wednesday, "2025-W12", "2025-SU", "PRESENT_REF") gets a label shown BESIDE it in
 * the human formats (pretty, markdown, html, the ledger views). Machine output keeps the value alone.
 * Plain calendar values ("2025", "2025-10", "2025-10-24") read as they are: no row matches them.
 * Each row: an anchored pattern with named groups, the label it makes, and an example [value, label]
 * (test/format/timex.test.ts runs every example). The first row that matches wins.
 */
import { MONTHS, MONTH_ABBR, WEEKDAYS, dayOfIso, isoWeekMonday, ordinal, shortDay } from './calendar.js';

export interface TimexRow {
  id: string;
  pattern: RegExp;
  label: (g: Record<string, string>) => string;
  example: readonly [value: string, label: string];
}

const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const QUARTERS = ['Jan–Mar', 'Apr–Jun', 'Jul–Sep', 'Oct–Dec'];
const HALVES = ['first half', 'second half'];
const PARTS: Record<string, string> = { MO: 'morning', MI: 'midday', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };
const REFS: Record<string, string> = { PRESENT: 'now', PAST: 'the past', FUTURE: 'the future' };
const UNITS: Record<string, string> = { Y: 'year', M: 'month', W: 'week', D: 'day' };
const CLOCK_UNITS: Record<string, string> = { H: 'hour', M: 'minute' };

const month = (mm: string): string => MONTHS[Number(mm) - 1] ?? mm;
const weekday = (n: string): string => WEEKDAYS[Number(n) - 1] ?? n;
const plural = (n: string, unit: string): string => `${Number(n)} ${unit}${Number(n) === 1 ? '' : 's'}`;

export const TIMEX_ROWS: readonly TimexRow[] = [
  { id: 'timex.ref', pattern: /^(?<ref>PRESENT|PAST|FUTURE)_REF$/u, label: (g) => REFS[g.ref!]!, example: ['PRESENT_REF', 'now'] },
  { id: 'timex.century', pattern: /^(?<c>\d{2})$/u, label: (g) => `${ordinal(Number(g.c) + 1)} century`, example: ['19', '20th century'] },
  { id: 'timex.decade', pattern: /^(?<d>\d{3})$/u, label: (g) => `${g.d}0s`, example: ['195', '1950s'] },
  { id: 'timex.season', pattern: /^(?<y>\d{4})-(?<s>SP|SU|FA|WI)$/u, label: (g) => `${SEASONS[g.s!]} ${g.y}`, example: ['2025-SU', 'summer 2025'] },
  { id: 'timex.quarter', pattern: /^(?<y>\d{4})-Q(?<q>[1-4])$/u, label: (g) => `Q${g.q} ${g.y} (${QUARTERS[Number(g.q) - 1]})`, example: ['2025-Q4', 'Q4 2025 (Oct–Dec)'] },
  { id: 'timex.half', pattern: /^(?<y>\d{4})-H(?<h>[12])$/u, label: (g) => `${HALVES[Number(g.h) - 1]} of ${g.y}`, example: ['2027-H1', 'first half of 2027'] },
  {
    id: 'timex.week',
    pattern: /^(?<y>\d{4})-W(?<w>0[1-9]|[1-4]\d|5[0-3])$/u,
    label: (g) => `week of ${shortDay(isoWeekMonday(Number(g.y), Number(g.w)), g.y)}`,
    example: ['2025-W12', 'week of Mar 17'],
  },
  {
    id: 'timex.weekend',
    pattern: /^(?<y>\d{4})-W(?<w>0[1-9]|[1-4]\d|5[0-3])-WE$/u,
    label: (g) => `weekend of ${shortDay(isoWeekMonday(Number(g.y), Number(g.w)) + 5, g.y)}`,
    example: ['2025-W43-WE', 'weekend of Oct 25'],
  },
  {
    id: 'timex.week-day',
    pattern: /^(?<y>\d{4})-W(?<w>0[1-9]|[1-4]\d|5[0-3])-(?<d>[1-7])$/u,
    label: (g) => `${weekday(g.d!)}, ${shortDay(isoWeekMonday(Number(g.y), Number(g.w)) + Number(g.d) - 1, g.y)}`,
    example: ['2025-W12-3', 'Wednesday, Mar 19'],
  },
  { id: 'timex.weekday-unknown', pattern: /^XXXX-WXX-(?<d>[1-7])$/u, label: (g) => `a ${weekday(g.d!)}, date unknown`, example: ['XXXX-WXX-3', 'a Wednesday, date unknown'] },
  { id: 'timex.day-no-year', pattern: /^XXXX-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\d|3[01])$/u, label: (g) => `${MONTH_ABBR[Number(g.m) - 1] ?? g.m} ${Number(g.d)}, year unknown`, example: ['XXXX-09-17', 'Sep 17, year unknown'] },
  { id: 'timex.month-no-year', pattern: /^XXXX-(?<m>0[1-9]|1[0-2])$/u, label: (g) => `${month(g.m!)}, year unknown`, example: ['XXXX-09', 'September, year unknown'] },
  { id: 'timex.unknown', pattern: /^[X-]{4,10}$/u, label: () => 'date unknown', example: ['XXXX-XX-XX', 'date unknown'] },
  {
    id: 'timex.part-of-day',
    pattern: /^(?<day>\d{4}-\d{2}-\d{2})T(?<p>MO|MI|AF|EV|NI|DT)$/u,
    label: (g) => `${PARTS[g.p!]} of ${shortDay(dayOfIso(g.day!), g.day!.slice(0, 4))}`,
    example: ['2025-10-24TNI', 'night of Oct 24'],
  },
  { id: 'timex.duration', pattern: /^P(?<n>\d{1,4})(?<u>[YMWD])$/u, label: (g) => plural(g.n!, UNITS[g.u!]!), example: ['P3W', '3 weeks'] },
  { id: 'timex.duration-clock', pattern: /^PT(?<n>\d{1,4})(?<u>[HM])$/u, label: (g) => plural(g.n!, CLOCK_UNITS[g.u!]!), example: ['PT30M', '30 minutes'] },
];
