/**
 * Rejection rows on one named group of a date candidate (DATA ONLY, engine syntax): the capture `[...]`
 * is the group's tokens (the month name, the weekday, the holiday), not the whole candidate. Patterns
 * are matched case-insensitively, so a month or weekday written in lower case ("we may go", "march on")
 * is no date; a holiday name inside a longer Title-case name is none either.
 */
import { table, type Rule } from '../../engine/rule.js';

const month: Rule<'reject'>[] = [
  { id: 'dates.reject.month-lower', match: '[@lower]', then: 'reject', example: 'The rules may change soon.', counter: 'The rules change in May.' },
];

const weekday: Rule<'reject'>[] = [
  { id: 'dates.reject.weekday-lower', match: '[@lower]', then: 'reject', example: 'They ate sunday roast at home.', counter: 'They ate at home on Sunday.' },
];

const holiday: Rule<'reject'>[] = [
  {
    id: 'dates.reject.holiday-lower', match: '[@lower .*]', unless: ['[the @cap .*]'], then: 'reject',
    example: 'Stores decorate for halloween early.', counter: 'Stores decorate for Halloween early.',
  },
  {
    id: 'dates.reject.holiday-in-name', match: '(of|the) [.+] @cap', then: 'reject',
    note: 'a holiday word between "of"/"the" and a Title-case word is part of a name ("the Great Orchestra of Christmas Charity", "the Halloween Ball")',
    example: 'Tickets for the Halloween Ball sold out, and the Great Orchestra of Christmas Charity raised money.',
    counter: 'Tickets sold out before the Halloween weekend.',
  },
];

/** Group name (as in the patterns of patterns.ts) -> the rows that may reject a candidate on it. */
export const MONTH_REJECT = table('dates.reject-month', 'dates', month);
export const WEEKDAY_REJECT = table('dates.reject-weekday', 'dates', weekday);
export const HOLIDAY_REJECT = table('dates.reject-holiday', 'dates', holiday);

/** Group name (as in the patterns of patterns.ts) -> the rows that may reject a candidate on it ("wdp": a weekday before a date). */
export const GROUP_REJECT: ReadonlyArray<[group: string, rows: typeof MONTH_REJECT]> = [
  ['month', MONTH_REJECT], ['wd', WEEKDAY_REJECT], ['wdp', WEEKDAY_REJECT], ['holiday', HOLIDAY_REJECT],
];
